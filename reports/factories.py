"""What the reports count, recorded by hand: attendance, first answers to inquiries,
reporting periods and sign-offs; and a seeded ``generate()`` of plausible attendance.

Attendance is a number, not text: nothing to translate.
"""

import random
from datetime import timedelta

import factory
from django.utils import timezone

from .models import EventAttendance, InquiryResponse, ReportingPeriod, SignOff
from .periods import span_for


class EventAttendanceFactory(factory.django.DjangoModelFactory):
    """The count of ``event`` (give it) on ``date`` (give it); its center is the event's."""

    event = None
    total = 100

    class Meta:
        model = EventAttendance


class InquiryResponseFactory(factory.django.DjangoModelFactory):
    """When ``inquiry`` was first answered: ``hours`` after it was received (default now)."""

    inquiry = None
    responded_at = factory.LazyAttribute(
        lambda r: (
            timezone.now() if r.hours is None else r.inquiry.created_at + timedelta(hours=r.hours)
        )
    )

    class Meta:
        model = InquiryResponse

    class Params:
        hours = None


class ReportingPeriodFactory(factory.django.DjangoModelFactory):
    """A quarter (``number`` 1-4 of ``year``; the third of 2025 unless told), or a half or a
    year with ``kind``."""

    kind = "quarter"
    start = factory.LazyAttribute(lambda p: span_for(p.kind, p.year, p.number).start)
    end = factory.LazyAttribute(lambda p: span_for(p.kind, p.year, p.number).end)

    class Meta:
        model = ReportingPeriod

    class Params:
        year = 2025
        number = 3


class SignOffFactory(factory.django.DjangoModelFactory):
    """``center``'s sign-off of ``period`` (the figures are taken as it is saved)."""

    period = factory.SubFactory(ReportingPeriodFactory)
    center = None

    class Meta:
        model = SignOff


def generate(occurrences, rng=2026):
    """A plausible count for each of ``occurrences`` (event dates that have ended), drawn
    from ``rng`` (a seed or a ``random.Random``: the same seed gives the same counts):
    40 to 200 people, all free at a free event, a fifth free otherwise. A date that has
    its count already is left alone. Returns the records made."""
    rng = rng if isinstance(rng, random.Random) else random.Random(rng)  # noqa: S311
    made = []
    for occurrence in occurrences:
        event, day = occurrence.event, occurrence.local_date
        total = rng.randint(40, 200)
        if EventAttendance.objects.filter(event=event, date=day).exists():
            continue
        free = total if event.is_free else total // 5
        made.append(
            EventAttendanceFactory(
                event=event, date=day, total=total, ticketed=total - free, free=free
            )
        )
    return made
