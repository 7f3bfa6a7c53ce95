"""The department's group, unless another app (issue #8 part A) already made it."""

from django.db import migrations


def create_department_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    if not Group.objects.filter(name="Department").exists():
        Group.objects.create(name="Department")


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_department_group, migrations.RunPython.noop)]
