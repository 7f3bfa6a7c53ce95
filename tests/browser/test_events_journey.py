"""A Vietnamese visitor finds this weekend's events and adds one to their calendar."""

import re
from datetime import date, timedelta

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.browser


def test_weekend_event_into_my_calendar(demo_live, new_page, tmp_path):
    page = new_page(
        locale="vi-VN", extra_http_headers={"Accept-Language": "vi"}, accept_downloads=True
    )
    page.goto(demo_live.url + "/vi/")
    page.get_by_role("link", name="Sự kiện", exact=True).first.click()
    page.wait_for_url(re.compile(r"/vi/events/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Sự kiện"

    page.get_by_role("link", name="Cuối tuần này").click()
    page.wait_for_url(re.compile(r"/vi/events/\?when=weekend$"))
    chip = page.locator('a.chip[data-filter="when"]')
    assert "Cuối tuần này" in chip.inner_text()
    entries = page.locator("li.occurrence")
    assert entries.count() > 0
    first_time = entries.first.locator("time").inner_text()
    assert re.match(
        r"(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{1,2} tháng \d{1,2} năm \d{4}", first_time
    )
    # On during the weekend: a date on Saturday or Sunday, or a span (an exhibition)
    # that runs through one. Which comes first depends on the day the test runs.
    days = [
        date(int(year), int(month), int(day))
        for day, month, year in re.findall(r"(\d{1,2}) tháng (\d{1,2}) năm (\d{4})", first_time)
    ]
    first, last = days[0], days[-1]
    span = [first + timedelta(days=n) for n in range(min((last - first).days, 6) + 1)]
    assert any(day.weekday() in (5, 6) for day in span), first_time
    if first == last:
        assert first_time.startswith(("Thứ Bảy", "Chủ Nhật"))

    link = entries.first.locator("h3 a")
    title = link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/vi/[\w-]+/events/[\w-]+/$"))
    assert page.get_by_role("heading", level=1).inner_text() == title

    # The first download is this date alone (a series offers the whole series after it).
    with page.expect_download() as info:
        page.get_by_role("link", name="Tải về (.ics)").first.click()
    download = info.value
    path = tmp_path / "event.ics"
    download.save_as(path)
    calendar = Calendar.from_ical(path.read_bytes())
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert summaries == [title]
    starts = [event.decoded("dtstart") for event in calendar.walk("VEVENT")]
    if all(type(start) is date for start in starts):
        # An all-day event (which one comes first depends on the day the test runs):
        # plain dates, no time zone to declare.
        assert calendar.walk("VTIMEZONE") == []
    else:
        assert str(calendar.walk("VTIMEZONE")[0]["tzid"]) == "Asia/Ho_Chi_Minh"
        assert all(str(start.tzinfo) == "Asia/Ho_Chi_Minh" for start in starts)
