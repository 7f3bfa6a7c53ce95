"""A visitor types "dem nhac" (no diacritics) in the header on /vi/ and opens what it finds.

Until the events app lands, the demo's "đêm nhạc" lives in Complex 01's own text, so the
result opened is the center; with events merged, the same journey finds the event.
"""

import re

import pytest

pytestmark = pytest.mark.browser


def test_typing_without_diacritics_finds_and_opens_the_page(demo_live, new_page):
    page = new_page(locale="vi-VN", extra_http_headers={"Accept-Language": "vi"})
    page.goto(demo_live.url + "/vi/")
    box = page.get_by_role("combobox", name="Tìm kiếm trong mạng lưới")  # search + suggestions
    box.fill("dem nhac")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/vi/search/\?q=dem\+nhac$"))

    results = page.locator(".search-result__title a")
    assert results.count() >= 1
    first = results.filter(has_text="Complex 01").first
    assert first.locator("mark").count() == 0  # the title itself has no "đêm nhạc"
    highlighted = page.locator(".search-result__snippet mark").all_inner_texts()
    assert {"đêm", "nhạc"} <= {word.lower() for word in highlighted}

    first.click()
    page.wait_for_url(re.compile(r"/vi/complex-01/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Tổ hợp sáng tạo Complex 01"
