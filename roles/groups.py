"""The two network-wide groups, found by the permission they hold, never by their name.

Their names are what staff read in the admin, in Vietnamese; an administrator may rename
them. Each app adds what its role needs (page permissions: ``approvals.roles`` for the
Department, ``translations.groups`` for the translators).
"""

from django.apps import apps as global_apps

DEPARTMENT = "see_all_centers"
TRANSLATORS = "translate_all_centers"
# The name a group gets when it is created; nothing looks a group up by it.
NAMES = {DEPARTMENT: "Sở Văn hóa và Thể thao", TRANSLATORS: "Biên dịch viên"}
LABELS = {
    DEPARTMENT: "See and keep the records of every center",
    TRANSLATORS: "Translate every center's pages and the shared lists",
}


def role_permission(codename, apps=global_apps):
    """The permission (created when missing: migrations run before post_migrate does)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="roles", model="networkrole")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": LABELS[codename]}
    )
    return permission


def role_group(codename, apps=global_apps, create=False):
    """The first group holding the role's permission (created, named in Vietnamese, when
    ``create`` and there is none)."""
    Group = apps.get_model("auth", "Group")
    permission = role_permission(codename, apps)
    group = Group.objects.filter(permissions=permission).order_by("pk").first()
    if group is None and create:
        group, _ = Group.objects.get_or_create(name=NAMES[codename])
        group.permissions.add(permission)
    return group


def department_group(apps=global_apps, create=False):
    return role_group(DEPARTMENT, apps, create)


def translators_group(apps=global_apps, create=False):
    return role_group(TRANSLATORS, apps, create)
