"""How events take part in the network search (see :mod:`sitesearch.protocol`).

The result card shows the next date (or the last one, for a past event), the status when
it is not "scheduled" and the admission; the date facet keeps upcoming events by default
and past ones on request; the no-results page offers the next events.
"""

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from sitesearch.indexing import page_language

from .choices import EventStatus
from .models.occurrences import EventOccurrence
from .presentation import price_text, when_text


def result_meta(event):
    """Short lines under the card's title, in the page's language."""
    language = page_language(event)  # cached per locale: no query per card
    # event_id too: the related manager sets each row's event, which reads it.
    occurrences = event.occurrences.only("event_id", "start", "end", "all_day")
    upcoming = occurrences.filter(end__gte=timezone.now()).order_by("start").first()
    shown = upcoming or occurrences.order_by("-start").first()
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
        .public()
        .order_by("start", "pk")
        .values_list("event_id", flat=True)[: limit * 5]
    )
    ids = list(dict.fromkeys(rows))[:limit]
    events = model.objects.filter(pk__in=ids).defer_streamfields().in_bulk()
    return [events[pk] for pk in ids if pk in events]
