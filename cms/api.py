"""What every endpoint of the read-only open data at /api/v2/ (Wagtail API v2) builds on.

Each app keeps its own endpoint beside its content (``network/api.py``, ``events/api.py``,
``spaces/api.py``); the project's router (``hanoi/api.py``) puts them at their URLs.
Bad parameters answer 400 with a JSON message, never 500 or a redirect: Wagtail's own
checks, plus bounds on ``offset`` (a huge one overflows the database's integer) and on
``search`` (the site search's length and word count), and a ``locale`` that must be one
of the site's languages (Wagtail answers an unknown one with a 404, which the language
middleware would turn into a redirect to ``/vi/api/...``).
"""

import unicodedata

from django.conf import settings
from drf_spectacular.types import OpenApiTypes
from wagtail.api.v2.filters import LocaleFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.listing import MAX_QUERY_CHARS, MAX_QUERY_TERMS
from sitesearch.folding import words

from .api_schema import OpenDataSchema, parameter
from .visibility import hidden_q

MAX_OFFSET = 1_000_000


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def limit_max():
    return getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)


def common_parameters():
    """What every endpoint's query string may say beyond its filters, documented."""
    return {
        "fields": parameter(
            "fields",
            "The fields of each item, comma-separated: `*` for all, `-name` to leave one "
            "out, `_,name` for only that one (Wagtail API v2). `id` is always there.",
        ),
        "format": parameter("format", "The answer's format.", enum=["json", "api"]),
        "locale": parameter(
            "locale",
            "The language of the items (Vietnamese when absent on events and spaces).",
            enum=language_codes(),
        ),
    }


def page_parameters():
    """The query string of Wagtail's pages endpoint and of those built on it."""
    return {
        **common_parameters(),
        "locale": parameter("locale", "Only the pages in this language.", enum=language_codes()),
        "search": parameter(
            "search",
            f"Words to find (at most {MAX_QUERY_CHARS} characters and {MAX_QUERY_TERMS} "
            "words, no control characters).",
        ),
        "search_operator": parameter(
            "search_operator", "Whether every word must match.", enum=["and", "or"]
        ),
        "order": parameter("order", "A field to sort by, `-field` for descending, or `random`."),
        "rich_text_format": parameter(
            "rich_text_format", "How rich text fields are written.", enum=["db_html", "html"]
        ),
        "type": parameter("type", "Only pages of this type, e.g. `network.CenterPage`."),
        "child_of": parameter("child_of", "Only the pages right under this page id (or `root`)."),
        "ancestor_of": parameter(
            "ancestor_of", "Only the pages above this page id.", type=OpenApiTypes.INT
        ),
        "descendant_of": parameter(
            "descendant_of", "Only the pages under this page id.", type=OpenApiTypes.INT
        ),
        "translation_of": parameter(
            "translation_of",
            "Only the other language versions of this page id.",
            type=OpenApiTypes.INT,
        ),
        "site": parameter("site", "Only the pages of the site at this host name."),
    }


class BoundedPagination(WagtailPagination):
    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": "limit",
                "in": "query",
                "required": False,
                "description": "How many items per answer.",
                "schema": {"type": "integer", "minimum": 0, "maximum": limit_max()},
            },
            {
                "name": "offset",
                "in": "query",
                "required": False,
                "description": "How many items to skip (with limit: the next page).",
                "schema": {"type": "integer", "minimum": 0, "maximum": MAX_OFFSET},
            },
        ]

    def get_paginated_response_schema(self, schema):
        return {
            "type": "object",
            "required": ["meta", "items"],
            "additionalProperties": False,
            "properties": {
                "meta": {
                    "type": "object",
                    "required": ["total_count"],
                    "additionalProperties": False,
                    "properties": {
                        "total_count": {
                            "type": "integer",
                            "description": "How many items the query finds in all.",
                        }
                    },
                },
                "items": schema,
            },
        }

    def paginate_queryset(self, queryset, request, view=None):
        offset = request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


class KnownLocaleFilter(LocaleFilter):
    def filter_queryset(self, request, queryset, view):
        codes = [code for code, _name in settings.LANGUAGES]
        if "locale" in request.GET and request.GET["locale"] not in codes:
            raise BadRequestError(f"locale must be one of: {', '.join(codes)}")
        return super().filter_queryset(request, queryset, view)


class BoundedSearchFilter(SearchFilter):
    """``?search=`` within the site search's bounds.

    Unbounded, a very long query of thousands of words makes the database backend build a
    query tree too deep for Python (a RecursionError, so a 500), and a NUL breaks SQLite's
    full-text match.
    """

    def filter_queryset(self, request, queryset, view):
        query = request.GET.get("search")
        if query is not None and (
            len(query) > MAX_QUERY_CHARS or len(words(query)) > MAX_QUERY_TERMS
        ):
            raise BadRequestError(
                f"search may have at most {MAX_QUERY_CHARS} characters and {MAX_QUERY_TERMS} words"
            )
        if query is not None and any(unicodedata.category(char) == "Cc" for char in query):
            # SQLite's full-text MATCH fails on a NUL with an OperationalError, which the
            # site would take for a lost database.
            raise BadRequestError("search may not contain control characters")
        return super().filter_queryset(request, queryset, view)


def bounded(backends):
    replace = {LocaleFilter: KnownLocaleFilter, SearchFilter: BoundedSearchFilter}
    return [replace.get(backend, backend) for backend in backends]


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Wagtail's pages endpoint with the bounds above; other page endpoints extend it.

    Wagtail's own base (live, public, in the site) still lists a live page under an
    unpublished one: these endpoints list what a visitor may open (cms.visibility).
    """

    api_description = "Every page a visitor may open (Wagtail API v2), in both languages."

    pagination_class = BoundedPagination
    filter_backends = bounded(PagesAPIViewSet.filter_backends)
    schema = OpenDataSchema()

    @classmethod
    def parameter_docs(cls):
        return page_parameters()

    def get_base_queryset(self):
        return super().get_base_queryset().exclude(hidden_q())


class PublicImagesAPIViewSet(ImagesAPIViewSet):
    api_description = "The images of the site's pages (Wagtail API v2)."
    pagination_class = BoundedPagination
    filter_backends = bounded(ImagesAPIViewSet.filter_backends)
    schema = OpenDataSchema()

    @classmethod
    def parameter_docs(cls):
        pages = page_parameters()
        return {
            **common_parameters(),
            **{
                name: pages[name]
                for name in ("search", "search_operator", "order", "rich_text_format")
            },
        }
