"""The right page first: title tiers above the engine's own score.

A visitor who types a page's name wants that page, not the ten events that mention it.
Every match gets a *tier* from its folded title (see
:class:`sitesearch.indexing.FoldedTitleField`) and the query's folded terms:

* ``EXACT``: the title's words are the query's words ("Heritage Space");
* ``PHRASE``: the query's words stand together, in order, in the title;
* ``TITLE``: every word of the query is in the title;
* ``OTHER``: the rest (words in the text, the address, ...).

Results are ordered by tier, then by the backend's score (which also ranks the exact
spelling above the folded one), then newest first. Every engine applies the same tiers:

* SQLite and PostgreSQL, in SQL on the index entry's title column
  (:func:`tier_expression`), in the one query that ranks and lists the matches
  (:func:`sitesearch.matches.ranked_rows`);
* OpenSearch/Elasticsearch, as scoring clauses on the title field and its keyword
  sub-field (:func:`engine_tier_clauses`, used by :mod:`sitesearch.backends`), each
  worth more than any text score can reach;
* in Python (:func:`tier_of`), for a handful of pages whose tier must be known after
  the search (an exact title among past events).
"""

import operator
from collections import namedtuple
from functools import reduce

from django.db.models import BooleanField, Case, IntegerField, Q, Value, When
from django.db.models.functions import Concat, Left, StrIndex
from django.db.models.lookups import Contains, Exact, GreaterThan

EXACT, PHRASE, TITLE, OTHER = 0, 1, 2, 3
# One matched page: ``hidden`` when it is left out unless asked for (a past event),
# which it is not when its title is the query's (``tier`` EXACT).
Match = namedtuple("Match", "pk content_type_id path tier hidden")
# Each title clause an OpenSearch/Elasticsearch hit meets adds this to its score: BM25
# scores of short pages stay far below it, so the tiers order the hits before the text.
ENGINE_TIER_STEP = 1000.0


def tier_of(folded_title, terms):
    """The tier of a title whose folded words are ``folded_title`` for ``terms``."""
    if not terms:
        return OTHER
    phrase = " ".join(terms)
    if folded_title == phrase:
        return EXACT
    padded = f" {folded_title} "
    if f" {phrase} " in padded:
        return PHRASE
    if all(f" {term} " in padded for term in terms):
        return TITLE
    return OTHER


def tier_expression(column, terms):
    """SQL for :func:`tier_of` over an index column holding ``"folded words, title"``."""
    phrase = " ".join(terms)
    comma = StrIndex(column, Value(","))
    folded = Case(
        When(GreaterThan(comma, 0), then=Left(column, comma - 1)),
        default=Value(""),
    )
    padded = Concat(Value(" "), folded, Value(" "))
    # Folded terms are letters and digits only: nothing in them is special to LIKE.
    every_term = reduce(operator.and_, [Contains(padded, f" {term} ") for term in terms])
    return Case(
        When(Exact(folded, phrase), then=Value(EXACT)),
        When(Contains(padded, f" {phrase} "), then=Value(PHRASE)),
        When(every_term, then=Value(TITLE)),
        default=Value(OTHER),
        output_field=IntegerField(),
    )


def engine_tier_clauses(field, phrase, exact_subfield):
    """OpenSearch/Elasticsearch ``should`` clauses: one step per tier above ``OTHER``."""

    def step(query):
        return {"constant_score": {"filter": query, "boost": ENGINE_TIER_STEP}}

    return [
        step({"match": {field: {"query": phrase, "operator": "and"}}}),
        step({"match_phrase": {field: phrase}}),
        step({"term": {f"{field}.{exact_subfield}": phrase}}),
    ]


def hidden_flag(field, hidden):
    """True for the rows whose ``field`` (a page id) is among the ``hidden`` page ids."""
    if hidden is None:
        return Value(False, output_field=BooleanField())
    return Case(
        When(Q(**{f"{field}__in": hidden}), then=Value(True)),
        default=Value(False),
        output_field=BooleanField(),
    )


class MatchRows:
    """A ranked search's matches as :class:`Match` rows, best first: sliceable, with
    ``count()`` (so ``Paginator`` takes it), over a queryset of values rows
    ``(pk, content_type_id, path, _tier, _hidden)`` annotated with ``_tier`` and
    ``_hidden``."""

    def __init__(self, queryset):
        self._queryset = queryset

    def count(self):
        return self._queryset.order_by().count()

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("MatchRows takes slices only")
        return [Match(*row) for row in self._queryset[key]]

    def visible(self):
        """The rows shown by default: not hidden, or hidden with the query as title."""
        return type(self)(self._queryset.filter(Q(_hidden=False) | Q(_tier=EXACT)))

    def hidden_count(self):
        """How many matches are left out by default."""
        return self._queryset.filter(_hidden=True).exclude(_tier=EXACT).order_by().count()
