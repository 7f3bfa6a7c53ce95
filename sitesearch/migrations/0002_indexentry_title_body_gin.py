"""A GIN index on the expression PostgreSQL full-text search filters by.

Wagtail's database backend matches ``(title || body) @@ query``; its own GIN indexes are
on ``title`` and on ``body`` separately, which that expression cannot use, so every search
read the whole index table (EXPLAIN ANALYZE in bench/bench_search.py). Other databases:
nothing to do.
"""

from django.db import migrations

INDEX = "sitesearch_indexentry_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry "
            "USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
