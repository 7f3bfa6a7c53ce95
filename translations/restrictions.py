"""A page's view restriction covers every language version of it.

Wagtail keeps privacy per page, and wagtail-localize copies it from a source only when it
syncs a translation: a password set on a Vietnamese page later, or on its English version,
or removed from one of them, left the other version open (or closed). Here every change
to a ``PageViewRestriction`` is mirrored onto the page's language versions (the pages
sharing its ``translation_key``), whichever version it was made on, and a version
created later (a new translation, an alias) gets the restriction its siblings have. The
latest change wins: each version ends with one restriction, equal to the one just saved.

Mirrored rows are written through the model (``save()``/``delete()``), so the page cache,
the CDN purge (ops) and Wagtail's page history see them as they see the admin's.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import QuerySet
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.models import Page, PageViewRestriction

_mirroring = ContextVar("mirroring_view_restrictions", default=False)


@contextmanager
def _mirror():
    token = _mirroring.set(True)
    try:
        yield
    finally:
        _mirroring.reset(token)


def _versions(page_id):
    """The other language versions of the page ``page_id``."""
    key = Page.objects.filter(pk=page_id).values_list("translation_key", flat=True).first()
    if key is None:
        return Page.objects.none()
    return Page.objects.filter(translation_key=key).exclude(pk=page_id)


def _copy_onto(restriction, page_id, groups):
    """Give the page ``page_id`` exactly one restriction equal to ``restriction``."""
    existing = list(PageViewRestriction.objects.filter(page_id=page_id).order_by("pk"))
    target = existing[0] if existing else PageViewRestriction(page_id=page_id)
    for extra in existing[1:]:
        extra.delete()
    if (
        target.pk is None
        or target.restriction_type != restriction.restriction_type
        or target.password != restriction.password
    ):
        target.restriction_type = restriction.restriction_type
        target.password = restriction.password
        target.save()
    if {group.pk for group in target.groups.all()} != {group.pk for group in groups}:
        target.groups.set(groups)


def restriction_saved(sender, instance, created=False, raw=False, **kwargs):
    if raw or _mirroring.get():
        return
    with _mirror():
        # One restriction per page: the one just saved replaces any other (a translation
        # copied with its source's restriction while it already had one, for instance).
        for other in PageViewRestriction.objects.filter(page_id=instance.page_id).exclude(
            pk=instance.pk
        ):
            other.delete()
        versions = list(_versions(instance.page_id).values_list("pk", flat=True))
        if created and not instance.groups.exists():
            # A new row has no groups yet: they come next (the admin's form, a copy), or
            # never (Wagtail's and wagtail-localize's copies of a page's restriction).
            # Until then it stands for the restriction its versions already have.
            sibling = PageViewRestriction.objects.filter(page_id__in=versions).first()
            if sibling is not None:
                instance.groups.set(sibling.groups.all())
        groups = list(instance.groups.all())
        for page_id in versions:
            _copy_onto(instance, page_id, groups)


def restriction_groups_changed(sender, instance, action, reverse=False, **kwargs):
    if reverse or _mirroring.get() or action not in ("post_add", "post_remove", "post_clear"):
        return
    if not isinstance(instance, PageViewRestriction):
        return
    restriction_saved(PageViewRestriction, instance)


def _deleted_on_purpose(origin):
    """A restriction removed as such (the admin's "Public"), not with its page."""
    if isinstance(origin, QuerySet):
        return issubclass(origin.model, PageViewRestriction)
    return isinstance(origin, PageViewRestriction)


def restriction_deleted(sender, instance, origin=None, **kwargs):
    if _mirroring.get() or not _deleted_on_purpose(origin):
        return
    with _mirror():
        versions = _versions(instance.page_id).values("pk")
        for restriction in PageViewRestriction.objects.filter(page_id__in=versions):
            restriction.delete()


def version_created(sender, instance, created=False, raw=False, **kwargs):
    """A page created as a language version of a restricted page is restricted too."""
    if raw or not created or _mirroring.get() or not isinstance(instance, Page):
        return
    source = (
        PageViewRestriction.objects.filter(page__translation_key=instance.translation_key)
        .exclude(page_id=instance.pk)
        .order_by("-pk")
        .first()
    )
    if source is not None:
        with _mirror():
            _copy_onto(source, instance.pk, list(source.groups.all()))


def connect():
    post_save.connect(
        restriction_saved, sender=PageViewRestriction, dispatch_uid="restriction_mirror_saved"
    )
    post_delete.connect(
        restriction_deleted, sender=PageViewRestriction, dispatch_uid="restriction_mirror_deleted"
    )
    m2m_changed.connect(
        restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="restriction_mirror_groups",
    )
    post_save.connect(version_created, dispatch_uid="restriction_mirror_new_version")
