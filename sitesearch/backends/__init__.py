"""OpenSearch/Elasticsearch backends that put title tiers first, like the database ones.

Each module here is Wagtail's backend for one client major version (the one
:mod:`sitesearch.engines` picks), with a query compiler that adds the tiers of
:mod:`sitesearch.ranking` to the query it sends: a search whose folded words are in the
query (:class:`sitesearch.search.FoldedText`) scores, on top of the text, one step for
every word in the title, one for the words as a phrase there, and one for a title made
of exactly these words (the keyword sub-field of :class:`sitesearch.indexing.FoldedTitleField`).
"""

from modelsearch.query import And, Boost, Not, Or

from ..indexing import FOLDED_TITLE_SUBFIELD
from ..ranking import engine_tier_clauses

TITLE_FIELD = "title"


def folded_phrase(query):
    """The folded words of a site search query, or None for any other query."""
    from ..search import FoldedText

    if isinstance(query, FoldedText):
        return query.query_string
    if isinstance(query, And | Or):
        for subquery in query.subqueries:
            found = folded_phrase(subquery)
            if found:
                return found
    if isinstance(query, Boost | Not):
        return folded_phrase(query.subquery)
    return None


def tiered(backend_class):
    """``backend_class`` whose searches rank title tiers first."""
    base = backend_class.query_compiler_class

    class TieredQueryCompiler(base):
        def get_inner_query(self):
            inner = super().get_inner_query()
            phrase = folded_phrase(self.query)
            if not phrase:
                return inner
            should = engine_tier_clauses(TITLE_FIELD, phrase, FOLDED_TITLE_SUBFIELD)
            return {"bool": {"must": inner, "should": should}}

    TieredQueryCompiler.__name__ = f"Tiered{base.__name__}"
    return type(
        f"Tiered{backend_class.__name__}",
        (backend_class,),
        {"query_compiler_class": TieredQueryCompiler},
    )
