"""The spaces finder draws its current results on a map; the list stays the fallback."""

import re

import pytest

from tests.browser.conftest import LIVE_DB

pytestmark = [pytest.mark.browser, LIVE_DB]


def result_titles(page):
    return page.locator(".space-result h3 a").all_inner_texts()


def marker_titles(page):
    return sorted(
        page.locator(".leaflet-marker-icon").evaluate_all("nodes => nodes.map(n => n.title)")
    )


def mapped_spaces(page):
    """Open every marker's popup in turn and collect the spaces it lists."""
    names = []
    for index in range(page.locator(".leaflet-marker-icon").count()):
        marker = page.locator(".leaflet-marker-icon").nth(index)
        center = marker.get_attribute("title")
        marker.click()
        popup = page.locator(".leaflet-popup", has_text=center).last
        popup.wait_for()
        names += popup.get_by_role("link").all_inner_texts()
    return sorted(names)


def test_filtered_results_appear_on_the_map_in_the_page_language(demo_live, new_page):
    page = new_page(locale="en-GB")
    page.goto(demo_live.url + "/en/spaces/?type=studio")
    page.wait_for_selector(".network-map.is-ready")
    count = int(page.locator(".result-count").get_attribute("data-count"))
    assert count >= 2
    titles = result_titles(page)
    assert len(titles) == count
    # One marker per center of the results (a center's spaces share its point), named in
    # English; their popups list exactly the results. No tile server needed.
    cells = page.locator(".space-result .space-card__center").all_inner_texts()
    centers = sorted({cell.split(" · ")[0].strip() for cell in cells})
    assert marker_titles(page) == centers
    assert mapped_spaces(page) == sorted(titles)
    assert page.locator(".leaflet-tile").count() == 0

    # A narrower filter redraws the map with what is left.
    page.goto(demo_live.url + "/en/spaces/?type=studio&period=month&max_price=5000000")
    page.wait_for_selector(".network-map.is-ready")
    narrower = int(page.locator(".result-count").get_attribute("data-count"))
    assert 0 < narrower < count
    assert mapped_spaces(page) == sorted(result_titles(page))

    # A popup's link opens its space.
    first = result_titles(page)[0]
    center = page.locator(".space-result .space-card__center").first.inner_text()
    center = center.split(" · ")[0].strip()
    page.locator(f".leaflet-marker-icon[title='{center}']").click()
    popup = page.locator(".leaflet-popup", has_text=center).last
    popup.get_by_role("link", name=first).click()
    page.wait_for_url(re.compile(r"/en/[^/]+/spaces/[^/]+/$"))
    assert page.locator("h1").inner_text() == first


def test_center_spaces_map_in_vietnamese(demo_live, new_page):
    page = new_page(locale="vi-VN")
    page.goto(demo_live.url + "/vi/complex-01/spaces/")
    page.wait_for_selector(".network-map.is-ready")
    titles = result_titles(page)
    assert "Xưởng vẽ nhỏ 12 m²" in titles
    assert page.locator(".leaflet-marker-icon").count() == 1  # one center
    assert mapped_spaces(page) == sorted(titles)


def test_no_results_no_map_and_without_javascript_the_list_remains(demo_live, new_page):
    page = new_page(locale="en-GB")
    page.goto(demo_live.url + "/en/spaces/?min_area=99999")
    assert page.locator(".no-results").is_visible()
    assert page.locator(".network-map").count() == 0

    plain = new_page(java_script_enabled=False)
    plain.goto(demo_live.url + "/en/spaces/?type=studio")
    assert plain.locator(".space-result").count() > 0
    assert not plain.locator(".network-map__canvas").is_visible()
