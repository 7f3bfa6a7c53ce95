"""A calendar page's routes: the list or month grid (``""``) and its feed (``feed.ics/``).

Routes of :class:`events.models.EventIndexPage` and :class:`events.models.NetworkEventsPage`
(through ``CalendarMixin``), registered on them in ``EventsConfig.ready()``
(``events.extensions``); each view is called as a method of the page. Both read the
visitor's filters (:mod:`events.filters`), which read the models: the pages cannot import
them. The work is in :mod:`events.calendar_view`.
"""

from django.urls import path

from cms.conditional import respond
from ops.pagecache import reads

from .calendar_view import calendar_context, filtered_feed
from .choices import CALENDAR_PARAMETERS, FILTER_KEYS


@reads(*CALENDAR_PARAMETERS)
def calendar_page(calendar, request):
    return calendar.render(request, context_overrides=calendar_context(calendar, request))


@reads(*FILTER_KEYS)
def feed(calendar, request):
    return respond(request, lambda request: filtered_feed(calendar, request))


ROUTES = [
    path("", calendar_page, name="calendar_view"),
    path("feed.ics/", feed, name="feed"),
]
