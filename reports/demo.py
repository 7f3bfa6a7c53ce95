"""Demo attendance: a count for each demo event date that has already ended (at most 12).

Idempotent: a date that already has its count is left alone, so a second
``manage.py load_demo`` creates nothing. Attendance is a number, not text: nothing to
translate.
"""

import hashlib

from django.utils import timezone

from events.models import EventOccurrence

from .models import EventAttendance

MAX_RECORDS = 12


def _count(slug, day):
    """A stable, plausible attendance for one date (the same on every load)."""
    digest = hashlib.sha256(f"{slug}:{day}".encode()).digest()
    return 40 + digest[0] % 160


def load(loader):
    ended = (
        EventOccurrence.objects.filter(
            locale=loader.vi, end__lt=timezone.now(), center__in=list(loader.centers.values())
        )
        .exclude(status="cancelled")
        .select_related("event")
        .order_by("-start")[:MAX_RECORDS]
    )
    made = 0
    for occurrence in ended:
        event, day = occurrence.event, occurrence.local_date
        if EventAttendance.objects.filter(event=event, date=day).exists():
            loader.note("attendance", False)
            continue
        total = _count(event.slug, day)
        free = total if event.is_free else total // 5
        EventAttendance.objects.create(
            event=event, date=day, total=total, ticketed=total - free, free=free
        )
        loader.note("attendance", True)
        made += 1
    loader.progress(f"Attendance: {made} new records")
