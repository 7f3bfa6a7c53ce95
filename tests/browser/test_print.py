"""Printing an event page: the event and its facts, without the site's navigation, and
with each link's address written out."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.browser.conftest import LIVE_DB, restore_migration_data

pytestmark = [pytest.mark.browser, LIVE_DB]


@pytest.fixture
def event_live(live_server, transactional_db):
    restore_migration_data()
    from events.models import EventIndexPage, EventPage
    from tests.factories import CenterPageFactory, NetworkHomePageFactory, make_site

    home = NetworkHomePageFactory(slug="mang-luoi-in")
    make_site(home)
    center = CenterPageFactory(parent=home, title="Trung tâm In thử", slug="in-thu")
    calendar = EventIndexPage.objects.child_of(center).get()
    event = EventPage(
        title="Đêm nhạc Trịnh Công Sơn",
        slug="dem-nhac",
        start=datetime(2026, 12, 5, 19, 30, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh")),
        ticket_url="https://ve.example.vn/dem-nhac",
    )
    calendar.add_child(instance=event)
    event.save_revision().publish()
    return live_server.url + event.url


def visible(page, selector):
    return page.locator(selector).first.is_visible()


def test_an_event_prints_without_navigation_and_with_link_addresses(event_live, new_page):
    page = new_page(viewport={"width": 800, "height": 1100})
    page.goto(event_live)
    assert visible(page, ".site-header") and visible(page, ".event__add")

    page.emulate_media(media="print")
    for hidden in (
        ".site-header",
        ".site-footer",
        ".breadcrumbs",
        ".event__add",
        ".event__add-title",
    ):
        assert not visible(page, hidden), hidden
    assert page.get_by_role("heading", level=1).inner_text() == "Đêm nhạc Trịnh Công Sơn"
    assert visible(page, ".event__facts")
    ticket = page.locator('a[href="https://ve.example.vn/dem-nhac"]')
    after = ticket.evaluate("link => getComputedStyle(link, '::after').content")
    assert "https://ve.example.vn/dem-nhac" in after

    page.emulate_media(media="screen")
    after = ticket.evaluate("link => getComputedStyle(link, '::after').content")
    assert "ve.example.vn" not in after
