"""What each query finds on the database backend (run on SQLite and on PostgreSQL)."""

import unicodedata

import pytest
from django.contrib.contenttypes.models import ContentType

from network.models import CenterPage, StandardPage
from sitesearch.search import Filters, autocomplete_pages, search_pages


def titles(corpus, text, language="vi", filters=None):
    outcome = search_pages(text, corpus[language], filters or Filters())
    return [page.title for page in outcome.page.object_list] if outcome.page else []


MUSEUM = "Bảo tàng Hà Nội"
STORM = "Bão tăng cường"
MUSIC = "Đêm nhạc acoustic"
VENUE = "ĐỊA ĐIỂM TRIỂN LÃM"
DI_SAN = "Không gian Di sản"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("bao tang ha noi", {MUSEUM}),
        ("Bảo tàng Hà Nội", {MUSEUM}),
        ("BẢO TÀNG HÀ NỘI", {MUSEUM}),
        (unicodedata.normalize("NFD", "Bảo tàng Hà Nội"), {MUSEUM}),
        ("bao tang", {MUSEUM, STORM}),
        ("dem nhac", {MUSIC, DI_SAN}),
        ("Dem Nhac", {MUSIC, DI_SAN}),
        ("đêm nhạc", {MUSIC, DI_SAN}),
        ("ĐÊM NHẠC", {MUSIC, DI_SAN}),
        (unicodedata.normalize("NFD", "ĐÊM NHẠC"), {MUSIC, DI_SAN}),
        ("trien lam", {MUSEUM, VENUE}),
        ("triển lãm", {MUSEUM, VENUE}),
        ("dia diem", {VENUE}),
        ("Địa điểm", {VENUE}),
        ("thiet ke", {"Trung tâm Sáng tạo Hà Nội"}),
        ("bí mật", set()),  # the draft page is not live
        ("không có gì như thế này", set()),
    ],
)
def test_vietnamese_queries_with_and_without_diacritics(corpus, query, expected):
    assert set(titles(corpus, query)) == expected


@pytest.mark.parametrize(
    ("query", "first"),
    [("Bảo tàng", MUSEUM), ("Bão tăng", STORM), ("BẢO TÀNG", MUSEUM), ("bão tăng", STORM)],
)
def test_exact_diacritics_rank_above_folded_matches(corpus, query, first):
    found = titles(corpus, query)
    assert set(found) == {MUSEUM, STORM}
    assert found[0] == first


def test_each_language_finds_only_its_own_pages(corpus):
    assert titles(corpus, "bao tang ha noi", "en") == ["Hanoi Museum (Bảo tàng Hà Nội)"]
    assert titles(corpus, "museum", "vi") == []
    assert "Hanoi Museum (Bảo tàng Hà Nội)" not in titles(corpus, "bao tang", "vi")


@pytest.mark.parametrize("query", ["exhibitions", "exhibition", "Exhibited", "EXHIBITIONS"])
def test_english_stemming(corpus, query):
    assert set(titles(corpus, query, "en")) == {
        "Hanoi Museum (Bảo tàng Hà Nội)",
        "Call for an exhibition",
    }


def test_facets_count_centers_types_and_sectors(corpus):
    outcome = search_pages("dem nhac", corpus["vi"], Filters())
    assert outcome.total == 2
    facets = outcome.facets
    assert {(f["key"], f["count"]) for f in facets["center"]} == {("di-san", 2)}
    assert {(f["key"], str(f["label"]), f["count"]) for f in facets["type"]} == {
        ("network.centerpage", "trung tâm", 1),
        ("network.standardpage", "trang thông thường", 1),
    }
    assert [(f["key"], f["label"], f["count"]) for f in facets["sector"]] == [
        ("music", "Âm nhạc", 1)
    ]
    assert facets["when"] == ["upcoming", "past"]  # events are dated (tests in test_types.py)


def test_center_facet_counts_the_center_and_its_pages(corpus):
    outcome = search_pages("ha noi", corpus["vi"], Filters())
    # both centers (their address says Hà Nội), the museum page, and the network home,
    # which belongs to no center
    assert outcome.total == 4
    centers = {f["key"]: f["count"] for f in outcome.facets["center"]}
    assert centers == {"sang-tao": 2, "di-san": 1}


def test_filters_narrow_the_results(corpus):
    di_san = corpus["centers"]["di-san"]
    by_center = Filters(center=di_san)
    assert set(titles(corpus, "dem nhac", filters=by_center)) == {MUSIC, DI_SAN}
    assert titles(corpus, "bao tang", filters=by_center) == []
    by_type = Filters(content_type=ContentType.objects.get_for_model(CenterPage))
    assert titles(corpus, "dem nhac", filters=by_type) == [DI_SAN]
    by_standard = Filters(content_type=ContentType.objects.get_for_model(StandardPage))
    assert titles(corpus, "dem nhac", filters=by_standard) == [MUSIC]
    by_sector = Filters(sector=corpus["sectors"]["music"])
    assert titles(corpus, "dem nhac", filters=by_sector) == [DI_SAN]
    by_design = Filters(sector=corpus["sectors"]["design"])
    assert titles(corpus, "dem nhac", filters=by_design) == []


def test_date_facet_hook_applies_to_dated_models_only(corpus, monkeypatch):
    """A page type that defines search_date_q (events will) switches the date facet on."""
    from django.db.models import Q

    def search_date_q(cls, when, today):
        recent = Q(slug__startswith="dem")  # stands for "starts after today"
        return recent if when == "upcoming" else ~recent

    monkeypatch.setattr(StandardPage, "search_date_q", classmethod(search_date_q), raising=False)
    upcoming = search_pages("dem nhac", corpus["vi"], Filters(when="upcoming"))
    assert {p.title for p in upcoming.page.object_list} == {MUSIC, DI_SAN}
    assert upcoming.facets["when"] == ["upcoming", "past"]
    past = search_pages("dem nhac", corpus["vi"], Filters(when="past"))
    assert {p.title for p in past.page.object_list} == {DI_SAN}  # centers are not dated


def test_empty_and_operator_only_queries_search_nothing(corpus):
    for text in ["", "   ", '" - *', "\u0301", "()"]:
        outcome = search_pages(text, corpus["vi"], Filters())
        assert outcome.page is None and outcome.total == 0


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("bao ta", MUSEUM),
        ("Bảo tà", MUSEUM),
        ("dem nh", MUSIC),
        ("ĐÊM NH", MUSIC),
        ("dia d", VENUE),
    ],
)
def test_autocomplete_matches_title_prefixes_folded(corpus, typed, expected):
    pages, fell_back = autocomplete_pages(typed, corpus["vi"])
    assert expected in [page.title for page in pages]
    assert fell_back is False


def test_autocomplete_stays_in_the_language(corpus):
    pages, _ = autocomplete_pages("hanoi mus", corpus["vi"])
    assert pages == []
    pages, _ = autocomplete_pages("hanoi mus", corpus["en"])
    assert [page.title for page in pages] == ["Hanoi Museum (Bảo tàng Hà Nội)"]


def test_a_former_district_and_the_ward_find_their_centers(corpus, center_factory):
    center_factory(
        title="Trung tâm Nghệ thuật Tây Sơn",
        address="299 Tây Sơn, phường Kim Liên, Hà Nội",
        district="Đống Đa",
        ward=226,
    )
    for query in ("Đống Đa", "dong da", "DONG DA", "Kim Liên", "phuong kim lien"):
        assert titles(corpus, query) == ["Trung tâm Nghệ thuật Tây Sơn"], query
