"""Demo events: the network calendar, event categories and 64 events across six centers.

Called by the network's demo loader (``manage.py load_demo``) once the centers exist.
Dates count from the day the demo is loaded. Idempotent: events are found by their slug
under each center's calendar, so a second load creates nothing.
"""

from collections import Counter
from datetime import datetime, time, timedelta

from anyascii import anyascii
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from network.models import Sector
from spaces.models import SpacePage

from . import demo_content as content
from .choices import ACCESSIBILITY, AttendanceMode, ExceptionAction
from .models import EventCategory, EventDateException, EventIndexPage, EventPage, NetworkEventsPage

ACCESS_FIELDS = {code: field for code, field, _label in ACCESSIBILITY}
NETWORK_CALENDAR = {
    "slug": "events",
    "title": {"vi": "Sự kiện", "en": "Events"},
    "intro": {
        "vi": "Tất cả sự kiện của các trung tâm trong mạng lưới.",
        "en": "Every event at every center of the network.",
    },
}


def _slug(text):
    return slugify(anyascii(text))[:70]


def load(loader):
    loader.memory.add_pairs(content.CATEGORIES)
    categories = loader.taxonomy(EventCategory, content.CATEGORIES, "event categories")
    sectors = {s.slug: s for s in Sector.objects.filter(locale=loader.vi)}
    memory = loader.memory
    memory.add_pairs(content.EVENTS)
    memory.add(NETWORK_CALENDAR["intro"]["vi"], NETWORK_CALENDAR["intro"]["en"])
    network_calendar(loader)
    today = timezone.localdate()
    seen = Counter()
    made = 0
    for key, center_slug, offset, hour in content.PLACEMENTS:
        seen[(key, center_slug)] += 1
        suffix = "" if seen[(key, center_slug)] == 1 else f"-{seen[(key, center_slug)]}"
        data = content.EVENTS[key]
        slug = _slug(data["title"]["vi"]) + suffix
        memory.add(slug, _slug(data["title"]["en"]) + suffix)
        index = EventIndexPage.objects.child_of(loader.centers[center_slug]).get()
        space = _space(loader.centers[center_slug], content.SPACES.get((key, center_slug)))
        created = event(
            loader,
            index,
            data,
            slug,
            today + timedelta(days=offset),
            hour,
            categories,
            sectors,
            space,
        )
        made += created
    loader.progress(f"Events: {len(content.PLACEMENTS)} in vi and en ({made} new)")


def network_calendar(loader):
    return loader.network_page(NetworkEventsPage, NETWORK_CALENDAR["slug"], NETWORK_CALENDAR)


def _space(center, slug):
    if not slug:
        return None
    return SpacePage.objects.descendant_of(center).filter(slug=slug).first()


@transaction.atomic
def event(loader, index, data, slug, day, hour, categories, sectors, space=None):
    page = EventPage.objects.child_of(index).filter(slug=slug).first()
    if page is not None:
        loader.note("events", False)
        loader.ensure_english(page, "events")
        return 0
    hours, minutes = (int(part) for part in hour.split(":"))
    repeat = data.get("repeat", "")
    weekdays = data.get("weekdays", [])
    if repeat == "weekly" or repeat == "monthly":
        # Start on the first matching weekday on or after ``day``.
        while day.weekday() not in weekdays:
            day += timedelta(days=1)
        if repeat == "monthly":
            while (day.day - 1) // 7 + 1 != data["nth"]:
                day += timedelta(days=7)
                if day.day <= 7:
                    break
    all_day = data.get("all_day", False)
    start = timezone.make_aware(datetime.combine(day, time() if all_day else time(hours, minutes)))
    end = (
        timezone.make_aware(datetime.combine(day + timedelta(days=data.get("days", 1) - 1), time()))
        if all_day
        else start + timedelta(hours=2)
    )
    low, high = data.get("price", (None, None))
    mode, online_url = AttendanceMode.OFFLINE, ""
    if data.get("online"):
        mode, online_url = AttendanceMode.ONLINE, data["online"]
    elif data.get("mixed"):
        mode, online_url = AttendanceMode.MIXED, data["mixed"]
    page = EventPage(
        title=data["title"]["vi"],
        slug=slug,
        introduction=data["intro"]["vi"],
        space=space,
        venue="" if space else data["venue"]["vi"],
        start=start,
        end=end,
        all_day=all_day,
        repeat=repeat,
        repeat_weekdays=weekdays,
        repeat_nth=data.get("nth"),
        repeat_lunar_days=data.get("lunar", ""),
        repeat_until=day + timedelta(days=90) if repeat else None,
        status=data.get("status", "scheduled"),
        is_free=data.get("free", False),
        price_min=low,
        price_max=high,
        min_age=data.get("min_age"),
        max_age=data.get("max_age"),
        attendance_mode=mode,
        online_url=online_url,
        organiser=index.get_parent().title,
        expected_attendance=data.get("attendance", 80),
        **{ACCESS_FIELDS[code]: True for code in data.get("access", [])},
    )
    loader.memory.add(page.organiser, index.get_parent().specific.get_translation(loader.en).title)
    page.categories = [categories[data["category"]]]
    page.sectors = [sectors[slug] for slug in data["sectors"]]
    if data.get("cancel_second"):
        note = data["cancel_second"]
        loader.memory.add(note["vi"], note["en"])
        second = day + timedelta(days=7)
        page.date_exceptions = [
            EventDateException(date=second, action=ExceptionAction.CANCEL, note=note["vi"])
        ]
    index.add_child(instance=page)
    page.save_revision().publish()
    loader.note("events", True)
    loader.ensure_english(page, "events")
    return 1
