"""A visitor with an English browser finds a center and switches it to Vietnamese."""

import re

import pytest

from tests.browser.conftest import LIVE_DB

pytestmark = [pytest.mark.browser, LIVE_DB]


def test_english_visitor_opens_a_center_and_switches_to_vietnamese(demo_live, new_page):
    page = new_page(locale="en-GB", extra_http_headers={"Accept-Language": "en-GB,en;q=0.9"})
    page.goto(demo_live.url + "/")
    assert page.url == demo_live.url + "/en/"
    assert page.locator("html").get_attribute("lang") == "en"

    page.get_by_role("link", name="Heritage Space").first.click()
    page.wait_for_url(re.compile(r"/en/heritage-space/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Heritage Space"

    page.get_by_role("link", name="Tiếng Việt").click()
    page.wait_for_url(re.compile(r"/vi/heritage-space/$"))
    assert page.locator("html").get_attribute("lang") == "vi"
    assert page.get_by_role("heading", level=1).inner_text() == "Không gian Di sản (Heritage Space)"
    assert page.get_by_role("heading", name="Giờ mở cửa").is_visible()
