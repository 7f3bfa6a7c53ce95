"""Each center's administrators group, created with the center (``network.centers``)."""

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from network.centers import center_group_name

from .models import CenterAdministrators

ADMINISTRATORS = gettext_lazy("%(center)s — administrators")

EXTRA_PAGE_PERMISSIONS = ["bulk_delete_page"]
EXTRA_COLLECTION_PERMISSIONS = {
    "wagtailimages": ["delete_image"],
    "wagtaildocs": ["delete_document"],
}


def setup_administrators(center):
    """Create (once) the administrators group of ``center`` and grant its permissions."""
    source = center.get_translations(inclusive=True).filter(administrators__isnull=False).first()
    if source is None:
        group = Group.objects.create(name=center_group_name(center, ADMINISTRATORS))
        CenterAdministrators.objects.create(center=center, group=group)
    grant_administrators(center)


def grant_administrators(center):
    """The editors group's permissions, plus bulk delete and media delete, in every language."""
    pages = list(center.get_translations(inclusive=True))
    link = CenterAdministrators.objects.filter(center__in=pages).select_related("group").first()
    editors = center.editors_group
    if link is None or editors is None:
        return
    group = link.group
    page_permissions = {
        (item.page_id, item.permission_id)
        for item in GroupPagePermission.objects.filter(group=editors)
    }
    page_permissions |= {
        (page.pk, permission.pk)
        for page in pages
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=EXTRA_PAGE_PERMISSIONS
        )
    }
    for page_id, permission_id in page_permissions:
        GroupPagePermission.objects.get_or_create(
            group=group, page_id=page_id, permission_id=permission_id
        )
    collection_permissions = {
        (item.collection_id, item.permission_id)
        for item in GroupCollectionPermission.objects.filter(group=editors)
    }
    if center.collection_id:
        for app_label, codenames in EXTRA_COLLECTION_PERMISSIONS.items():
            collection_permissions |= {
                (center.collection_id, permission.pk)
                for permission in Permission.objects.filter(
                    content_type__app_label=app_label, codename__in=codenames
                )
            }
    for collection_id, permission_id in collection_permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection_id=collection_id, permission_id=permission_id
        )
    group.permissions.add(*editors.permissions.all())
    return group
