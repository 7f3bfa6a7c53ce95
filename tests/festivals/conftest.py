"""A small network for the festivals tests: three centers, their events, a festival index
and one festival organised by the first center, in Vietnamese and English."""

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone, translation

from events.models import EventIndexPage, EventPage, NetworkEventsPage
from festivals.models import EntryStatus, FestivalEntry, FestivalIndexPage
from network.demo.translate import TranslationMemory, translate_with_memory
from roles.groups import department_group
from tests.factories import FestivalPageFactory, en


@pytest.fixture(autouse=True)
def vietnamese():
    with translation.override("vi"):
        yield


def days_on(days, hour=19):
    day = timezone.localdate() + timedelta(days=days)
    return timezone.make_aware(datetime.combine(day, time(hour, 0)))


@pytest.fixture
def centers(center_factory):
    return {
        slug: center_factory(title=f"Trung tâm {name}", slug=slug)
        for slug, name in (("alpha", "Alpha"), ("beta", "Beta"), ("gamma", "Gamma"))
    }


@pytest.fixture
def network_calendar(home):
    page = NetworkEventsPage(title="Sự kiện", slug="events")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def make_event(centers):
    """Publish an event at a center (by slug), ``days`` from today."""

    def make(center, slug, days=3, **fields):
        calendar = EventIndexPage.objects.child_of(centers[center]).get()
        event = EventPage(title=fields.pop("title", f"Sự kiện {slug}"), slug=slug, **fields)
        event.start = days_on(days)
        calendar.add_child(instance=event)
        event.save_revision().publish()
        return EventPage.objects.get(pk=event.pk)

    return make


@pytest.fixture
def festival_index(home):
    index = FestivalIndexPage(title="Lễ hội", slug="festivals")
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def festival(festival_index, centers):
    return FestivalPageFactory(
        parent=festival_index,
        title="Tuần lễ Thiết kế",
        slug="tuan-le-thiet-ke",
        introduction="Thiết kế khắp các trung tâm.",
        accepts_submissions=True,
        organisers=[centers["alpha"]],
    )


def approve_into(festival, *events):
    for event in events:
        FestivalEntry.objects.create(festival=festival, event=event, status=EntryStatus.APPROVED)


@pytest.fixture
def programme(festival, make_event):
    """The festival with approved events at three centers, one proposed, one outside."""
    events = {
        "free-alpha": make_event("alpha", "free-alpha", 2, is_free=True, accessible_mobility=True),
        "paid-alpha": make_event("alpha", "paid-alpha", 3, price_min=50000),
        "free-beta": make_event("beta", "free-beta", 4, is_free=True),
        "paid-gamma": make_event("gamma", "paid-gamma", 5, price_min=80000),
        "proposed-beta": make_event("beta", "proposed-beta", 5, is_free=True),
        "outside": make_event("gamma", "outside", 6, is_free=True),
    }
    approved = ("free-alpha", "paid-alpha", "free-beta", "paid-gamma")
    approve_into(festival, *[events[key] for key in approved])
    FestivalEntry.objects.create(festival=festival, event=events["proposed-beta"])
    return events


@pytest.fixture
def in_english(locales):
    """Translate pages into English with wagtail-localize, titles and slugs given."""

    def run(page, pairs):
        memory = TranslationMemory()
        for vi_text, en_text in pairs.items():
            memory.add(vi_text, en_text)
        return translate_with_memory(page, en(), memory)

    return run


def member(django_user_model, username, *groups):
    user = django_user_model.objects.create_user(username, password="pw")
    user.groups.add(*groups)
    return user


@pytest.fixture
def staff(centers, django_user_model):
    """A staff member of each center, by the center's slug; and the Department's."""
    users = {
        slug: member(django_user_model, f"staff-{slug}", center.editors_group)
        for slug, center in centers.items()
    }
    users["department"] = member(django_user_model, "so-vhtt", department_group())
    return users
