"""Anonymous searches kept by the page cache (sitesearch.views.search, ops.pagecache):
served again without a query, dropped by a publish, never an editor's, never mixed up,
and still counted in the query log."""

import re

import pytest
from django.core.cache import cache
from django.test import override_settings
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from sitesearch import querylog
from sitesearch.models import SearchMiss
from tests.factories import StandardPageFactory

from .test_views import result_titles


@pytest.fixture
def page_cache(db, tmp_path):
    """The page cache on; what a test left counted in memory is written (and rolled back
    with the test) before its database goes."""
    with override_settings(
        PAGE_CACHE_ENABLED=True, PAGE_CACHE_STAMP_FILE=str(tmp_path / "pagecache.stamp")
    ):
        cache.clear()
        yield
        cache.clear()
    querylog.flush_pending()


def search(client, query="", path="/vi/search/"):
    response = client.get(f"{path}?{query}")
    assert response.status_code == 200
    return response


def hits(term):
    query = Query.objects.filter(query_string=term).first()
    return query.hits if query else 0


def test_a_repeated_search_is_served_from_the_cache_without_a_query(
    page_cache, corpus, client, django_assert_num_queries
):
    first = search(client, "q=dem+nhac")
    assert first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        second = search(client, "q=dem+nhac")
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert set(result_titles(second.content.decode())) == {"Đêm nhạc acoustic", "Không gian Di sản"}
    # Browsers and CDNs still keep nothing: the copy is the server's.
    for response in (first, second):
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert "public" not in response["Cache-Control"]

    # Other spellings of the same request (spacing, repeated or unknown parameters, an
    # empty filter, page 1) are the same entry, still without a query.
    with django_assert_num_queries(0):
        for query in (
            "q=dem%20%20nhac%20",
            "q=x&q=dem+nhac&utm_source=newsletter",
            "q=dem+nhac&center=&page=1",
        ):
            other = search(client, query)
            assert other["X-Cache"] == "HIT", query
            assert other.content == first.content
    # What the page links to is the canonical address, never the parameters of the
    # visitor who made the entry.
    assert "utm_source" not in first.content.decode()


def test_publishing_a_page_changes_the_kept_search(page_cache, corpus, client):
    assert result_titles(search(client, "q=xuong+gom").content.decode()) == []
    assert search(client, "q=xuong+gom")["X-Cache"] == "HIT"
    page = StandardPageFactory(parent=corpus["centers"]["di-san"], title="Xưởng gốm mở", live=False)
    page.save_revision().publish()
    after = search(client, "q=xuong+gom")
    assert after["X-Cache"] == "MISS"
    assert result_titles(after.content.decode()) == ["Xưởng gốm mở"]

    # An editor's pick changed drops the kept searches too.
    SearchPromotion.objects.create(
        query=Query.get("xuong gom"), page=corpus["centers"]["sang-tao"], sort_order=0
    )
    picked = search(client, "q=xuong+gom")
    assert picked["X-Cache"] == "MISS"
    assert 'class="search-promoted"' in picked.content.decode()


def test_a_logged_in_editor_is_never_served_nor_makes_the_anonymous_copy(
    page_cache, corpus, client, django_user_model, django_assert_max_num_queries
):
    anonymous = search(client, "q=bao+tang")
    assert search(client, "q=bao+tang")["X-Cache"] == "HIT"
    editor = django_user_model.objects.create_user("editor", "editor@example.com", "pw")
    client.force_login(editor)
    for query in ("q=bao+tang", "q=trien+lam"):
        with django_assert_max_num_queries(200) as captured:
            response = search(client, query)
        assert response["X-Cache"] == "BYPASS"
        assert len(captured) > 3  # the search ran
    client.logout()
    # The editor's search of "trien lam" was not kept for visitors.
    client.cookies.clear()
    assert search(client, "q=trien+lam")["X-Cache"] == "MISS"
    assert search(client, "q=bao+tang").content == anonymous.content


def test_filters_pages_and_languages_each_have_their_own_entry(page_cache, corpus, client):
    for number in range(12):
        StandardPageFactory(parent=corpus["centers"]["di-san"], title=f"Đêm nhạc số {number}")
    variants = {
        "all": ("/vi/search/", "q=dem+nhac"),
        "center": ("/vi/search/", "q=dem+nhac&center=sang-tao"),
        "type": ("/vi/search/", "q=dem+nhac&type=network.centerpage"),
        "past": ("/vi/search/", "q=dem+nhac&when=past"),
        "page 2": ("/vi/search/", "q=dem+nhac&page=2"),
        "diacritics": ("/vi/search/", "q=%C4%90%C3%AAm+nh%E1%BA%A1c"),
        "english": ("/en/search/", "q=dem+nhac"),
    }
    first = {}
    for name, (path, query) in variants.items():
        response = search(client, query, path)
        assert response["X-Cache"] == "MISS", name
        first[name] = response.content
    assert len(set(first.values())) == len(variants)
    for name, (path, query) in variants.items():
        response = search(client, query, path)
        assert response["X-Cache"] == "HIT", name
        assert response.content == first[name], name
    assert "Trang 2 / 2" in first["page 2"].decode()
    assert "Trang 1 / 2" in first["all"].decode()
    assert result_titles(first["type"].decode()) == ["Không gian Di sản"]
    assert '<html lang="en"' in first["english"].decode()


def test_what_is_refused_or_fell_back_is_not_kept(page_cache, corpus, client, monkeypatch):
    for query in ("q=dem+nhac&center=khong-co", "q=dem+nhac&page=99", "q=dem+nhac&page=abc"):
        for _ in range(2):
            response = search(client, query)
            assert response["X-Cache"] == "MISS", query
            assert 'class="search-notice"' in response.content.decode(), query

    from sitesearch import views

    real = views.search_pages

    def engine_down(*args, **kwargs):
        outcome = real(*args, **kwargs)
        outcome.engine_failed = True
        return outcome

    monkeypatch.setattr(views, "search_pages", engine_down)
    for _ in range(2):
        assert search(client, "q=bao+tang")["X-Cache"] == "MISS"


def test_searches_served_from_the_cache_are_still_counted(page_cache, corpus, client):
    search(client, "q=dem+nhac")
    assert hits("dem nhac") == 1
    assert search(client, "q=dem+nhac")["X-Cache"] == "HIT"
    assert search(client, "q=dem++nhac&utm_source=x")["X-Cache"] == "HIT"
    # Kept hits are counted in this process without a query...
    assert querylog.pending() == {("dem nhac", True): 2}
    assert hits("dem nhac") == 1
    # ... and written by its next search that is not a hit.
    search(client, "q=khong+co+gi")
    assert querylog.pending() == {}
    assert hits("dem nhac") == 3
    assert search(client, "q=khong+co+gi")["X-Cache"] == "HIT"
    assert search(client, "q=dem+nhac")["X-Cache"] == "HIT"
    assert querylog.pending() == {("dem nhac", True): 1, ("khong co gi", False): 1}
    search(client, "q=dem+nhac&page=2")  # paging is not a new search, but writes them
    assert querylog.pending() == {}
    assert hits("dem nhac") == 4
    assert hits("khong co gi") == 2
    assert SearchMiss.objects.get(query__query_string="khong co gi").hits == 2

    # Or on a hit, once the oldest waiting count is old enough (here at once).
    with override_settings(SITESEARCH_LOG_FLUSH_SECONDS=0):
        assert search(client, "q=dem+nhac")["X-Cache"] == "HIT"
    assert querylog.pending() == {}
    assert hits("dem nhac") == 5


def test_the_search_box_and_the_language_switch_carry_the_canonical_query(
    page_cache, corpus, client
):
    html = search(client, "q=bao%20%20%20tang&center=sang-tao&center=sang-tao&x=1").content
    html = html.decode()
    assert 'name="q" value="bao tang"' in html
    assert re.search(r'href="/en/search/\?q=bao\+tang&amp;center=sang-tao"', html)
