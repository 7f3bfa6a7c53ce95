"""An artist looks for a game studio in the residents directory, opens it, then its
center, and sees who works there; the Vietnamese directory finds it the same way."""

import re

import pytest

from tests.browser.conftest import LIVE_DB

pytestmark = [pytest.mark.browser, LIVE_DB]


def cards(page):
    return page.locator(".resident-card .resident-card__title").all_inner_texts()


def test_artist_finds_a_game_studio_and_its_center(demo_live, new_page):
    page = new_page(locale="en-GB", extra_http_headers={"Accept-Language": "en-GB,en;q=0.9"})
    page.goto(demo_live.url + "/en/residents/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert "26 residents found" in page.locator(".result-count").inner_text()

    page.get_by_label("Sector").select_option(label="Software and games")
    page.get_by_label("Kind").select_option(label="Studio")
    page.get_by_role("button", name="Find residents").click()
    page.wait_for_url(re.compile(r"/en/residents/\?.*sector=software-games"))
    assert "2 residents found" in page.locator(".result-count").inner_text()
    assert cards(page) == ["Carp Game Studio", "Echo Sound Studio"]

    page.get_by_role("link", name="Carp Game Studio").click()
    page.wait_for_url(re.compile(r"/en/complex-01/residents/carp-game-studio/$"))
    assert page.locator(".resident__kind").inner_text().lower() == "studio"
    assert page.locator(".resident__facts").get_by_role("link", name="40 m² design studio")

    page.locator(".resident__center").get_by_role("link", name="Complex 01 Creative Hub").click()
    page.wait_for_url(re.compile(r"/en/complex-01/$"))
    residents = page.locator(".center-residents")
    assert residents.get_by_role("heading", name="Who works here").is_visible()
    assert "Carp Game Studio" in residents.locator(".resident-card__title").all_inner_texts()
    residents.get_by_role("link", name=re.compile(r"See all \d+ residents")).click()
    page.wait_for_url(re.compile(r"/en/complex-01/residents/$"))
    assert "5 residents found" in page.locator(".result-count").inner_text()

    # The same search in Vietnamese (one demo network for both: loading it is the cost).
    page = new_page(locale="vi-VN", extra_http_headers={"Accept-Language": "vi-VN,vi;q=0.9"})
    page.goto(demo_live.url + "/vi/residents/")
    assert page.locator("html").get_attribute("lang") == "vi"
    page.get_by_label("Lĩnh vực").select_option(label="Phần mềm và trò chơi giải trí")
    page.get_by_label("Loại").select_option(value="studio")
    page.get_by_role("button", name="Tìm đơn vị").click()
    page.wait_for_url(re.compile(r"/vi/residents/\?.*kind=studio"))
    assert "Tìm thấy 2 đơn vị" in page.locator(".result-count").inner_text()
    page.get_by_role("link", name="Studio game Cá Chép").click()
    page.wait_for_url(re.compile(r"/vi/complex-01/residents/studio-game-ca-chep/$"))
    assert page.get_by_role("heading", name="Studio game Cá Chép", level=1).is_visible()
