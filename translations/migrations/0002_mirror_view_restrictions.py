"""Restrictions made before they were mirrored: each language version of a restricted page
gets the same restriction (translations.restrictions keeps them so from now on)."""

from django.db import migrations


def mirror(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Restriction = apps.get_model("wagtailcore", "PageViewRestriction")
    restricted = set(Restriction.objects.values_list("page_id", flat=True))
    for restriction in Restriction.objects.select_related("page").order_by("pk"):
        versions = Page.objects.filter(translation_key=restriction.page.translation_key)
        groups = list(restriction.groups.all())
        for page_id in versions.values_list("pk", flat=True):
            if page_id in restricted:
                continue
            copy = Restriction.objects.create(
                page_id=page_id,
                restriction_type=restriction.restriction_type,
                password=restriction.password,
            )
            copy.groups.set(groups)
            restricted.add(page_id)


class Migration(migrations.Migration):
    dependencies = [
        ("translations", "0001_translators_group"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(mirror, migrations.RunPython.noop)]
