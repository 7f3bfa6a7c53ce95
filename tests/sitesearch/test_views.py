"""/<lang>/search/ and its autocomplete, as a visitor and an editor meet them."""

import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from sitesearch.cards import highlight
from sitesearch.models import SearchMiss
from tests.factories import StandardPageFactory


def result_titles(html):
    return [
        re.sub(r"<[^>]+>", "", title)
        for title in re.findall(r'<h2 class="search-result__title"><a [^>]*>(.*?)</a>', html)
    ]


def test_results_show_type_center_and_highlighted_words(client, corpus):
    html = client.get("/vi/search/", {"q": "dem nhac"}).content.decode()
    assert set(result_titles(html)) == {"Đêm nhạc acoustic", "Không gian Di sản"}
    assert "Trang thông thường · Không gian Di sản" in html
    assert (
        '<a href="/vi/di-san/dem-nhac-acoustic/"><mark>Đêm</mark> <mark>nhạc</mark> acoustic</a>'
        in html
    )
    assert "<mark>Đêm</mark> <mark>nhạc</mark> ca trù" in html
    assert "2 kết quả cho “dem nhac”" in html


def test_facet_links_filter_and_count(client, corpus):
    html = client.get("/vi/search/", {"q": "dem nhac"}).content.decode()
    assert '<a href="?q=dem+nhac&amp;center=di-san">Không gian Di sản</a> (2)' in html
    assert '<a href="?q=dem+nhac&amp;type=network.centerpage">Trung tâm</a> (1)' in html
    assert '<a href="?q=dem+nhac&amp;sector=music">Âm nhạc</a> (1)' in html
    html = client.get(
        "/vi/search/", {"q": "dem nhac", "type": "network.centerpage"}
    ).content.decode()
    assert result_titles(html) == ["Không gian Di sản"]
    assert 'aria-current="true">Trung tâm</a>' in html


def test_unknown_filter_is_left_out_with_a_message(client, corpus):
    response = client.get("/vi/search/", {"q": "dem nhac", "center": "khong-ton-tai", "type": "x"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bộ lọc này không có ở đây nên đã được bỏ qua." in html
    assert len(result_titles(html)) == 2


def test_highlight_escapes_before_marking():
    html = highlight('<b>Đêm</b> & "nhạc" amp', ["dem", "nhac", "amp"], "vi")
    assert html == (
        "&lt;b&gt;<mark>Đêm</mark>&lt;/b&gt; &amp; &quot;<mark>nhạc</mark>&quot; <mark>amp</mark>"
    )


def test_page_titles_with_markup_are_escaped_in_results(client, corpus):
    StandardPageFactory(parent=corpus["centers"]["di-san"], title="<script>đêm nhạc</script>")
    html = client.get("/vi/search/", {"q": "dem nhac"}).content.decode()
    assert "<script>" not in html.split("<main")[1]
    assert "&lt;script&gt;<mark>đêm</mark> <mark>nhạc</mark>&lt;/script&gt;" in html


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   ",
        "a" * 2000,
        "trien lam " * 200,
        '"',
        "-",
        "*",
        '"bảo tàng" -hà *nội',
        "NOT OR AND NEAR(",
        "\u0301\u0301\u0301",
        "‮🎶 đêm\u200bnhạc ﷽",
        "'; DROP TABLE wagtailcore_page; --",
        "\\",
    ],
)
def test_odd_queries_give_a_sensible_page(client, corpus, query):
    response = client.get("/vi/search/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Tìm kiếm trong mạng lưới</h1>" in html
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_empty_query_explains_and_logs_nothing(client, corpus):
    html = client.get("/vi/search/").content.decode()
    assert "“dem nhac” tìm được “Đêm nhạc”" in html
    assert Query.objects.count() == 0


def test_no_results_offer_the_centers(client, corpus):
    html = client.get("/vi/search/", {"q": "khong co gi nhu the nay"}).content.decode()
    assert "0 kết quả cho" in html
    centers = re.findall(r'<ul class="search-empty__centers">(.*?)</ul>', html, re.S)[0]
    assert "Trung tâm Sáng tạo Hà Nội" in centers and "Không gian Di sản" in centers


def test_pagination_is_bounded(client, corpus):
    for number in range(23):
        StandardPageFactory(parent=corpus["centers"]["di-san"], title=f"Triển lãm số {number}")
    first = client.get("/vi/search/", {"q": "trien lam"}).content.decode()
    assert len(result_titles(first)) == 10
    assert "Trang 1 / 3" in first
    last = client.get("/vi/search/", {"q": "trien lam", "page": "3"}).content.decode()
    assert len(result_titles(last)) == 5
    for page in ["999999999999999999999", "4", "-3", "abc", "1e9", ""]:
        response = client.get("/vi/search/", {"q": "trien lam", "page": page})
        assert response.status_code == 200
        html = response.content.decode()
        assert "Trang 3 / 3" in html or "Trang 1 / 3" in html
    assert (
        "Trang 3 / 3" in client.get("/vi/search/?q=trien+lam&page=999999999999999").content.decode()
    )


def test_english_search_page_is_in_english_and_isolated(client, corpus):
    html = client.get("/en/search/", {"q": "bao tang"}).content.decode()
    assert result_titles(html) == ["Hanoi Museum (Bảo tàng Hà Nội)"]
    assert "1 result for “bao tang”" in html
    html = client.get("/en/search/", {"q": "exhibitions"}).content.decode()
    assert "<mark>exhibitions</mark>" in html.lower() or "<mark>exhibition</mark>" in html.lower()


def test_header_search_box_on_every_page(client, corpus):
    html = client.get("/vi/").content.decode()
    assert '<form class="site-search" role="search" action="/vi/search/"' in html
    assert 'data-autocomplete="/vi/search/autocomplete/"' in html
    assert "Tìm trung tâm, sự kiện, không gian…" in html
    assert 'action="/en/search/"' in client.get("/en/").content.decode()


def test_autocomplete_json(client, corpus):
    response = client.get("/vi/search/autocomplete/", {"q": "dem nh"})
    assert response["Content-Type"] == "application/json"
    data = response.json()
    assert data["results"][0] == {
        "title": "Đêm nhạc acoustic",
        "url": "/vi/di-san/dem-nhac-acoustic/",
        "type": "trang thông thường",
        "center": corpus["centers"]["di-san"].title,
    }
    assert client.get("/vi/search/autocomplete/", {"q": "d"}).json()["results"] == []
    assert client.get("/vi/search/autocomplete/", {"q": '"*-'}).json()["results"] == []
    en = client.get("/en/search/autocomplete/", {"q": "hanoi mu"}).json()
    assert [item["url"] for item in en["results"]] == ["/en/hanoi-museum/"]


def test_editors_pins_show_for_the_query_with_or_without_diacritics(client, corpus):
    query = Query.get("Đêm nhạc")
    SearchPromotion.objects.create(
        query=query,
        page=corpus["centers"]["sang-tao"],
        description="Chương trình mùa hè",
        sort_order=0,
    )
    html = client.get("/vi/search/", {"q": "dem nhac"}).content.decode()
    recommended = html.split('class="search-promoted"')[1].split("</aside>")[0]
    assert 'href="/vi/sang-tao/">Trung tâm Sáng tạo Hà Nội</a>: Chương trình mùa hè' in recommended
    html = client.get("/vi/search/", {"q": "bao tang"}).content.decode()
    assert 'class="search-promoted"' not in html


def test_searches_are_logged_and_misses_counted(client, corpus):
    client.get("/vi/search/", {"q": "Dem nhac"})
    client.get("/vi/search/", {"q": "dem   NHAC"})
    client.get("/vi/search/", {"q": "dem nhac", "page": "2"})  # paging is not a new search
    client.get("/vi/search/", {"q": "khong co gi"})
    assert Query.objects.get(query_string="dem nhac").hits == 2
    miss = SearchMiss.objects.get()
    assert (miss.query.query_string, miss.hits) == ("khong co gi", 1)


def test_staff_see_the_search_reports(client, corpus, django_user_model):
    client.get("/vi/search/", {"q": "khong co gi"})
    client.get("/vi/search/", {"q": "dem nhac"})
    admin = django_user_model.objects.create_superuser("dept", "dept@example.com", "pw")
    client.force_login(admin)
    misses = client.get("/admin/reports/search-misses/").content.decode()
    assert "khong co gi" in misses and "dem nhac" not in misses
    terms = client.get("/admin/searchpicks/reports/search-terms/").content.decode()
    assert "khong co gi" in terms and "dem nhac" in terms
    editor = django_user_model.objects.create_user("editor", "e@example.com", "pw")
    client.force_login(editor)
    assert client.get("/admin/reports/search-misses/").status_code in (302, 403)


def test_autocomplete_tells_the_same_title_at_two_centers_apart(client, corpus):
    for center in corpus["centers"].values():
        StandardPageFactory(parent=center, title="Xưởng gốm mở", slug="xuong-gom-mo")
    found = client.get("/vi/search/autocomplete/", {"q": "xuong gom"}).json()["results"]
    assert sorted((item["title"], item["center"]) for item in found) == sorted(
        ("Xưởng gốm mở", center.title) for center in corpus["centers"].values()
    )
    # A center is not said to be in itself; a network page is in no center.
    centers = client.get("/vi/search/autocomplete/", {"q": corpus["centers"]["di-san"].title})
    assert {item["center"] for item in centers.json()["results"]} == {""}
    network = client.get("/vi/search/autocomplete/", {"q": "dia diem"}).json()["results"]
    assert [(item["title"], item["center"]) for item in network] == [("ĐỊA ĐIỂM TRIỂN LÃM", "")]


def test_no_results_here_show_what_the_other_language_finds(client, corpus):
    """A tourist types a Vietnamese word on the English site: the Vietnamese pages it
    names are offered, marked with their language, with the whole search there."""
    html = client.get("/en/search/", {"q": "ca trù"}).content.decode()
    assert "0 results for" in html
    section = re.findall(r'<section class="search-elsewhere".*?</section>', html, re.S)[0]
    assert "1 page in Vietnamese matches these words" in section
    assert '<li lang="vi"><a href="/vi/di-san/" hreflang="vi">Không gian Di sản</a>' in section
    assert 'href="/vi/search/?q=ca+tr%C3%B9"' in section
    assert "Or try fewer words, or one of these:" in html

    html = client.get("/vi/search/", {"q": "call exhibition"}).content.decode()
    section = re.findall(r'<section class="search-elsewhere".*?</section>', html, re.S)[0]
    assert "1 trang bằng tiếng Anh khớp với các từ này" in section
    assert '<li lang="en"><a href="/en/call-for-an-exhibition/" hreflang="en">' in section
    assert 'href="/en/search/?q=call+exhibition"' in section

    html = client.get("/en/search/", {"q": "khong co gi nhu the nay"}).content.decode()
    assert "search-elsewhere" not in html


@pytest.mark.parametrize(
    "query",
    [
        "q=dem+nhac&page=" + "9" * 5000,
        "q=dem+nhac&page=10000000000000000000000000000000",
        "q=dem+nhac&" + "&".join(f"center=c{n}" for n in range(1000)),
        "q=dem+nhac&" + "center=di-san&" * 1000,
        "q=" + "a" * 10_000,
        "q=" + "dem+nhac+" * 1500,
        "q=%00%01%ED%A0%80%EF%BF%BF&type=%00&sector=" + "x" * 10_000,
        "q=dem+nhac&when=" + "past" * 3000,
        "q=%E2%80%AE%F0%9F%8E%B6+%C4%91%C3%AAm%E2%80%8Bnh%E1%BA%A1c&" + "q=x&" * 500,
    ],
)
def test_hostile_query_strings_cost_a_bounded_search(
    client, corpus, query, django_assert_max_num_queries
):
    """Whatever the query string, one search with one value per filter and at most 12
    words: the same few queries, a page that says what it left out, never a 500."""
    with django_assert_max_num_queries(40):
        response = client.get(f"/vi/search/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Tìm kiếm trong mạng lưới</h1>" in html
    # What is shown back is bounded: the page never echoes thousands of characters.
    assert len(html) < 60_000
    for suggestions in (
        f"/vi/search/autocomplete/?{query}",
        "/en/search/autocomplete/?q=" + "ab " * 4000,
    ):
        with django_assert_max_num_queries(12):
            answer = client.get(suggestions)
        assert answer.status_code == 200
        assert len(answer.content) < 10_000


def test_what_a_hostile_query_string_loses_is_said(client, corpus):
    long = client.get("/vi/search/?q=" + "dem+nhac+" * 1500).content.decode()
    assert "chỉ 12 từ đầu tiên, mỗi từ tối đa 40 chữ cái" in long
    past_last = client.get("/vi/search/?q=dem+nhac&page=" + "9" * 5000).content.decode()
    assert "Không có trang 999999999999: đang hiển thị trang cuối, trang 1." in past_last
    not_a_number = client.get("/vi/search/?q=dem+nhac&page=abc").content.decode()
    assert "“abc”" in not_a_number
    unknown = client.get("/vi/search/?q=dem+nhac&center=" + "x" * 10_000).content.decode()
    assert "Bộ lọc này không có ở đây nên đã được bỏ qua." in unknown
    assert "x" * 300 not in unknown
    # Of repeated values, the last is read, as for any parameter.
    repeated = client.get("/vi/search/?q=dem+nhac&" + "center=sang-tao&" * 999 + "center=di-san")
    assert set(result_titles(repeated.content.decode())) == {
        "Đêm nhạc acoustic",
        "Không gian Di sản",
    }
