"""What a calendar page shows: the filtered list or month grid, and the same as a feed."""

import calendar as pycalendar
from datetime import timedelta
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, F, Q, Window
from django.db.models.functions import RowNumber
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from wagtail.images.models import Filter
from wagtail.models import Page

from cms import formats
from cms.listing import page_number, page_of
from cms.visibility import hidden_branches_for
from spaces.models import SpacePage

from .choices import EventStatus
from .filters import CalendarFilterSet, parse_month
from .ical import feed_calendar, ics_response
from .models import EventOccurrence

PER_PAGE = 20
MAX_PAGES = 50  # the list counts this far; later dates are reached by choosing dates
PER_DAY = 4  # entries shown in a month-grid cell; the rest are counted
SPANNING_LIMIT = 200  # dates running over several days, read for one month grid
FEED_LIMIT = 500
FEED_PAST_DAYS = 30


class CappedPaginator(Paginator):
    """A paginator that counts no further than ``MAX_PAGES`` pages.

    Showing page 1 of the network calendar must not count every date of the next years:
    the count is taken over at most ``per_page * MAX_PAGES + 1`` rows, so its cost stays
    the same however many events the network holds.
    """

    capped = False

    @cached_property
    def count(self):
        limit = self.per_page * MAX_PAGES
        found = self.object_list.order_by()[: limit + 1].count()
        self.capped = found > limit
        return min(found, limit)


# The pictures of list entries and cards (events/includes/occurrence*.html), in the order
# their {% picture %} tags ask for them.
LIST_RENDITIONS = Filter.expand_spec(["format-{webp,jpeg}", "fill-{160x120,320x240}"])
CARD_RENDITIONS = Filter.expand_spec(["format-{webp,jpeg}", "fill-{320x180,640x360}"])


def with_details(ids, renditions=LIST_RENDITIONS):
    """The occurrences with these ids, in this order, with their event and center.

    Lists pick their rows on the occurrence table alone (its indexes, no joins) and join
    the event and center for those rows only: joining before the sort would join every
    upcoming date of the network to show twenty.
    """
    ids = list(ids)
    rows = {
        row.pk: row
        for row in EventOccurrence.objects.filter(pk__in=ids).with_pages(renditions=renditions)
    }
    found = [rows[pk] for pk in ids if pk in rows]
    name_spaces([occurrence.event for occurrence in found])
    return found


class MonthEntry:
    """One event date in a month-grid cell: what the cell shows, and no more.

    A date that runs over several days (an exhibition) is an entry on each of its days in
    the grid; ``from_before`` and ``goes_on`` say that it started before this day and
    goes on after it, so the cells read as one bar.
    """

    __slots__ = (
        "all_day",
        "cancelled",
        "from_before",
        "goes_on",
        "local_date",
        "start",
        "title",
        "url",
    )

    def __init__(self, local_date, start, all_day, status, title, url):
        self.local_date = local_date
        self.start = start
        self.all_day = all_day
        self.cancelled = status == EventStatus.CANCELLED
        self.title = title
        self.url = url
        self.from_before = False
        self.goes_on = False

    def on(self, day, last_day):
        """This entry as shown on ``day`` of a date that runs until ``last_day``."""
        entry = MonthEntry(
            day, self.start, self.all_day, EventStatus.SCHEDULED, self.title, self.url
        )
        entry.cancelled = self.cancelled
        entry.from_before = day > self.local_date
        entry.goes_on = day < last_day
        return entry


def month_entries(rows, request):
    """:class:`MonthEntry` objects for ``(local_date, start, all_day, status, event_id)`` rows.

    A grid shows up to ``PER_DAY`` dates on each of its 35 to 42 days: at network scale
    that is well over a hundred entries, nearly each of another event. A cell shows a
    time, a title and a link, so the dates come as values and each event as a bare page
    (title and url_path, enough for Wagtail's own ``get_url``), not as an event with its
    images, center and space. One entry per row, None where the event is gone.
    """
    rows = list(rows)
    pages = Page.objects.filter(pk__in={row[-1] for row in rows}).only("title", "url_path")
    links = {page.pk: (page.title, page.get_url(request)) for page in pages}
    return [
        MonthEntry(local_date, start, all_day, status, *links[event_id])
        if event_id in links
        else None
        for local_date, start, all_day, status, event_id in rows
    ]


def name_spaces(events):
    """Give each event its space in the event's language, in one query for the list."""
    wanted = {(event.space_id, event.locale_id) for event in events if event.space_id}
    if not wanted:
        return
    originals = SpacePage.objects.filter(pk__in={pk for pk, _locale in wanted}).values_list(
        "pk", "translation_key"
    )
    keys = dict(originals)
    versions = {
        (space.translation_key, space.locale_id): space
        for space in SpacePage.objects.live()
        .filter(translation_key__in=keys.values(), locale_id__in={lc for _pk, lc in wanted})
        .only("title", "url_path", "translation_key", "locale_id", "depth", "path")
    }
    for event in events:
        if event.space_id:
            key = (keys.get(event.space_id), event.locale_id)
            event.__dict__["localized_space"] = versions.get(key)


def _url(base, pairs):
    return f"{base}?{urlencode(pairs)}" if pairs else base


def calendar_context(calendar, request):
    today = timezone.localdate()
    now = timezone.now()
    scope = calendar.scope().visible(hidden_branches_for(request))
    filters = CalendarFilterSet(request.GET, scope, calendar=calendar, today=today)
    errors = filters.messages
    base = request.path  # the calendar itself: its default route
    occurrences = filters.qs
    view = "month" if request.GET.get("view") == "month" else "list"
    archive = request.GET.get("past") == "1"
    context = {
        "filters": filters,
        "view": view,
        "archive": archive,
        "today": today,
        "chips": [
            {
                "label": filters.labels[key],
                "key": key,
                "url": _url(
                    base,
                    [pair for pair in filters.query(view=_view_param(view)) if pair[0] != key],
                ),
            }
            for key in filters.values
        ],
        "feed_url": _url(base + "feed.ics", filters.query()),
        "list_url": _url(base, filters.query()),
        "month_url": _url(base, filters.query(view="month")),
        "archive_url": _url(base, filters.query(past="1")),
    }
    context["webcal_url"] = (
        request.build_absolute_uri(context["feed_url"])
        .replace("https://", "webcal://")
        .replace("http://", "webcal://")
    )
    if view == "month":
        context.update(_month(calendar, request, filters, occurrences, base))
    else:
        context.update(_list(request, filters, occurrences, now, archive, base, errors))
    context["filter_errors"] = errors
    # Every control keeps the other filters: "free this weekend" is two clicks. A period
    # replaces typed dates (both would narrow each other to nothing).
    kept = {"view": _view_param(view), "past": "1" if archive else None}
    context["when_links"] = [
        {
            "value": value,
            "label": label,
            "url": _url(base, filters.query(when=value, **{"from": None, "to": None}, **kept)),
            "current": filters.values.get("when") == value,
        }
        for value, label in _when_choices()
    ]
    context["filter_options"] = filters.options()
    context["more_filters_open"] = any(
        key in filters.values for key in ("center", "category", "sector", "accessible", "mode")
    )
    return context


def _view_param(view):
    return "month" if view == "month" else None


def _when_choices():
    from .filters import WHEN

    return WHEN


def _list(request, filters, occurrences, now, archive, base, errors):
    if filters.date_range():
        occurrences = occurrences.order_by("start", "pk")
    elif archive:
        occurrences = occurrences.past(now)
    else:
        occurrences = occurrences.upcoming(now)
    paginator = CappedPaginator(occurrences.values_list("pk", flat=True), PER_PAGE)
    number = page_number(request.GET.get("page"), errors)
    if number > paginator.num_pages and paginator.capped:
        errors.append(
            _(
                "Only the first %(last)s pages are listed: showing page %(last)s. "
                "Choose dates to see later events."
            )
            % {"last": paginator.num_pages}
        )
        number = paginator.num_pages
    page = page_of(paginator, number, errors)
    page.object_list = with_details(page.object_list)
    extra = {"past": "1" if archive else None}

    def page_url(n):
        return _url(base, filters.query(**extra, page=n if n > 1 else None))

    return {
        "occurrences": page.object_list,
        "page_obj": page,
        "previous_url": page_url(page.previous_page_number()) if page.has_previous() else None,
        "next_url": page_url(page.next_page_number()) if page.has_next() else None,
    }


def _month(calendar, request, filters, occurrences, base):
    raw = request.GET.get("month", "")
    first = parse_month(raw) if raw else None
    if raw and first is None:
        filters.messages.append(
            _("“%(value)s” is not a month (use YYYY-MM, e.g. 2026-12): showing this month.")
            % {"value": raw[:20]}
        )
    first = first or filters.today.replace(day=1)
    weeks = pycalendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    grid_first, grid_last = weeks[0][0], weeks[-1][-1]
    # Dates that run over several days are shown on each of their days; there are few
    # of them, so they are read apart from the one-day dates, which are ranked per day.
    spanning = Q(end_date__gt=F("local_date")) & (
        Q(all_day=True) | Q(end__gte=F("start") + timedelta(days=1))
    )
    long_rows = list(
        occurrences.filter(spanning)
        .overlapping(grid_first, grid_last)
        .order_by("start", "pk")
        .values_list("end_date", "local_date", "start", "all_day", "status", "event_id")[
            :SPANNING_LIMIT
        ]
    )
    in_grid = occurrences.filter(local_date__gte=grid_first, local_date__lte=grid_last).exclude(
        spanning
    )
    # One pass over the grid's one-day dates: each day's first PER_DAY entries and its total.
    ranked = list(
        in_grid.annotate(
            rank=Window(
                RowNumber(), partition_by=[F("local_date")], order_by=[F("start"), F("pk")]
            ),
            day_total=Window(Count("pk"), partition_by=[F("local_date")]),
        )
        .filter(rank__lte=PER_DAY)
        .order_by("start", "pk")
        .values_list("day_total", "local_date", "start", "all_day", "status", "event_id")
    )
    counts = {row[1]: row[0] for row in ranked}
    entries = month_entries([row[1:] for row in long_rows] + [row[1:] for row in ranked], request)
    by_day = {}
    for entry, row in zip(entries[: len(long_rows)], long_rows, strict=True):
        if entry is None:
            continue
        day, last_day = max(entry.local_date, grid_first), min(row[0], grid_last)
        while day <= last_day:
            by_day.setdefault(day, []).append(entry.on(day, row[0]))
            day += timedelta(days=1)
    spanning_on = {day: len(day_entries) for day, day_entries in by_day.items()}
    for entry in entries[len(long_rows) :]:
        if entry is not None:
            by_day.setdefault(entry.local_date, []).append(entry)
    shown = {day: day_entries[:PER_DAY] for day, day_entries in by_day.items()}
    more = {
        day: spanning_on.get(day, 0) + counts.get(day, 0) - len(day_entries)
        for day, day_entries in shown.items()
    }
    previous = (first - timedelta(days=1)).replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    pairs = filters.query(view="month")
    undated = [pair for pair in filters.query() if pair[0] not in {"when", "from", "to"}]
    return {
        "month": first,
        "month_title": formats.month_year(first),
        "weeks": [
            [
                {
                    "date": day,
                    "in_month": day.month == first.month,
                    "entries": shown.get(day, []),
                    "more": more.get(day, 0),
                    "day_url": _url(base, [*undated, ("from", f"{day}"), ("to", f"{day}")]),
                }
                for day in week
            ]
            for week in weeks
        ],
        "previous_month_url": _url(base, [*pairs, ("month", f"{previous:%Y-%m}")]),
        "next_month_url": _url(base, [*pairs, ("month", f"{following:%Y-%m}")]),
    }


def filtered_feed(calendar, request):
    """``feed.ics``: the calendar's occurrences with the same filters as the page."""
    today = timezone.localdate()
    scope = calendar.scope().visible(hidden_branches_for(request))
    filters = CalendarFilterSet(request.GET, scope, calendar=calendar, today=today)
    occurrences = filters.qs
    if not filters.date_range():
        occurrences = occurrences.filter(end__gte=timezone.now() - timedelta(days=FEED_PAST_DAYS))
    occurrences = occurrences.order_by("start", "pk")[:FEED_LIMIT].with_pages()
    return ics_response(feed_calendar(calendar, occurrences, request), "feed.ics")
