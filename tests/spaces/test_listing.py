"""The spaces finder: every filter, sort and facet count against the known network."""

import re
from datetime import timedelta

import pytest
from django.utils import translation

pytestmark = pytest.mark.django_db


def slugs(response):
    return slugs_of(response.content.decode())


def slugs_of(html):
    return re.findall(r'<li class="space-result[^"]*" data-slug="([^"]+)"', html)


def facet(response, name):
    html = response.content.decode()
    block = re.search(rf'data-facet="{name}">(.*?)</div>', html, re.S).group(1)
    return {value: int(count) for value, count in re.findall(r'data-value="([^"]*)">(\d+)<', block)}


def ours(counts, keys=("daylight", "fast-wifi", "speakers", "painting", "graphics", "stagecraft")):
    """Only the fixture's taxonomy values (a session may also hold the demo's)."""
    return {key: value for key, value in counts.items() if key in keys}


def count(response):
    return int(re.search(r'data-count="(\d+)"', response.content.decode()).group(1))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"studio-a", "studio-b", "desk", "hall", "gallery", "seminar", "garden"}),
        ("type=studio", {"studio-a", "studio-b"}),
        ("center=beta", {"hall", "gallery", "seminar", "garden"}),
        ("district=Đống Đa", {"studio-a", "studio-b", "desk"}),
        ("ward=190", {"studio-a", "studio-b", "desk"}),
        ("ward=70&district=Hoàn Kiếm", {"hall", "gallery", "seminar", "garden"}),
        ("ward=70&district=Đống Đa", set()),
        ("min_area=100", {"hall", "gallery", "garden"}),
        ("capacity=100", {"hall", "gallery", "garden"}),
        ("capacity=350", {"hall"}),
        ("period=month&max_price=5000000", {"studio-a", "desk"}),
        ("period=day", {"hall", "gallery"}),
        ("sector=graphics", {"studio-b", "desk"}),
        ("amenity=fast-wifi&amenity=speakers", {"hall", "seminar"}),
        ("amenity=daylight&amenity=fast-wifi", {"studio-a"}),
        ("type=studio&period=month&max_price=5000000&amenity=daylight", {"studio-a"}),
    ],
)
def test_each_filter(client, network, spaces_page, query, expected):
    response = client.get(f"/vi/spaces/?{query}")
    assert response.status_code == 200
    assert set(slugs(response)) == expected
    assert count(response) == len(expected)


def test_free_on_date_leaves_out_blocked_spaces(client, network, spaces_page):
    today, day10 = network["today"], network["today"] + timedelta(days=10)
    assert "studio-a" not in slugs(client.get(f"/vi/spaces/?free_on={today.isoformat()}"))
    free_on_day10 = slugs(client.get(f"/vi/spaces/?free_on={day10:%d/%m/%Y}"))
    assert "hall" not in free_on_day10 and "studio-a" in free_on_day10
    assert len(free_on_day10) == 6


def test_sorts(client, network, spaces_page):
    assert slugs(client.get("/vi/spaces/?sort=area"))[:3] == ["desk", "studio-a", "studio-b"]
    assert slugs(client.get("/vi/spaces/?sort=-area"))[0] == "garden"
    assert slugs(client.get("/vi/spaces/?sort=capacity"))[0] == "hall"
    by_price = slugs(client.get("/vi/spaces/?sort=price"))
    assert by_price[0] == "seminar" and by_price[-1] == "garden"  # on request comes last


def test_facet_counts_ignore_their_own_filter(client, network, spaces_page):
    response = client.get("/vi/spaces/?type=studio")
    assert facet(response, "type") == {
        "studio": 2,
        "gallery": 1,
        "stage": 1,
        "desk": 1,
        "workshop": 1,
        "outdoor": 1,
        "screening": 0,
    }
    assert facet(response, "center") == {"alpha": 2, "beta": 0}
    assert facet(response, "ward") == {"190": 2, "70": 0}
    assert facet(response, "period") == {"hour": 0, "day": 0, "month": 2}
    assert ours(facet(response, "amenity")) == {"daylight": 2, "fast-wifi": 1, "speakers": 0}
    assert ours(facet(response, "sector")) == {"painting": 1, "graphics": 1, "stagecraft": 0}


def test_facets_under_several_filters(client, network, spaces_page):
    response = client.get("/vi/spaces/?center=beta&amenity=fast-wifi")
    assert set(slugs(response)) == {"hall", "seminar"}
    assert facet(response, "center") == {"alpha": 2, "beta": 2}
    assert ours(facet(response, "amenity")) == {"daylight": 0, "fast-wifi": 2, "speakers": 2}
    assert facet(response, "sector")["stagecraft"] == 1


def test_center_index_lists_only_its_spaces_without_center_facet(client, network):
    response = client.get("/vi/alpha/spaces/?sort=area")
    assert slugs(response) == ["desk", "studio-a", "studio-b"]
    assert 'data-facet="center"' not in response.content.decode()


def test_results_carry_center_and_coordinates(client, network, spaces_page):
    html = client.get("/vi/spaces/?type=stage").content.decode()
    row = html.split('<li class="space-result space-card" data-slug="hall"', 1)[1]
    row = 'data-slug="hall"' + row.split("</section>", 1)[0]  # the only stage
    assert 'data-lat="21.028500" data-lng="105.854200"' in row
    assert "Trung tâm Beta · Phường Hoàn Kiếm" in row
    assert "Sân khấu, hội trường" in row and "300 m²" in row and "tối đa 450 người" in row
    assert "<strong>40.000.000 ₫</strong> mỗi ngày" in row


def test_filters_fold_above_the_results_with_the_active_ones_as_chips(client, network, spaces_page):
    html = client.get(
        "/vi/spaces/?type=studio&period=month&max_price=5000000&amenity=daylight"
    ).content.decode()
    assert html.index('class="result-count"') < html.index('class="space-cards"')
    assert '<details class="finder-filters">' in html  # folded while there are results
    # The folded filters hide their headings: the cards' titles (h3) still follow an h2.
    after_filters = html.split("</details>", 1)[1]
    assert after_filters.index('<h2 class="visually-hidden">Không gian phù hợp</h2>') < (
        after_filters.index('class="space-card__title"')
    )
    chips = re.findall(
        r'<a class="chip" href="\?([^"]*)" rel="nofollow" data-filter="(\w+)">([^<]+)<', html
    )
    assert [(name, label.strip()) for _query, name, label in chips] == [
        ("type", "Xưởng sáng tác"),
        ("max_price", "tối đa 5.000.000 ₫ mỗi tháng"),
        ("amenity", "Ánh sáng tự nhiên"),
    ]
    # Removing the price removes its period too; the others stay.
    assert chips[1][0].replace("&amp;", "&") == "type=studio&amenity=daylight"
    nothing = client.get("/vi/spaces/?min_area=99999").content.decode()
    assert '<details class="finder-filters" open>' in nothing


def test_free_on_is_a_date_picker_that_refuses_past_days(client, network, spaces_page):
    from django.utils import timezone

    today = timezone.localdate()
    html = client.get("/vi/spaces/").content.decode()
    assert f'<input type="date" name="free_on" min="{today.isoformat()}"' in html
    past = client.get(f"/vi/spaces/?free_on={today - timedelta(days=1)}").content.decode()
    assert "Hãy chọn hôm nay hoặc một ngày sau đó." in past
    assert len(slugs(client.get(f"/vi/spaces/?free_on={today - timedelta(days=1)}"))) == 7


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("min_area=abc", "Nhập một số nguyên, ví dụ 50."),
        ("free_on=2026-13-45", "Nhập ngày theo dạng 2026-12-05 hoặc 5/12/2026."),
        ("center=khong-co", "“khong-co” không có trong danh sách lựa chọn."),
        ("amenity=%3Cscript%3E", "&lt;script&gt;"),
        ("max_price=5000000", "Chọn theo giờ, ngày hoặc tháng"),
        ("capacity=99999999999999999999", "Đảm bảo"),
    ],
)
def test_bad_values_get_a_message_in_the_page_language_and_results(
    client, network, spaces_page, query, message
):
    response = client.get(f"/vi/spaces/?{query}")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="form-errors"' in html and message in html
    assert count(response) == 7  # the bad filter is ignored, the page still lists


def test_bad_values_in_english(client, network, spaces_page):
    from network.demo.translate import TranslationMemory, translate_with_memory
    from tests.factories import en

    memory = TranslationMemory()
    memory.add("Không gian", "Spaces")
    memory.add("spaces", "spaces")
    translate_with_memory(spaces_page, en(), memory)
    html = client.get("/en/spaces/?min_area=abc&max_price=1").content.decode()
    assert "Enter a whole number, for example 50." in html
    assert "Choose hour, day or month to compare prices with your maximum." in html


@pytest.mark.parametrize("page", ["99999", "-1", "abc", "1e9"])
def test_odd_page_numbers_never_fail(client, network, spaces_page, page):
    response = client.get(f"/vi/spaces/?page={page}")
    assert response.status_code == 200
    assert count(response) == 7


def test_query_count_does_not_grow_with_spaces(
    client, network, spaces_page, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    url = (
        "/vi/spaces/?type=studio&center=alpha&district=Đống Đa&min_area=1&capacity=1&period=month"
        "&max_price=9000000&sector=graphics&amenity=daylight&free_on=2030-01-01&sort=price"
    )
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    from .conftest import index_of
    from .factories import SpacePageFactory

    for n in range(8):
        SpacePageFactory(
            parent=index_of(network["alpha"]),
            slug=f"extra-{n}",
            capacity_seated=2,
            amenities=[network["spaces"]["studio-b"].amenities.first()],
            sectors=[network["spaces"]["studio-b"].sectors.first()],
        )
    with django_assert_max_num_queries(len(before)):
        response = client.get(url)
    assert count(response) == 9


def test_facet_links_switch_a_value_on_and_off(client, network, spaces_page):
    html = client.get("/vi/spaces/?type=studio&amenity=fast-wifi").content.decode()
    assert 'href="?type=studio&amp;amenity=fast-wifi&amp;amenity=daylight"' in html
    assert 'href="?amenity=fast-wifi"' in html  # clicking the selected type removes it
    assert 'href="?type=studio"' in html  # and the selected amenity likewise


@pytest.mark.parametrize(
    "query",
    [
        "type=studio&type=%00",
        "center=alpha&center=beta&center=",
        "district=%00%C3%90&sector=%E2%80%AE&sort=%00",
        "amenity=daylight&amenity=daylight&amenity=%00",
        "free_on=0000-00-00&min_area=%EF%BC%91%EF%BC%92",
        "type[]=studio&page=%00",
    ],
)
def test_repeated_and_odd_filter_values_never_fail(client, network, spaces_page, query):
    """Only amenities are all-of (the issue's list); the other filters take one value.

    Repeated or odd values are validated like any other: a message, never a 500.
    """
    response = client.get(f"/vi/spaces/?{query}")
    assert response.status_code == 200
    assert 0 <= count(response) <= 7


def test_a_repeated_single_value_filter_uses_the_last_value(client, network, spaces_page):
    response = client.get("/vi/spaces/?type=stage&type=studio")
    assert set(slugs(response)) == {"studio-a", "studio-b"}
    response = client.get("/vi/spaces/?type=studio&type=nope")
    assert 'class="form-errors"' in response.content.decode()
    assert count(response) == 7


@pytest.mark.parametrize(
    "query",
    [
        "",
        "type=studio",
        "center=beta&amenity=fast-wifi",
        "period=month&max_price=5000000&sector=graphics",
        "district=Đống Đa&period=month",
        "ward=70&amenity=fast-wifi",
        "sector=stagecraft&capacity=20",
        "type=studio&center=alpha&period=month&max_price=5000000&amenity=daylight",
    ],
)
def test_every_facet_count_is_what_choosing_it_lists(client, network, spaces_page, query):
    """Each count beside a value equals the results of following that value's link."""
    response = client.get(f"/vi/spaces/?{query}")
    html = response.content.decode()
    checked = 0
    for name in ("type", "center", "ward", "period", "sector", "amenity"):
        block = re.search(rf'data-facet="{name}">(.*?)</div>', html, re.S).group(1)
        for link, value, shown in re.findall(
            r'<li(?: class="selected")?><a href="\?([^"]*)"[^>]*>[^<]*</a> '
            r'<span class="facet__count" data-value="([^"]*)">(\d+)</span>',
            block,
        ):
            if name in ("sector", "amenity") and value not in ours({value: 0}):
                continue  # the session's demo taxonomy, not this network's
            if f"{name}={value}" in query or f"{name}={value.replace(' ', '+')}" in query:
                continue  # the link switches a chosen value off
            followed = client.get("/vi/spaces/?" + link.replace("&amp;", "&"))
            assert count(followed) == int(shown), (query, name, value)
            checked += 1
    assert checked >= 10


def test_the_ward_filter_and_facet(client, network, spaces_page):
    names = ["Phường Hoàn Kiếm", "Phường Ô Chợ Dừa"]
    html = client.get("/vi/spaces/?ward=190").content.decode()
    assert set(slugs_of(html)) == {"studio-a", "studio-b", "desk"}
    select = re.search(r'<select name="ward"[^>]*>(.*?)</select>', html, re.S).group(1)
    assert re.findall(r'<option value="\d+"[^>]*>([^<]+)</option>', select) == names
    assert '<label for="id_ward">Phường/xã:</label>' in html
    block = re.search(r'data-facet="ward">(.*?)</div>', html, re.S).group(1)
    assert re.findall(r'rel="nofollow"[^>]*>([^<]+)</a>', block) == names
    assert "Trung tâm Alpha · Phường Ô Chợ Dừa" in html  # the space card names the ward


def test_the_ward_filter_in_english(network):
    from spaces.listing import SpaceFilterForm, ward_choices

    centers = [network["alpha"], network["beta"]]
    with translation.override("en"):
        form = SpaceFilterForm(
            {"ward": "70"},
            centers=centers,
            wards=ward_choices(centers, "en"),
            districts=[],
            sectors=[],
            amenities=[],
        )
        assert str(form["ward"].label) == "Ward/commune"
    assert form.fields["ward"].choices[1:] == [("70", "Hoan Kiem Ward"), ("190", "O Cho Dua Ward")]
    assert form.valid_filters() == {"ward": "70"}


def test_an_old_district_link_still_filters_and_an_unknown_one_is_reported(
    client, network, spaces_page
):
    html = client.get("/vi/spaces/?district=Đống Đa").content.decode()
    assert set(slugs_of(html)) == {"studio-a", "studio-b", "desk"}
    assert '<input type="hidden" name="district" value="Đống Đa"' in html
    html = client.get("/vi/spaces/?district=Ba Đình").content.decode()
    assert "“Ba Đình” không có trong danh sách lựa chọn." in html
    assert len(slugs_of(html)) == 7
