"""/api/v2/events/: one item per date, the calendar's filters, 400s, bounded queries."""

from datetime import timedelta

import pytest
from django.utils import timezone

from .conftest import soon

URL = "/api/v2/events/"


def titles(response):
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["items"]]


@pytest.fixture
def events(make_event, other_calendar, category, sector, network_calendar):
    """Dates at two centers: free or paid, online or not, one in the past, one a series."""
    return {
        "concert": make_event(
            title="Hòa nhạc miễn phí",
            slug="hoa-nhac",
            start=soon(1),
            is_free=True,
            categories=[category],
            accessible_mobility=True,
            venue="Sân khấu ngoài trời",
        ),
        "film": make_event(
            parent=other_calendar,
            title="Chiếu phim",
            slug="chieu-phim",
            start=soon(3),
            price_min=80_000,
            price_max=150_000,
            sectors=[sector],
        ),
        "talk": make_event(
            title="Tọa đàm trực tuyến",
            slug="toa-dam",
            start=soon(10),
            attendance_mode="online",
            online_url="https://meet.example.vn/toa-dam",
        ),
        "past": make_event(title="Triển lãm đã qua", slug="trien-lam", start=soon(-20)),
    }


def test_upcoming_dates_in_order_with_the_past_left_out(client, events):
    assert titles(client.get(URL)) == ["Hòa nhạc miễn phí", "Chiếu phim", "Tọa đàm trực tuyến"]


def test_an_item_has_what_a_consumer_needs(client, events, center):
    type(center).objects.filter(pk=center.pk).update(ward=70)
    item = client.get(URL, {"limit": 1}).json()["items"][0]
    day = soon(1)
    assert item["start"] == day.isoformat() == f"{day:%Y-%m-%d}T19:30:00+07:00"
    assert item["end"] == (day + timedelta(hours=2)).isoformat()
    assert item["all_day"] is False
    assert item["status"] == "scheduled"
    assert item["attendance_mode"] == "offline"
    assert item["price"] == {"currency": "VND", "free": True, "min": None, "max": None}
    assert item["categories"] == [{"slug": "live-music", "name": "Âm nhạc"}]
    assert item["venue"] == "Sân khấu ngoài trời"
    assert item["url"] == f"http://localhost/vi/{center.slug}/events/hoa-nhac/"
    assert item["translations"] == {"vi": item["url"]}
    assert item["center"] == {
        "id": center.pk,
        "slug": center.slug,
        "title": "Trung tâm Sáng tạo Thử nghiệm",
        "url": f"http://localhost/vi/{center.slug}/",
        "ward": {"code": 70, "name": "Phường Hoàn Kiếm"},
        "former_district": "Hoàn Kiếm",
        "district": "Hoàn Kiếm",
        "latitude": 21.0285,
        "longitude": 105.8542,
    }
    assert item["image"] is None
    assert item["meta"]["locale"] == "vi"
    assert item["event_id"] == events["concert"].pk


def test_prices_are_whole_dong_integers(client, events):
    film = client.get(URL, {"center": "thu-hai"}).json()["items"][0]
    assert film["price"] == {"currency": "VND", "free": False, "min": 80000, "max": 150000}
    assert isinstance(film["price"]["min"], int)
    assert film["sectors"] == [{"slug": "test-cinema", "name": "Điện ảnh thử"}]


def test_an_all_day_event_and_a_cancelled_date(client, make_event, network_calendar):
    make_event(title="Hội chợ", slug="hoi-cho", start=soon(2, 0, 0), all_day=True)
    make_event(title="Đã hủy", slug="da-huy", start=soon(4), status="cancelled")
    items = client.get(URL).json()["items"]
    assert items[0]["all_day"] is True
    assert items[0]["start"].endswith("T00:00:00+07:00")
    assert items[1]["status"] == "cancelled"


def test_one_item_per_date_of_a_series(client, make_event, network_calendar):
    event = make_event(
        title="Đêm nhạc hằng tuần",
        start=soon(1),
        repeat="weekly",
        repeat_until=timezone.localdate() + timedelta(days=20),
    )
    items = client.get(URL).json()["items"]
    assert len(items) == 3
    assert {item["event_id"] for item in items} == {event.pk}
    assert [item["start"][:10] for item in items] == [
        f"{soon(days):%Y-%m-%d}" for days in (1, 8, 15)
    ]


def test_english_items_with_their_translations(client, events, english, center, category):
    english(
        events["concert"],
        {
            "Hòa nhạc miễn phí": "Free concert",
            "hoa-nhac": "free-concert",
            "Sân khấu ngoài trời": "Open-air stage",
        },
    )
    response = client.get(URL, {"locale": "en"})
    assert titles(response) == ["Free concert"]
    item = response.json()["items"][0]
    assert item["url"] == f"http://localhost/en/{center.slug}/events/free-concert/"
    assert item["translations"] == {
        "en": item["url"],
        "vi": f"http://localhost/vi/{center.slug}/events/hoa-nhac/",
    }
    assert item["categories"] == [{"slug": "live-music", "name": "Live music"}]
    assert item["venue"] == "Open-air stage"
    assert item["center"]["title"] == "Test Creative Center"
    assert item["center"]["url"] == f"http://localhost/en/{center.slug}/"
    assert item["meta"]["locale"] == "en"
    # Vietnamese stays the default, and lists the translation too.
    vietnamese = client.get(URL).json()["items"][0]
    assert vietnamese["translations"]["en"] == item["url"]
    assert titles(client.get(URL, {"locale": "vi"}))[0] == "Hòa nhạc miễn phí"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"center": "thu-hai"}, ["Chiếu phim"]),
        ({"category": "live-music"}, ["Hòa nhạc miễn phí"]),
        ({"sector": "test-cinema"}, ["Chiếu phim"]),
        ({"free": "1"}, ["Hòa nhạc miễn phí"]),
        ({"mode": "online"}, ["Tọa đàm trực tuyến"]),
        ({"accessible": "mi"}, ["Hòa nhạc miễn phí"]),
        ({"center": "thu-hai", "free": "1"}, []),
    ],
)
def test_each_filter(client, events, params, expected):
    assert titles(client.get(URL, params)) == expected


def test_date_range_includes_past_dates_and_is_inclusive(client, events):
    today = timezone.localdate()
    params = {"from": f"{today - timedelta(days=30)}", "to": f"{today + timedelta(days=3)}"}
    assert titles(client.get(URL, params)) == [
        "Triển lãm đã qua",
        "Hòa nhạc miễn phí",
        "Chiếu phim",
    ]
    only = {"from": f"{today + timedelta(days=3)}", "to": f"{today + timedelta(days=3)}"}
    assert titles(client.get(URL, only)) == ["Chiếu phim"]
    assert titles(client.get(URL, {"from": f"{today + timedelta(days=4)}"})) == [
        "Tọa đàm trực tuyến"
    ]


def test_limit_and_offset_page_through(client, events):
    first = client.get(URL, {"limit": 2}).json()
    second = client.get(URL, {"limit": 2, "offset": 2}).json()
    assert first["meta"]["total_count"] == second["meta"]["total_count"] == 3
    assert [i["title"] for i in first["items"] + second["items"]] == [
        "Hòa nhạc miễn phí",
        "Chiếu phim",
        "Tọa đàm trực tuyến",
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        (
            {"center": "khong-co"},
            "“khong-co” is not a known value of “center”; known values: thu-hai, thu-nghiem.",
        ),
        (
            {"category": "jazz"},
            "“jazz” is not a known value of “category”; known values: …live-music…",
        ),
        (
            {"sector": "bao-chi"},
            "“bao-chi” is not a known value of “sector”; known values: …test-cinema…",
        ),
        (
            {"from": "2026-13-45"},
            "“2026-13-45” is not a date for “from”: use YYYY-MM-DD, e.g. 2026-12-05.",
        ),
        ({"to": "mai"}, "“mai” is not a date for “to”: use YYYY-MM-DD, e.g. 2026-12-05."),
        (
            {"from": "9999-01-01"},
            "“9999-01-01” is not a date for “from”: use YYYY-MM-DD, e.g. 2026-12-05.",
        ),
        (
            {"from": "2026-12-10", "to": "2026-12-01"},
            "“to” (2026-12-01) is before “from” (2026-12-10).",
        ),
        (
            {"from": "2026-01-01", "to": "2100-12-31"},
            "From “from” (2026-01-01) to “to” (2100-12-31) is more than 400 days.",
        ),
        (
            {"free": "maybe"},
            "“maybe” is not a known value of “free”; known values: 1, true, yes, on.",
        ),
        (
            {"when": "someday"},
            "“someday” is not a known value of “when”; known values: today, tomorrow, weekend, week, month.",
        ),
        (
            {"mode": "telepathy"},
            "“telepathy” is not a known value of “mode”; known values: offline, online, mixed.",
        ),
        (
            {"center": "trung-tâm-\u0000-𝔘𝔫𝔦"},
            "“trung-tâm-\u0000-𝔘𝔫𝔦” is not a known value of “center”; known values: thu-hai, thu-nghiem.",
        ),
        ({"locale": "fr"}, "locale must be one of: vi, en"),
        ({"offset": "99999999999999999999"}, "offset cannot be higher than 1000000"),
        ({"offset": "-1"}, "offset must be a positive integer"),
        ({"limit": "100"}, "limit cannot be higher than 20"),
        ({"limit": "năm"}, "limit must be a positive integer"),
        (
            {"start": "2026-12-05"},
            "query parameter is not an operation or a recognised field: start",
        ),
        ({"fields": "nope"}, "unknown fields: nope"),
    ],
)
def test_bad_values_answer_400_with_a_json_message(client, events, params, message):
    response = client.get(URL, params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    got = response.json()
    assert set(got) == {"message"}
    if "…" in message:
        # Taxonomies are shared by every site in the database: the list names them all.
        head, known, _tail = message.split("…")
        assert got["message"].startswith(head) and known in got["message"]
    else:
        assert got["message"] == message


def test_messages_follow_the_request_language(client, events):
    response = client.get(URL, {"from": "hôm qua"}, HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 400
    assert response.json()["message"] == (
        "“hôm qua” không phải là ngày cho “from”: hãy viết theo dạng YYYY-MM-DD, ví dụ 2026-12-05."
    )


def test_detail_of_one_date(client, events):
    listing = client.get(URL).json()["items"][0]
    detail = client.get(listing["meta"]["detail_url"].replace("http://testserver", ""))
    assert detail.status_code == 200
    assert detail.json() == listing
    assert client.get(f"{URL}999999/").status_code == 404
    assert client.get(f"{URL}{listing['id']}/", {"center": "x"}).status_code == 400


def test_unpublished_and_private_events_are_not_listed(client, events):
    from wagtail.models import PageViewRestriction

    events["film"].unpublish()
    PageViewRestriction.objects.create(
        page=events["talk"], restriction_type="password", password="secret"
    )
    assert titles(client.get(URL)) == ["Hòa nhạc miễn phí"]


def test_the_same_number_of_queries_for_3_and_30_events(
    client, make_event, category, sector, network_calendar, django_assert_max_num_queries
):
    def make(n, start):
        for i in range(n):
            make_event(
                title=f"Sự kiện {start + i}",
                slug=f"su-kien-so-{start + i}",
                start=soon(1 + (start + i) % 7),
                categories=[category],
                sectors=[sector],
                price_min=100_000,
            )

    def count():
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as queries:
            response = client.get(URL, {"limit": 20})
        assert response.status_code == 200
        return len(queries), len(response.json()["items"])

    make(3, 0)
    count()  # the first request fills the sites' root paths cache
    few, shown = count()
    assert shown == 3
    make(27, 3)
    many, shown = count()
    assert shown == 20
    assert many == few
    with django_assert_max_num_queries(few):
        client.get(URL, {"limit": 20})


def test_an_event_in_a_space_names_and_links_it(client, make_event, center, network_calendar):
    from spaces.models import SpaceIndexPage
    from tests.spaces.factories import SpacePageFactory

    index = SpaceIndexPage.objects.child_of(center).get()
    space = SpacePageFactory(parent=index, title="Xưởng in lụa", slug="xuong-in-lua")
    make_event(title="In lụa", slug="in-lua", start=soon(2), space=space)
    item = client.get(URL).json()["items"][0]
    assert item["venue"] == "Xưởng in lụa"
    assert item["space"] == {
        "id": space.pk,
        "title": "Xưởng in lụa",
        "url": f"http://localhost/vi/{center.slug}/spaces/xuong-in-lua/",
    }
