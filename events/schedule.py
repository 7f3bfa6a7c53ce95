"""Turning an event's schedule into occurrence rows.

An event's dates are computed here once, when it is published (and daily by
``manage.py refresh_occurrences``, which moves the rolling horizon forward), and stored
as :class:`~events.models.EventOccurrence` rows. Every calendar, month grid and feed is
then a plain query. Series skip closure days (Vietnam's public holidays from the
``holidays`` package and the center's own closures); a one-off event keeps its date,
since an editor who schedules a concert on National Day means it.
"""

import hashlib
from datetime import timedelta

import holidays
from django.db import connection, transaction
from django.utils import timezone

from cms import harvest

from .choices import EventStatus, ExceptionAction
from .models import ClosureDay, EventIndexPage, EventOccurrence, EventPage
from .series import series_dates, span

HORIZON_DAYS = 400


def public_holidays(first, last):
    years = range(first.year, last.year + 1)
    return set(holidays.country_holidays("VN", years=years))


def closure_dates(calendar, first, last):
    """Days the center behind ``calendar`` is closed between ``first`` and ``last``."""
    closed = {day for day in public_holidays(first, last) if first <= day <= last}
    closures = ClosureDay.objects.filter(
        page__translation_key=calendar.translation_key, first_day__lte=last
    )
    for closure in closures:
        day = max(closure.first_day, first)
        final = min(closure.last_day or closure.first_day, last)
        while day <= final:
            closed.add(day)
            day += timedelta(days=1)
    return closed


def _fingerprint(event, row):
    parts = [
        event.title,
        event.introduction,
        event.venue,
        event.url_path,
        row.start.isoformat(),
        row.end.isoformat(),
        str(row.all_day),
        row.status,
        row.note,
    ]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def build_occurrences(event, today=None):
    """Unsaved occurrence rows for ``event`` (live or not), closures and exceptions applied."""
    today = today or timezone.localdate()
    # A series announced far ahead still has its first months stored.
    last = max(today, timezone.localtime(event.start).date()) + timedelta(days=HORIZON_DAYS)
    calendar = event.get_parent()
    dates = series_dates(event, last)
    if not dates:
        return []
    closed = closure_dates(calendar, dates[0], dates[-1]) if event.repeat else set()
    changes = {change.date: change for change in event.date_exceptions.all()}
    rows = []
    for day in dates:
        if day in closed:
            continue
        original_start, end = span(event, day)
        row = EventOccurrence(
            event=event,
            calendar_id=calendar.pk,
            center_id=calendar.get_parent().pk,
            locale_id=event.locale_id,
            start=original_start,
            end=end,
            all_day=event.all_day,
            original_start=original_start,
            status=event.status,
        )
        change = changes.get(day)
        if change is not None:
            row.note = change.note
            if change.action == ExceptionAction.CANCEL:
                row.status = EventStatus.CANCELLED
            elif change.action == ExceptionAction.MOVE and change.new_start:
                row.start = change.new_start
                row.end = (
                    change.new_end
                    if change.new_end and change.new_end > change.new_start
                    else change.new_start + (end - original_start)
                )
                row.moved = True
        row.local_date = timezone.localtime(row.start).date()
        last_moment = row.end - timedelta(microseconds=1) if row.end > row.start else row.end
        row.end_date = max(timezone.localtime(last_moment).date(), row.local_date)
        row.fingerprint = _fingerprint(event, row)
        rows.append(row)
    return rows


FIELDS = [
    "calendar",
    "center",
    "locale",
    "start",
    "end",
    "all_day",
    "local_date",
    "end_date",
    "original_start",
    "status",
    "moved",
    "note",
    "sequence",
    "fingerprint",
    "modified",
]


@transaction.atomic
def materialise(event, today=None):
    """Bring ``event``'s occurrence rows up to date; returns how many it has now.

    A date keeps its row (and so its id in the open data) while the series has it: a
    row whose content is unchanged is not written, a changed one is updated and gets
    the next SEQUENCE (so calendar apps that subscribed to a feed see the update) and a
    new ``modified``; a date the series no longer has is deleted and recorded, so that
    a harvester of the API gets a tombstone for it (:mod:`cms.harvest`).
    """
    existing = {
        start: (pk, sequence, fingerprint)
        for pk, start, sequence, fingerprint in EventOccurrence.objects.filter(
            event_id=event.pk
        ).values_list("pk", "original_start", "sequence", "fingerprint")
    }
    rows = build_occurrences(event, today) if event.live else []
    now = timezone.now()
    created, changed = [], []
    for row in rows:
        pk, sequence, fingerprint = existing.pop(row.original_start, (None, None, None))
        row.modified = now
        if pk is None:
            row.sequence = 0
            created.append(row)
        elif fingerprint != row.fingerprint:
            row.pk, row.sequence = pk, sequence + 1
            changed.append(row)
    gone = [pk for pk, _sequence, _fingerprint in existing.values()]
    withdraw(EventOccurrence.objects.filter(pk__in=gone))
    EventOccurrence.objects.bulk_update(changed, FIELDS, batch_size=500)
    EventOccurrence.objects.bulk_create(created, batch_size=500)
    return len(rows)


def withdraw(occurrences):
    """Delete ``occurrences`` (a queryset), recording them for the API's tombstones."""
    rows = list(occurrences.values_list("pk", "locale_id"))
    if rows:
        harvest.touch_model_rows(EventOccurrence, rows)
        EventOccurrence.objects.filter(pk__in=[pk for pk, _locale in rows]).delete()


def refresh_all(today=None, progress=None):
    """Recompute the occurrences of every live event (moves the horizon forward)."""
    EventOccurrence.objects.exclude(event__live=True).delete()
    total = events = 0
    for event in EventPage.objects.live().defer_streamfields().iterator(chunk_size=200):
        total += materialise(event, today)
        events += 1
        if progress and events % 100 == 0:
            progress(events, total)
    analyse()
    return events, total


def analyse():
    """Refresh the database's statistics of the occurrence table.

    With them the planner walks the ``(locale, start)`` index for "the next twenty
    dates" instead of sorting every upcoming row, which SQLite (no autovacuum) would
    otherwise do on every page of the network calendar (bench/bench_events.py).
    PostgreSQL's autovacuum does the same on its own; running it here is harmless.
    """
    with connection.cursor() as cursor:
        cursor.execute(f"ANALYZE {connection.ops.quote_name(EventOccurrence._meta.db_table)}")


def refresh_calendar(calendar):
    """Recompute the events of a calendar in every language (after its closures change)."""
    for index in EventIndexPage.objects.filter(translation_key=calendar.translation_key):
        for event in EventPage.objects.child_of(index).live().defer_streamfields():
            materialise(event)
