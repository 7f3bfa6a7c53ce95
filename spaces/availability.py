"""When a space cannot be let: the periods a visitor sees, and those their dates run into."""

from django.utils import timezone

from cms.formats import short_date


def clashes(space, start, end):
    """The blocked periods of ``space`` that overlap the days ``start`` to ``end``.

    Either end may be missing (the form asks for neither): one date alone is one day.
    """
    if space is None or not (start or end):
        return []
    start, end = start or end, end or start
    return list(space.blocked_periods.filter(start__lte=end, end__gte=start).order_by("start"))


def upcoming(space, until, today=None):
    """The blocked periods that are not over yet and begin before ``until``."""
    today = today or timezone.localdate()
    return list(space.blocked_periods.filter(end__gte=today, start__lte=until).order_by("start"))


def describe(period, language=None):
    """'Booked: 17 Dec 2026 – 21 Dec 2026' / 'Đã có người thuê: 17/12/2026 – 21/12/2026'."""
    days = short_date(period.start, language)
    if period.end != period.start:
        days = f"{days} – {short_date(period.end, language)}"
    return f"{period.get_reason_display()}: {days}"
