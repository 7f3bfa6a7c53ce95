"""The report figures, computed with aggregate queries, shared by the reports and the dashboard.

``figures(period_start, period_end, centers=None, sectors=None, categories=None)`` returns
a dict ``{figure key: number or None}``. ``None`` means "does not apply": inquiries and
spaces have no event category, so with a category filter their figures are ``None``;
translation coverage is a state of today, not of a period, and is given only without
sector and category filters.

Other apps add figures by appending a :class:`Figure` with a ``compute`` function to
:data:`EXTRA_FIGURES` (the department app's inspections and open violations, for example);
``compute(period_start, period_end, scope)`` gets a :class:`Scope` and returns a number.
"""

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, Sum, Value
from django.db.models.functions import Greatest, Least
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale

COUNT = "count"
PERCENT = "percent"
HOURS = "hours"


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    unit: str = COUNT
    compute: object = None  # for EXTRA_FIGURES: compute(period_start, period_end, scope)
    chart: bool = True  # shown as a chart over four quarters on the dashboard


@dataclass
class Scope:
    """The filters as translation keys (so every language version of a center counts)."""

    center_keys: set | None = None
    sector_keys: set | None = None
    category_keys: set | None = None
    today: object = field(default_factory=timezone.localdate)


FIGURES = [
    Figure("events_held", _("Events held")),
    Figure("occurrences_held", _("Event dates held")),
    Figure("events_cancelled", _("Events cancelled")),
    Figure("occurrences_cancelled", _("Event dates cancelled")),
    Figure("attendance", pgettext_lazy("report figure", "Attendance")),
    Figure("attendance_ticketed", _("Attendance with a ticket")),
    Figure("attendance_free", _("Attendance with free admission")),
    Figure("free_share", _("Free events (%)"), PERCENT),
    Figure("accessible_share", _("Accessible events (%)"), PERCENT),
    Figure("inquiries_received", _("Inquiries received")),
    Figure("inquiries_answered", _("Inquiries answered")),
    Figure("inquiries_booked", _("Inquiries booked")),
    Figure("median_response_hours", _("Median response time (hours)"), HOURS),
    Figure("booked_days", _("Booked space-days")),
    Figure("translation_coverage", _("Translation coverage (%)"), PERCENT, chart=False),
]

#: Figures other apps contribute; appended at import time of those apps.
EXTRA_FIGURES: list[Figure] = []


def all_figures():
    return [*FIGURES, *EXTRA_FIGURES]


def _keys(objects):
    """Translation keys of pages or snippets given as instances, a queryset or keys."""
    if objects is None:
        return None
    if hasattr(objects, "values_list"):
        return {str(key) for key in objects.values_list("translation_key", flat=True)}
    return {str(getattr(obj, "translation_key", obj)) for obj in objects}


def _share(part, whole):
    if not whole:
        return None
    return round(100 * part / whole, 1)


def _hanoi_bounds(first, last):
    zone = timezone.get_current_timezone()
    return (
        datetime.combine(first, time.min, tzinfo=zone),
        datetime.combine(last + timedelta(days=1), time.min, tzinfo=zone),
    )


def _events_matching(scope):
    """A subquery of events in the scope's sectors and categories (or None: no filter)."""
    from events.models import EventPage

    if scope.sector_keys is None and scope.category_keys is None:
        return None
    events = EventPage.objects.all()
    if scope.sector_keys is not None:
        events = events.filter(sectors__translation_key__in=scope.sector_keys)
    if scope.category_keys is not None:
        events = events.filter(categories__translation_key__in=scope.category_keys)
    return events.values("pk")


def event_figures(first, last, scope):
    from events.choices import ACCESSIBILITY, EventStatus
    from events.models import EventOccurrence

    occurrences = EventOccurrence.objects.filter(
        locale=Locale.get_default(), local_date__gte=first, local_date__lte=last
    )
    if scope.center_keys is not None:
        occurrences = occurrences.filter(center__translation_key__in=scope.center_keys)
    events = _events_matching(scope)
    if events is not None:
        occurrences = occurrences.filter(event__in=events)
    accessible = Q()
    for _code, name, _label in ACCESSIBILITY:
        accessible |= Q(**{f"event__{name}": True})
    held = occurrences.exclude(status=EventStatus.CANCELLED).filter(local_date__lte=scope.today)
    done = held.aggregate(
        events=Count("event", distinct=True),
        dates=Count("pk"),
        free=Count("event", distinct=True, filter=Q(event__is_free=True)),
        accessible=Count("event", distinct=True, filter=accessible),
    )
    cancelled = occurrences.filter(status=EventStatus.CANCELLED)
    going_ahead = occurrences.exclude(status=EventStatus.CANCELLED).values("event")
    cancelled = cancelled.aggregate(
        # An event counts as cancelled when none of its dates in the period goes ahead.
        events=Count("event", distinct=True, filter=~Q(event__in=going_ahead)),
        dates=Count("pk"),
    )
    return {
        "events_held": done["events"],
        "occurrences_held": done["dates"],
        "events_cancelled": cancelled["events"],
        "occurrences_cancelled": cancelled["dates"],
        "free_share": _share(done["free"], done["events"]),
        "accessible_share": _share(done["accessible"], done["events"]),
    }


def attendance_figures(first, last, scope):
    from .models import EventAttendance

    records = EventAttendance.objects.between(first, last)
    if scope.center_keys is not None:
        records = records.filter(center__translation_key__in=scope.center_keys)
    events = _events_matching(scope)
    if events is not None:
        records = records.filter(event__in=events)
    sums = records.aggregate(total=Sum("total"), ticketed=Sum("ticketed"), free=Sum("free"))
    return {
        "attendance": sums["total"] or 0,
        "attendance_ticketed": sums["ticketed"] or 0,
        "attendance_free": sums["free"] or 0,
    }


def median_response_hours(inquiries):
    """The median time to a first answer, in hours: two queries whatever the count."""
    waits = (
        inquiries.filter(first_response__isnull=False)
        .annotate(
            wait=ExpressionWrapper(
                F("first_response__responded_at") - F("created_at"), output_field=DurationField()
            )
        )
        .order_by("wait")
        .values_list("wait", flat=True)
    )
    count = waits.count()
    if not count:
        return None
    middle = list(waits[(count - 1) // 2 : count // 2 + 1])
    median = sum(middle, timedelta()) / len(middle)
    return round(median.total_seconds() / 3600, 1)


def inquiry_figures(first, last, scope):
    from spaces.models import Inquiry
    from spaces.models.inquiries import InquiryStatus

    names = [
        "inquiries_received",
        "inquiries_answered",
        "inquiries_booked",
        "median_response_hours",
    ]
    if scope.category_keys is not None:
        return dict.fromkeys(names)
    start, end = _hanoi_bounds(first, last)
    inquiries = Inquiry.objects.filter(created_at__gte=start, created_at__lt=end)
    if scope.center_keys is not None:
        inquiries = inquiries.filter(center__translation_key__in=scope.center_keys)
    if scope.sector_keys is not None:
        inquiries = inquiries.filter(sector__translation_key__in=scope.sector_keys)
    counts = inquiries.aggregate(
        received=Count("pk"),
        answered=Count("pk", filter=~Q(status=InquiryStatus.NEW)),
        booked=Count("pk", filter=Q(status=InquiryStatus.BOOKED)),
    )
    return {
        "inquiries_received": counts["received"],
        "inquiries_answered": counts["answered"],
        "inquiries_booked": counts["booked"],
        "median_response_hours": median_response_hours(inquiries),
    }


def booked_days(first, last, scope):
    """Days on which spaces were booked, each space counted once per day, within the period."""
    from network.models import CenterPage
    from spaces.models import BlockedPeriod, SpacePage
    from spaces.models.pages import BlockedReason

    if scope.category_keys is not None:
        return None
    default = Locale.get_default()
    periods = BlockedPeriod.objects.filter(
        reason=BlockedReason.BOOKED,
        page__locale=default,
        page__live=True,
        start__lte=last,
        end__gte=first,
    )
    if scope.center_keys is not None:
        paths = CenterPage.objects.filter(
            locale=default, translation_key__in=scope.center_keys
        ).values_list("path", flat=True)
        inside = Q(pk__in=[])
        for path in paths:
            inside |= Q(page__path__startswith=path)
        periods = periods.filter(inside)
    if scope.sector_keys is not None:
        spaces = SpacePage.objects.filter(sectors__translation_key__in=scope.sector_keys)
        periods = periods.filter(page__in=spaces.values("pk"))
    span = ExpressionWrapper(
        Least(F("end"), Value(last)) - Greatest(F("start"), Value(first)),
        output_field=DurationField(),
    )
    totals = periods.aggregate(days=Sum(span), rows=Count("pk"))
    if not totals["rows"]:
        return 0
    return totals["days"].days + totals["rows"]


def coverage_rows(center_keys=None):
    """The translation status rows of pages that :func:`translation_coverage` counts.

    A report of many centers reads them once (for the centers it may see) and passes
    them to every center's :func:`figures`: each center's share is then a filter of the
    same rows, not another pass over every page and translation of the site.
    """
    from translations.status import TranslationStatus

    keys = None if center_keys is None else {str(key) for key in center_keys}
    return TranslationStatus(center_keys=keys).page_rows()


def translation_coverage(scope, rows=None):
    """Share of page translations that are up to date (or translated by hand), today.

    ``rows``: from :func:`coverage_rows` for these centers or more (read when omitted).
    """
    from translations.states import State

    if scope.sector_keys is not None or scope.category_keys is not None:
        return None
    if rows is None:
        rows = coverage_rows(scope.center_keys)
    elif scope.center_keys is not None:
        keys = {str(key) for key in scope.center_keys}
        rows = [row for row in rows if row.center is not None and row.center.key in keys]
    done = sum(1 for row in rows if row.state in (State.UP_TO_DATE, State.MANUAL))
    return _share(done, len(rows))


def figures(
    period_start,
    period_end,
    centers=None,
    sectors=None,
    categories=None,
    *,
    today=None,
    coverage=True,
):
    """Every report figure for the Hanoi days ``period_start`` to ``period_end`` (inclusive).

    ``centers``, ``sectors`` and ``categories``: None for no filter, or pages/snippets
    (instances or a queryset, any language version) to limit the figures to.
    ``coverage``: False to leave translation coverage out, or the :func:`coverage_rows`
    of these centers (or more) to count it from.
    """
    scope = Scope(
        center_keys=_keys(centers),
        sector_keys=_keys(sectors),
        category_keys=_keys(categories),
        today=today or timezone.localdate(),
    )
    result = {}
    result.update(event_figures(period_start, period_end, scope))
    result.update(attendance_figures(period_start, period_end, scope))
    result.update(inquiry_figures(period_start, period_end, scope))
    result["booked_days"] = booked_days(period_start, period_end, scope)
    if coverage is False:
        result["translation_coverage"] = None
    else:
        rows = None if coverage is True else coverage
        result["translation_coverage"] = translation_coverage(scope, rows)
    for extra in EXTRA_FIGURES:
        result[extra.key] = extra.compute(period_start, period_end, scope)
    return {figure.key: result.get(figure.key) for figure in all_figures()}
