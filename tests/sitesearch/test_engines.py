"""OpenSearch/Elasticsearch: chosen by the environment, folding in the index, fallback.

Which guarantee comes from where:

* the index settings, the mapping and the query bodies are checked here as data, exactly
  as Wagtail's OpenSearch backend would send them;
* ``test_opensearch_backend_against_osmem`` runs that backend over HTTP against
  ``osmem-server`` (PyPI), an in-memory OpenSearch-compatible server written in Go. It is a
  stand-in, not OpenSearch: it proves the requests are well-formed and that the folded
  tokens find the same pages as the database backend, not how a real cluster's analyzers
  score them. Run the same test against a real server with
  ``SITESEARCH_TEST_OPENSEARCH_URL=http://localhost:9200``;
* the fallback is tested against a closed port: the page says so and the database answers.
"""

import os
import socket

import pytest
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.index import class_is_indexed

from network.models import StandardPage
from sitesearch import engines
from sitesearch.search import Filters, build_query, search_pages
from tests.factories import StandardPageFactory

from .test_types import PAST, typed  # noqa: F401 - the fixture, for the engine's past events


def closed_port_url():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}"


def engine_settings(url):
    backends = engines.search_backends({"SEARCH_URL": url, "SEARCH_TIMEOUT": "2"})
    backends["default"]["INDEX_PREFIX"] = "test_"
    return backends


def test_nothing_set_means_the_database_backend_with_simple_config():
    assert engines.search_backends({}) == {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
    }


def test_search_url_chooses_opensearch_for_the_installed_client_and_keeps_the_database():
    backends = engines.search_backends({"SEARCH_URL": "https://search.internal:9200"})
    assert backends["default"]["BACKEND"] == "sitesearch.backends.opensearch3"
    assert backends["default"]["URLS"] == ["https://search.internal:9200"]
    assert backends["default"]["TIMEOUT"] == 3.0
    assert backends["database"]["BACKEND"] == "wagtail.search.backends.database"


def test_the_index_folds_vietnamese_and_maps_d_stroke():
    backend = get_search_backend(**engine_settings("http://127.0.0.1:9")["default"])
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["char_filter"]["vietnamese_d"]["mappings"] == ["đ => d", "Đ => D"]
    for name in ("default", "vietnamese_folding"):
        assert analysis["analyzer"][name]["char_filter"] == ["vietnamese_d"]
        assert analysis["analyzer"][name]["filter"] == ["lowercase", "asciifolding"]
    # Wagtail's own autocomplete analyzers are kept.
    assert "edgengram_analyzer" in analysis["analyzer"]


def test_documents_carry_folded_text_and_exact_keys(corpus):
    backend = get_search_backend(**engine_settings("http://127.0.0.1:9")["default"])
    mapping = backend.mapping_class(StandardPage)
    properties = mapping.get_mapping()["properties"]
    folded = [name for name in properties if name.endswith("search_text_key")]
    assert folded and "analyzer" not in properties[folded[0]]  # the folding default applies
    document = mapping.get_document(corpus["museum"])
    values = [value for key, value in document.items() if key.endswith("search_title_key")]
    assert values == ["bao tang ha noi ba3o ha1 no56i ta1ng"]
    text = [value for key, value in document.items() if key.endswith("search_text_key")]
    assert text == ["trien lam anh ve pho co a3nh co63 la4m pho62 trie63n ve61"]


def test_queries_sent_ask_for_the_folded_terms_or_the_exact_keys(corpus):
    backend = get_search_backend(**engine_settings("http://127.0.0.1:9")["default"])
    query, _terms = build_query("Đêm nhạc", "vi")
    results = backend.search(query, Page.objects.live(), operator="and")
    body = str(results.query_compiler.get_query())
    assert "d9e6m nha5c" in body and "dem nhac" in body
    assert "Đêm" not in body


def test_engine_down_falls_back_to_the_database_and_says_so(client, corpus, settings):
    settings.WAGTAILSEARCH_BACKENDS = engine_settings(closed_port_url())
    settings.SITESEARCH_FALLBACK_BACKEND = "database"
    response = client.get("/vi/search/", {"q": "dem nhac"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Máy tìm kiếm hiện không phản hồi" in html
    assert "2 kết quả cho “dem nhac”" in html
    data = client.get("/vi/search/autocomplete/", {"q": "dem nh"}).json()
    assert data["fallback"] is True
    assert data["results"][0]["title"] == "Đêm nhạc acoustic"


@pytest.fixture(scope="module")
def opensearch_url():
    url = os.environ.get("SITESEARCH_TEST_OPENSEARCH_URL")
    if url:
        yield url
        return
    from osmem_server import OsmemServer

    with OsmemServer.start(japanese=False) as server:
        yield server.url


def index_everything(backend):
    index = backend.get_index_for_model(Page)
    index.reset()
    for model in get_page_models():
        if class_is_indexed(model) and model.objects.exists():
            index.add_model(model)
            index.add_items(model, list(model.objects.all()))
    index.refresh()


QUERIES = [
    "bao tang ha noi",
    "BẢO TÀNG HÀ NỘI",
    "bao tang",
    "dem nhac",
    "ĐÊM NHẠC",
    "trien lam",
    "Địa điểm",
    "khong co gi",
]


def test_opensearch_backend_against_osmem(corpus, settings, opensearch_url):
    """Protocol-level: Wagtail's OpenSearch backend over HTTP to osmem-server (a stand-in)."""
    expected = {}
    for text in QUERIES:
        outcome = search_pages(text, corpus["vi"], Filters())
        expected[text] = {p.pk for p in outcome.page.object_list} if outcome.page else set()
    settings.WAGTAILSEARCH_BACKENDS = engine_settings(opensearch_url)
    settings.SITESEARCH_FALLBACK_BACKEND = "database"
    backend = get_search_backend("default")
    index_everything(backend)
    for text in QUERIES:
        outcome = search_pages(text, corpus["vi"], Filters())
        assert outcome.engine_failed is False, text
        found = {p.pk for p in outcome.page.object_list}
        assert found == expected[text], text
    ranked = search_pages("Bảo tàng", corpus["vi"], Filters())
    assert [p.title for p in ranked.page.object_list][0] == "Bảo tàng Hà Nội"
    english = search_pages("exhibitions", corpus["en"], Filters())
    assert {p.title for p in english.page.object_list} == {
        "Hanoi Museum (Bảo tàng Hà Nội)",
        "Call for an exhibition",
    }


@pytest.fixture
def tiers(corpus, center_factory):
    """A center whose name other pages repeat in their text, one page per title tier."""
    name = "Trung tâm Văn hóa Nghệ thuật 22 Hàng Buồm"
    center = center_factory(title=name, slug="hang-buom", introduction="Phố cổ.")
    mention = f"Tại {name}. " * 4
    pages = {
        "exact": center,
        "phrase": StandardPageFactory(
            parent=center, title=f"Đêm nhạc ở {name}", slug="dem-nhac-o", introduction="Ca trù."
        ),
        "title": StandardPageFactory(
            parent=center,
            title="Hàng Buồm 22: văn hóa, nghệ thuật và trung tâm",
            slug="hang-buom-22",
            introduction="Giới thiệu.",
        ),
    }
    for number in range(3):
        StandardPageFactory(
            parent=center,
            title=f"Triển lãm tranh {number}",
            slug=f"tranh-{number}",
            introduction=mention,
        )
    return {**corpus, "name": name, **{f"tier_{k}": v for k, v in pages.items()}}


def test_engine_ranks_title_tiers_like_the_database(tiers, settings, opensearch_url):
    """The same corpus on the database backend and (through osmem-server, a protocol-level
    stand-in) on OpenSearch: the same first result and the same tier at every rank."""
    from sitesearch.folding import folded_words
    from sitesearch.ranking import tier_of

    queries = [tiers["name"], "trung tam van hoa nghe thuat 22 hang buom", "hang buom 22"]

    def ranking(text):
        outcome = search_pages(text, tiers["vi"], Filters())
        assert outcome.engine_failed is False
        terms = outcome.terms
        return [(p.pk, tier_of(folded_words(p.title, "vi"), terms)) for p in outcome.page]

    database = {text: ranking(text) for text in queries}
    first = database[queries[0]]
    assert [pk for pk, _tier in first[:3]] == [
        tiers["tier_exact"].pk,
        tiers["tier_phrase"].pk,
        tiers["tier_title"].pk,
    ]
    assert [tier for _pk, tier in first] == [0, 1, 2, 3, 3, 3]
    settings.WAGTAILSEARCH_BACKENDS = engine_settings(opensearch_url)
    settings.SITESEARCH_FALLBACK_BACKEND = "database"
    index_everything(get_search_backend("default"))
    for text in queries:
        engine = ranking(text)
        assert engine[0] == database[text][0], text
        assert [tier for _pk, tier in engine] == [tier for _pk, tier in database[text]], text


def test_engine_shows_a_past_event_by_its_exact_title_and_counts_the_others(
    typed,  # noqa: F811 - the fixture imported above
    settings,
    opensearch_url,
):
    """Past events on OpenSearch (osmem-server): left out but counted, except by title."""
    settings.WAGTAILSEARCH_BACKENDS = engine_settings(opensearch_url)
    settings.SITESEARCH_FALLBACK_BACKEND = "database"
    index_everything(get_search_backend("default"))
    broad = search_pages("dem nhac", typed["vi"], Filters())
    assert broad.engine_failed is False
    assert PAST not in {page.title for page in broad.page.object_list}
    assert broad.past == 1
    exact = search_pages("dem nhac mua he da qua", typed["vi"], Filters())
    assert [page.title for page in exact.page.object_list] == [PAST]
    assert exact.past == 0
