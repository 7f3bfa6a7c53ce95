"""RSS 2.0 and Atom 1.0 feeds of *new* events, under every calendar, in its language.

``/<lang>/events/feed.rss`` (the network) and ``/<lang>/<center>/events/feed.atom`` (a
center), like ``feed.ics`` beside them. Where ``feed.ics`` lists dates, these list
events in the order they were first published, newest first: what a newsletter, a
tourism portal or a feed reader wants to announce. Built with
``django.contrib.syndication``.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import F, Prefetch, Window
from django.db.models.functions import RowNumber
from django.http import Http404
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.api_common import localized
from cms.conditional import respond
from cms.visibility import is_visible
from events.models import EventCategory, EventOccurrence, EventPage
from events.models.calendars import CalendarMixin
from events.presentation import when_text
from ops.pagecache import view_reads

FEED_ITEMS = 30


def calendar_at(request, path):
    """The calendar page at ``path`` in the request's language, if a visitor may open it,
    else 404."""
    route = Page.route_for_request(request, path)
    page = route[0] if route else None
    if not isinstance(page, CalendarMixin) or not is_visible(page):
        raise Http404
    return page


class NewEventsRss(Feed):
    feed_type = Rss201rev2Feed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request, calendar):
        return calendar

    def title(self, calendar):
        place = calendar.center.title if calendar.center else _(settings.WAGTAIL_SITE_NAME)
        return _("New events: %(place)s") % {"place": place}

    def link(self, calendar):
        return calendar.get_full_url(self.request)

    def feed_url(self, calendar):
        return self.request.build_absolute_uri()

    def description(self, calendar):
        return calendar.introduction or _("Events as they are announced, newest first.")

    subtitle = description

    def items(self, calendar):
        # Each event's next date only: a daily series has hundreds stored.
        upcoming = (
            EventOccurrence.objects.filter(end__gte=timezone.now())
            .annotate(rank=Window(RowNumber(), partition_by=[F("event_id")], order_by=[F("start")]))
            .filter(rank=1)
        )
        events = list(
            EventPage.objects.visible()
            .filter(calendar.announced_events(), locale_id=calendar.locale_id)
            .select_related("locale")
            .prefetch_related(
                "categories", Prefetch("occurrences", queryset=upcoming, to_attr="upcoming")
            )
            .defer_streamfields()
            .order_by("-first_published_at", "-pk")[:FEED_ITEMS]
        )
        names = localized(
            EventCategory, {c for e in events for c in e.categories.all()}, calendar.locale
        )
        for event in events:
            event.category_names = [names[c.translation_key] for c in event.categories.all()]
        return events

    def item_title(self, event):
        return event.title

    def item_link(self, event):
        return event.get_full_url(self.request)

    def item_description(self, event):
        language = event.locale.language_code
        parts = []
        if event.upcoming:
            first = event.upcoming[0]
            parts.append(when_text(first.start, first.end, first.all_day, language))
        if event.venue:
            parts.append(event.venue)
        if event.introduction:
            parts.append(event.introduction)
        return " · ".join(parts)

    def item_pubdate(self, event):
        return _hanoi(event.first_published_at)

    def item_updateddate(self, event):
        return _hanoi(event.last_published_at or event.first_published_at)

    def item_categories(self, event):
        return event.category_names


def _hanoi(moment):
    """Hanoi time to the second: ``2026-12-01T09:00:00+07:00`` in Atom."""
    return timezone.localtime(moment).replace(microsecond=0) if moment else None


class NewEventsAtom(NewEventsRss):
    feed_type = Atom1Feed


FEEDS = {"rss": NewEventsRss, "atom": NewEventsAtom}


@view_reads()
def calendar_feed(request, path, kind):
    return respond(
        request, lambda request: FEEDS[kind]()(request, calendar=calendar_at(request, path))
    )
