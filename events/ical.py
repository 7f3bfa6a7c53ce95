"""iCalendar (RFC 5545) out: one event's dates, or a calendar's feed, via ``icalendar``.

Decision: feeds carry *expanded* occurrences, one VEVENT per date, rather than RRULE
and EXDATE. Lunar series (mùng 1, Rằm) cannot be written as an RRULE, closures and
per-date changes are already applied to the rows, and a filtered feed (``?free=1``,
``?when=weekend``) selects dates, not rules. Each VEVENT's UID names the event and the
date the series gave it, so it stays the same when that date is moved, and its SEQUENCE
grows whenever something about it changes (see :func:`events.schedule.materialise`).
"""

from functools import cache
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar, Event, Timezone

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


def vevent(occurrence, event, url, center=None, place=None):
    """One VEVENT for one occurrence of ``event`` (both in the same language)."""
    item = Event()
    item.add("uid", occurrence_uid(event, occurrence.original_start))
    item.add("dtstamp", event.last_published_at or timezone.now())
    item.add("sequence", occurrence.sequence)
    item.add("summary", event.title)
    if occurrence.all_day:
        item.add("dtstart", occurrence.local_date)
        item.add("dtend", timezone.localtime(occurrence.end, hanoi()).date())
    else:
        item.add("dtstart", occurrence.start.astimezone(hanoi()))
        item.add("dtend", occurrence.end.astimezone(hanoi()))
    description = [event.introduction, occurrence.note, url]
    item.add("description", "\n\n".join(part for part in description if part))
    # Feeds give the free-text venue (no query per event); event.ics names the space.
    place = [event.venue if place is None else place]
    if center is not None:
        place += [center.title, center.address.replace("\n", ", ")]
        item.add("geo", (float(center.latitude), float(center.longitude)))
    item.add("location", ", ".join(part for part in place if part))
    item.add("url", url)
    item.add("status", ICAL_STATUS.get(occurrence.status, "CONFIRMED"))
    if occurrence.moved:
        item.add("x-hcc-moved", "TRUE")
    return item


def event_calendar(event, request, day=None):
    """``event.ics``: every stored date of one event, or only those on ``day``."""
    cal = _calendar(event.title, event.locale.language_code)
    url = event.get_full_url(request)
    center, place = event.center, event.place_name
    timed = False
    occurrences = event.occurrences.order_by("start")
    if day is not None:
        occurrences = occurrences.filter(local_date=day)
    for occurrence in occurrences:
        cal.add_component(vevent(occurrence, event, url, center, place))
        timed = timed or not occurrence.all_day
    _add_timezone(cal, timed)
    return cal


def feed_calendar(calendar, occurrences, request):
    """``feed.ics``: the given occurrences (already filtered and limited)."""
    cal = _calendar(calendar.title, calendar.locale.language_code)
    urls = {}  # an event's URL once, not once per date
    timed = False
    for occurrence in occurrences:
        event = occurrence.event
        if event.pk not in urls:
            urls[event.pk] = event.get_full_url(request)
        cal.add_component(vevent(occurrence, event, urls[event.pk], occurrence.center))
        timed = timed or not occurrence.all_day
    _add_timezone(cal, timed)
    return cal


def ics_response(cal, filename):
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
