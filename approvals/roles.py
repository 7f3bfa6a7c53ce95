"""What the Department of Culture and Sports' group may do with pages, media and snippets.

Who belongs to the Department is the rule of :mod:`roles.scope` (the holders of
``roles.see_all_centers``); the group is :func:`roles.groups.department_group`.

The group sees and moderates everything: it may add, change, publish, unpublish, lock
and unlock any page in every language tree (page permissions on the root page), change
every snippet and taxonomy, use every collection's media, and it approves the
"Department approval" workflow. It does not get ``bulk_delete``: removing a whole
section of a center (a calendar with its events) stays the center administrators' call;
the Department can still delete a single page it may change and publish.
"""

from django.apps import apps as global_apps

from roles.groups import department_group
from roles.scope import sees_all_centers

PAGE_CODENAMES = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
COLLECTION_CODENAMES = {
    ("wagtailimages", "image"): ["add_image", "change_image", "choose_image"],
    ("wagtaildocs", "document"): ["add_document", "change_document", "choose_document"],
}
GLOBAL_CODENAMES = [
    ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    ("wagtail_localize", "translation", "submit_translation", "Can submit translations"),
]


def is_department(user):
    """Superusers and the Department: approves, publishes what needs approval, sees all."""
    return sees_all_centers(user)


def ensure_department_group(apps=global_apps):
    """Create the group with its admin, page and collection permissions. Idempotent."""
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permission(app_label, model, codename, name=None):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        found, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name or codename}
        )
        return found

    group = department_group(apps, create=True)
    group.permissions.add(*[permission(*spec) for spec in GLOBAL_CODENAMES])
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is not None:
        for codename in PAGE_CODENAMES:
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission("wagtailcore", "page", codename)
            )
    root_collection = Collection.objects.filter(depth=1).order_by("path").first()
    if root_collection is not None:
        for (app_label, model), codenames in COLLECTION_CODENAMES.items():
            for codename in codenames:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=permission(app_label, model, codename),
                )
    return group


def grant_snippet_permissions():
    """Let the Department add, change and view every snippet model (taxonomies included)."""
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from wagtail.snippets.models import get_snippet_models

    group = department_group()
    if group is None:
        return
    for model in get_snippet_models():
        name = model._meta.model_name
        group.permissions.add(
            *Permission.objects.filter(
                content_type=ContentType.objects.get_for_model(model),
                codename__in=[f"add_{name}", f"change_{name}", f"view_{name}"],
            )
        )
    # The approval settings and the links every page carries are the Department's to edit.
    for app_label, codename in (
        ("approvals", "change_approvalsettings"),
        ("cms", "change_sitelinks"),
    ):
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        )
