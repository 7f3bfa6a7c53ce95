"""Search results are ordered by title tier, then exactly as the database backend ranks
them, on both databases.

On SQLite, modelsearch orders by a correlated subquery (one full-text match per matching
page); sitesearch.sqlite_ranking joins once. Both are compared here on the same search, so
a modelsearch upgrade that changes the score or the helpers it relies on fails this test.
On PostgreSQL the backend's own ranked query is used with the tier put first, and the same
comparisons hold.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from sitesearch import search as site_search
from sitesearch.folding import folded_words
from sitesearch.matches import ranked_rows
from sitesearch.ranking import tier_of
from sitesearch.search import Filters, build_query, scope, search_pages
from tests.factories import StandardPageFactory

from .conftest import hide_other_networks

SQLITE = connection.vendor == "sqlite"


@pytest.fixture
def many(home, center_factory, locales):
    en_home = home.get_translation(locales["en"])
    hide_other_networks(home, en_home)
    center = center_factory(title="Trung tâm Đêm nhạc", slug="dem-nhac-center")
    # Titles and bodies that give different scores: the words in the title or only in the
    # text, once or several times, short and long titles, one draft that must not count.
    for number in range(24):
        title = ["Đêm nhạc", "Dem nhac ngoài trời", "Tọa đàm", "Đêm nhạc Đêm nhạc số"][number % 4]
        body = " ".join(["đêm nhạc"] * (number % 5)) + f" trang {number}"
        StandardPageFactory(
            parent=center,
            title=f"{title} {number}",
            slug=f"trang-{number}",
            introduction=body,
            live=number != 7,
        )
    return locales["vi"]


def backend_order(locale, text):
    """The backend's own order, then sorted (stably) by the title tier computed in Python."""
    query, terms = build_query(text, locale.language_code)
    results = get_search_backend().search(query, scope(locale, Filters()), operator="and")
    rows = results.get_queryset().values_list("pk", "content_type_id", "path")
    titles = dict(Page.objects.values_list("pk", "title"))
    tiered = [(*row, tier_of(folded_words(titles[row[0]], "vi"), terms), False) for row in rows]
    return results, terms, sorted(tiered, key=lambda row: row[3])


@pytest.mark.parametrize("text", ["dem nhac", "Đêm nhạc", "trang", "nhac trang"])
def test_same_rows_in_the_same_order_as_the_backend(many, text):
    results, terms, expected = backend_order(many, text)
    assert len(expected) > 5
    outcome = search_pages(text, many, Filters())
    assert [page.pk for page in outcome.page.object_list] == [pk for pk, *_ in expected[:10]]
    assert outcome.total == len(expected)
    ranked = ranked_rows(results, terms)
    assert ranked[0 : len(expected) + 10] == expected
    assert ranked.count() == len(expected)
    assert ranked[3:6] == expected[3:6]


def test_the_draft_is_left_out(many):
    outcome = search_pages("dem nhac", many, Filters())
    draft = Page.objects.get(title="Đêm nhạc Đêm nhạc số 7")
    assert not draft.live
    shown = [page.pk for number in range(1, 4) for page in _page(many, number)]
    assert draft.pk not in shown
    assert len(shown) == outcome.total


def _page(locale, number):
    outcome = search_pages("dem nhac", locale, Filters(), page_number=number)
    return outcome.page.object_list if outcome.page.number == number else []


def test_pages_past_the_facet_rows_are_ranked_too(many, monkeypatch):
    """Beyond FACET_CAP matches the page of results is still a slice of the ranked rows."""
    _results, _terms, expected = backend_order(many, "trang")
    monkeypatch.setattr(site_search, "FACET_CAP", 4)
    outcome = search_pages("trang", many, Filters(), page_number=2)
    assert outcome.total == len(expected)
    wanted = [pk for pk, *_ in expected[10:20]]
    assert [page.pk for page in outcome.page.object_list] == wanted


def test_a_search_matches_the_index_once(many):
    with CaptureQueriesContext(connection) as captured:
        search_pages("dem nhac", many, Filters())
    operator = " MATCH " if SQLITE else "@@"
    matching = [q["sql"] for q in captured.captured_queries if operator in q["sql"]]
    assert len(matching) == 1
    if SQLITE:
        # The score is read beside the match, not by a subquery repeating it per page.
        assert matching[0].count(" MATCH ") == 1
