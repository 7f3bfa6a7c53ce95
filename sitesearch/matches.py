"""The database backends' matches, tiered and ranked in one query (:class:`MatchRows`).

The tiers are :mod:`sitesearch.ranking`'s; SQLite's query is in
:mod:`sitesearch.sqlite_ranking`, PostgreSQL's here.
"""

from django.db import connection
from django.db.models import F

from .ranking import MatchRows, hidden_flag, tier_expression
from .sqlite_ranking import is_sqlite_results, sqlite_rows


def postgres_rows(results, terms, hidden=None):
    """The matches of a PostgreSQL search: the backend's own ranked query with the tier
    (and the hidden rows after the others of their tier) put before its score."""
    queryset = results.get_queryset()
    ordering = queryset.query.order_by
    queryset = queryset.annotate(
        _tier=tier_expression(F("index_entries__title_text"), terms),
        _hidden=hidden_flag("pk", hidden),
    ).order_by("_tier", "_hidden", *ordering)
    return MatchRows(queryset.values_list("pk", "content_type_id", "path", "_tier", "_hidden"))


def ranked_rows(results, terms, hidden=None):
    """The database backends' matches, tiered and ranked in one query (:class:`MatchRows`);
    None for engines (OpenSearch/Elasticsearch rank with
    :func:`sitesearch.ranking.engine_tier_clauses` themselves). ``hidden``: the ids of
    pages shown only when their title is the query's.
    """
    if is_sqlite_results(results):
        return sqlite_rows(results, terms, hidden)
    if connection.vendor == "postgresql":
        from modelsearch.backends.database.postgres.postgres import PostgresSearchResults

        if isinstance(results, PostgresSearchResults):
            return postgres_rows(results, terms, hidden)
    return None
