"""On a phone: find a center on the map's list, open it, and see whether it is open now."""

import re
from datetime import UTC, datetime

import pytest

from tests.browser.conftest import LIVE_DB

pytestmark = [pytest.mark.browser, LIVE_DB]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


@pytest.mark.parametrize(
    ("utc_moment", "expected"),
    [
        # Tuesday 1 December 2026, 10:00 in Hanoi: Complex 01 opens 08:00-22:00.
        (datetime(2026, 12, 1, 3, 0, tzinfo=UTC), "Đang mở cửa"),
        # Tuesday 1 December 2026, 23:30 in Hanoi: closed since 22:00.
        (datetime(2026, 12, 1, 16, 30, tzinfo=UTC), "Đang đóng cửa"),
    ],
)
def test_phone_visitor_finds_a_center_on_the_map(demo_live, new_page, utc_moment, expected):
    page = new_page(locale="vi-VN", **PHONE)
    page.clock.set_fixed_time(utc_moment)
    page.goto(demo_live.url + "/vi/")

    # No tile server is reachable here: the map still shows one marker per center.
    page.wait_for_selector(".network-map.is-ready")
    assert page.locator(".leaflet-marker-icon").count() == 6
    assert page.locator(".leaflet-tile").count() == 0

    page.locator(".network-map__list").get_by_role(
        "link", name="Tổ hợp sáng tạo Complex 01"
    ).click()
    page.wait_for_url(re.compile(r"/vi/complex-01/$"))
    status = page.locator("[data-open-status]")
    status.wait_for(state="visible")
    assert status.inner_text() == expected
    assert page.locator(".leaflet-marker-icon").count() == 1


def test_without_javascript_the_list_of_centers_still_works(demo_live, new_page):
    page = new_page(java_script_enabled=False, **PHONE)
    page.goto(demo_live.url + "/en/")
    items = page.locator(".network-map__list > li")
    assert items.count() == 6
    # Each center's name links to its page; the directions beside it open the map sites.
    links = page.locator(".network-map__list > li > a:first-child")
    assert links.count() == 6
    assert items.first.get_by_role("link", name=re.compile("OpenStreetMap")).count() == 1
    assert not page.locator(".network-map__canvas").is_visible()
    links.filter(has_text="Heritage Space").click()
    page.wait_for_url(re.compile(r"/en/heritage-space/$"))
    assert page.locator("[data-open-status]").is_hidden()
    assert page.get_by_role("row", name=re.compile("Tuesday")).is_visible()
