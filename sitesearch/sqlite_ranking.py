"""Rank SQLite full-text matches in one pass instead of once per match.

modelsearch's SQLite backend orders results by a correlated subquery that repeats the
FTS5 ``MATCH`` for every matching page (and compares the text ``object_id`` with an
integer, so it cannot use the index on it): the time grows with the square of the number
of matches. "dem nhac" at 50,000 pages took 11-18 s (``bench/bench_search.py``).

:class:`RankedMatches` reads the same score, the backend's own bm25 expression, once per
match: the FTS table joined to its index entries, restricted to the search's scope, and
ordered as the backend orders (score, then the newest page first). It is a sliceable
sequence of ``(pk, content_type_id, path)`` rows with ``count()``, so ``Paginator`` takes
it. It relies on the compiler's helpers (``build_search_query``, ``_build_rank_expression``);
``tests/sitesearch/test_sqlite_ranking.py`` checks it against the backend's own order,
so an upgrade of modelsearch that changes them fails there.
"""

from django.db import connection
from django.db.models import IntegerField
from django.db.models.functions import Cast
from wagtail.models import Page


def ranked_matches(results):
    """A :class:`RankedMatches` for SQLite search results, else None."""
    if connection.vendor != "sqlite":
        return None
    from modelsearch.backends.database.sqlite.sqlite import SQLiteSearchResults

    if not isinstance(results, SQLiteSearchResults):
        return None
    return RankedMatches.for_results(results)


class RankedMatches:
    """The pages a SQLite search matched, best first."""

    def __init__(self, entries):
        self._entries = entries

    @classmethod
    def for_results(cls, results):
        from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
        from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry
        from modelsearch.query import MatchAll, Not
        from modelsearch.utils import get_descendants_content_types_pks

        compiler = results.query_compiler
        query = normalize(compiler.query)
        if isinstance(query, MatchAll | Not):
            return None  # not what the site search sends; the backend's own path handles it
        config = compiler.get_config(results.backend)
        match = MatchExpression(
            compiler.fields or compiler.FTS_TABLE_FIELDS,
            compiler.build_search_query(query, config=config),
        )
        rank = compiler._build_rank_expression(compiler.get_search_vectors(), config)
        scope = compiler.queryset.order_by().values("pk")
        entries = (
            SQLiteFTSIndexEntry.objects.filter(match)
            .filter(
                index_entry__content_type__in=get_descendants_content_types_pks(
                    compiler.queryset.model
                )
            )
            .annotate(
                score=rank,
                page_id=Cast("index_entry__object_id", output_field=IntegerField()),
            )
            .filter(page_id__in=scope)
            .order_by("score", "-page_id")
        )
        return cls(entries)

    def count(self):
        return self._entries.order_by().count()

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("RankedMatches takes slices only")
        ids = list(self._entries.values_list("page_id", flat=True)[key])
        rows = {
            row[0]: row
            for row in Page.objects.filter(pk__in=ids).values_list("pk", "content_type_id", "path")
        }
        return [rows[pk] for pk in ids if pk in rows]
