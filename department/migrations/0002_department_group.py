"""The Department's admin access: moved to 0003.

This migration created the Department's group (named "Department") when missing and let it
use the admin. The group is created once, by roles/0002; 0003 gives it the admin access
after it exists. A database that ran this migration keeps what it made.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("department", "0001_register"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = []
