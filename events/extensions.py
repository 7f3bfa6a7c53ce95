"""What the apps above events add to event pages, registered in their ``AppConfig.ready()``.

The events app imports no app above it. The workflow app decides when an event needs the
Department's approval: it registers the workflow such an event goes through and the check
that refuses a direct publish. Until it registers, an event follows Wagtail's workflow.

A calendar page's own views (:mod:`events.calendar_routes`) are registered here too, by
``EventsConfig.ready()``: they read the visitor's filters, which read the models, so the
pages cannot import them.

The festivals app narrows the network's dates to one festival (``?festival=<slug>``, a
filter of the calendar's FilterSet, read by the API and the widget) and shows an event's
festival on its page and in its JSON-LD.
"""

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Narrowing:
    """A query-string key that narrows the network's dates to a group of events.

    :class:`events.filters.CalendarFilterSet` makes it one of its filters.
    ``find(value, locale)`` gives a function narrowing an occurrence queryset, or None
    when the value names nothing a visitor may see; ``known(locale)`` lists the values
    taken, for the message that refuses an unknown one; ``description`` is the API's.
    """

    key: str
    find: Any
    known: Any
    description: str = ""


class EventExtensions:
    def __init__(self):
        # ``workflow_for_event(event)``: a workflow, or None for Wagtail's own choice.
        self.workflow_for_event = None
        # ``refuse_direct_publish(form)``: adds form errors when the user may not publish.
        self.refuse_direct_publish = None
        # {key: Narrowing}: extra filters of the calendar's FilterSet (API and widget).
        self.narrowings = {}
        # ``extra(event, request)``: a dict added to the event page's context.
        self.event_context = []
        # ``extend(event, data, request)``: adds to the event's JSON-LD object ``data``.
        self.event_json_ld = []
        # ``prepare(events, request)``: reads what ``event_json_ld`` adds for a whole list
        # of events at once, before their JSON-LD is written (a listing's page).
        self.prepare_json_ld = []

    def register_narrowing(self, narrowing):
        self.narrowings[narrowing.key] = narrowing


events = EventExtensions()

# URL patterns (``django.urls.path``) answered under a calendar page (``CalendarMixin``);
# the view is called as a method of the page: ``view(page, request, ...)``.
calendar_routes = []


def register_calendar_route(route):
    if route not in calendar_routes:
        calendar_routes.append(route)
