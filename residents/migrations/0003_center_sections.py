"""Centers created before this app get their residents index (in every language they are written
in): the sections a new center is given by network.centers.setup_center.

The live models are used (the pages are published and translated through
wagtail-localize): it runs after the migrations of every app whose tables a page's
save and translation write to. A database without centers is left as it is."""

from django.db import migrations


def add_sections(apps, schema_editor):
    from residents.models import ResidentIndexPage
    from network.models import CenterPage
    from residents.centers import add_index_pages

    if CenterPage.objects.exists():
        add_index_pages(ResidentIndexPage)


class Migration(migrations.Migration):
    dependencies = [
        ("residents", "0002_sort_name"),
        ("network", "__latest__"),
        ("wagtailcore", "__latest__"),
        ("wagtail_localize", "__latest__"),
    ]

    operations = [migrations.RunPython(add_sections, migrations.RunPython.noop)]
