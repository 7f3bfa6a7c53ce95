"""iCalendar in: a center imports an .ics file or URL into its calendar.

Each VEVENT (by UID) becomes one EventPage of the center's Vietnamese calendar; a second
import of the same file finds the pages by UID and updates them (or leaves them alone when
nothing changed), never duplicating. RRULEs that the event model can hold (weekly on
weekdays, daily, monthly on the nth weekday, with UNTIL or COUNT) become the event's
series; EXDATE and cancelled RECURRENCE-ID overrides become cancelled dates, moved
overrides become moved dates. Everything happens in one transaction: a file with one bad
event is refused whole, with a message naming it, and changes nothing.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from anyascii import anyascii
from dateutil import rrule as dateutil_rrule
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar

from ops.fetch import FetchError, fetch

from .choices import EventStatus, ExceptionAction, Repeat
from .models import EventDateException, EventPage

MAX_BYTES = 5 * 1024 * 1024
FETCH_SECONDS = 20
ACCEPT = "text/calendar, text/plain;q=0.5, */*;q=0.1"
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


class CalendarImportError(ValueError):
    """The file cannot be imported; the message says why, for the person importing."""


@dataclass
class ImportResult:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    warnings: list = field(default_factory=list)

    def summary(self):
        return _("%(created)s created, %(updated)s updated, %(unchanged)s unchanged.") % {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
        }


def read_url(url):
    """The bytes of a calendar at an http(s) address (at most 5 MB), through the guarded
    fetcher: public addresses only, whoever gave the address."""
    try:
        return fetch(url, max_bytes=MAX_BYTES, timeout=FETCH_SECONDS, accept=ACCEPT)
    except FetchError as error:
        raise CalendarImportError(
            _("Could not download %(url)s: %(error)s") % {"url": url, "error": error}
        ) from error


def read_file(path):
    """The bytes of a calendar file on this server (at most 5 MB): for an operator's
    ``manage.py import_ics``, never for an address typed in the admin."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise CalendarImportError(
            _("Could not read %(path)s: %(error)s") % {"path": path, "error": error.strerror}
        ) from error
    if len(data) > MAX_BYTES:
        raise CalendarImportError(_("The calendar is larger than 5 MB."))
    return data


def read_source(source):
    """A calendar address (``scheme://...``, fetched) or a path on this server (read)."""
    return read_url(source) if "://" in source else read_file(source)


def _local(value):
    """An aware datetime in Hanoi time (floating times are taken as Hanoi time)."""
    if timezone.is_naive(value):
        return timezone.make_aware(value)
    return timezone.localtime(value)


def _when(component, name):
    if name not in component:
        return None
    value = component.decoded(name)
    if isinstance(value, datetime):
        return _local(value)
    if isinstance(value, date):
        return value
    return None


def _text(component, name, limit=None):
    value = str(component.get(name, "") or "").strip()
    return value[:limit] if limit else value


def _schedule(master, uid):
    """Start, end, all-day and the series fields of a master VEVENT."""
    start = _when(master, "DTSTART")
    if start is None:
        raise CalendarImportError(
            _("The event “%(uid)s” has no start (DTSTART).") % {"uid": uid[:80]}
        )
    end = _when(master, "DTEND")
    all_day = not isinstance(start, datetime)
    if all_day:
        last = (end - timedelta(days=1)) if isinstance(end, date) and end > start else start
        start = timezone.make_aware(datetime.combine(start, time()))
        end = timezone.make_aware(datetime.combine(last, time()))
    elif end is None and "DURATION" in master:
        end = start + master.decoded("DURATION")
    fields = {"start": start, "end": end, "all_day": all_day}
    fields.update(_series(master, start, uid))
    return fields


def _series(master, start, uid):
    none = {"repeat": "", "repeat_weekdays": [], "repeat_nth": None, "repeat_until": None}
    rule = master.get("RRULE")
    if not rule:
        return {**none, "warning": None}
    frequency = (rule.get("FREQ") or [""])[0]
    interval = int((rule.get("INTERVAL") or [1])[0])
    byday = [str(day) for day in rule.get("BYDAY", [])]
    setpos = rule.get("BYSETPOS") or []
    unsupported = {
        **none,
        "warning": _(
            "The repeat rule of “%(uid)s” cannot be kept (only weekly, daily and monthly "
            "nth-weekday rules can): its first date was imported."
        )
        % {"uid": uid[:80]},
    }
    if interval != 1:
        return unsupported
    if frequency == "DAILY":
        fields = {"repeat": Repeat.WEEKLY, "repeat_weekdays": list(range(7)), "repeat_nth": None}
    elif frequency == "WEEKLY":
        days = [WEEKDAYS.index(day) for day in byday if day in WEEKDAYS]
        if len(days) != len(byday):
            return unsupported
        fields = {"repeat": Repeat.WEEKLY, "repeat_weekdays": days, "repeat_nth": None}
    elif frequency == "MONTHLY" and len(byday) == 1:
        day = byday[0]
        nth = day[:-2] or (str(setpos[0]) if setpos else "")
        try:
            nth = int(nth)
        except ValueError:
            return unsupported
        if day[-2:] not in WEEKDAYS or nth not in (1, 2, 3, 4, -1):
            return unsupported
        fields = {
            "repeat": Repeat.MONTHLY,
            "repeat_weekdays": [WEEKDAYS.index(day[-2:])],
            "repeat_nth": nth,
        }
    else:
        return unsupported
    until = None
    if rule.get("UNTIL"):
        value = rule["UNTIL"][0]
        until = _local(value).date() if isinstance(value, datetime) else value
    elif rule.get("COUNT"):
        expanded = dateutil_rrule.rrulestr(
            master["RRULE"].to_ical().decode(), dtstart=start.replace(tzinfo=None)
        )
        moments = list(expanded)
        until = moments[-1].date() if moments else start.date()
    return {**fields, "repeat_until": until, "warning": None}


def _exceptions(master, overrides, fields):
    changes = {}
    for exdate in (
        master.get("EXDATE", [])
        if isinstance(master.get("EXDATE"), list)
        else [master.get("EXDATE")]
    ):
        if exdate is None:
            continue
        for item in exdate.dts:
            value = item.dt
            day = _local(value).date() if isinstance(value, datetime) else value
            changes[day] = EventDateException(date=day, action=ExceptionAction.CANCEL)
    for override in overrides:
        original = _when(override, "RECURRENCE-ID")
        day = original.date() if isinstance(original, datetime) else original
        if _text(override, "STATUS").upper() == "CANCELLED":
            changes[day] = EventDateException(date=day, action=ExceptionAction.CANCEL)
            continue
        new_start = _when(override, "DTSTART")
        new_end = _when(override, "DTEND")
        if (
            isinstance(new_start, datetime)
            and isinstance(original, datetime)
            and (new_start != original)
        ):
            changes[day] = EventDateException(
                date=day,
                action=ExceptionAction.MOVE,
                new_start=new_start,
                new_end=new_end if isinstance(new_end, datetime) else None,
            )
    return [changes[day] for day in sorted(changes)]


def _event_fields(master, overrides, uid):
    schedule = _schedule(master, uid)
    warning = schedule.pop("warning", None)
    title = _text(master, "SUMMARY", 255)
    if not title:
        raise CalendarImportError(
            _("The event “%(uid)s” has no title (SUMMARY).") % {"uid": uid[:80]}
        )
    status = _text(master, "STATUS").upper()
    fields = {
        "title": title,
        "introduction": _text(master, "DESCRIPTION"),
        "venue": _text(master, "LOCATION", 200),
        "status": EventStatus.CANCELLED if status == "CANCELLED" else EventStatus.SCHEDULED,
        **schedule,
    }
    url = _text(master, "URL")
    if url.startswith(("http://", "https://")):
        fields["ticket_url"] = url[:200]
    return fields, _exceptions(master, overrides, schedule), warning


def parse_calendar(data):
    """Group the file's VEVENTs by UID: ``{uid: (master, [overrides])}``."""
    try:
        calendar = Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as error:
        raise CalendarImportError(
            _("This is not an iCalendar file we can read: %(error)s") % {"error": error}
        ) from error
    if isinstance(calendar, list) or calendar.name != "VCALENDAR":
        raise CalendarImportError(_("The file must hold exactly one VCALENDAR."))
    grouped = {}
    for component in calendar.walk("VEVENT"):
        uid = _text(component, "UID", 255)
        if not uid:
            raise CalendarImportError(_("An event in the file has no UID."))
        master, overrides = grouped.setdefault(uid, [None, []])
        if "RECURRENCE-ID" in component:
            overrides.append(component)
        else:
            grouped[uid][0] = component
    if not grouped:
        raise CalendarImportError(_("The file holds no events."))
    for uid, (master, _overrides) in grouped.items():
        if master is None:
            raise CalendarImportError(
                _("The event “%(uid)s” only changes dates of a series the file does not hold.")
                % {"uid": uid[:80]}
            )
    return grouped


def _unique_slug(index, title, uid):
    base = slugify(anyascii(title))[:60] or "su-kien"
    slug, n = base, 1
    siblings = set(index.get_children().values_list("slug", flat=True))
    while slug in siblings:
        n += 1
        slug = f"{base}-{n}"
    return slug


def _same(page, fields, exceptions):
    for name, value in fields.items():
        if getattr(page, name) != value:
            return False
    current = [(e.date, e.action, e.new_start, e.new_end) for e in page.date_exceptions.all()]
    return current == [(e.date, e.action, e.new_start, e.new_end) for e in exceptions]


@transaction.atomic
def import_calendar(index, data, live=False, user=None):
    """Import the iCalendar ``data`` into ``index`` (an EventIndexPage). All or nothing."""
    result = ImportResult()
    for uid, (master, overrides) in parse_calendar(data).items():
        fields, exceptions, warning = _event_fields(master, overrides, uid)
        if warning:
            result.warnings.append(warning)
        page = EventPage.objects.child_of(index).filter(import_uid=uid).first()
        if page is not None:
            page = page.get_latest_revision_as_object()
            if _same(page, fields, exceptions):
                result.unchanged.append(page)
                continue
            for name, value in fields.items():
                setattr(page, name, value)
            page.date_exceptions = exceptions
            revision = page.save_revision(user=user)
            result.updated.append(page)
        else:
            page = EventPage(
                import_uid=uid, slug=_unique_slug(index, fields["title"], uid), **fields
            )
            page.date_exceptions = exceptions
            page.live = False
            index.add_child(instance=page)
            revision = page.save_revision(user=user)
            result.created.append(page)
        if live or page.live:
            revision.publish(user=user)
    return result
