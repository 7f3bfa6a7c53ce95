"""What every page adds to the search index so that folded queries find it.

:class:`cms.models.BasePage` declares two extra search fields computed here: the title
key (boosted like the title, also used for suggestions as you type) and the text key
(every other searchable field of the specific page: introduction, body, address, ...).
A page type added later (events, spaces) gets both by extending ``BasePage.search_fields``.

Its ``title`` search field (:class:`FoldedTitleField`) holds two values: the title's
folded words first, then the title as written. Every backend keeps the title apart from
the rest of the page (the database backends in their own column, OpenSearch in its own
field), so this is where :mod:`sitesearch.ranking` reads the folded title to put exact
and phrase title matches first; the title as written keeps Wagtail's admin search
working for staff who type diacritics.
"""

from functools import lru_cache

from modelsearch.index import SearchField
from wagtail.models import Locale

from .folding import folded_words, index_text

KEY_FIELDS = {"search_title_key", "search_text_key"}
# The keyword sub-field of the title in OpenSearch/Elasticsearch: one term per value, so
# that a title whose folded words are exactly the query's is found by one term query.
FOLDED_TITLE_SUBFIELD = "folded"


class FoldedTitleField(SearchField):
    """The page's ``title`` as ``[folded words, title as written]``.

    The database backends store a list as its values joined by ", ": the folded words
    (letters, digits and spaces only) end at the first comma. OpenSearch/Elasticsearch
    store it as two values, with a keyword sub-field for exact matches.
    """

    def __init__(self, boost=2):
        super().__init__(
            "title",
            boost=boost,
            es_extra={"fields": {FOLDED_TITLE_SUBFIELD: {"type": "keyword"}}},
        )

    def get_value(self, obj):
        return [folded_title(obj), obj.title or ""]


def with_folded_title(search_fields):
    """``search_fields`` with Wagtail's title search field replaced by the folded one."""
    return [
        FoldedTitleField(boost=field.boost)
        if type(field) is SearchField and field.field_name == "title"
        else field
        for field in search_fields
    ]


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


def folded_title(page):
    """The title's words folded (and stemmed in English), as a query's are."""
    return folded_words(page.title or "", page_language(page))


def title_key(page):
    return index_text([page.title or ""], page_language(page))


def text_key(page):
    return index_text(page_texts(page), page_language(page))
