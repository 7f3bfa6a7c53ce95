"""A small bilingual network for the open-data tests: two centers, a network calendar in
both languages, a category and a sector, and helpers to make and translate events.

The events tests' own fixtures (center, calendar, make_event, translate, ...) are reused
as they are, so events here are built exactly like the calendar's.
"""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.utils import timezone

from events.models import EventIndexPage
from network.models import Sector
from tests.events import conftest as events_fixtures
from tests.spaces import conftest as spaces_fixtures

hanoi = events_fixtures.hanoi
# The events' and spaces' own fixtures, shared as they are.
calendar = events_fixtures.calendar
category = events_fixtures.category
center = events_fixtures.center
english_center = events_fixtures.english_center
module_center = events_fixtures.module_center
make_event = events_fixtures.make_event
network_calendar = events_fixtures.network_calendar
module_network_calendar = events_fixtures.module_network_calendar
translate = events_fixtures.translate
network = spaces_fixtures.network
module_network = spaces_fixtures.module_network
taxonomy = spaces_fixtures.taxonomy
fresh_cache = spaces_fixtures.fresh_cache
module_taxonomy = spaces_fixtures.module_taxonomy


def soon(days, hour=19, minute=30):
    """A Hanoi time ``days`` from today."""
    day = timezone.localdate() + timedelta(days=days)
    return hanoi(day.year, day.month, day.day, hour, minute)


@pytest.fixture
def sector(locales):
    return Sector.objects.create(name="Điện ảnh thử", slug="test-cinema", locale=locales["vi"])


@pytest.fixture
def other_center(center_factory):
    return center_factory(
        title="Trung tâm Thứ hai", slug="thu-hai", district="Đống Đa", latitude=Decimal("21.004600")
    )


@pytest.fixture
def other_calendar(other_center):
    return EventIndexPage.objects.child_of(other_center).get()


@pytest.fixture
def english(translate, english_center, calendar, network_calendar, category, sector):
    """The center, both calendars and the taxonomy in English; returns a translator."""
    translate(calendar, {calendar.title: "Events", calendar.slug: calendar.slug})
    translate(network_calendar, {network_calendar.title: "What's on", "events": "events"})
    translate(category, {category.name: "Live music"})
    translate(sector, {sector.name: "Test cinema"})
    return translate
