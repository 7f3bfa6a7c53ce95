"""The calendar's query-string filters, checked before they touch a query.

One FilterSet serves the calendar page, its ``feed.ics``, the widget and the API. The
apps above events add filters of their own (``festival``: :mod:`events.extensions`);
only the widget and the API read them, the pages never receive them. Each value is
validated on its own: a page drops a bad one with a message in the page's
language and the others still apply, so a visitor always gets a sensible calendar; the
API (strict) answers 400, naming the values it would have taken.
"""

import copy
import re
from datetime import date, datetime, timedelta

import django_filters
from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from cms.formats import sort_by_name
from cms.listing import ListingFilterSet
from network.models import Sector

from . import extensions
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
# A value is read from its first characters only, so the message that quotes it stays short.
VALUE_CHARS = 100

# The API's messages: they name the parameter and what it takes, for whoever writes a client.
NOT_A_DATE = _("“%(value)s” is not a date for “%(key)s”: use YYYY-MM-DD, e.g. 2026-12-05.")
REVERSED = _("“to” (%(to)s) is before “from” (%(from)s).")
TOO_LONG = _("From “from” (%(from)s) to “to” (%(to)s) is more than %(days)s days.")
UNKNOWN = _("“%(value)s” is not a known value of “%(key)s”; known values: %(known)s.")
# The API's description of a filter taking names that exist per language.
SLUG = "The %s's slug in the language asked for; an unknown one is refused."


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


def read(value):
    return value.strip()[:VALUE_CHARS] if isinstance(value, str) else ""


class KnownValueField(django_filters.fields.ChoiceField):
    """One of the choices, read as trimmed text: the message quotes what was read."""

    def to_python(self, value):
        return read(value)


class NarrowingField(KnownValueField):
    """A value another app's narrowing finds (:class:`events.extensions.Narrowing`):
    ``find(value)`` is None for a value that names nothing a visitor may see."""

    def __init__(self, *, find=None, **kwargs):
        self.find = find
        super().__init__(**kwargs)

    def valid_value(self, value):
        return self.find(value) is not None


class DayField(forms.Field):
    """A day between 2000 and 2100, written YYYY-MM-DD or DD/MM/YYYY."""

    api_type = "date"  # for the API's description (cms.api_schema.filter_parameters)

    default_error_messages = {
        "invalid": _("“%(value)s” is not a date (use YYYY-MM-DD, e.g. 2026-12-05): ignored."),
    }

    def to_python(self, value):
        raw = read(value)
        if not raw:
            return None
        for fmt in DATE_FORMATS:
            try:
                day = datetime.strptime(raw, fmt).date()
            except ValueError:
                continue
            if FIRST_YEAR <= day.year <= LAST_YEAR:
                return day
        raise forms.ValidationError(
            self.error_messages["invalid"], code="invalid", params={"value": raw}
        )


class KnownValueFilter(django_filters.ChoiceFilter):
    field_class = KnownValueField

    def __init__(self, *args, **kwargs):
        # Every value is a slug or a code: none means "no value" (django-filter's "null").
        kwargs.setdefault("null_value", None)
        super().__init__(*args, **kwargs)


class DayFilter(django_filters.Filter):
    field_class = DayField


class NarrowingFilter(KnownValueFilter):
    field_class = NarrowingField


def known_value(message):
    return {"invalid_choice": message}


UNKNOWN_HERE = known_value(_("We know no “%(value)s” here: that filter was ignored."))


class CalendarForm(forms.Form):
    """The rules between the dates: a page puts them right and says so."""

    def clean(self):
        data = super().clean()
        first, last = data.get("from"), data.get("to")
        if not (first and last):
            return data
        asked = {"from": first.isoformat(), "to": last.isoformat()}
        if last < first:
            first, last = data["from"], data["to"] = last, first
            self.add_error(
                None,
                forms.ValidationError(
                    _("The end date was before the start date: we swapped them."),
                    code="reversed",
                    params=asked,
                ),
            )
        if (last - first).days >= MAX_RANGE_DAYS:
            data["to"] = first + timedelta(days=MAX_RANGE_DAYS - 1)
            self.add_error(
                None,
                forms.ValidationError(
                    _("Dates are listed %(days)s days at a time: showing %(first)s to %(last)s."),
                    code="shortened",
                    params={
                        **asked,
                        "days": MAX_RANGE_DAYS,
                        "first": first.isoformat(),
                        "last": data["to"].isoformat(),
                    },
                ),
            )
        return data


class CalendarFilterSet(ListingFilterSet):
    """Read, check and apply a calendar's query string over its occurrences.

    ``values`` and ``labels`` are the valid filters (dates as put right), ``messages``
    what was set aside; ``qs`` the occurrences under the valid filters.
    """

    # ``help_text`` is the API's description of each (cms.api_schema.filter_parameters).
    when = KnownValueFilter(
        choices=WHEN,
        method="dates_together",
        error_messages=known_value(_("“%(value)s” is not a period we know: showing every date.")),
        help_text="Dates in a range of days from today.",
    )
    # "from" is a Python keyword: the dates are declared under their query-string names.
    vars().update(
        {
            "from": DayFilter(
                method="dates_together",
                help_text="Dates from this day on (Hanoi time), "
                f"at most {MAX_RANGE_DAYS} days before `to`.",
            ),
            "to": DayFilter(
                method="dates_together", help_text="Dates until this day (Hanoi time)."
            ),
        }
    )
    center = KnownValueFilter(
        field_name="center__slug", error_messages=UNKNOWN_HERE, help_text=SLUG % "center"
    )
    category = KnownValueFilter(
        field_name="event__categories__slug",
        error_messages=UNKNOWN_HERE,
        help_text=SLUG % "category",
    )
    sector = KnownValueFilter(
        field_name="event__sectors__slug",
        error_messages=UNKNOWN_HERE,
        help_text=SLUG % "cultural sector",
    )
    free = KnownValueFilter(
        choices=[(value, value) for value in FREE_VALUES],
        method="free_only",
        error_messages=known_value(_("“%(value)s” is not a yes/no value for “free”: ignored.")),
        help_text="Only free events.",
    )
    accessible = KnownValueFilter(
        choices=[(code, label) for code, _field, label in ACCESSIBILITY],
        method="accessible_for",
        error_messages=known_value(_("“%(value)s” is not an accessibility code we know: ignored.")),
        help_text="Only events accessible to people with this impairment.",
    )
    mode = KnownValueFilter(
        field_name="event__attendance_mode",
        choices=AttendanceMode.choices,
        error_messages=known_value(_("“%(value)s” is not a way of attending we know: ignored.")),
        help_text="Only events in this attendance mode.",
    )

    class Meta:
        form = CalendarForm

    def __init__(self, data, queryset, *, calendar, today, strict=False):
        self.calendar = calendar
        self.today = today
        super().__init__(data, queryset, strict=strict)
        # Names are looked up only when a value is checked or the form is shown, once each.
        if calendar.center is None:
            self.filters["center"].extra["choices"] = lambda: self.known_centers
        else:
            del self.filters["center"]  # a center's calendar lists that center only
        self.filters["category"].extra["choices"] = lambda: self.known_categories
        self.filters["sector"].extra["choices"] = lambda: self.known_sectors
        # The filters the apps above add (events.extensions), after the calendar's own.
        self.found = {}
        for key, narrowing in self.narrowing_filters().items():
            narrowing.extra["find"] = lambda value, key=key: self.narrowing(key, value)
            narrowing.model, narrowing.parent = queryset.model, self
            self.filters[key] = narrowing
        self.keys = self.filter_keys()

    @classmethod
    def narrowing_filters(cls):
        """{key: filter} of the narrowings the apps above registered."""
        return {
            key: NarrowingFilter(
                field_name=key,
                method="narrow",
                error_messages=UNKNOWN_HERE,
                help_text=narrowing.description,
            )
            for key, narrowing in extensions.events.narrowings.items()
        }

    @classmethod
    def every_filter(cls):
        """{key: filter} of every key read, unbound (for the API's description)."""
        return {**copy.deepcopy(cls.base_filters), **cls.narrowing_filters()}

    @classmethod
    def filter_keys(cls):
        """The query-string keys read, in the order their messages are given."""
        return [*FILTER_KEYS, *extensions.events.narrowings]

    # Known values: one query each, whatever the number of events --------------
    @cached_property
    def known_centers(self):
        if self.calendar.center is not None:
            return {}
        return dict(self.calendar.offered_centers().values_list("slug", "title"))

    def known(self, model):
        return dict(
            model.objects.filter(locale_id=self.calendar.locale_id).values_list("slug", "name")
        )

    @cached_property
    def known_categories(self):
        return self.known(EventCategory)

    @cached_property
    def known_sectors(self):
        return self.known(Sector)

    def narrowing(self, key, value):
        """What narrows the dates to ``value`` of another app's ``key``, or None: looked up
        once (the value is checked, then applied)."""
        if (key, value) not in self.found:
            narrowing = extensions.events.narrowings[key]
            self.found[key, value] = narrowing.find(value, self.calendar.locale)
        return self.found[key, value]

    def accepted(self, key):
        """The values ``key`` takes here, for a message that lists them."""
        if key in extensions.events.narrowings:
            return list(extensions.events.narrowings[key].known(self.calendar.locale))
        known = {
            "center": self.known_centers,
            "category": self.known_categories,
            "sector": self.known_sectors,
        }
        if key in known:
            return sorted(known[key])
        return [value for value, _label in self.filters[key].extra["choices"]]

    # What was read -------------------------------------------------------------
    @cached_property
    def messages(self):
        """Field by field in the query string's order; the date rules after the dates."""
        errors = self.form.errors.as_data()
        found = []
        for key in self.keys:
            found += [message for error in errors.get(key, []) for message in error]
            if key == "to":
                found += [
                    message for error in errors.get(NON_FIELD_ERRORS, []) for message in error
                ]
        return found

    def strict_messages(self):
        """For the API: each bad value with the values its key takes, then the dates as
        asked (the page swaps reversed dates and shortens a long span)."""
        errors = self.form.errors.as_data()
        found = []
        for key in self.keys:
            for error in errors.get(key, []):
                value = error.params["value"]
                if key in ("from", "to"):
                    found.append(NOT_A_DATE % {"value": value, "key": key})
                else:
                    known = ", ".join(self.accepted(key))
                    found.append(UNKNOWN % {"value": value, "key": key, "known": known})
        rules = {error.code: error.params for error in errors.get(NON_FIELD_ERRORS, [])}
        if "reversed" in rules:
            found.append(REVERSED % rules["reversed"])
        elif "shortened" in rules:
            found.append(TOO_LONG % rules["shortened"])
        return found

    @cached_property
    def values(self):
        """The valid filters, in the query string's order."""
        self.form.is_valid()
        data = self.form.cleaned_data
        return {
            key: True if key == "free" else data[key]
            for key in self.keys
            if data.get(key) not in (None, "")
        }

    @cached_property
    def labels(self):
        """Each valid filter as a visitor reads it (a chip)."""
        names = {
            "when": dict(WHEN),
            "center": self.known_centers,
            "category": self.known_categories,
            "sector": self.known_sectors,
            "free": {True: _("Free admission")},
            "accessible": {code: label for code, _field, label in ACCESSIBILITY},
            "mode": dict(AttendanceMode.choices),
        }
        return {
            key: names[key][value] if key in names else value for key, value in self.values.items()
        }

    def options(self):
        """What the filter form offers: [(key, label, [(value, name)], chosen)].

        Centers only on the network calendar; names in the language's alphabetical order.
        """
        language = self.calendar.locale.language_code

        def ordered(pairs):
            return sort_by_name(pairs.items(), language, key=lambda pair: pair[1])

        found = []
        if self.calendar.center is None:
            found.append(("center", _("Center"), ordered(self.known_centers)))
        found += [
            ("category", _("Category"), ordered(self.known_categories)),
            ("sector", _("Sector"), ordered(self.known_sectors)),
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
        values = self.values
        first = last = None
        if "when" in values:
            first, last = when_range(values["when"], self.today)
        if "from" in values:
            first = max(first, values["from"]) if first else values["from"]
        if "to" in values:
            last = min(last, values["to"]) if last else values["to"]
        if first is None and last is None:
            return None
        span = timedelta(days=MAX_RANGE_DAYS - 1)
        return first or last - span, last or first + span

    def filter_queryset(self, queryset):
        if span := self.date_range():
            queryset = queryset.overlapping(*span)
        return super().filter_queryset(queryset)

    def dates_together(self, queryset, name, value):
        """when, from and to narrow to one span of days: see :meth:`date_range`."""
        return queryset

    def narrow(self, queryset, name, value):
        return self.narrowing(name, value)(queryset)

    def free_only(self, queryset, name, value):
        return queryset.filter(event__is_free=True)

    def accessible_for(self, queryset, name, value):
        field = {code: field for code, field, _label in ACCESSIBILITY}[value]
        return queryset.filter(**{f"event__{field}": True})

    def query(self, **extra):
        """The valid filters as query-string pairs (for links, pages and the feed).

        ``extra`` adds pairs or replaces a filter's value (``when="today"``); a value of
        None drops that filter (``free=None``).
        """
        pairs = []
        for key in self.keys:
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
