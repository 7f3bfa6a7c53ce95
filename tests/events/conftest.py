"""Fixtures for the events tests: a center with its calendar, and events built through it."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.cache import cache
from django.utils import translation

from events.models import EventCategory, EventIndexPage, EventPage, NetworkEventsPage
from network.demo.translate import TranslationMemory, translate_with_memory
from tests.factories import CenterPageFactory, en, vi
from tests.shared import shared_fixture

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture(autouse=True)
def fresh_cache():
    """Wagtail caches site root paths; other tests' sites are rolled back, the cache is not."""
    cache.clear()


@pytest.fixture(autouse=True)
def vietnamese():
    """Messages outside a request are in the default language, whatever ran before."""
    with translation.override("vi"):
        yield


def hanoi(*args):
    """An aware datetime typed in Hanoi time."""
    return datetime(*args, tzinfo=HANOI)


def center(home):
    return CenterPageFactory(parent=home, title="Trung tâm Sáng tạo Thử nghiệm", slug="thu-nghiem")


center, module_center = shared_fixture(center)


@pytest.fixture
def calendar(center):
    return EventIndexPage.objects.child_of(center).get()


def network_calendar(home):
    page = NetworkEventsPage(title="Sự kiện", slug="events")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


network_calendar, module_network_calendar = shared_fixture(network_calendar)


@pytest.fixture
def category(locales):
    return EventCategory.objects.create(name="Âm nhạc", slug="live-music", locale=vi())


@pytest.fixture
def make_event(calendar):
    """Create and publish an event under ``calendar`` (or another index)."""
    counter = {"n": 0}

    def make(parent=None, publish=True, exceptions=(), **fields):
        counter["n"] += 1
        fields.setdefault("title", f"Sự kiện thử {counter['n']}")
        fields.setdefault("slug", f"su-kien-{counter['n']}")
        fields.setdefault("start", hanoi(2026, 12, 5, 19, 30))
        categories = fields.pop("categories", [])
        sectors = fields.pop("sectors", [])
        event = EventPage(**fields)
        event.categories = categories
        event.sectors = sectors
        event.date_exceptions = list(exceptions)
        (parent or calendar).add_child(instance=event)
        revision = event.save_revision()
        if publish:
            revision.publish()
        return EventPage.objects.get(pk=event.pk)

    return make


@pytest.fixture
def translate():
    """Translate a page into English through wagtail-localize with the given pairs."""

    def run(page, pairs):
        memory = TranslationMemory()
        for vi_text, en_text in pairs.items():
            memory.add(vi_text, en_text)
        return translate_with_memory(page, en(), memory)

    return run


@pytest.fixture
def english_center(translate, center):
    """The center translated into English; returns the English page."""
    return translate(
        center,
        {
            center.title: "Test Creative Center",
            center.slug: center.slug,
            center.introduction: "A creative space.",
            center.address: "Hang Bong street",
            center.district: "Hoan Kiem",
        },
    )
