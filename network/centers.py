"""Creating a center and everything that comes with it.

One service used by the demo loader, the admin (through the ``after_create_page`` hook)
and the tests: a center always has its calendar, its spaces index, a collection for its
images and documents, and an editors group whose permissions cover that center alone,
in every language the center is translated into.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext_lazy
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from . import extensions
from .models import CenterPage

EDITORS = gettext_lazy("Editors: %(center)s")

PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_PERMISSIONS = {
    "wagtailimages": ["add_image", "change_image", "choose_image"],
    "wagtaildocs": ["add_document", "change_document", "choose_document"],
}
GLOBAL_PERMISSIONS = [("wagtailadmin", "access_admin"), ("wagtail_localize", "submit_translation")]


def index_titles(language_code):
    """Titles of a center's index pages (its calendar, its spaces index), by slug, in the
    center's language."""
    with translation.override(language_code):
        return {entry.slug: str(entry.title) for entry in extensions.index_pages}


@transaction.atomic
def create_center(parent, **fields):
    """Create a published center under ``parent`` (a NetworkHomePage) and set it up."""
    center = CenterPage(**fields)
    parent.add_child(instance=center)
    center.save_revision().publish()
    setup_center(center)
    return center


@transaction.atomic
def setup_center(center):
    """Give ``center`` its indexes, collection and editors group. Safe to call again."""
    changed = []
    if center.collection_id is None:
        center.collection = Collection.get_first_root_node().add_child(name=center.title)
        changed.append("collection")
    if center.editors_group_id is None:
        center.editors_group = Group.objects.create(name=center_group_name(center, EDITORS))
        changed.append("editors_group")
    if changed:
        # Plain save of two bookkeeping columns: no new revision, nothing for editors to see.
        CenterPage.objects.filter(pk=center.pk).update(
            **{name: getattr(center, name) for name in changed}
        )

    titles = index_titles(center.locale.language_code)
    for entry in extensions.index_pages:
        model, slug = entry.model, entry.slug
        if not model.objects.child_of(center).exists():
            index_page = model(title=titles[slug], slug=slug, live=center.live)
            center.add_child(instance=index_page)
            if center.live:
                index_page.save_revision().publish()

    grant_center_permissions(center)
    extensions.center_set_up.send(sender=CenterPage, center=center)
    return center


def grant_center_permissions(center):
    """Let the center's editors group edit this center, in every language, and its media."""
    group = center.editors_group
    if group is None:
        return
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore",
        content_type__model="page",
        codename__in=PAGE_PERMISSIONS,
    )
    for page in center.get_translations(inclusive=True):
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
    if center.collection_id:
        for app_label, codenames in COLLECTION_PERMISSIONS.items():
            for permission in Permission.objects.filter(
                content_type__app_label=app_label, codename__in=codenames
            ):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection_id=center.collection_id, permission=permission
                )
    for app_label, codename in GLOBAL_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    extensions.center_permissions_granted.send(sender=CenterPage, center=center)


def center_group_name(center, label):
    """A new group's name for ``center``: ``label`` (a lazy string with ``%(center)s``) in
    the center's language, with the center's slug if a group has that name already; at
    most 150 characters (the length of a group's name)."""
    with translation.override(center.locale.language_code):
        name = label % {"center": center.title}
    if Group.objects.filter(name=name).exists():
        name = f"{name} ({center.slug})"
    return name[:150]
