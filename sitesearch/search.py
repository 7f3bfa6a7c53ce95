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
from django.db import connection
from django.db.models import Count, Q
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import Or, PlainText

from cms.listing import page_of
from cms.tree import Subtrees
from cms.visibility import hidden_branches, visible
from network.models import CenterPage, Sector
from ops import pagecache

from .folding import fold_vietnamese, query_terms
from .indexing import folded_title
from .matches import ranked_rows
from .protocol import WHEN_CHOICES, date_exclusion, dated_models, sector_models
from .ranking import EXACT, Match, tier_of

logger = logging.getLogger(__name__)

PER_PAGE = 10
FACET_CAP = 5000  # facets are counted over the first 5,000 matches


def published(locale):
    """What every search in ``locale`` reads that only publishing changes: the hidden
    branches (:func:`cms.visibility.hidden_branches`), the centers (live or not, in tree
    order), the sectors' names, the queries editors pinned results for.

    Read once per request (kept on the request's ``locale``, which the view, the filters,
    the search and the cards share) and, while the page cache is on, kept under its
    generation (any publish, unpublish, move, restriction or snippet change drops it): a
    search then asks the cache once for them instead of the database four times.
    """
    memo = getattr(locale, "_sitesearch_published", None)
    if memo is not None:
        return memo

    def compute():
        centers = CenterPage.objects.filter(locale=locale).order_by("path")
        return {
            "hidden": list(hidden_branches()),
            "centers": list(centers.only("path", "slug", "title", "url_path", "live")),
            "sectors": dict(Sector.objects.filter(locale=locale).values_list("slug", "name")),
            # Editors' picks change this too (sitesearch.apps drops it then).
            "pinned": [
                (query.pk, fold_vietnamese(query.query_string))
                for query in Query.objects.filter(editors_picks__isnull=False).distinct()
            ],
        }

    timeout = settings.PAGE_CACHE_TIMEOUT if pagecache.enabled() else 0
    memo = pagecache.remember(f"sitesearch:published:{locale.pk}", compute, timeout)
    locale._sitesearch_published = memo
    return memo


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
    past: int = 0  # past events that match too but are left out (offered by the page)


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


def scope(locale, filters, today=None, dates=True):
    """Pages a visitor may open in the active locale, narrowed by the validated filters (and
    by the date filter unless ``dates`` is False)."""
    pages = visible(Page.objects.filter(locale=locale, depth__gt=1), published(locale)["hidden"])
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
    if dates and dated_models():
        pages = pages.exclude(pk__in=outside_dates(filters.when, today))
    return pages


def outside_dates(when, today=None):
    """The ids of dated pages outside ``when`` (past events for "upcoming"), a subquery."""
    excluded = date_exclusion(when, today or timezone.localdate())
    return Page.objects.filter(excluded).values("pk")


def is_database(backend):
    """Whether ``backend`` is the SQLite or PostgreSQL backend (each module imports only
    on its own database)."""
    if connection.vendor == "sqlite":
        from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchBackend

        return isinstance(backend, SQLiteSearchBackend)
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend

        return isinstance(backend, PostgresSearchBackend)
    return False


def _backends():
    yield get_search_backend("default"), False
    fallback = getattr(settings, "SITESEARCH_FALLBACK_BACKEND", None)
    if fallback:
        yield get_search_backend(fallback), True


def _run(work):
    """``work(backend)`` on the configured engine; on any engine failure, on the database
    backend. Returns ``(what work returned, whether the engine failed)``."""
    engine_failed = False
    for backend, is_fallback in _backends():
        if is_fallback or getattr(settings, "SITESEARCH_FALLBACK_BACKEND", None) is None:
            return work(backend), engine_failed
        try:
            return work(backend), engine_failed
        except Exception:
            logger.warning("Search engine unavailable; using the database backend", exc_info=True)
            engine_failed = True
    raise RuntimeError("no search backend answered")  # pragma: no cover - loop always returns


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
    centers = [center for center in published(locale)["centers"] if center.live]
    center_of = Subtrees({center.path: center.path for center in centers}).holding
    in_center = Counter(center_of(row[2]) for row in rows)
    center_counts = []
    for center in centers:
        count = in_center[center.path]
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
    names = published(locale)["sectors"]
    facets["sector"] = sorted(
        (
            {"key": slug, "label": names.get(slug, slug), "count": count}
            for slug, count in sector_totals.items()
        ),
        key=lambda item: (-item["count"], item["label"]),
    )
    facets["when"] = list(WHEN_CHOICES) if dated_models() else []
    return facets


def search_pages(text, locale, filters, page_number=1, notes=None):
    """Search ``text`` in ``locale``: one page of results, the total and the facets.

    A page number past the last gives the last page, and a note in ``notes`` if given.

    With the default dates ("upcoming"), past events are left out but counted
    (``Outcome.past``), except one whose title is the query: a visitor who types a past
    event's name finds it on the first page.
    """
    query, terms = build_query(text, locale.language_code)
    if query is None:
        return Outcome()
    hide_past = filters.when == "upcoming" and bool(dated_models())

    def work(backend):
        if is_database(backend):
            return _database_search(backend, query, terms, locale, filters, hide_past)
        return _engine_search(backend, query, terms, locale, filters, hide_past)

    (rows, sequence, past), engine_failed = _run(work)
    paginator = Paginator(sequence, PER_PAGE)
    page = page_of(paginator, page_number, notes)
    ids = [row[0] for row in page.object_list]
    pages = specific_in_bulk(page.object_list)
    page.object_list = [pages[pk] for pk in ids if pk in pages]
    return Outcome(
        page=page,
        total=paginator.count,
        facets=facet_counts(rows, locale),
        engine_failed=engine_failed,
        terms=terms,
        past=past,
    )


def specific_in_bulk(rows):
    """The specific pages of ``rows`` by id: one query per page type, as the rows say
    their type (no query for the base pages first, as ``specific()`` makes)."""
    by_type = {}
    for row in rows:
        by_type.setdefault(row[1], []).append(row[0])
    pages = {}
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class() or Page
        pages.update(model._base_manager.in_bulk(ids))
    return pages


def _database_search(backend, query, terms, locale, filters, hide_past):
    """SQLite and PostgreSQL: one query ranks and lists the matches, past events among
    them (flagged ``hidden``), so the count of those left out comes with it.

    Returns ``(rows, sequence, past)``: the rows the facets count (up to FACET_CAP),
    what the pages of results are sliced from, and how many past events were left out.
    """
    queryset = scope(locale, filters, dates=not hide_past)
    results = backend.search(query, queryset, operator="and")
    ranked = ranked_rows(results, terms, outside_dates("upcoming") if hide_past else None)
    every = ranked[:FACET_CAP]
    if len(every) < FACET_CAP:
        rows = [row for row in every if not row.hidden or row.tier == EXACT]
        return rows, rows, len(every) - len(rows)
    # More matches than the facets count: the pages of results are slices of all of them.
    visible = ranked.visible()
    return visible[:FACET_CAP], visible, ranked.hidden_count() if hide_past else 0


def _engine_search(backend, query, terms, locale, filters, hide_past):
    """OpenSearch/Elasticsearch: the hits, ranked by tier by the engine; past events in a
    second search, counted, and the ones whose title is the query put after the hits of
    that tier. Returns what :func:`_database_search` does."""
    results = backend.search(query, scope(locale, filters), operator="and")
    pages = list(results[:FACET_CAP])
    rows = [Match(page.pk, page.content_type_id, page.path, None, False) for page in pages]
    sequence = rows if len(rows) < FACET_CAP else _PagesAsRows(results)
    past = 0
    if hide_past:
        in_the_past = scope(locale, filters, dates=False).filter(pk__in=outside_dates("upcoming"))
        found = backend.search(query, in_the_past, operator="and")
        past = found.count()
        if past and len(rows) < FACET_CAP:
            exact = [
                Match(page.pk, page.content_type_id, page.path, EXACT, True)
                for page in found[:PER_PAGE]
                if tier_of(folded_title(page), terms) == EXACT
            ]
            first = 0
            while first < len(pages) and tier_of(folded_title(pages[first]), terms) == EXACT:
                first += 1
            rows = sequence = rows[:first] + exact + rows[first:]
            past -= len(exact)
    return rows, sequence, past


class _PagesAsRows:
    """An engine's results beyond FACET_CAP hits, sliced as rows for the paginator."""

    def __init__(self, results):
        self._results = results

    def count(self):
        return self._results.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        return [
            Match(page.pk, page.content_type_id, page.path, None, False)
            for page in self._results[key]
        ]


def autocomplete_pages(text, locale, limit=8):
    """Pages whose title starts like what was typed (folded), best first."""
    _exact, folded = query_terms(text, locale.language_code)
    if not folded or len("".join(folded)) < 2:
        return [], False
    # Suggestions list centers before the pages inside them, then in tree order: ranking
    # by relevance would cost a score per matching page on SQLite, too slow as you type.
    # Dated pages (events) come after the others found: one event title repeated by a
    # series or by several centers would otherwise push a space or a page off the list.
    pages = Page.objects.filter(locale=locale, depth__gt=1)
    queryset = visible(pages, published(locale)["hidden"]).order_by("depth", "path")
    found, engine_failed = _run(
        lambda backend: list(
            backend.autocomplete(
                " ".join(folded), queryset, operator="and", order_by_relevance=False
            )[: limit * 2]
        )
    )
    dated = {ct.pk for ct in ContentType.objects.get_for_models(*dated_models()).values()}
    found.sort(key=lambda page: page.content_type_id in dated)
    return found[:limit], engine_failed
