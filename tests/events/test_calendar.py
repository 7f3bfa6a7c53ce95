"""Calendars: list, archive, month grid, every filter and every bad value."""

import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from events.choices import EventStatus
from events.filters import when_range
from events.models import EventIndexPage
from network.models import Sector

from .conftest import hanoi


def titles(response):
    html = response.content.decode()
    return re.findall(r'<h3><a href="[^"]+">([^<]+)</a></h3>', html)


def messages(response):
    html = response.content.decode()
    block = re.search(r'<div class="calendar__messages" role="alert">(.*?)</div>', html, re.S)
    return re.findall(r"<li>(.*?)</li>", block.group(1)) if block else []


def chips(response):
    return re.findall(
        r'<a class="chip" href="([^"]+)" data-filter="(\w+)"', response.content.decode()
    )


def soon(days, hour=19):
    day = timezone.localdate() + timedelta(days=days)
    return hanoi(day.year, day.month, day.day, hour, 0)


@pytest.fixture
def events(make_event, center_factory, category, network_calendar):
    """Events at two centers: free or not, accessible or not, online or not."""
    other = center_factory(title="Trung tâm Thứ hai", slug="thu-hai")
    sector = Sector.objects.create(name="Phim thử", slug="test-cinema", locale=category.locale)
    other_calendar = EventIndexPage.objects.child_of(other).get()
    made = {
        "concert": make_event(
            title="Hòa nhạc miễn phí",
            start=soon(1),
            is_free=True,
            categories=[category],
            accessible_mobility=True,
        ),
        "film": make_event(
            parent=other_calendar,
            title="Chiếu phim",
            start=soon(3),
            price_min=80000,
            sectors=[sector],
        ),
        "talk": make_event(
            title="Tọa đàm trực tuyến",
            start=soon(10),
            attendance_mode="online",
            online_url="https://meet.example.vn/toa-dam",
        ),
        "past": make_event(title="Triển lãm đã qua", start=soon(-20)),
    }
    return made


def test_network_list_shows_upcoming_first_and_hides_the_past(client, events, network_calendar):
    response = client.get(network_calendar.url)
    assert titles(response) == ["Hòa nhạc miễn phí", "Chiếu phim", "Tọa đàm trực tuyến"]
    archive = client.get(network_calendar.url + "?past=1")
    assert titles(archive) == ["Triển lãm đã qua"]


def test_center_calendar_shows_only_its_center(client, events, calendar):
    response = client.get(calendar.url)
    assert titles(response) == ["Hòa nhạc miễn phí", "Tọa đàm trực tuyến"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("free=1", ["Hòa nhạc miễn phí"]),
        ("category=live-music", ["Hòa nhạc miễn phí"]),
        ("sector=test-cinema", ["Chiếu phim"]),
        ("center=thu-hai", ["Chiếu phim"]),
        ("accessible=mi", ["Hòa nhạc miễn phí"]),
        ("mode=online", ["Tọa đàm trực tuyến"]),
        ("when=month&free=1&mode=offline", ["Hòa nhạc miễn phí"]),
    ],
)
def test_each_filter(client, events, network_calendar, query, expected):
    response = client.get(f"{network_calendar.url}?{query}")
    assert titles(response) == expected
    assert messages(response) == []


def test_date_filters(client, events, network_calendar):
    day = timezone.localdate() + timedelta(days=3)
    response = client.get(f"{network_calendar.url}?from={day}&to={day}")
    assert titles(response) == ["Chiếu phim"]
    tomorrow = client.get(f"{network_calendar.url}?when=tomorrow")
    assert titles(tomorrow) == ["Hòa nhạc miễn phí"]
    today = client.get(f"{network_calendar.url}?when=today")
    assert titles(today) == []
    assert "Không có sự kiện nào phù hợp" in today.content.decode()


def test_weekend_is_saturday_and_sunday_of_this_week(client, make_event, network_calendar):
    today = timezone.localdate()
    if today.weekday() == 6:
        weekend_day = today  # on a Sunday, what is left of the weekend is today
    else:
        weekend_day = today + timedelta(days=(5 - today.weekday()) % 7)  # Saturday
    monday = today + timedelta(days=7 - today.weekday())
    make_event(title="Chợ phiên cuối tuần", start=hanoi(*weekend_day.timetuple()[:3], 23, 0))
    make_event(title="Sáng thứ Hai", start=hanoi(*monday.timetuple()[:3], 9, 0))
    response = client.get(f"{network_calendar.url}?when=weekend")
    assert titles(response) == ["Chợ phiên cuối tuần"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("from=2026-13-45", "“2026-13-45” không phải là ngày"),
        ("to=ngày-mai", "“ngày-mai” không phải là ngày"),
        ("center=khong-co", "Không có “khong-co”"),
        ("category=%F0%9F%8E%B5", "Không có “🎵”"),
        ("sector=<script>", "Không có “&lt;script&gt;”"),
        ("when=yesterday", "“yesterday” không phải là khoảng thời gian"),
        ("free=maybe", "“maybe” không phải là giá trị có/không"),
        ("accessible=xx", "“xx” không phải là mã hỗ trợ tiếp cận"),
        ("mode=teleport", "“teleport” không phải là hình thức tham dự"),
        ("page=abc", "“abc” không phải là số trang"),
        ("page=-3", "Số trang bắt đầu từ 1"),
        ("page=99999999999999999999", "Không có trang 999999999999"),
        ("view=month&month=2026-99", "“2026-99” không phải là tháng"),
    ],
)
def test_bad_values_get_a_message_in_vietnamese_and_a_sensible_page(
    client, events, network_calendar, query, message
):
    response = client.get(f"{network_calendar.url}?{query}")
    assert response.status_code == 200
    found = messages(response)
    assert len(found) == 1 and message in found[0], found
    if "page" not in query and "month" not in query:
        # The bad filter is dropped: every upcoming event is listed.
        assert len(titles(response)) == 3


def test_bad_values_in_english_get_an_english_message(client, network_calendar, translate):
    english = translate(network_calendar, {"Sự kiện": "Events", "events": "events"})
    response = client.get(english.url + "?from=31-31-2026")
    assert messages(response) == [
        "“31-31-2026” is not a date (use YYYY-MM-DD, e.g. 2026-12-05): ignored."
    ]


def test_reversed_range_is_swapped_with_a_message(client, events, network_calendar):
    first = timezone.localdate() + timedelta(days=3)
    response = client.get(f"{network_calendar.url}?from={first}&to={timezone.localdate()}")
    assert titles(response) == ["Hòa nhạc miễn phí", "Chiếu phim"]
    assert messages(response) == ["Ngày kết thúc trước ngày bắt đầu: chúng tôi đã đảo lại."]


def test_a_range_longer_than_400_days_is_cut_with_a_message(
    client, events, make_event, network_calendar
):
    """One page or feed never reads every date stored: "to 2100" lists 400 days."""
    from icalendar import Calendar

    make_event(title="Hội chợ năm sau", start=soon(450))
    first = timezone.localdate()
    last = first + timedelta(days=399)
    response = client.get(f"{network_calendar.url}?from={first}&to=2100-12-31")
    assert titles(response) == ["Hòa nhạc miễn phí", "Chiếu phim", "Tọa đàm trực tuyến"]
    assert messages(response) == [
        f"Mỗi lần chỉ liệt kê tối đa 400 ngày: đang hiển thị từ {first} đến {last}."
    ]
    feed = client.get(f"{network_calendar.url}feed.ics?from={first}&to=2100-12-31")
    summaries = [str(e["summary"]) for e in Calendar.from_ical(feed.content).walk("VEVENT")]
    assert "Chiếu phim" in summaries and "Hội chợ năm sau" not in summaries
    # Only "from": the 400 days after it; only "to": the 400 days before it.
    later = client.get(f"{network_calendar.url}?from={first + timedelta(days=400)}")
    assert titles(later) == ["Hội chợ năm sau"]
    earlier = client.get(f"{network_calendar.url}?to={first + timedelta(days=449)}")
    assert "Triển lãm đã qua" not in titles(earlier)  # 20 days ago: more than 400 days before


def test_chips_remove_one_filter_and_keep_the_others(client, events, network_calendar):
    response = client.get(f"{network_calendar.url}?free=1&mode=offline&center=thu-nghiem")
    found = {key: url for url, key in chips(response)}
    assert set(found) == {"free", "mode", "center"}
    after = client.get(found["free"].replace("&amp;", "&"))
    assert "free" not in {k: u for u, k in chips(after)}
    assert titles(after) == ["Hòa nhạc miễn phí"]


def test_pagination_keeps_filters_and_clamps_past_the_end(client, make_event, network_calendar):
    for n in range(23):
        make_event(title=f"Lớp vẽ {n:02d}", start=soon(1 + n), is_free=True)
    first = client.get(f"{network_calendar.url}?free=1")
    assert len(titles(first)) == 20
    next_url = re.search(r'<a href="([^"]+)" rel="next">', first.content.decode()).group(1)
    assert "free=1" in next_url and "page=2" in next_url
    second = client.get(next_url.replace("&amp;", "&"))
    assert titles(second) == ["Lớp vẽ 20", "Lớp vẽ 21", "Lớp vẽ 22"]
    beyond = client.get(f"{network_calendar.url}?free=1&page=7")
    assert titles(beyond) == titles(second)
    assert messages(beyond) == ["Không có trang 7: đang hiển thị trang cuối, trang 2."]


def test_month_grid(client, make_event, network_calendar):
    concert = make_event(title="Đêm nhạc mùa đông", start=hanoi(2026, 12, 5, 19, 30))
    make_event(
        title="Chợ phiên đã hủy", start=hanoi(2026, 12, 6, 9, 0), status=EventStatus.CANCELLED
    )
    for n in range(6):
        make_event(title=f"Hội thảo {n}", start=hanoi(2026, 12, 12, 8 + n, 0))
    response = client.get(f"{network_calendar.url}?view=month&month=2026-12")
    html = response.content.decode()
    assert "Tháng 12 năm 2026" in html
    grid = month_grid(html)
    assert f'<a href="{concert.get_url()}">19:30 Đêm nhạc mùa đông</a>' in grid
    assert (
        '<li class="month__entry cancelled"><a href="' in grid.split("Chợ phiên đã hủy")[0][-200:]
    )
    assert grid.count("Hội thảo") == 4  # four in the cell, the rest counted
    assert "2 sự kiện khác" in grid
    assert "month=2027-01" in html and "month=2026-11" in html
    # The same month as an agenda for narrow screens: the same entries, day by day.
    agenda = html.split('<ol class="month__agenda">', 1)[1].split("</ol>", 1)[0]
    assert agenda.count("Hội thảo") == 4 and "2 sự kiện khác" in agenda
    assert agenda.index("Đêm nhạc mùa đông") < agenda.index("Chợ phiên đã hủy")


def month_grid(html):
    return html.split('<table class="month__grid">', 1)[1].split("</table>", 1)[0]


def cell(grid, day):
    """The entries of the grid's cell for ``day`` of the month shown."""
    for classes, found in re.findall(r'<td class="([^"]*)">(.*?)</td>', grid, re.S):
        if f'<span class="month__day">{day}</span>' in found and "month__other" not in classes:
            return found
    raise AssertionError(f"no cell for day {day}")


def test_a_date_over_several_days_is_on_each_of_its_days(client, make_event, network_calendar):
    """An exhibition from 11 to 30 December is on every day it runs, as one bar."""
    make_event(
        title="Triển lãm mùa đông",
        start=hanoi(2026, 12, 11, 0, 0),
        end=hanoi(2026, 12, 30, 23, 59),
        all_day=True,
    )
    for n in range(4):
        make_event(title=f"Tọa đàm {n}", start=hanoi(2026, 12, 15, 9 + n, 0))
    make_event(
        title="Đêm nhạc khuya", start=hanoi(2026, 12, 19, 22, 0), end=hanoi(2026, 12, 20, 1, 0)
    )
    html = client.get(f"{network_calendar.url}?view=month&month=2026-12").content.decode()
    grid = month_grid(html)
    for day in (11, 12, 20, 30):
        assert "Triển lãm mùa đông" in cell(grid, day), day
    for day in (10, 31):
        assert "Triển lãm mùa đông" not in cell(grid, day), day
    assert "month__entry--goes-on" in cell(grid, 11)
    assert "month__entry--from-before" in cell(grid, 30) and "month__entry--goes-on" not in cell(
        grid, 30
    )
    # The bar takes a place in the cell: three talks shown, the fourth counted.
    busy = cell(grid, 15)
    assert busy.count("Tọa đàm") == 3 and "1 sự kiện khác" in busy
    # A late concert that ends after midnight stays on its own evening.
    assert "Đêm nhạc khuya" in cell(grid, 19) and "Đêm nhạc khuya" not in cell(grid, 20)


def test_query_count_does_not_grow_with_events(
    client, make_event, network_calendar, django_assert_max_num_queries
):
    make_event(title="Một", start=soon(2))
    with django_assert_max_num_queries(30) as few:
        client.get(network_calendar.url)
    for n in range(15):
        make_event(
            title=f"Sự kiện {n}",
            start=soon(3 + n),
            repeat="weekly",
            repeat_until=(timezone.localdate() + timedelta(days=60)),
        )
    for url in ("", "?view=month", "feed.ics", "?free=1&when=month"):
        with django_assert_max_num_queries(len(few.captured_queries)) as many:
            response = client.get(network_calendar.url + url)
        assert response.status_code == 200
    assert len(titles(client.get(network_calendar.url))) == 20
    assert len(many.captured_queries) <= len(few.captured_queries)


def test_old_dates_in_the_query_string_are_refused_but_not_fatal(client, network_calendar):
    response = client.get(f"{network_calendar.url}?from=0001-01-01&to=9999-12-31")
    assert response.status_code == 200
    assert len(messages(response)) == 2


def test_feed_applies_the_same_filters(client, events, network_calendar):
    from icalendar import Calendar

    feed = Calendar.from_ical(client.get(network_calendar.url + "feed.ics?free=1").content)
    assert [str(e["summary"]) for e in feed.walk("VEVENT")] == ["Hòa nhạc miễn phí"]


def test_webcal_and_feed_links(client, events, network_calendar):
    html = client.get(f"{network_calendar.url}?free=1").content.decode()
    assert 'href="/vi/events/feed.ics?free=1"' in html
    assert 'href="webcal://testserver/vi/events/feed.ics?free=1"' in html
    assert date.today().year > 2000


def test_the_list_counts_a_bounded_number_of_pages(
    client, make_event, network_calendar, monkeypatch
):
    """Past the counted pages the visitor is told to choose dates; page 1 never counts all."""
    from events import calendar_view

    monkeypatch.setattr(calendar_view, "PER_PAGE", 2)
    monkeypatch.setattr(calendar_view, "MAX_PAGES", 2)
    for n in range(6):
        make_event(title=f"Buổi {n}", start=soon(n + 1))
    response = client.get(f"{network_calendar.url}?page=9")
    assert messages(response) == [
        "Chỉ liệt kê 2 trang đầu: đang hiện trang 2. Hãy chọn ngày để xem các sự kiện sau đó."
    ]
    assert titles(response) == ["Buổi 2", "Buổi 3"]
    assert "Trang 2 / 2" in response.content.decode()


@pytest.mark.parametrize(
    ("today", "first", "last"),
    [
        (date(2026, 12, 2), date(2026, 12, 5), date(2026, 12, 6)),  # Wednesday
        (date(2026, 12, 5), date(2026, 12, 5), date(2026, 12, 6)),  # Saturday
        (date(2026, 12, 6), date(2026, 12, 6), date(2026, 12, 6)),  # Sunday: today only
        (date(2026, 12, 7), date(2026, 12, 12), date(2026, 12, 13)),  # Monday
    ],
)
def test_weekend_range_on_every_kind_of_day(today, first, last):
    assert when_range("weekend", today) == (first, last)
    assert when_range("week", today) == (today, last)


def test_every_control_keeps_the_other_filters(client, events, network_calendar):
    """'Free this weekend' is two clicks, whichever is clicked first."""
    html = client.get(f"{network_calendar.url}?free=1&category=live-music").content.decode()
    when = html.split('<nav class="calendar__when"', 1)[1].split("</nav>", 1)[0]
    weekend = re.search(r'<a href="([^"]+)">Cuối tuần này</a>', when).group(1)
    assert weekend.replace("&amp;", "&") == (
        f"{network_calendar.url}?category=live-music&free=1&when=weekend"
    )
    form = client.get(f"{network_calendar.url}?when=weekend").content.decode()
    form = form.split('<form class="calendar__filters"', 1)[1].split("</form>", 1)[0]
    assert '<input type="hidden" name="when" value="weekend">' in form
    assert 'name="free"' in form


def test_the_form_offers_every_filter_of_the_url(client, events, network_calendar):
    html = client.get(f"{network_calendar.url}?category=live-music").content.decode()
    form = html.split('<form class="calendar__filters"', 1)[1].split("</form>", 1)[0]
    assert re.findall(r'<select name="(\w+)">', form) == [
        "center",
        "category",
        "sector",
        "accessible",
        "mode",
    ]
    assert '<option value="live-music" selected>Âm nhạc</option>' in form
    assert '<option value="thu-hai">Trung tâm Thứ hai</option>' in form
    assert '<details class="calendar__more" open>' in form
    plain = client.get(network_calendar.url).content.decode()
    assert '<details class="calendar__more">' in plain  # folded while none of them is chosen
