"""What every page adds to the search index so that folded queries find it.

:class:`cms.models.BasePage` declares two extra search fields computed here: the title
key (boosted like the title, also used for suggestions as you type) and the text key
(every other searchable field of the specific page: introduction, body, address, ...).
A page type added later (events, spaces) gets both by extending ``BasePage.search_fields``.
"""

from functools import lru_cache

from modelsearch.index import SearchField
from wagtail.models import Locale

from .folding import index_text

KEY_FIELDS = {"search_title_key", "search_text_key"}


@lru_cache(maxsize=32)
def _language_code(locale_id):
    return Locale.objects.get(pk=locale_id).language_code


def page_language(page):
    return _language_code(page.locale_id) if page.locale_id else ""


def _flatten(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _flatten(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _flatten(item)]
    return [str(value)]


def page_texts(page):
    """The text of the page's own search fields except its title and the keys."""
    texts = []
    for field in page.get_search_fields():
        if not isinstance(field, SearchField):
            continue
        if field.field_name == "title" or field.field_name in KEY_FIELDS:
            continue
        texts += _flatten(field.get_value(page))
    return texts


def title_key(page):
    return index_text([page.title or ""], page_language(page))


def text_key(page):
    return index_text(page_texts(page), page_language(page))
