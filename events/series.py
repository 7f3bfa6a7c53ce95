"""An event's dates as its schedule gives them: the series rule, one-off or repeating
(weekly, monthly, lunar), and when each date starts and ends.

Pure computation on the event's fields: :mod:`events.schedule` turns these dates into
occurrence rows (skipping closures), and the event form asks :func:`last_end` whether
anything of the event is still ahead.
"""

from datetime import datetime, time, timedelta
from itertools import islice

from dateutil import rrule
from django.utils import timezone

from .choices import Repeat
from .lunar import lunar_days_between

MAX_OCCURRENCES = 1000  # per event: a daily series over the horizon fits comfortably


def _aware(day, clock):
    return timezone.make_aware(datetime.combine(day, clock))


def series_dates(event, last):
    """The Hanoi dates of ``event`` up to ``last`` (before closures and exceptions)."""
    first = timezone.localtime(event.start).date()
    if not event.repeat:
        return [first]
    until = min(event.repeat_until or last, last)
    if until < first:
        return []
    if event.repeat == Repeat.LUNAR:
        days = tuple(int(day) for day in event.repeat_lunar_days.split(",") if day)
        return lunar_days_between(first, until, days)[:MAX_OCCURRENCES]
    weekdays = [rrule.weekday(day) for day in event.weekdays]
    if event.repeat == Repeat.MONTHLY:
        frequency = rrule.MONTHLY
        weekdays = [day(event.repeat_nth or 1) for day in weekdays]
    else:
        frequency = rrule.WEEKLY
    rule = rrule.rrule(
        frequency,
        dtstart=datetime.combine(first, time()),
        byweekday=weekdays,
        until=datetime.combine(until, time()),
    )
    return [moment.date() for moment in islice(rule, MAX_OCCURRENCES)]


def span(event, day):
    """Start and end (aware) of ``event`` on the Hanoi date ``day``."""
    if event.all_day:
        start = _aware(day, time())
        return start, _aware(day + timedelta(days=event.duration.days + 1), time())
    start = _aware(day, timezone.localtime(event.start).time())
    return start, start + event.duration


def last_end(event, moved=()):
    """When ``event``'s last date ends (aware), or None for a series that goes on.

    ``moved`` are the (start, end) pairs of dates moved by the editor, which may fall
    after the series' own last date. Closures and cancellations are not applied: this
    answers whether anything of the event can still be ahead, not what is listed.
    """
    if event.start is None:
        return None
    if event.repeat and event.repeat_until is None:
        return None
    until = event.repeat_until or timezone.localtime(event.start).date()
    dates = series_dates(event, until)
    ends = [span(event, dates[-1])[1]] if dates else [event.start]
    ends += [end or start for start, end in moved if start]
    return max(ends)
