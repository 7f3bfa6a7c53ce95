"""Reporting periods as dates: quarters, half-years, years and the last four quarters."""

from dataclasses import dataclass
from datetime import date, timedelta

from django.utils.translation import gettext_lazy as _

QUARTER = "quarter"
HALF = "half"
YEAR = "year"
CUSTOM = "custom"

KIND_CHOICES = [
    (QUARTER, _("Quarter")),
    (HALF, _("Half-year")),
    (YEAR, _("Year")),
]


@dataclass(frozen=True)
class Span:
    """A closed range of Hanoi days, ``start`` to ``end`` inclusive."""

    kind: str
    start: date
    end: date
    number: int = 1

    @property
    def label(self):
        if self.kind == QUARTER:
            return _("Q%(number)s %(year)s") % {"number": self.number, "year": self.start.year}
        if self.kind == HALF and self.number == 1:
            return _("First half of %(year)s") % {"year": self.start.year}
        if self.kind == HALF:
            return _("Second half of %(year)s") % {"year": self.start.year}
        if self.kind == YEAR:
            return str(self.start.year)
        return f"{self.start:%d/%m/%Y}–{self.end:%d/%m/%Y}"

    @property
    def short_label(self):
        if self.kind == QUARTER:
            return f"Q{self.number}/{self.start.year % 100:02d}"
        return str(self.label)


def _month_span(kind, year, first_month, months, number):
    start = date(year, first_month, 1)
    last_month = first_month + months
    end = (date(year + 1, 1, 1) if last_month > 12 else date(year, last_month, 1)) - timedelta(
        days=1
    )
    return Span(kind, start, end, number)


def quarter(year, number):
    return _month_span(QUARTER, year, 3 * (number - 1) + 1, 3, number)


def half(year, number):
    return _month_span(HALF, year, 6 * (number - 1) + 1, 6, number)


def whole_year(year):
    return _month_span(YEAR, year, 1, 12, 1)


def span_for(kind, year, number=1):
    if kind == QUARTER:
        return quarter(year, number)
    if kind == HALF:
        return half(year, number)
    return whole_year(year)


def quarter_of(day):
    return quarter(day.year, (day.month - 1) // 3 + 1)


def last_quarters(today, count=4):
    """The ``count`` quarters ending with the one ``today`` is in, oldest first."""
    spans = [quarter_of(today)]
    while len(spans) < count:
        previous = spans[0].start - timedelta(days=1)
        spans.insert(0, quarter_of(previous))
    return spans
