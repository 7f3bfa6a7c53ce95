"""Name the Department's and the translators' groups in Vietnamese, as staff read them.

Code finds them by the permission they hold (``roles.see_all_centers``,
``roles.translate_all_centers``), so the old English names go; a group renamed by hand
keeps its name.
"""

from django.db import migrations

NAMES = [
    # codename, old name, new name
    ("see_all_centers", "Department", "Sở Văn hóa và Thể thao"),
    ("translate_all_centers", "Translators", "Biên dịch viên"),
]


def holder(Group, codename, name):
    return Group.objects.filter(
        name=name, permissions__content_type__app_label="roles", permissions__codename=codename
    ).first()


def rename(apps, old_index, new_index):
    Group = apps.get_model("auth", "Group")
    for row in NAMES:
        codename, old, new = row[0], row[old_index], row[new_index]
        group = holder(Group, codename, old)
        if group is not None and not Group.objects.filter(name=new).exists():
            group.name = new
            group.save(update_fields=["name"])


def forwards(apps, schema_editor):
    rename(apps, 1, 2)


def backwards(apps, schema_editor):
    rename(apps, 2, 1)


class Migration(migrations.Migration):
    dependencies = [("roles", "0002_role_permissions")]

    operations = [migrations.RunPython(forwards, backwards)]
