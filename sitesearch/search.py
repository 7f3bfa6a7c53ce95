"""One search across the network: scope, query, engine with fallback, facets, results.

Views stay thin: they validate the visitor's parameters into :class:`Filters` and call
:func:`search_pages`, which returns everything the page shows.
"""

import logging
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, PlainText

from cms.visibility import visible
from network.models import CenterPage, Sector

from .folding import query_terms
from .protocol import WHEN_CHOICES, date_exclusion, dated_models, sector_models
from .ranking import ranked_rows

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


class FoldedText(PlainText):
    """The query's folded words: OpenSearch/Elasticsearch rank title tiers on them
    (:mod:`sitesearch.backends`); every backend treats it as the plain text it is."""


def build_query(text, language):
    """The backend query: folded terms, OR exact keys (so exact spellings rank higher)."""
    exact, folded = query_terms(text, language)
    if not folded:
        return None, []
    query = FoldedText(" ".join(folded), operator="and")
    if exact:
        query = Or([PlainText(" ".join(exact), operator="and"), query])
    return query, folded


def scope(locale, filters, today=None):
    """Pages a visitor may open in the active locale, narrowed by the validated filters."""
    pages = visible(Page.objects.filter(locale=locale, depth__gt=1))
    if filters.center is not None:
        pages = pages.descendant_of(filters.center, inclusive=True)
    if filters.content_type is not None:
        pages = pages.filter(content_type=filters.content_type)
    # Subqueries, not lists of ids: SQLite refuses a query with more than 32,766
    # parameters (a network's past events, or every space of a sector, can number that
    # many), and the OpenSearch/Elasticsearch backends run a subquery to get the ids.
    if filters.sector is not None:
        in_sector = Q()
        for model in sector_models():
            in_sector |= Q(
                pk__in=model.objects.filter(sectors__slug=filters.sector.slug).values("pk")
            )
        pages = pages.filter(in_sector) if in_sector else pages.none()
    if dated_models():
        excluded = date_exclusion(filters.when, today or timezone.localdate())
        pages = pages.exclude(pk__in=Page.objects.filter(excluded).values("pk"))
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


def matched_rows(results, ranked=None):
    """``(pk, content_type_id, path, tier)`` of the matches, best first, up to FACET_CAP.

    On the database backends (``ranked``, :func:`sitesearch.ranking.ranked_rows`) this is
    one query that both ranks and lists the matches: the page of results is then a slice
    of it and the type and center facets are counted from it, so the full-text match
    runs once per search. Other engines (OpenSearch) return their hits, ranked by tier
    already; their rows are read from the pages (tier ``None``: not needed).
    """
    if ranked is not None:
        return ranked[:FACET_CAP]
    return [(page.pk, page.content_type_id, page.path, None) for page in results[:FACET_CAP]]


def facet_counts(rows, locale):
    """Counts by center, type and sector over the matched rows."""
    facets = {}
    by_type = Counter(row[1] for row in rows)
    types = []
    for content_type_id, count in by_type.most_common():
        content_type = ContentType.objects.get_for_id(content_type_id)
        model = content_type.model_class()
        if model is None:
            continue
        types.append(
            {
                "key": f"{content_type.app_label}.{content_type.model}",
                "label": model._meta.verbose_name,
                "count": count,
            }
        )
    facets["type"] = types

    # A center behind a view restriction has no public page among the matches: the
    # counts below leave it out without asking for view restrictions again.
    centers = CenterPage.objects.live().filter(locale=locale).only("path", "slug", "title")
    center_counts = []
    for center in centers.order_by("path"):
        count = sum(1 for row in rows if row[2].startswith(center.path))
        if count:
            center_counts.append({"key": center.slug, "label": center.title, "count": count})
    facets["center"] = sorted(center_counts, key=lambda item: (-item["count"], item["label"]))

    sector_totals = Counter()
    for model in sector_models():
        # Only the page types that matched: no query for a type absent from the results.
        content_type = ContentType.objects.get_for_model(model)
        ids = [row[0] for row in rows if row[1] == content_type.pk]
        if not ids:
            continue
        field = model._meta.get_field("sectors")
        through = field.remote_field.through
        source = field.m2m_field_name()
        target = field.m2m_reverse_field_name()
        counted = (
            through.objects.filter(**{f"{source}_id__in": ids})
            .order_by()
            .values_list(f"{target}__slug")
            .annotate(n=Count(f"{source}_id", distinct=True))
        )
        sector_totals.update(dict(counted))
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
        ranked = ranked_rows(results, terms)
        rows = matched_rows(results, ranked)
        if len(rows) < FACET_CAP or ranked is not None:
            # Ranked rows: the page of results is a slice of them (of every match, when
            # more than the facets' rows matched on a database backend).
            paginator = Paginator(rows if len(rows) < FACET_CAP else ranked, PER_PAGE)
            page = paginator.get_page(page_number)
            ids = [row[0] for row in page.object_list]
            pages = Page.objects.in_bulk(ids)
            page.object_list = [pages[pk] for pk in ids if pk in pages]
        else:
            paginator = Paginator(results, PER_PAGE)
            page = paginator.get_page(page_number)
            page.object_list = list(page.object_list)
        return page, paginator.count, facet_counts(rows, locale)

    (page, total, facets), engine_failed = _run("search", query, queryset, evaluate)
    return Outcome(page=page, total=total, facets=facets, engine_failed=engine_failed, terms=terms)


def autocomplete_pages(text, locale, limit=8):
    """Pages whose title starts like what was typed (folded), best first."""
    _exact, folded = query_terms(text, locale.language_code)
    if not folded or len("".join(folded)) < 2:
        return [], False
    # Suggestions list centers before the pages inside them, then in tree order: ranking
    # by relevance would cost a score per matching page on SQLite, too slow as you type.
    queryset = visible(Page.objects.filter(locale=locale, depth__gt=1)).order_by("depth", "path")
    return _run(
        "autocomplete",
        " ".join(folded),
        queryset,
        lambda results: list(results[:limit]),
        order_by_relevance=False,
    )
