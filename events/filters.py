"""The calendar's query-string filters, checked before they touch a query.

Each value is validated on its own: a bad one is dropped with a message in the page's
language and the others still apply, so a visitor always gets a sensible calendar.
"""

import re
from datetime import date, datetime, timedelta

from django.utils.translation import gettext_lazy as _

from cms.formats import sort_by_name
from network.models import Sector

from .choices import ACCESSIBILITY, FILTER_KEYS, AttendanceMode
from .models import EventCategory

WHEN = [
    ("today", _("Today")),
    ("tomorrow", _("Tomorrow")),
    ("weekend", _("This weekend")),
    ("week", _("This week")),
    ("month", _("This month")),
]
VIEWS = [("list", _("List")), ("month", _("Month"))]
MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")
DATE_FORMATS = ["%Y-%m-%d", "%d/%m/%Y"]
FIRST_YEAR, LAST_YEAR = 2000, 2100
# The longest span of days one request lists: the occurrence horizon, so a year ahead
# fits, while "from 2000 to 2100" cannot make one feed or page read every date stored.
MAX_RANGE_DAYS = 400
FREE_VALUES = ["1", "true", "yes", "on"]


def parse_date(value):
    for fmt in DATE_FORMATS:
        try:
            day = datetime.strptime(value.strip(), fmt).date()
        except ValueError:
            continue
        if FIRST_YEAR <= day.year <= LAST_YEAR:
            return day
    return None


def parse_month(value):
    match = MONTH_RE.match((value or "").strip())
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12:
        return date(year, month, 1)
    return None


def when_range(when, today):
    """First and last Hanoi day of a relative range."""
    if when == "today":
        return today, today
    if when == "tomorrow":
        return today + timedelta(days=1), today + timedelta(days=1)
    sunday = today + timedelta(days=6 - today.weekday())
    if when == "weekend":
        return max(today, sunday - timedelta(days=1)), sunday
    if when == "week":
        return today, sunday
    if when == "month":
        following = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
        return today, following - timedelta(days=1)
    return None


class CalendarFilters:
    """Read, check and describe a calendar's query string.

    The page shows ``errors`` and goes on with the valid ``values``; the API, strict,
    answers 400 from what was set aside: ``rejected`` (each key's value as read),
    ``reversed`` and ``shortened`` (the dates as ``asked``, before they were put right).
    """

    def __init__(self, data, calendar, today):
        self.data = data
        self.calendar = calendar
        self.today = today
        self.errors = []
        self.values = {}
        self.labels = {}
        self.rejected = {}
        self.asked = {}
        self.reversed = self.shortened = False
        self._check()

    # Known values: one query each, whatever the number of events --------------
    def known_centers(self):
        if self.calendar.center is not None:
            return {}
        return dict(self.calendar.offered_centers().values_list("slug", "title"))

    def known(self, model):
        return dict(
            model.objects.filter(locale_id=self.calendar.locale_id).values_list("slug", "name")
        )

    def accepted(self, key):
        """The values ``key`` takes here, for a message that lists them."""
        return {
            "when": lambda: [value for value, _label in WHEN],
            "center": lambda: sorted(self.known_centers()),
            "category": lambda: sorted(self.known(EventCategory)),
            "sector": lambda: sorted(self.known(Sector)),
            "free": lambda: FREE_VALUES,
            "accessible": lambda: [code for code, _field, _label in ACCESSIBILITY],
            "mode": lambda: list(AttendanceMode.values),
        }[key]()

    def _text(self, key):
        value = self.data.get(key, "")
        return value.strip()[:100] if isinstance(value, str) else ""

    def _reject(self, message, key=None, **params):
        if key is not None:
            self.rejected[key] = params["value"]
        self.errors.append(message % params if params else message)

    def _check(self):
        when = self._text("when")
        if when:
            choices = dict(WHEN)
            if when in choices:
                self.values["when"] = when
                self.labels["when"] = choices[when]
            else:
                self._reject(
                    _("“%(value)s” is not a period we know: showing every date."),
                    "when",
                    value=when,
                )
        for key in ("from", "to"):
            raw = self._text(key)
            if not raw:
                continue
            day = parse_date(raw)
            if day is None:
                self._reject(
                    _("“%(value)s” is not a date (use YYYY-MM-DD, e.g. 2026-12-05): ignored."),
                    key,
                    value=raw,
                )
            else:
                self.values[key] = self.labels[key] = self.asked[key] = day
        if (
            "from" in self.values
            and "to" in self.values
            and self.values["to"] < self.values["from"]
        ):
            self.reversed = True
            self.values["from"], self.values["to"] = self.values["to"], self.values["from"]
            self.labels["from"], self.labels["to"] = self.values["from"], self.values["to"]
            self._reject(_("The end date was before the start date: we swapped them."))
        if (
            "from" in self.values
            and "to" in self.values
            and (self.values["to"] - self.values["from"]).days >= MAX_RANGE_DAYS
        ):
            self.shortened = True
            last = self.values["from"] + timedelta(days=MAX_RANGE_DAYS - 1)
            self.values["to"] = self.labels["to"] = last
            self._reject(
                _("Dates are listed %(days)s days at a time: showing %(first)s to %(last)s."),
                days=MAX_RANGE_DAYS,
                first=self.values["from"].isoformat(),
                last=last.isoformat(),
            )
        lookups = [
            ("category", lambda: self.known(EventCategory)),
            ("sector", lambda: self.known(Sector)),
        ]
        if self.calendar.center is None:
            lookups.insert(0, ("center", self.known_centers))
        for key, known in lookups:
            slug = self._text(key)
            if not slug:
                continue
            names = known()
            if slug in names:
                self.values[key] = slug
                self.labels[key] = names[slug]
            else:
                self._reject(
                    _("We know no “%(value)s” here: that filter was ignored."), key, value=slug
                )
        free = self._text("free")
        if free:
            if free in FREE_VALUES:
                self.values["free"] = True
                self.labels["free"] = _("Free admission")
            else:
                self._reject(
                    _("“%(value)s” is not a yes/no value for “free”: ignored."),
                    "free",
                    value=free,
                )
        accessible = self._text("accessible")
        if accessible:
            codes = {code: (field, label) for code, field, label in ACCESSIBILITY}
            if accessible in codes:
                self.values["accessible"] = accessible
                self.labels["accessible"] = codes[accessible][1]
            else:
                self._reject(
                    _("“%(value)s” is not an accessibility code we know: ignored."),
                    "accessible",
                    value=accessible,
                )
        mode = self._text("mode")
        if mode:
            modes = dict(AttendanceMode.choices)
            if mode in modes:
                self.values["mode"] = mode
                self.labels["mode"] = modes[mode]
            else:
                self._reject(
                    _("“%(value)s” is not a way of attending we know: ignored."),
                    "mode",
                    value=mode,
                )

    def options(self):
        """What the filter form offers: [(key, label, [(value, name)], chosen)].

        Centers only on the network calendar; names in the language's alphabetical order.
        """
        language = self.calendar.locale.language_code

        def ordered(pairs):
            return sort_by_name(pairs.items(), language, key=lambda pair: pair[1])

        found = []
        if self.calendar.center is None:
            found.append(("center", _("Center"), ordered(self.known_centers())))
        found += [
            ("category", _("Category"), ordered(self.known(EventCategory))),
            ("sector", _("Sector"), ordered(self.known(Sector))),
            (
                "accessible",
                _("Accessible for"),
                [(code, label) for code, _field, label in ACCESSIBILITY],
            ),
            ("mode", _("How to attend"), list(AttendanceMode.choices)),
        ]
        return [
            (key, label, choices, self.values.get(key, ""))
            for key, label, choices in found
            if choices
        ]

    # Applying -------------------------------------------------------------------
    def date_range(self):
        """(first, last) Hanoi days chosen by when/from/to, or None; at most
        ``MAX_RANGE_DAYS`` long (only "from": that many days from it; only "to": up to it).
        """
        first = last = None
        if "when" in self.values:
            first, last = when_range(self.values["when"], self.today)
        if "from" in self.values:
            first = max(first, self.values["from"]) if first else self.values["from"]
        if "to" in self.values:
            last = min(last, self.values["to"]) if last else self.values["to"]
        if first is None and last is None:
            return None
        span = timedelta(days=MAX_RANGE_DAYS - 1)
        return first or last - span, last or first + span

    def apply(self, occurrences, dates=True):
        values = self.values
        if dates and (span := self.date_range()):
            occurrences = occurrences.overlapping(*span)
        if "center" in values:
            occurrences = occurrences.filter(center__slug=values["center"])
        if "category" in values:
            occurrences = occurrences.filter(event__categories__slug=values["category"])
        if "sector" in values:
            occurrences = occurrences.filter(event__sectors__slug=values["sector"])
        if values.get("free"):
            occurrences = occurrences.filter(event__is_free=True)
        if "accessible" in values:
            field = {code: field for code, field, _label in ACCESSIBILITY}[values["accessible"]]
            occurrences = occurrences.filter(**{f"event__{field}": True})
        if "mode" in values:
            occurrences = occurrences.filter(event__attendance_mode=values["mode"])
        return occurrences

    def query(self, **extra):
        """The valid filters as query-string pairs (for links, pages and the feed).

        ``extra`` adds pairs or replaces a filter's value (``when="today"``); a value of
        None drops that filter (``free=None``).
        """
        pairs = []
        for key in FILTER_KEYS:
            if key in extra:
                continue
            if key in self.values:
                value = self.values[key]
                if isinstance(value, date):
                    value = value.isoformat()
                elif value is True:
                    value = "1"
                pairs.append((key, value))
        pairs += [(key, value) for key, value in extra.items() if value not in (None, "")]
        return pairs
