"""iCalendar (RFC 5545) out: one event's dates, or a calendar's feed, via ``icalendar``.

Decision: feeds carry *expanded* occurrences, one VEVENT per date, rather than RRULE
and EXDATE. Lunar series (mùng 1, Rằm) cannot be written as an RRULE, closures and
per-date changes are already applied to the rows, and a filtered feed (``?free=1``,
``?when=weekend``) selects dates, not rules. Each VEVENT's UID names the event and the
date the series gave it, so it stays the same when that date is moved, and its SEQUENCE
grows whenever something about it changes (see :func:`events.schedule.materialise`).
"""

from datetime import UTC
from functools import cache
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Timezone
from icalendar.prop import vText

from .choices import EventStatus

UID_DOMAIN = "events.hanoi-cultural-centers"
PRODID = "-//Hanoi Cultural Industry Centers//Events//VI"
ICAL_STATUS = {
    EventStatus.CANCELLED: "CANCELLED",
    EventStatus.POSTPONED: "TENTATIVE",
}


def hanoi():
    return ZoneInfo(settings.TIME_ZONE)


@cache
def _vtimezone(tzid):
    """The VTIMEZONE of ``tzid`` as ``Calendar.add_missing_timezones()`` makes it, made once
    per process: it walks the zone's transitions, and its search for the zones a calendar
    uses walks every date of it (together a tenth of a 500-date feed's time)."""
    return Timezone.from_tzid(tzid)


def _add_timezone(cal, timed):
    """Every timed date is in the site's zone (``hanoi()``): its VTIMEZONE, first; none for
    a calendar of all-day dates only, which name no zone."""
    if timed:
        cal.subcomponents.insert(0, _vtimezone(settings.TIME_ZONE))


def occurrence_uid(event, original_start):
    stamp = original_start.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")
    return f"{event.translation_key}-{stamp}@{UID_DOMAIN}"


def _calendar(name, language):
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    cal["x-wr-caldesc"] = name
    return cal


def _text(value):
    return vText(value).to_ical().decode()


def _utc(moment):
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def vevent(occurrence, event, url, center=None, place=None):
    """The content lines of one VEVENT for one occurrence of ``event`` (both in the same
    language), unfolded: what icalendar's ``Event.to_ical()`` writes for the same values,
    in its order, without building a component per date (most of a feed's time)."""
    lines = ["BEGIN:VEVENT", f"SUMMARY:{_text(event.title)}"]
    if occurrence.all_day:
        end = timezone.localtime(occurrence.end, hanoi()).date()
        lines.append(f"DTSTART;VALUE=DATE:{occurrence.local_date:%Y%m%d}")
        lines.append(f"DTEND;VALUE=DATE:{end:%Y%m%d}")
    else:
        zone = settings.TIME_ZONE
        lines.append(f"DTSTART;TZID={zone}:{occurrence.start.astimezone(hanoi()):%Y%m%dT%H%M%S}")
        lines.append(f"DTEND;TZID={zone}:{occurrence.end.astimezone(hanoi()):%Y%m%dT%H%M%S}")
    lines.append(f"DTSTAMP:{_utc(event.last_published_at or timezone.now())}")
    lines.append(f"UID:{_text(occurrence_uid(event, occurrence.original_start))}")
    lines.append(f"SEQUENCE:{occurrence.sequence}")
    description = "\n\n".join(part for part in (event.introduction, occurrence.note, url) if part)
    lines.append(f"DESCRIPTION:{_text(description)}")
    # Feeds give the free-text venue (no query per event); event.ics names the space.
    place = [event.venue if place is None else place]
    if center is not None:
        place += [center.title, center.address.replace("\n", ", ")]
        lines.append(f"GEO:{float(center.latitude)};{float(center.longitude)}")
    lines.append(f"LOCATION:{_text(', '.join(part for part in place if part))}")
    lines.append(f"STATUS:{ICAL_STATUS.get(occurrence.status, 'CONFIRMED')}")
    lines.append(f"URL:{url}")
    if occurrence.moved:
        lines.append("X-HCC-MOVED:TRUE")
    lines.append("END:VEVENT")
    return lines


class Feed:
    """A VCALENDAR of VEVENTs: its header and zone written by icalendar, once."""

    def __init__(self, name, language):
        self.calendar = _calendar(name, language)
        self.events = []
        self.timed = False

    def add(self, occurrence, event, url, center=None, place=None):
        self.events += vevent(occurrence, event, url, center, place)
        self.timed = self.timed or not occurrence.all_day

    def to_ical(self):
        _add_timezone(self.calendar, self.timed)
        lines = [line for line in self.calendar.content_lines() if line]
        lines[-1:-1] = self.events  # before END:VCALENDAR
        return b"".join(fold(line) + b"\r\n" for line in lines)


def event_calendar(event, request, day=None):
    """``event.ics``: every stored date of one event, or only those on ``day``."""
    feed = Feed(event.title, event.locale.language_code)
    url = event.get_full_url(request)
    center, place = event.center, event.place_name
    occurrences = event.occurrences.order_by("start")
    if day is not None:
        occurrences = occurrences.filter(local_date=day)
    for occurrence in occurrences:
        feed.add(occurrence, event, url, center, place)
    return feed


def feed_calendar(calendar, occurrences, request):
    """``feed.ics``: the given occurrences (already filtered and limited)."""
    feed = Feed(calendar.title, calendar.locale.language_code)
    urls = {}  # an event's URL once, not once per date
    for occurrence in occurrences:
        event = occurrence.event
        if event.pk not in urls:
            urls[event.pk] = event.get_full_url(request)
        feed.add(occurrence, event, urls[event.pk], occurrence.center)
    return feed


FOLD_AT = 75  # octets: RFC 5545 3.1, as icalendar counts them


def fold(line):
    """``line`` as UTF-8, folded as icalendar folds it (RFC 5545 3.1), but cut on bytes.

    icalendar measures every character of every line on its own: in Vietnamese, most
    of a 500-date feed's time. Here each piece is at most 74 octets, never ends inside
    a character nor right after a backslash or caret (an escape stays whole).
    """
    data = line.encode()
    if len(data) < FOLD_AT:
        return data
    pieces = []
    start = 0
    while len(data) - start >= FOLD_AT:
        end = start + FOLD_AT - 1
        while data[end] & 0xC0 == 0x80:  # a continuation byte: the character starts before
            end -= 1
        if end - start > 1 and data[end - 1] in b"\\^":
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces)


def ics_response(feed, filename):
    response = HttpResponse(feed.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
