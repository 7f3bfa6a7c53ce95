"""Key the Department's and the translators' groups on a permission.

The group that holds ``roles.see_all_centers`` (or ``translate_all_centers``) is the role,
whatever it is called. This is the one migration that creates the Department's group: the
apps that give it permissions (approvals, department) depend on it and find the group by
that permission. A database made before it already has a group named "Department" (from
approvals/0002, department/0002 or reports/0002 as they were then): that group is given the
permission, so it stays the one group. The translators' group is made by
translations/0001 and given its permission here.
"""

from django.db import migrations

ROLES = [
    # codename, label, the name the group was created with
    ("see_all_centers", "See and keep the records of every center", "Department"),
    (
        "translate_all_centers",
        "Translate every center's pages and the shared lists",
        "Translators",
    ),
]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="roles", model="networkrole")
    for codename, label, name in ROLES:
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": label}
        )
        if not Group.objects.filter(permissions=permission).exists():
            group, _ = Group.objects.get_or_create(name=name)
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("roles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        # The translators' group is created there, by its name.
        ("translations", "0001_translators_group"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
