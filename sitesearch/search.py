"""One search across the network: scope, query, engine with fallback, facets, results.

Views stay thin: they validate the visitor's parameters into :class:`Filters` and call
:func:`search_pages`, which returns everything the page shows.
"""

import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Count
from django.db.models.functions import Substr
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, PlainText

from network.models import CenterPage, Sector

from .folding import query_terms
from .protocol import WHEN_CHOICES, date_exclusion, dated_models, sector_models

logger = logging.getLogger(__name__)

PER_PAGE = 10
FACET_CAP = 5000  # facets are counted over the first 5,000 matches


@dataclass
class Filters:
    center: CenterPage | None = None
    content_type: ContentType | None = None
    sector: Sector | None = None
    when: str = "upcoming"


@dataclass
class Outcome:
    page: object = None  # a Django Page of result Pages, or None for an empty query
    total: int = 0
    facets: dict = field(default_factory=dict)
    engine_failed: bool = False
    terms: list = field(default_factory=list)


def build_query(text, language):
    """The backend query: folded terms, OR exact keys (so exact spellings rank higher)."""
    exact, folded = query_terms(text, language)
    if not folded:
        return None, []
    query = PlainText(" ".join(folded), operator="and")
    if exact:
        query = Or([PlainText(" ".join(exact), operator="and"), query])
    return query, folded


def scope(locale, filters, today=None):
    """Live, public pages in the active locale, narrowed by the validated filters."""
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1)
    if filters.center is not None:
        pages = pages.descendant_of(filters.center, inclusive=True)
    if filters.content_type is not None:
        pages = pages.filter(content_type=filters.content_type)
    if filters.sector is not None:
        ids = set()
        for model in sector_models():
            ids |= set(
                model.objects.filter(sectors__slug=filters.sector.slug).values_list("pk", flat=True)
            )
        pages = pages.filter(pk__in=sorted(ids))
    if dated_models():
        excluded = date_exclusion(filters.when, today or timezone.localdate())
        pages = pages.exclude(
            pk__in=list(Page.objects.filter(excluded).values_list("pk", flat=True))
        )
    return pages


def _backends():
    yield get_search_backend("default"), False
    fallback = getattr(settings, "SITESEARCH_FALLBACK_BACKEND", None)
    if fallback:
        yield get_search_backend(fallback), True


def _run(method, query, queryset, evaluate, order_by_relevance=True):
    """Run on the configured engine; on any engine failure, on the database backend."""
    engine_failed = False
    for backend, is_fallback in _backends():
        results = getattr(backend, method)(
            query, queryset, operator="and", order_by_relevance=order_by_relevance
        )
        if is_fallback or getattr(settings, "SITESEARCH_FALLBACK_BACKEND", None) is None:
            return evaluate(results), engine_failed
        try:
            return evaluate(results), engine_failed
        except Exception:
            logger.warning("Search engine unavailable; using the database backend", exc_info=True)
            engine_failed = True
    raise RuntimeError("no search backend answered")  # pragma: no cover - loop always returns


def matching_ids(results):
    """The ids of the pages the search matched (up to FACET_CAP), in one query.

    Facets are then counted over these ids with plain indexed queries, so the full-text
    match runs twice per search (these ids, then the ranked page of results), not once
    per facet.
    """
    if hasattr(results, "get_queryset"):
        matched = results.get_queryset().order_by().values_list("pk", flat=True)
        return list(matched[:FACET_CAP])
    return [page.pk for page in results[:FACET_CAP]]


def facet_counts(pages, locale):
    """Counts by center, type and sector over the matched pages."""
    facets = {}
    type_rows = pages.order_by().values("content_type").annotate(n=Count("pk")).order_by("-n")
    types = []
    for row in type_rows:
        content_type = ContentType.objects.get_for_id(row["content_type"])
        model = content_type.model_class()
        if model is None:
            continue
        types.append(
            {
                "key": f"{content_type.app_label}.{content_type.model}",
                "label": model._meta.verbose_name,
                "count": row["n"],
            }
        )
    facets["type"] = types

    centers = list(CenterPage.objects.live().public().filter(locale=locale).order_by("path"))
    by_length = {}
    for center in centers:
        by_length.setdefault(len(center.path), {})[center.path] = center
    center_counts = []
    for length, paths in by_length.items():
        rows = (
            pages.order_by()
            .annotate(prefix=Substr("path", 1, length))
            .filter(prefix__in=list(paths))
            .values("prefix")
            .annotate(n=Count("pk"))
        )
        for row in rows:
            center = paths[row["prefix"]]
            center_counts.append({"key": center.slug, "label": center.title, "count": row["n"]})
    facets["center"] = sorted(center_counts, key=lambda item: (-item["count"], item["label"]))

    sector_totals = {}
    for model in sector_models():
        rows = (
            model.objects.filter(pk__in=pages.values("pk"))
            .exclude(sectors=None)
            .order_by()
            .values("sectors__slug")
            .annotate(n=Count("pk", distinct=True))
        )
        for row in rows:
            slug = row["sectors__slug"]
            sector_totals[slug] = sector_totals.get(slug, 0) + row["n"]
    names = dict(
        Sector.objects.filter(locale=locale, slug__in=list(sector_totals)).values_list(
            "slug", "name"
        )
    )
    facets["sector"] = sorted(
        (
            {"key": slug, "label": names.get(slug, slug), "count": count}
            for slug, count in sector_totals.items()
        ),
        key=lambda item: (-item["count"], item["label"]),
    )
    facets["when"] = list(WHEN_CHOICES) if dated_models() else []
    return facets


def search_pages(text, locale, filters, page_number=1):
    """Search ``text`` in ``locale``: one page of results, the total and the facets."""
    query, terms = build_query(text, locale.language_code)
    if query is None:
        return Outcome()
    queryset = scope(locale, filters)

    def evaluate(results):
        ids = matching_ids(results)
        paginator = Paginator(results, PER_PAGE)
        if len(ids) < FACET_CAP:
            # Known already: no count query with the relevance score annotated per row.
            paginator.count = len(ids)
        page = paginator.get_page(page_number)
        page.object_list = list(page.object_list)
        pages = Page.objects.filter(pk__in=ids)
        return page, paginator.count, facet_counts(pages, locale)

    (page, total, facets), engine_failed = _run("search", query, queryset, evaluate)
    return Outcome(page=page, total=total, facets=facets, engine_failed=engine_failed, terms=terms)


def autocomplete_pages(text, locale, limit=8):
    """Pages whose title starts like what was typed (folded), best first."""
    _exact, folded = query_terms(text, locale.language_code)
    if not folded or len("".join(folded)) < 2:
        return [], False
    # Suggestions list centers before the pages inside them, then in tree order: ranking
    # by relevance would cost a score per matching page on SQLite, too slow as you type.
    queryset = (
        Page.objects.live().public().filter(locale=locale, depth__gt=1).order_by("depth", "path")
    )
    return _run(
        "autocomplete",
        " ".join(folded),
        queryset,
        lambda results: list(results[:limit]),
        order_by_relevance=False,
    )
