"""The translators' group (then named "Translators"): edit every tree, publish nothing.

Frozen copy of what the app's code did when this migration was written (roles/0002 later
names the group in Vietnamese and keys it on a permission).
"""

from django.db import migrations

TRANSLATORS_GROUP = "Translators"


def create_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    def permission(app_label, model, codename, name):
        content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
        found, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        return found

    group, _ = Group.objects.get_or_create(name=TRANSLATORS_GROUP)
    group.permissions.add(
        permission("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
        permission(
            "wagtail_localize", "translation", "submit_translation", "Can submit translations"
        ),
    )
    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is not None:
        change_page = permission("wagtailcore", "page", "change_page", "Can change page")
        GroupPagePermission.objects.get_or_create(group=group, page=root, permission=change_page)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
