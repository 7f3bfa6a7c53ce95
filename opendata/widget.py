"""The embeddable "what's on": ``/<lang>/widget/events/?center=<slug>&limit=5``.

A small page meant for an iframe on a hotel's or a tourism site's pages (the one route
other sites may frame: see ``FRAME_ANCESTORS_EXEMPT_PATHS``), inserted by
``/static/widget/whatson.js``. It takes the calendar's filters (``center``, ``category``,
``sector``, ``free``, ...) checked by the calendar's own code: a bad value is named in
the widget's language and ignored, so a pasted snippet with a typo still shows events.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.clickjacking import xframe_options_exempt
from wagtail.models import Locale

from cms.api_common import in_site
from cms.listing import number_text, whole_number
from cms.visibility import hidden_branches_for
from events import extensions
from events.choices import FILTER_KEYS
from events.filters import CalendarFilterSet
from events.models import NetworkEventsPage
from events.presentation import price_text, when_text
from network.models import CenterPage
from ops.pagecache import view_reads

DEFAULT_LIMIT, MAX_LIMIT = 5, 20


def _limit(raw, messages):
    if raw in (None, ""):
        return DEFAULT_LIMIT
    number = whole_number(raw)
    if number is not None and 1 <= number <= MAX_LIMIT:
        return number
    messages.append(
        _("“%(value)s” is not a number of events from 1 to %(max)s: showing %(limit)s.")
        % {"value": number_text(raw), "max": MAX_LIMIT, "limit": DEFAULT_LIMIT}
    )
    return DEFAULT_LIMIT


@xframe_options_exempt
# The festivals app registers ``festival`` in its AppConfig.ready(), before URLs are read.
@view_reads(*FILTER_KEYS, *extensions.events.narrowings, "limit")
def events_widget(request):
    language = get_language()
    locale = Locale.objects.filter(language_code=language).first()
    hidden = hidden_branches_for(request)
    calendars = NetworkEventsPage.objects.visible(hidden).filter(locale=locale)
    calendar = in_site(calendars, request, locale).first()
    if calendar is None:
        raise Http404
    filters = CalendarFilterSet(
        request.GET,
        calendar.scope().visible(hidden),
        calendar=calendar,
        today=timezone.localdate(),
    )
    messages = list(filters.messages)
    limit = _limit(request.GET.get("limit"), messages)
    occurrences = filters.qs.upcoming(timezone.now())
    center = None
    if "center" in filters.values:
        center = CenterPage.objects.filter(
            locale_id=calendar.locale_id, slug=filters.values["center"]
        ).first()
    entries = [
        {
            "occurrence": occurrence,
            "url": occurrence.event.get_full_url(request),
            "when": when_text(occurrence.start, occurrence.end, occurrence.all_day, language),
            "price": price_text(occurrence.event, language),
        }
        for occurrence in occurrences.listing()[:limit]
    ]
    more = center.event_index if center else calendar
    return render(
        request,
        "opendata/widget_events.html",
        {
            "entries": entries,
            "messages": messages,
            "center": center,
            "heading": center.title if center else _(settings.WAGTAIL_SITE_NAME),
            "more_url": more.get_full_url(request) if more else calendar.get_full_url(request),
            "language": language,
        },
    )
