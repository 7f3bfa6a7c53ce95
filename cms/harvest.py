"""Recording when items of the open data enter, leave or change in the public listings.

An item's public state changes without its own row saying so: unpublished, deleted,
made private, moved under a hidden page, its center or a translation changed. The
signals below touch a page, every language version of it and everything under them
whenever one of them is published, unpublished, moved, deleted or has its privacy
changed (:class:`~cms.models.PublicChange`), because each of those changes what the
items below show (their center, their address, their translations) or whether they are
public at all.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import PublicChange


def content_type_id(model):
    return ContentType.objects.get_for_model(model, for_concrete_model=True).pk


# Recording ------------------------------------------------------------------------------
def touch(rows, at=None):
    """Record a change now of ``rows``: ``(content_type_id, object_id, locale_id)``."""
    at = at or timezone.now()
    changes = [
        PublicChange(content_type_id=kind, object_id=pk, locale_id=locale, at=at)
        for kind, pk, locale in {tuple(row) for row in rows}
    ]
    PublicChange.objects.bulk_create(
        changes,
        batch_size=500,
        update_conflicts=True,
        unique_fields=["content_type", "object_id"],
        update_fields=["locale", "at"],
    )


def touch_model_rows(model, rows, at=None):
    """Record a change of rows of ``model`` (``(pk, locale_id)`` pairs), e.g. deleted."""
    kind = content_type_id(model)
    touch([(kind, pk, locale) for pk, locale in rows], at)


def touch_pages(pages):
    """Record a change of ``pages``, of their language versions and of all below them."""
    keys = {page.translation_key for page in pages}
    if not keys:
        return
    paths = sorted(Page.objects.filter(translation_key__in=keys).values_list("path", flat=True))
    roots = []
    for path in paths:
        if not any(path.startswith(root) for root in roots):
            roots.append(path)
    for root in roots:
        touch(
            Page.objects.filter(path__startswith=root).values_list(
                "content_type_id", "pk", "locale_id"
            )
        )


def page_changed(sender, instance, **kwargs):
    touch_pages([instance])


def page_saved(sender, instance, created=False, raw=False, **kwargs):
    """A page created live without a publish (imports, generators) sends only this."""
    if isinstance(instance, Page) and created and instance.live and not raw:
        touch_pages([instance])


def page_deleted(sender, instance, **kwargs):
    if not isinstance(instance, Page):
        return
    # Deleting a page's row sends this for the page and for its specific row: one entry.
    touch([(instance.content_type_id, instance.pk, instance.locale_id)])
    touch(
        Page.objects.filter(translation_key=instance.translation_key).values_list(
            "content_type_id", "pk", "locale_id"
        )
    )


def restriction_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        touch_pages([page])


def connect():
    page_published.connect(page_changed, dispatch_uid="cms_harvest_published")
    page_unpublished.connect(page_changed, dispatch_uid="cms_harvest_unpublished")
    post_page_move.connect(page_changed, dispatch_uid="cms_harvest_moved")
    post_save.connect(page_saved, dispatch_uid="cms_harvest_saved")
    post_delete.connect(page_deleted, dispatch_uid="cms_harvest_deleted")
    post_save.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid="cms_harvest_restricted"
    )
    post_delete.connect(
        restriction_changed, sender=PageViewRestriction, dispatch_uid="cms_harvest_unrestricted"
    )
