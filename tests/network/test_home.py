"""The home page leads with what visitors come for: what's on, spaces, centers.

The story of the resolutions lives on its own page, linked from every footer.
"""

import re
from datetime import datetime, time, timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone

from events.filters import when_range
from events.models import EventIndexPage, EventPage, NetworkEventsPage
from spaces.models import NetworkSpacesPage, SpaceIndexPage
from tests.spaces.factories import SpacePageFactory


@pytest.fixture
def portal(home, center_factory):
    for page in (
        NetworkEventsPage(title="Sự kiện", slug="events"),
        NetworkSpacesPage(title="Không gian", slug="spaces"),
    ):
        home.add_child(instance=page)
        page.save_revision().publish()
    return center_factory(title="Trung tâm Sen", slug="sen")


def add_event(center, title, day, **fields):
    start = timezone.make_aware(datetime.combine(day, time(0, 0)))
    event = EventPage(title=title, slug=f"e-{abs(hash(title))}", start=start, all_day=True)
    for name, value in fields.items():
        setattr(event, name, value)
    EventIndexPage.objects.child_of(center).get().add_child(instance=event)
    event.save_revision().publish()
    return event


def section(html, key):
    found = re.search(
        rf'<section class="whats-on" aria-labelledby="whats-on-{key}">(.*?)</section>', html, re.S
    )
    return found.group(1) if found else None


def test_home_leads_with_today_and_the_weekend_with_their_prices(client, portal):
    today = timezone.localdate()
    weekend_day = when_range("weekend", today)[1]
    add_event(portal, "Triển lãm gốm hôm nay", today, is_free=True)
    add_event(portal, "Đêm nhạc cuối tuần", weekend_day, price_min=150_000)

    html = client.get("/vi/").content.decode()
    todays = section(html, "today")
    assert "Triển lãm gốm hôm nay" in todays and "Miễn phí" in todays
    assert "Trung tâm Sen" in todays
    assert 'href="/vi/events/?when=today"' in todays
    weekend = section(html, "weekend")
    assert "Đêm nhạc cuối tuần" in weekend and "150.000 ₫" in weekend
    assert 'href="/vi/events/?when=weekend"' in weekend
    # What's on comes first, then the spaces, then the centers.
    assert html.index("whats-on-today") < html.index('id="centers"')


def test_an_empty_today_offers_the_next_dates(client, portal):
    add_event(portal, "Hội thảo tháng sau", timezone.localdate() + timedelta(days=10))

    html = client.get("/vi/").content.decode()
    assert section(html, "today") is None
    upcoming = section(html, "next")
    assert "Hôm nay không còn sự kiện nào" in upcoming
    assert "Hội thảo tháng sau" in upcoming


def test_home_leads_into_the_spaces_finder_by_type(client, portal):
    index = SpaceIndexPage.objects.child_of(portal).get()
    for n in range(2):
        SpacePageFactory(parent=index, title=f"Xưởng {n}", space_type="studio")
    SpacePageFactory(parent=index, title="Sân khấu", space_type="stage")

    html = client.get("/vi/").content.decode()
    block = html.split('class="find-a-space"', 1)[1].split("</section>", 1)[0]
    kinds = re.findall(r'<a href="([^"]+)">([^<]+) <span class="find-a-space__count">(\d+)<', block)
    assert kinds == [
        ("/vi/spaces/?type=studio", "Xưởng sáng tác", "2"),
        ("/vi/spaces/?type=stage", "Sân khấu, hội trường", "1"),
    ]
    assert "3 không gian cho thuê" in block


@pytest.mark.parametrize(
    ("url", "about"), [("/vi/", "/vi/gioi-thieu/"), ("/en/events/", "/en/about/")]
)
def test_every_footer_links_the_story_of_the_network(client, demo, url, about):
    footer = client.get(url).content.decode().split('<footer class="site-footer">', 1)[1]
    assert f'<a href="{about}">' in footer
    story = client.get(about).content.decode()
    assert "09-NQ/TU" in story
    assert "09-NQ/TU" not in client.get(url[:4]).content.decode()


def test_the_next_dates_leave_the_weekend_to_its_own_section(client, portal, monkeypatch):
    """Seen on a Wednesday of next week: the tag's clock is set there (the dates are
    materialised by the real clock, which only needs them to be in the future)."""
    today = timezone.localdate()
    wednesday = today + timedelta(days=7 + 2 - today.weekday())
    clock = timezone.make_aware(datetime.combine(wednesday, time(8, 0)))
    monkeypatch.setattr(
        "events.templatetags.whats_on.timezone",
        SimpleNamespace(now=lambda: clock, localdate=lambda: wednesday),
    )
    add_event(portal, "Hội thảo thứ Bảy", wednesday + timedelta(days=3))
    add_event(portal, "Hội thảo thứ Năm", wednesday + timedelta(days=1))
    add_event(portal, "Hội thảo tháng sau", wednesday + timedelta(days=20))

    html = client.get("/vi/").content.decode()
    assert section(html, "today") is None
    upcoming = section(html, "next")
    assert "Hội thảo thứ Năm" in upcoming and "Hội thảo tháng sau" in upcoming
    assert "Hội thảo thứ Bảy" not in upcoming
    assert "Hội thảo thứ Bảy" in section(html, "weekend")


def test_places_give_directions_not_coordinates(client, portal):
    """A visitor gets the address and a way there, not '21.028500, 105.854200'."""
    event = add_event(portal, "Triển lãm tranh", timezone.localdate() + timedelta(days=3))
    for url in (portal.url, event.url, "/vi/"):
        html = client.get(url).content.decode()
        assert ">21.028500<" not in html and 'class="geo"' not in html, url
        assert (
            'href="https://www.openstreetmap.org/directions?route=%3B21.028500%2C105.854200"'
            in html
        ), url
        assert (
            'href="https://www.google.com/maps/dir/?api=1&amp;destination=21.028500%2C105.854200"'
            in html
        ), url
    # Without a tile server the map says what its pins are for.
    assert "Các ghim cho biết vị trí của từng nơi" in client.get(portal.url).content.decode()
