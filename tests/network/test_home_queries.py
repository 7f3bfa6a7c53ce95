"""The network home makes the same number of SQL queries whatever the size of the network
(page cache off, as in every test but the page cache's own)."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import EventIndexPage, EventPage, NetworkEventsPage
from spaces.models import NetworkSpacesPage

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def build_network(home, center_factory, centers, events):
    for page in (
        NetworkEventsPage(title="Sự kiện", slug="events"),
        NetworkSpacesPage(title="Không gian", slug="spaces"),
    ):
        home.add_child(instance=page)
        page.save_revision().publish()
    made = []
    for n in range(centers):
        image = wagtail_factories.ImageFactory(title=f"Ảnh trung tâm {n}")
        made.append(
            center_factory(
                title=f"Trung tâm Sáng tạo {n:02d}", slug=f"trung-tam-{n:02d}", hero_image=image
            )
        )
    start = datetime(2026, 12, 5, 19, 30, tzinfo=HANOI)
    for n in range(events):
        center = made[n % centers]
        event = EventPage(
            title=f"Sự kiện {n}", slug=f"su-kien-{n}", start=start + timedelta(days=n % 9)
        )
        EventIndexPage.objects.child_of(center).get().add_child(instance=event)
        event.save_revision().publish()


def queries_for(client, url):
    assert client.get(url).status_code == 200  # renditions and site paths made once
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


@pytest.mark.parametrize("url", ["/vi/", "/en/"])
def test_home_query_count_does_not_grow_with_the_network(url, home, center_factory, client):
    build_network(home, center_factory, centers=2, events=5)
    small, page = queries_for(client, url)
    cards = page.count('class="card"')  # every center of the database (with the demo's)

    more = [(n, f"trung-tam-{n:02d}") for n in range(2, 8)]
    for n, slug in more:
        image = wagtail_factories.ImageFactory(title=f"Ảnh trung tâm {n}")
        center_factory(title=f"Trung tâm Sáng tạo {n:02d}", slug=slug, hero_image=image)
    start = datetime(2027, 1, 10, 9, 0, tzinfo=HANOI)
    for n in range(5, 60):
        index = EventIndexPage.objects.filter(locale__language_code="vi").order_by("path")[n % 8]
        event = EventPage(title=f"Sự kiện {n}", slug=f"su-kien-{n}", start=start)
        index.add_child(instance=event)
        event.save_revision().publish()
    large, page = queries_for(client, url)
    if url == "/vi/":
        assert page.count('class="card"') == cards + 6
        assert page.count("<img") >= 8
    assert large == small, f"{url}: {small} queries with 2 centers, {large} with 8"
    # The chrome (site, locale, header links, footer link), the centers with their pictures,
    # what's on (the dates of two sections read together, with pictures) and the spaces.
    assert small <= 32
