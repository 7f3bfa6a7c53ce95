"""The report figures, computed with aggregate queries, shared by the reports and the dashboard.

``figures(period_start, period_end, centers=None, sectors=None, categories=None)`` returns
a dict ``{figure key: number or None}``. ``None`` means "does not apply": inquiries and
spaces have no event category, so with a category filter their figures are ``None``;
translation coverage is a state of today, not of a period, and is given only without
sector and category filters.

Other apps add figures by appending a :class:`Figure` with a ``compute`` function to
:data:`EXTRA_FIGURES` (the department app's inspections and open violations, for example);
``compute(period_start, period_end, scope)`` gets a :class:`Scope` and returns a number.
A figure marked ``by_center`` also takes ``by_center=True`` and then returns
``{center translation key: number}``, for :func:`figures_by_center`.
"""

from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta

from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, Sum, Value
from django.db.models.functions import (
    ExtractDay,
    ExtractMonth,
    ExtractYear,
    Greatest,
    Least,
)
from django.db.models.lookups import Exact, GreaterThan, LessThan
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale

from cms.tree import ancestor_path_expression, depth_of, in_subtrees
from events.choices import ACCESSIBILITY, EventStatus
from events.models import EventOccurrence, EventPage
from network.models import CenterPage
from opencalls.models import Application, ApplicationStatus
from spaces.models import BlockedPeriod, Inquiry, SpacePage
from spaces.models.inquiries import InquiryStatus
from spaces.models.pages import BlockedReason
from translations.states import State
from translations.status import page_counts_for

from .models import EventAttendance

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
    # compute(..., by_center=True) gives {center key: value} for the scope's centers
    by_center: bool = False
    group: str = "records"  # a key of GROUPS: the report's table heads its columns so
    # the label under the group's heading, when not ``label`` (in the context "report
    # column": other apps translate "Received" or "Booked" in other senses)
    short_label: str = ""
    # How the figure is counted, where its label cannot say it: shown under the report
    help_text: str = ""

    @property
    def column_label(self):
        return self.short_label or self.label


#: The report table's column groups, in order; a figure of an unknown group joins the last.
GROUPS = {  # in a context of their own: other apps translate "Inquiries" for their menus
    "events": pgettext_lazy("report group", "Events"),
    "attendance": pgettext_lazy("report group", "Attendance"),
    "inquiries": pgettext_lazy("report group", "Inquiries"),
    "spaces": pgettext_lazy("report group", "Spaces"),
    "applications": pgettext_lazy("report group", "Applications to open calls"),
    "translation": pgettext_lazy("report group", "Translation coverage"),
    "records": pgettext_lazy("report group", "Safety records"),
}


@dataclass
class Scope:
    """The filters as translation keys (so every language version of a center counts)."""

    center_keys: set | None = None
    sector_keys: set | None = None
    category_keys: set | None = None
    today: object = field(default_factory=timezone.localdate)
    # {center page id: translation key} of every language version of the centers, when
    # figures are grouped by center (figures_by_center): rows are then picked and grouped
    # by their center's id, without joining the pages for their translation keys.
    center_ids: dict | None = None


FIGURES = [
    Figure(
        "events_held",
        _("Events held"),
        group="events",
        short_label=pgettext_lazy("report column", "Held"),
    ),
    Figure(
        "occurrences_held",
        _("Event dates held"),
        group="events",
        short_label=pgettext_lazy("report column", "Dates held"),
    ),
    Figure(
        "events_cancelled",
        _("Events cancelled"),
        group="events",
        short_label=pgettext_lazy("report column", "Cancelled"),
    ),
    Figure(
        "occurrences_cancelled",
        _("Event dates cancelled"),
        group="events",
        short_label=pgettext_lazy("report column", "Dates cancelled"),
    ),
    Figure(
        "attendance",
        pgettext_lazy("report figure", "Attendance"),
        group="attendance",
        short_label=pgettext_lazy("report column", "Total"),
    ),
    Figure(
        "attendance_ticketed",
        _("Attendance with a ticket"),
        group="attendance",
        short_label=pgettext_lazy("report column", "With a ticket"),
    ),
    Figure(
        "attendance_free",
        _("Attendance with free admission"),
        group="attendance",
        short_label=pgettext_lazy("report column", "Free admission"),
    ),
    Figure(
        "free_share",
        _("Free events (%)"),
        PERCENT,
        group="events",
        short_label=pgettext_lazy("report column", "Free (%)"),
    ),
    Figure(
        "accessible_share",
        _("Accessible events (%)"),
        PERCENT,
        group="events",
        short_label=pgettext_lazy("report column", "Accessible (%)"),
    ),
    Figure(
        "inquiries_received",
        _("Inquiries received"),
        group="inquiries",
        short_label=pgettext_lazy("report column", "Received"),
    ),
    Figure(
        "inquiries_answered",
        _("Inquiries answered"),
        group="inquiries",
        short_label=pgettext_lazy("report column", "Answered"),
    ),
    Figure(
        "inquiries_booked",
        _("Inquiries booked"),
        group="inquiries",
        short_label=pgettext_lazy("report column", "Booked"),
    ),
    Figure(
        "median_response_hours",
        _("Median response time (hours)"),
        HOURS,
        group="inquiries",
        short_label=pgettext_lazy("report column", "Median response (hours)"),
    ),
    Figure("booked_days", _("Booked space-days"), group="spaces"),
    Figure(
        "applications_received",
        _("Applications received"),
        group="applications",
        short_label=pgettext_lazy("report column", "Received"),
        help_text=_(
            "Applications to open calls received in the period (Hanoi time). Applications "
            "to the Department's calls to the whole network count in the network's total, "
            "under no center."
        ),
    ),
    Figure(
        "applications_accepted",
        _("Applications accepted"),
        group="applications",
        short_label=pgettext_lazy("report column", "Accepted"),
        help_text=_(
            "Of the applications received in the period, those accepted by today. An "
            "application records no date of its decision: it counts in the period it was "
            "received in."
        ),
    ),
    Figure(
        "applicants_under_30_share",
        _("Applicants under 30 (%)"),
        PERCENT,
        group="applications",
        short_label=pgettext_lazy("report column", "Under 30 (%)"),
        help_text=_(
            "Applications received in the period whose applicant was under 30 on the "
            "call's deadline (Hanoi date), out of those that give a date of birth. Only "
            "calls with an age limit ask for it: applications without one count as of "
            "unknown age and are left out of the share, not counted as 30 or over."
        ),
    ),
    Figure(
        "translation_coverage",
        _("Translation coverage (%)"),
        PERCENT,
        chart=False,
        group="translation",
        short_label=pgettext_lazy("report column", "Up to date (%)"),
    ),
]

#: Figures other apps contribute; appended at import time of those apps.
EXTRA_FIGURES: list[Figure] = []


def all_figures():
    return [*FIGURES, *EXTRA_FIGURES]


def figure_groups(figures=None):
    """``[(group label, [figures])]`` in the order of :data:`GROUPS`, each group's figures
    in the order of :func:`all_figures`."""
    figures = all_figures() if figures is None else figures
    last = list(GROUPS)[-1]
    grouped = {key: [] for key in GROUPS}
    for figure in figures:
        grouped[figure.group if figure.group in GROUPS else last].append(figure)
    return [(GROUPS[key], found) for key, found in grouped.items() if found]


def _keys(objects):
    """Translation keys of pages or snippets given as instances, a queryset or keys."""
    if objects is None:
        return None
    if hasattr(objects, "values_list"):
        return {str(key) for key in objects.values_list("translation_key", flat=True)}
    return {str(getattr(obj, "translation_key", obj)) for obj in objects}


def _in_centers(queryset, scope):
    """``queryset`` (of rows with a ``center``) limited to the scope's centers."""
    if scope.center_ids is not None:
        return queryset.filter(center_id__in=list(scope.center_ids))
    if scope.center_keys is not None:
        return queryset.filter(center__translation_key__in=scope.center_keys)
    return queryset


def _add(one, other):
    """Two rows of counts and sums added up; a sum over nothing (None) adds as nothing."""
    added = {}
    for name, value in one.items():
        if value is None or other[name] is None:
            added[name] = other[name] if value is None else value
        else:
            added[name] = value + other[name]
    return added


def _grouped(queryset, by, key_of, keys, **aggregates):
    """``{key: {name: value}}`` for each of ``keys``: the aggregates over ``queryset`` in
    groups of ``by`` (a lookup or an expression), each group named by ``key_of[value]``,
    the groups of one key added up. A key without rows gets what the aggregates give over
    nothing (0 for a count, None for a sum). Counts and sums only: a distinct count adds
    up as long as nothing counted falls in two groups of one key."""
    found = {
        key: {name: aggregate.empty_result_set_value for name, aggregate in aggregates.items()}
        for key in keys
    }
    by = F(by) if isinstance(by, str) else by
    for row in queryset.order_by().values(_group=by).annotate(**aggregates):
        key = key_of[row.pop("_group")]
        found[key] = _add(found[key], row)
    return found


def grouped_by_center(queryset, scope, **aggregates):
    """``{center key: {name: value}}`` for the centers of a :func:`figures_by_center` scope:
    ``queryset``'s rows (with a ``center``) grouped by center page, then added up over each
    center's language versions (an event's dates in one language, an inquiry or a record
    belong to one center page, so distinct counts add up too)."""
    return _grouped(queryset, "center_id", scope.center_ids, scope.center_keys, **aggregates)


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
    if scope.sector_keys is None and scope.category_keys is None:
        return None
    events = EventPage.objects.all()
    if scope.sector_keys is not None:
        events = events.filter(sectors__translation_key__in=scope.sector_keys)
    if scope.category_keys is not None:
        events = events.filter(categories__translation_key__in=scope.category_keys)
    return events.values("pk")


def event_figures(first, last, scope, by_center=False):
    """The event figures; with ``by_center``, ``{center key: figures}`` for the scope's
    centers (the same numbers as each center's own scope, in the same two queries)."""
    occurrences = EventOccurrence.objects.filter(
        locale=Locale.get_default(), local_date__gte=first, local_date__lte=last
    )
    occurrences = _in_centers(occurrences, scope)
    events = _events_matching(scope)
    if events is not None:
        occurrences = occurrences.filter(event__in=events)
    accessible = Q()
    for _code, name, _label in ACCESSIBILITY:
        accessible |= Q(**{f"event__{name}": True})
    held = occurrences.exclude(status=EventStatus.CANCELLED).filter(local_date__lte=scope.today)
    done_aggregates = {
        "events": Count("event", distinct=True),
        "dates": Count("pk"),
        "free": Count("event", distinct=True, filter=Q(event__is_free=True)),
        "accessible": Count("event", distinct=True, filter=accessible),
    }
    going_ahead = occurrences.exclude(status=EventStatus.CANCELLED).values("event")
    cancelled_aggregates = {
        # An event counts as cancelled when none of its dates in the period goes ahead.
        "events": Count("event", distinct=True, filter=~Q(event__in=going_ahead)),
        "dates": Count("pk"),
    }
    cancelled = occurrences.filter(status=EventStatus.CANCELLED)

    def shape(done, cancelled):
        return {
            "events_held": done["events"],
            "occurrences_held": done["dates"],
            "events_cancelled": cancelled["events"],
            "occurrences_cancelled": cancelled["dates"],
            "free_share": _share(done["free"], done["events"]),
            "accessible_share": _share(done["accessible"], done["events"]),
        }

    if not by_center:
        return shape(held.aggregate(**done_aggregates), cancelled.aggregate(**cancelled_aggregates))
    done = grouped_by_center(held, scope, **done_aggregates)
    cancelled = grouped_by_center(cancelled, scope, **cancelled_aggregates)
    return {key: shape(done[key], cancelled[key]) for key in scope.center_keys}


def attendance_figures(first, last, scope, by_center=False):
    records = _in_centers(EventAttendance.objects.between(first, last), scope)
    events = _events_matching(scope)
    if events is not None:
        records = records.filter(event__in=events)
    aggregates = {"total": Sum("total"), "ticketed": Sum("ticketed"), "free": Sum("free")}

    def shape(sums):
        return {
            "attendance": sums["total"] or 0,
            "attendance_ticketed": sums["ticketed"] or 0,
            "attendance_free": sums["free"] or 0,
        }

    if not by_center:
        return shape(records.aggregate(**aggregates))
    found = grouped_by_center(records, scope, **aggregates)
    return {key: shape(sums) for key, sums in found.items()}


def _waits(inquiries):
    """Answered inquiries, annotated with the time to their first answer (``wait``)."""
    return inquiries.filter(first_response__isnull=False).annotate(
        wait=ExpressionWrapper(
            F("first_response__responded_at") - F("created_at"), output_field=DurationField()
        )
    )


def _middle_hours(middle):
    """The median, in hours, of the one or two middle waits of a sorted list."""
    median = sum(middle, timedelta()) / len(middle)
    return round(median.total_seconds() / 3600, 1)


def median_response_hours(inquiries):
    """The median time to a first answer, in hours: two queries whatever the count."""
    waits = _waits(inquiries).order_by("wait").values_list("wait", flat=True)
    count = waits.count()
    if not count:
        return None
    return _middle_hours(list(waits[(count - 1) // 2 : count // 2 + 1]))


def median_response_hours_by_center(inquiries, scope):
    """``{center key: median hours}`` for the centers with an answered inquiry: one query,
    reading each answered inquiry's wait (a period's answers, not every inquiry)."""
    waits = {}
    for center_id, wait in _waits(inquiries).values_list("center_id", "wait"):
        waits.setdefault(scope.center_ids[center_id], []).append(wait)
    medians = {}
    for key, found in waits.items():
        found.sort()
        count = len(found)
        medians[key] = _middle_hours(found[(count - 1) // 2 : count // 2 + 1])
    return medians


def inquiry_figures(first, last, scope, by_center=False):
    names = [
        "inquiries_received",
        "inquiries_answered",
        "inquiries_booked",
        "median_response_hours",
    ]
    if scope.category_keys is not None:
        nothing = dict.fromkeys(names)
        return dict.fromkeys(scope.center_keys, nothing) if by_center else nothing
    start, end = _hanoi_bounds(first, last)
    inquiries = Inquiry.objects.filter(created_at__gte=start, created_at__lt=end)
    inquiries = _in_centers(inquiries, scope)
    if scope.sector_keys is not None:
        inquiries = inquiries.filter(sector__translation_key__in=scope.sector_keys)
    aggregates = {
        "received": Count("pk"),
        "answered": Count("pk", filter=~Q(status=InquiryStatus.NEW)),
        "booked": Count("pk", filter=Q(status=InquiryStatus.BOOKED)),
    }

    def shape(counts, median):
        return {
            "inquiries_received": counts["received"],
            "inquiries_answered": counts["answered"],
            "inquiries_booked": counts["booked"],
            "median_response_hours": median,
        }

    if not by_center:
        return shape(inquiries.aggregate(**aggregates), median_response_hours(inquiries))
    counts = grouped_by_center(inquiries, scope, **aggregates)
    medians = median_response_hours_by_center(inquiries, scope)
    return {key: shape(found, medians.get(key)) for key, found in counts.items()}


def _under(years):
    """Whether the applicant was under ``years`` on the call's deadline, its Hanoi date:
    a condition on each row (lookups as expressions: no per-row Python)."""
    born, deadline = "date_of_birth", "call__deadline"
    age = ExtractYear(deadline) - ExtractYear(born)
    born_month, deadline_month = ExtractMonth(born), ExtractMonth(deadline)
    birthday_after_deadline = GreaterThan(born_month, deadline_month) | (
        Exact(born_month, deadline_month) & GreaterThan(ExtractDay(born), ExtractDay(deadline))
    )
    return LessThan(age, years) | (Exact(age, years) & birthday_after_deadline)


def application_figures(first, last, scope, by_center=False):
    """Applications received in the period (their Hanoi date), of them those accepted, and
    the share under 30 of those with a date of birth; one query, grouped by center with
    ``by_center``. None with a category filter: an application has no event category."""
    names = ["applications_received", "applications_accepted", "applicants_under_30_share"]
    if scope.category_keys is not None:
        nothing = dict.fromkeys(names)
        return dict.fromkeys(scope.center_keys, nothing) if by_center else nothing
    start, end = _hanoi_bounds(first, last)
    applications = Application.objects.filter(created_at__gte=start, created_at__lt=end)
    applications = _in_centers(applications, scope)
    if scope.sector_keys is not None:
        applications = applications.filter(sector__translation_key__in=scope.sector_keys)
    under_30 = _under(30)
    aggregates = {
        "received": Count("pk"),
        "accepted": Count("pk", filter=Q(status=ApplicationStatus.ACCEPTED)),
        "known": Count("pk", filter=Q(date_of_birth__isnull=False)),
        "under_30": Count("pk", filter=Q(date_of_birth__isnull=False) & under_30),
    }

    def shape(counts):
        return {
            "applications_received": counts["received"],
            "applications_accepted": counts["accepted"],
            "applicants_under_30_share": _share(counts["under_30"], counts["known"]),
        }

    if not by_center:
        return shape(applications.aggregate(**aggregates))
    found = grouped_by_center(applications, scope, **aggregates)
    return {key: shape(counts) for key, counts in found.items()}


def booked_days(first, last, scope, by_center=False):
    """Days on which spaces were booked, each space counted once per day, within the period.

    With ``by_center``, ``{center key: days}``: one query grouped by the spaces' centers
    (a space's center is the ancestor whose path begins the space's)."""
    if scope.category_keys is not None:
        return dict.fromkeys(scope.center_keys) if by_center else None
    default = Locale.get_default()
    periods = BlockedPeriod.objects.filter(
        reason=BlockedReason.BOOKED,
        page__locale=default,
        page__live=True,
        start__lte=last,
        end__gte=first,
    )
    centers = {}
    if scope.center_keys is not None:
        centers = dict(
            CenterPage.objects.filter(
                locale=default, translation_key__in=scope.center_keys
            ).values_list("path", "translation_key")
        )
        periods = periods.filter(in_subtrees(centers, field="page__path"))
    if scope.sector_keys is not None:
        spaces = SpacePage.objects.filter(sectors__translation_key__in=scope.sector_keys)
        periods = periods.filter(page__in=spaces.values("pk"))
    span = ExpressionWrapper(
        Least(F("end"), Value(last)) - Greatest(F("start"), Value(first)),
        output_field=DurationField(),
    )
    aggregates = {"days": Sum(span), "rows": Count("pk")}

    def shape(totals):
        return totals["days"].days + totals["rows"] if totals["rows"] else 0

    if not by_center:
        return shape(periods.aggregate(**aggregates))
    depths = {depth_of(path) for path in centers}
    if len(depths) > 1:  # centers at different depths: each its own query
        return {
            key: booked_days(first, last, replace(scope, center_keys={key}))
            for key in scope.center_keys
        }
    depth = depths.pop() if depths else 0
    key_of = {path: str(key) for path, key in centers.items()}
    found = _grouped(
        periods,
        ancestor_path_expression(depth, field="page__path"),
        key_of,
        scope.center_keys,
        **aggregates,
    )
    return {key: shape(totals) for key, totals in found.items()}


def coverage_counts(center_keys=None, request=None):
    """The translation states of pages that :func:`translation_coverage` counts, by center
    (:meth:`translations.status.TranslationStatus.page_counts`).

    A report of many centers reads them once (for the centers it may see) and passes
    them to every center's :func:`figures`. With a ``request``, other parts of the same
    page reuse them.
    """
    return page_counts_for(request, center_keys)


def translation_coverage(scope, counts=None):
    """Share of page translations that are up to date (or translated by hand), today.

    ``counts``: from :func:`coverage_counts` for these centers or more (read when omitted).
    """
    if scope.sector_keys is not None or scope.category_keys is not None:
        return None
    if counts is None:
        counts = coverage_counts(scope.center_keys)
    if scope.center_keys is None:
        chosen = counts.values()
    else:
        chosen = [counts[str(key)] for key in scope.center_keys if str(key) in counts]
    done = sum(states[State.UP_TO_DATE] + states[State.MANUAL] for states in chosen)
    return _share(done, sum(sum(states.values()) for states in chosen))


def _scope(centers, sectors, categories, today):
    return Scope(
        center_keys=_keys(centers),
        sector_keys=_keys(sectors),
        category_keys=_keys(categories),
        today=today or timezone.localdate(),
    )


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
    ``coverage``: False to leave translation coverage out, or the :func:`coverage_counts`
    of these centers (or more) to count it from.
    """
    scope = _scope(centers, sectors, categories, today)
    result = {}
    result.update(event_figures(period_start, period_end, scope))
    result.update(attendance_figures(period_start, period_end, scope))
    result.update(inquiry_figures(period_start, period_end, scope))
    result["booked_days"] = booked_days(period_start, period_end, scope)
    result.update(application_figures(period_start, period_end, scope))
    return _finish(result, period_start, period_end, scope, coverage)


def figures_by_center(
    period_start, period_end, centers, sectors=None, categories=None, *, today=None, coverage=True
):
    """``{center translation key: figures}``: for each of ``centers``, what :func:`figures`
    gives for that center alone, in queries whose number does not grow with the centers
    (each figure grouped by center); of :data:`EXTRA_FIGURES`, those not marked
    ``by_center`` are computed for each center in turn."""
    scope = _scope(centers, sectors, categories, today)
    versions = CenterPage.objects.filter(translation_key__in=scope.center_keys)
    scope.center_ids = {pk: str(key) for pk, key in versions.values_list("pk", "translation_key")}
    days = booked_days(period_start, period_end, scope, by_center=True)
    parts = [
        event_figures(period_start, period_end, scope, by_center=True),
        attendance_figures(period_start, period_end, scope, by_center=True),
        inquiry_figures(period_start, period_end, scope, by_center=True),
        {key: {"booked_days": value} for key, value in days.items()},
        application_figures(period_start, period_end, scope, by_center=True),
    ]
    grouped = [extra for extra in EXTRA_FIGURES if extra.by_center]
    for extra in grouped:
        values = extra.compute(period_start, period_end, scope, by_center=True)
        parts.append({key: {extra.key: value} for key, value in values.items()})
    if coverage is True and scope.sector_keys is None and scope.category_keys is None:
        coverage = coverage_counts(scope.center_keys)
    result = {}
    for key in scope.center_keys:
        values = {}
        for part in parts:
            values.update(part[key])
        one = replace(scope, center_keys={key}, center_ids=None)
        result[key] = _finish(values, period_start, period_end, one, coverage, skip=grouped)
    return result


def _finish(result, period_start, period_end, scope, coverage, skip=()):
    """Add translation coverage and the other apps' figures (but those in ``skip``, given
    already); in the order of the list."""
    if coverage is False:
        result["translation_coverage"] = None
    else:
        counts = None if coverage is True else coverage
        result["translation_coverage"] = translation_coverage(scope, counts)
    for extra in EXTRA_FIGURES:
        if extra not in skip:
            result[extra.key] = extra.compute(period_start, period_end, scope)
    return {figure.key: result.get(figure.key) for figure in all_figures()}
