"""Sections that centers created before an app was installed lack: the app's index page
under each center (``network.extensions.register_index_page``), in every language the
center is written in.

A new center is given its index pages by ``network.centers.setup_center``; the centers
already there when the residents and open calls apps arrived are given theirs by these
apps' data migrations, through :func:`add_index_pages`. Safe to call again: a center that
has the page (in a language) is left as it is.
"""

from django.db import transaction
from wagtail.models import Locale

from network import extensions
from network.centers import index_titles
from network.demo.translate import (
    MissingDemoTranslation,
    TranslationMemory,
    translate_with_memory,
)
from network.models import CenterPage


class _Titles(TranslationMemory):
    """The index's title in the other language; anything else staff wrote on the page is
    copied as it is (a translator sees it in the translation dashboard)."""

    def lookup_segment(self, data):
        try:
            return super().lookup_segment(data)
        except MissingDemoTranslation:
            return data


def _entry(model):
    return next(entry for entry in extensions.index_pages if entry.model is model)


def _sources():
    """One version of each center to add the page under: the default language's, or the
    first written."""
    default = Locale.get_default()
    sources = {}
    centers = CenterPage.objects.filter(alias_of__isnull=True).order_by("locale_id", "path")
    for center in centers.select_related("locale"):
        known = sources.get(center.translation_key)
        if known is None or (center.locale_id == default.pk and known.locale_id != default.pk):
            sources[center.translation_key] = center
    return list(sources.values())


@transaction.atomic
def add_index_pages(model):
    """Give every center lacking it the index page ``model``, and its translations under
    the center's other language versions. Returns the pages created."""
    entry = _entry(model)
    created = []
    for center in _sources():
        index = model.objects.child_of(center).first()
        if index is None:
            title = index_titles(center.locale.language_code)[entry.slug]
            index = model(title=title, slug=entry.slug, live=center.live)
            center.add_child(instance=index)
            if center.live:
                index.save_revision().publish()
            created.append(index)
        for version in center.get_translations().filter(alias_of__isnull=True):
            if index.get_translation_or_none(version.locale) is not None:
                continue
            memory = _Titles()
            memory.add(index.title, index_titles(version.locale.language_code)[entry.slug])
            created.append(translate_with_memory(index, version.locale, memory))
    return created
