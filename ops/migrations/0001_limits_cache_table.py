from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    # The limiter's database cache (settings: LIMITS_DATABASE_CACHE), made with the schema
    # Django's createcachetable gives it; tables that exist already are left alone.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
