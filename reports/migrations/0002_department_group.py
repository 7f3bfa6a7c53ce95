"""Nothing: this migration created the Department's group when no other app had.

The group is created once, by roles/0002; the reports find it by the permission it holds.
A database that ran this migration keeps what it made.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = []
