"""Syncing sources: extract the latest content so translations can catch up.

wagtail-localize calls this "Sync translated pages"; it only updates the source (the
segments to translate). Translated segments are kept: they are stored per string and
context, so every segment whose text did not change is still translated afterwards.
"""

from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from network.models import CenterPage


def _segments(source):
    return set(source.stringsegment_set.values_list("string_id", "context_id"))


def sync_instance(instance):
    """Update the translation source of ``instance`` if it has one.

    True if the text to translate changed (a synchronised field alone does not count).
    """
    source = TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
    if source is None:
        return False
    before = _segments(source)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    return _segments(source) != before


def sync_tree(root):
    """Sync every translated page under ``root`` (inclusive) in ``root``'s locale."""
    keys = TranslationSource.objects.filter(locale_id=root.locale_id).values("object_id")
    pages = (
        Page.objects.descendant_of(root, inclusive=True)
        .filter(locale_id=root.locale_id, translation_key__in=keys, alias_of__isnull=True)
        .specific()
    )
    checked = updated = 0
    for page in pages:
        checked += 1
        updated += sync_instance(page)
    return {"checked": checked, "updated": updated}


def sync_center(center_key):
    """Sync a center's whole tree in every language it is written in."""
    totals = {"checked": 0, "updated": 0}
    for center in CenterPage.objects.filter(translation_key=center_key):
        result = sync_tree(center)
        for name in totals:
            totals[name] += result[name]
    return totals
