"""Translate demo objects through wagtail-localize from parallel Vietnamese/English text.

The demo content is written twice (Vietnamese and English). Rather than writing English
pages directly, the loader registers each Vietnamese object with wagtail-localize, files
the English text of every segment as a human translation, and lets wagtail-localize
build the English object. Translation status in the admin is therefore real: sources,
segments and translations are the ones an editor would have produced.
"""

import html

from wagtail.models import DraftStateMixin
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue


class MissingDemoTranslation(LookupError):
    pass


class TranslationMemory:
    """Vietnamese text -> English text, collected from ``{"vi": ..., "en": ...}`` pairs."""

    def __init__(self):
        self._entries = {}

    @staticmethod
    def _key(text):
        return str(text).strip()

    def add(self, vi, en):
        self._entries[self._key(vi)] = en

    def add_pairs(self, data):
        """Walk nested dicts and lists and learn every ``{"vi", "en"}`` pair in them."""
        if isinstance(data, dict):
            if set(data) == {"vi", "en"}:
                self.add(data["vi"], data["en"])
                return
            for value in data.values():
                self.add_pairs(value)
        elif isinstance(data, list | tuple):
            for value in data:
                self.add_pairs(value)

    def lookup_segment(self, data):
        """The English segment for a wagtail-localize segment (an HTML fragment)."""
        key = self._key(html.unescape(data.replace("<br/>", "\n").replace("<br>", "\n")))
        if key not in self._entries:
            raise MissingDemoTranslation(f"No English text for: {key[:80]!r}")
        return StringValue.from_plaintext(self._entries[key]).data


def translate_with_memory(instance, locale, memory, *, user=None):
    """Create or update the ``locale`` version of ``instance`` from ``memory``."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": memory.lookup_segment(segment.string.data),
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
    # wagtail-localize publishes a page translation in transaction.on_commit with the page
    # object it held at the time; children added later in the same transaction are then
    # undone in the tree (numchild is written back as 0). Save a draft through it instead
    # and publish here, from a fresh copy of the page, so the loader can run in one
    # transaction (and inside a test's).
    publish_now = not isinstance(instance, DraftStateMixin)
    translated, _created = source.create_or_update_translation(
        locale, user=user, publish=publish_now
    )
    if not publish_now:
        fresh = type(translated).objects.get(pk=translated.pk)
        fresh.get_latest_revision().publish(user=user)
        translated = type(translated).objects.get(pk=translated.pk)
    return translated
