from django.db import migrations


def create_group(apps, schema_editor):
    from translations.groups import ensure_translators_group

    ensure_translators_group(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
