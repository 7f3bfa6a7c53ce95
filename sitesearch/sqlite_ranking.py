"""Rank SQLite full-text matches in one pass instead of once per match, tiers first.

modelsearch's SQLite backend orders results by a correlated subquery that repeats the
FTS5 ``MATCH`` for every matching page (and compares the text ``object_id`` with an
integer, so it cannot use the index on it): the time grows with the square of the number
of matches (``bench/bench_search.py``).

:func:`sqlite_rows` reads the same score, the backend's own bm25 expression, once per
match: the FTS table joined to its index entries, restricted to the search's scope, and
ordered by the title tier (:mod:`sitesearch.ranking`), then as the backend orders (score,
then the newest page first), as :class:`sitesearch.ranking.MatchRows`. It relies on the
compiler's helpers (``build_search_query``, ``_build_rank_expression``);
``tests/sitesearch/test_sqlite_ranking.py`` checks it against the backend's own order,
so an upgrade of modelsearch that changes them fails there.
"""

from django.db import connection
from django.db.models import F, IntegerField, OuterRef, Subquery
from django.db.models.functions import Cast
from wagtail.models import Page

from .ranking import MatchRows, hidden_flag, tier_expression


def is_sqlite_results(results):
    if connection.vendor != "sqlite":
        return False
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchResults

    return isinstance(results, SQLiteSearchResults)


def sqlite_rows(results, terms, hidden=None):
    """The pages a SQLite search matched, best first (None for a query the site search
    does not send: the backend's own path handles it)."""
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry
    from modelsearch.query import MatchAll, Not
    from modelsearch.utils import get_descendants_content_types_pks

    compiler = results.query_compiler
    query = normalize(compiler.query)
    if isinstance(query, MatchAll | Not):
        return None
    config = compiler.get_config(results.backend)
    match = MatchExpression(
        compiler.fields or compiler.FTS_TABLE_FIELDS,
        compiler.build_search_query(query, config=config),
    )
    rank = compiler._build_rank_expression(compiler.get_search_vectors(), config)
    scope = compiler.queryset.order_by().values("pk")
    page = Page.objects.filter(pk=OuterRef("page_id"))
    entries = (
        SQLiteFTSIndexEntry.objects.filter(match)
        .filter(
            index_entry__content_type__in=get_descendants_content_types_pks(compiler.queryset.model)
        )
        .annotate(
            score=rank,
            page_id=Cast("index_entry__object_id", output_field=IntegerField()),
            _tier=tier_expression(F("index_entry__title"), terms),
        )
        .filter(page_id__in=scope)
        .annotate(
            _hidden=hidden_flag("page_id", hidden),
            # The page's own columns, read by its primary key beside each match: one
            # query lists the matches with what the facets need.
            _content_type=Subquery(page.values("content_type_id")[:1]),
            _path=Subquery(page.values("path")[:1]),
        )
        .order_by("_tier", "_hidden", "score", "-page_id")
    )
    return MatchRows(entries.values_list("page_id", "_content_type", "_path", "_tier", "_hidden"))
