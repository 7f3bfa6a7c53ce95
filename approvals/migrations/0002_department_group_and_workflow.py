from django.db import migrations


def create_group_and_workflow(apps, schema_editor):
    from approvals.roles import ensure_department_group
    from approvals.workflow import ensure_department_workflow

    ensure_department_group(apps)
    ensure_department_workflow(apps)


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

    operations = [migrations.RunPython(create_group_and_workflow, migrations.RunPython.noop)]
