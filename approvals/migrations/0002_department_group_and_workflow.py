"""The Department's approval workflow: moved to 0004.

This migration created the Department's group (named "Department") with its permissions
and workflow. The group is now created once, by roles/0002, and 0004 gives it these
permissions and the workflow after it exists. A database that ran this migration keeps
what it made; roles/0002 gave that group the role's permission.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("approvals", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailimages", "0027_image_description"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = []
