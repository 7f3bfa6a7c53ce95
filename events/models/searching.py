"""How events take part in the network search (see :mod:`sitesearch.protocol`).

The result card shows the next date (or the last one, for a past event), the status when
it is not "scheduled" and the admission; the date facet keeps upcoming events by default
and past ones on request; the no-results page offers the next events.
"""

from django.db.models import Exists, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from sitesearch.indexing import page_language

from ..choices import EventStatus
from ..presentation import price_text, when_text
from .occurrences import EventOccurrence


def _shown_dates(model, events):
    """``{event id: (occurrence, upcoming)}``: the date a card shows for each event (pages
    of ``model``), its next one or, once all are over, its last (absent when it has none),
    in two queries."""
    now = timezone.now()
    dates = EventOccurrence.objects.filter(event_id=OuterRef("pk"))
    picks = (
        model.objects.filter(pk__in=[event.pk for event in events])
        .order_by()
        .annotate(
            shown=Coalesce(
                Subquery(dates.filter(end__gte=now).order_by("start").values("pk")[:1]),
                Subquery(dates.order_by("-start").values("pk")[:1]),
            )
        )
        .values_list("shown", flat=True)
    )
    found = EventOccurrence.objects.filter(pk__in=[pk for pk in picks if pk is not None]).only(
        "event_id", "start", "end", "all_day"
    )
    return {row.event_id: (row, row.end >= now) for row in found}


def prepare_results(model, events):
    """Read every result card's date at once (see :func:`result_meta`)."""
    shown = _shown_dates(model, events)
    for event in events:
        event._search_shown_date = shown.get(event.pk, (None, False))


def result_meta(event):
    """Short lines under the card's title, in the page's language."""
    language = page_language(event)  # cached per locale: no query per card
    if not hasattr(event, "_search_shown_date"):
        prepare_results(type(event), [event])
    shown, upcoming = event._search_shown_date
    lines = []
    with translation.override(language):
        if shown is not None:
            when = when_text(shown.start, shown.end, shown.all_day, language)
            lines.append(when if upcoming else _("Ended: %(when)s") % {"when": when})
        if event.status != EventStatus.SCHEDULED:
            lines.append(str(event.get_status_display()))
        price = price_text(event, language)
        if price is None:
            lines.append(_("Free admission"))
        elif price:
            lines.append(price)
    return lines


def date_q(when, today):
    """Events with a date on or after ``today`` (Hanoi day) are upcoming; the rest past."""
    upcoming = Q(
        Exists(EventOccurrence.objects.filter(event_id=OuterRef("pk"), end_date__gte=today))
    )
    return upcoming if when == "upcoming" else ~upcoming


def upcoming_events(model, locale, limit):
    """The next ``limit`` live, public, not cancelled events in ``locale``, soonest first."""
    rows = (
        EventOccurrence.objects.filter(locale=locale, end__gte=timezone.now(), event__live=True)
        .exclude(status=EventStatus.CANCELLED)
        .visible()
        .order_by("start", "pk")
        .values_list("event_id", flat=True)[: limit * 5]
    )
    ids = list(dict.fromkeys(rows))[:limit]
    events = model.objects.filter(pk__in=ids).defer_streamfields().in_bulk()
    return [events[pk] for pk in ids if pk in events]
