"""The spaces finder draws its current results on a map; the list stays the fallback."""

import re

import pytest

from tests.browser.conftest import LIVE_DB

pytestmark = [pytest.mark.browser, LIVE_DB]


def result_titles(page):
    return page.locator(".space-result th a").all_inner_texts()


def marker_titles(page):
    return sorted(
        page.locator(".leaflet-marker-icon").evaluate_all("nodes => nodes.map(n => n.title)")
    )


def test_filtered_results_appear_as_markers_in_the_page_language(demo_live, new_page):
    page = new_page(locale="en-GB")
    page.goto(demo_live.url + "/en/spaces/?type=studio")
    page.wait_for_selector(".network-map.is-ready")
    count = int(page.locator(".result-count").get_attribute("data-count"))
    assert count >= 2
    titles = result_titles(page)
    assert len(titles) == count
    # One marker per result, named in English like the list, and no tile server needed.
    assert page.locator(".leaflet-marker-icon").count() == count
    assert marker_titles(page) == sorted(titles)
    assert page.locator(".leaflet-tile").count() == 0

    # A narrower filter redraws the map with fewer markers.
    page.goto(demo_live.url + "/en/spaces/?type=studio&period=month&max_price=5000000")
    page.wait_for_selector(".network-map.is-ready")
    narrower = int(page.locator(".result-count").get_attribute("data-count"))
    assert 0 < narrower < count
    assert page.locator(".leaflet-marker-icon").count() == narrower

    # A marker's popup links to its space.
    first = result_titles(page)[0]
    page.locator(f".leaflet-marker-icon[title='{first}']").click()
    page.locator(".leaflet-popup").get_by_role("link", name=first).click()
    page.wait_for_url(re.compile(r"/en/[^/]+/spaces/[^/]+/$"))
    assert page.locator("h1").inner_text() == first


def test_center_spaces_map_in_vietnamese(demo_live, new_page):
    page = new_page(locale="vi-VN")
    page.goto(demo_live.url + "/vi/complex-01/spaces/")
    page.wait_for_selector(".network-map.is-ready")
    titles = result_titles(page)
    assert titles
    assert marker_titles(page) == sorted(titles)
    assert "Xưởng vẽ nhỏ 12 m²" in titles


def test_no_results_no_map_and_without_javascript_the_list_remains(demo_live, new_page):
    page = new_page(locale="en-GB")
    page.goto(demo_live.url + "/en/spaces/?min_area=99999")
    assert page.locator(".no-results").is_visible()
    assert page.locator(".network-map").count() == 0

    plain = new_page(java_script_enabled=False)
    plain.goto(demo_live.url + "/en/spaces/?type=studio")
    assert plain.locator(".space-result").count() > 0
    assert not plain.locator(".network-map__canvas").is_visible()
