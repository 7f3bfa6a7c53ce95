"""The Department of Culture and Sports sees every center's register: it may use the admin.

The group is the one roles/0002 created, found by the permission it holds
(``roles.see_all_centers``), never by its name.
"""

from django.db import migrations


def grant_admin_access(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    group = (
        Group.objects.filter(
            permissions__content_type__app_label="roles",
            permissions__codename="see_all_centers",
        )
        .order_by("pk")
        .first()
    )
    if group is None:
        return
    content_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    group.permissions.add(access_admin)


class Migration(migrations.Migration):
    dependencies = [
        ("department", "0002_department_group"),
        # The Department's group is created there, holding roles.see_all_centers.
        ("roles", "0002_role_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant_admin_access, migrations.RunPython.noop)]
