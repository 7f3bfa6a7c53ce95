"""iCalendar in: a center imports an .ics file or URL into its calendar.

Each VEVENT (by UID) becomes one EventPage of the center's Vietnamese calendar; a second
import of the same file finds the pages by UID and updates them (or leaves them alone when
nothing changed), never duplicating. RRULEs that the event model can hold (weekly on
weekdays, daily, monthly on the nth weekday, with UNTIL or COUNT) become the event's
series; EXDATE and cancelled RECURRENCE-ID overrides become cancelled dates, moved
overrides become moved dates. Everything happens in one transaction: a file with one bad
event is refused whole, with a message naming it, and changes nothing.

Whatever the file holds, the answer is an import or a :class:`CalendarImportError` in the
user's language, never another exception (a 500 in the admin): every property read is
checked for its type and range, and what icalendar could not parse (it keeps such values
as "broken") refuses the event by name. ``tests/events/ical_corpus/`` and a hypothesis
test hold the files this is tried on.
"""

import codecs
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import islice

from anyascii import anyascii
from dateutil import rrule as dateutil_rrule
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import DatabaseError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from icalendar import Calendar, vRecur

from ops.fetch import FetchError, fetch

from .choices import EventStatus, ExceptionAction, Repeat
from .models import EventDateException, EventPage

MAX_BYTES = 5 * 1024 * 1024
FETCH_SECONDS = 20
ACCEPT = "text/calendar, text/plain;q=0.5, */*;q=0.1"
WEEKDAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# What a calendar can hold: dates in these years, this many events per file, series of
# at most this many dates with an end (a longer COUNT is kept as a series without one).
FIRST_YEAR, LAST_YEAR = 1900, 2199
MAX_EVENTS = 500
MAX_COUNT = 1000
MAX_DESCRIPTION = 10_000
# The properties the import reads: one of them that icalendar could not parse refuses
# the event with a message naming it.
READ = {
    "UID",
    "SUMMARY",
    "DESCRIPTION",
    "LOCATION",
    "URL",
    "STATUS",
    "DTSTART",
    "DTEND",
    "DURATION",
    "RRULE",
    "EXDATE",
    "RDATE",
    "RECURRENCE-ID",
}
# Errors that no file should cause but a strange one might: refused, never a 500.
UNEXPECTED = (
    ValueError,
    TypeError,
    AttributeError,
    KeyError,
    IndexError,
    OverflowError,
    RecursionError,
    DatabaseError,
)
# Control characters mean nothing in a title or a description (and PostgreSQL refuses NUL).
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
logger = logging.getLogger(__name__)


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


def _refuse(uid, message, **params):
    """A :class:`CalendarImportError` about the event ``uid``."""
    return CalendarImportError(message % {"uid": uid[:80], **params})


def _first(value):
    """A property given twice counts once: the first."""
    return value[0] if isinstance(value, list) and value else value


def _in_range(value, uid, name):
    """``value`` (a date or a datetime) if it lies in the years the calendar can hold."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise _refuse(
            uid,
            _("The %(name)s of the event “%(uid)s” is outside the years %(first)s–%(last)s."),
            name=name,
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    return value


def _moment(value, uid, name):
    """A date, or a datetime in Hanoi time, from an iCalendar value; refused otherwise."""
    if isinstance(value, datetime):
        return _local(_in_range(value, uid, name))
    if isinstance(value, date):
        return _in_range(value, uid, name)
    raise _refuse(uid, _("The %(name)s of the event “%(uid)s” is not a date or a time."), name=name)


def _when(component, name, uid):
    """The date or Hanoi datetime of the property ``name``; None when it is absent."""
    prop = _first(component.get(name))
    if prop is None:
        return None
    return _moment(getattr(prop, "dt", None), uid, name)


def _text(component, name, limit=None):
    value = _first(component.get(name, ""))
    value = CONTROL_CHARACTERS.sub("", str(value or "")).strip()
    return value[:limit] if limit else value


def _check_readable(component, uid):
    """Refuse a component whose properties that the import reads could not be parsed
    (icalendar keeps them as broken values and lists them in ``errors``)."""
    for name, _message in getattr(component, "errors", []):
        if str(name).upper() in READ:
            raise _refuse(uid, _("The %(name)s of the event “%(uid)s” cannot be read."), name=name)


def _end(master, start, all_day, uid):
    """The end of a master VEVENT, from DTEND or DURATION, checked against its start."""
    end = _when(master, "DTEND", uid)
    if end is None and "DURATION" in master:
        duration = getattr(_first(master["DURATION"]), "dt", None)
        if not isinstance(duration, timedelta):
            raise _refuse(uid, _("The DURATION of the event “%(uid)s” is not a duration."))
        try:
            end = start + duration
        except OverflowError as error:
            raise _refuse(
                uid, _("The DURATION of the event “%(uid)s” is longer than a calendar holds.")
            ) from error
        end = _in_range(end, uid, "DURATION")
    if end is None:
        return None
    if all_day:
        end = end.date() if isinstance(end, datetime) else end
    elif not isinstance(end, datetime):
        return None  # a date as the end of a timed event says nothing about its hour
    if end < start:
        raise _refuse(uid, _("The event “%(uid)s” ends before it starts."))
    return end


def _schedule(master, uid):
    """Start, end, all-day and the series fields of a master VEVENT."""
    start = _when(master, "DTSTART", uid)
    if start is None:
        raise CalendarImportError(
            _("The event “%(uid)s” has no start (DTSTART).") % {"uid": uid[:80]}
        )
    all_day = not isinstance(start, datetime)
    end = _end(master, start, all_day, uid)
    if all_day:
        last = (end - timedelta(days=1)) if end is not None and end > start else start
        start = timezone.make_aware(datetime.combine(start, time()))
        end = timezone.make_aware(datetime.combine(last, time()))
    fields = {"start": start, "end": end, "all_day": all_day}
    fields.update(_series(master, start, uid))
    return fields


def _series(master, start, uid):
    none = {"repeat": "", "repeat_weekdays": [], "repeat_nth": None, "repeat_until": None}
    unsupported = {
        **none,
        "warning": _(
            "The repeat rule of “%(uid)s” cannot be kept (only weekly, daily and monthly "
            "nth-weekday rules can): its first date was imported."
        )
        % {"uid": uid[:80]},
    }
    rule = master.get("RRULE")
    if not rule:
        return {**none, "warning": None}
    if isinstance(rule, list) or not isinstance(rule, vRecur):
        return unsupported  # several rules: more than one series can say
    frequency = str(_first(rule.get("FREQ")) or "")
    interval = _first(rule.get("INTERVAL")) or 1
    byday = [str(day) for day in rule.get("BYDAY", [])]
    setpos = rule.get("BYSETPOS") or []
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
    return {**fields, "repeat_until": _until(rule, master, start, uid), "warning": None}


def _until(rule, master, start, uid):
    """The last date of a series from its UNTIL or COUNT; None for one without an end."""
    until = _first(rule.get("UNTIL"))
    if until is not None:
        if not isinstance(until, date) or until.year > LAST_YEAR:
            return None  # "until 9999": the series goes on
        until = _local(until).date() if isinstance(until, datetime) else until
        if until < start.date():
            raise _refuse(uid, _("The repeat rule of “%(uid)s” ends before the event starts."))
        return until
    count = _first(rule.get("COUNT"))
    if count is None or not isinstance(count, int) or count > MAX_COUNT:
        return None  # so many dates that the series has no end within the calendar
    if count < 1:
        raise _refuse(uid, _("The %(name)s of the event “%(uid)s” cannot be read."), name="RRULE")
    try:
        expanded = dateutil_rrule.rrulestr(
            master["RRULE"].to_ical().decode(), dtstart=start.replace(tzinfo=None)
        )
        moments = list(islice(expanded, count))
    except (ValueError, TypeError, OverflowError) as error:
        raise _refuse(
            uid, _("The %(name)s of the event “%(uid)s” cannot be read."), name="RRULE"
        ) from error
    return _in_range(moments[-1].date(), uid, "RRULE") if moments else start.date()


def _exdates(master, uid):
    """The dates that EXDATE takes out of a series."""
    found = []
    for exdate in (
        master.get("EXDATE", [])
        if isinstance(master.get("EXDATE"), list)
        else [master.get("EXDATE")]
    ):
        for item in getattr(exdate, "dts", []):
            value = _moment(getattr(item, "dt", None), uid, "EXDATE")
            found.append(value.date() if isinstance(value, datetime) else value)
    return found


def _exceptions(master, overrides, uid):
    changes = {}
    for day in _exdates(master, uid):
        changes[day] = EventDateException(date=day, action=ExceptionAction.CANCEL)
    for override in overrides:
        _check_readable(override, uid)
        original = _when(override, "RECURRENCE-ID", uid)
        if original is None:
            continue
        day = original.date() if isinstance(original, datetime) else original
        if _text(override, "STATUS").upper() == "CANCELLED":
            changes[day] = EventDateException(date=day, action=ExceptionAction.CANCEL)
            continue
        new_start = _when(override, "DTSTART", uid)
        new_end = _when(override, "DTEND", uid)
        if (
            isinstance(new_start, datetime)
            and isinstance(original, datetime)
            and (new_start != original)
        ):
            keep_end = isinstance(new_end, datetime) and new_end >= new_start
            changes[day] = EventDateException(
                date=day,
                action=ExceptionAction.MOVE,
                new_start=new_start,
                new_end=new_end if keep_end else None,
            )
    return [changes[day] for day in sorted(changes)]


def _ticket_url(master):
    url = _text(master, "URL")
    if len(url) > 200:
        return None
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        return None
    return url


def _event_fields(master, overrides, uid):
    _check_readable(master, uid)
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
        "introduction": _text(master, "DESCRIPTION", MAX_DESCRIPTION),
        "venue": _text(master, "LOCATION", 200),
        "status": EventStatus.CANCELLED if status == "CANCELLED" else EventStatus.SCHEDULED,
        **schedule,
    }
    url = _ticket_url(master)
    if url:
        fields["ticket_url"] = url
    warnings = [warning] if warning else []
    if "RDATE" in master:
        warnings.append(
            _("The extra dates (RDATE) of “%(uid)s” cannot be kept: add them to the event by hand.")
            % {"uid": uid[:80]}
        )
    return fields, _exceptions(master, overrides, uid), warnings


def _decode(data):
    """The text of an iCalendar file: UTF-8 as RFC 5545 says (or UTF-16 with its mark,
    as some Windows programs write)."""
    if isinstance(data, str):
        return data
    try:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CalendarImportError(
            _("The file is not UTF-8 text, the encoding iCalendar files use.")
        ) from error


def parse_calendar(data):
    """Group the file's VEVENTs by UID: ``{uid: (master, [overrides])}``."""
    text = _decode(data).replace("\x00", "")
    try:
        calendar = Calendar.from_ical(text)
        events = calendar.walk("VEVENT") if not isinstance(calendar, list) else []
    except (ValueError, IndexError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # icalendar's reason is English and quotes the file: the log has it.
        logger.info("Not an iCalendar file: %s", str(error)[:200])
        raise CalendarImportError(_("This is not an iCalendar file we can read.")) from error
    if isinstance(calendar, list) or calendar.name != "VCALENDAR":
        raise CalendarImportError(_("The file must hold exactly one VCALENDAR."))
    grouped = {}
    for component in events:
        uid = _text(component, "UID", 255)
        if not uid:
            raise CalendarImportError(_("An event in the file has no UID."))
        master, overrides = grouped.setdefault(uid, [None, []])
        if "RECURRENCE-ID" in component:
            overrides.append(component)
        elif master is not None:
            raise _refuse(uid, _("The file holds the event “%(uid)s” twice."))
        else:
            grouped[uid][0] = component
    if not grouped:
        raise CalendarImportError(_("The file holds no events."))
    if len(grouped) > MAX_EVENTS:
        raise CalendarImportError(
            _("The file holds more than %(count)s events: import it in parts.")
            % {"count": MAX_EVENTS}
        )
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


def import_calendar(index, data, live=False, user=None):
    """Import the iCalendar ``data`` into ``index`` (an EventIndexPage). All or nothing:
    whatever is wrong with the file, the answer is a :class:`CalendarImportError` and
    the database is as it was."""
    grouped = parse_calendar(data)
    with transaction.atomic():
        result = ImportResult()
        for uid, (master, overrides) in grouped.items():
            try:
                _import_event(index, uid, master, overrides, result, live, user)
            except CalendarImportError:
                raise
            except ValidationError as error:
                raise _refuse(
                    uid,
                    _("The event “%(uid)s” cannot be imported: %(reason)s"),
                    reason=" ".join(error.messages),
                ) from error
            except UNEXPECTED as error:
                # Nothing the file says should end here; the log keeps the trace.
                logger.exception("Importing the event %r failed", uid[:80])
                raise _refuse(
                    uid, _("The event “%(uid)s” has values that cannot be imported.")
                ) from error
    return result


def _import_event(index, uid, master, overrides, result, live, user):
    fields, exceptions, warnings = _event_fields(master, overrides, uid)
    result.warnings.extend(warnings)
    page = EventPage.objects.child_of(index).filter(import_uid=uid).first()
    if page is not None:
        page = page.get_latest_revision_as_object()
        if _same(page, fields, exceptions):
            result.unchanged.append(page)
            return
        for name, value in fields.items():
            setattr(page, name, value)
        page.date_exceptions = exceptions
        revision = page.save_revision(user=user)
        result.updated.append(page)
    else:
        page = EventPage(import_uid=uid, slug=_unique_slug(index, fields["title"], uid), **fields)
        page.date_exceptions = exceptions
        page.live = False
        index.add_child(instance=page)
        revision = page.save_revision(user=user)
        result.created.append(page)
    if live or page.live:
        revision.publish(user=user)
