"""``/api/v2/events/``: one item per date (occurrence) of every published event.

Decision: one item per occurrence, not per event. A consumer (a hotel's "what's on", a
city dashboard) asks "what happens between these days", and that is a question about
dates: a weekly series or a lunar-calendar ritual has many, a moved or cancelled date
has its own status, and pagination stays exact. Each item names its event
(``event_id``), so grouping dates by event is one line for whoever wants it.

The filters are the calendar's own (:class:`events.filters.CalendarFilterSet`), so the API
and ``/<lang>/events/`` accept exactly the same values; where the calendar drops a bad
value with a message, the API (the set in strict mode) answers 400 with a JSON message.
"""

from django.db.models import F, Prefetch
from django.utils import timezone
from rest_framework import serializers
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet

from cms.api import BoundedPagination
from cms.api_common import (
    OpenDataEndpoint,
    Prepared,
    localized,
    prefetched_images,
    taxonomy_list,
)
from cms.api_fields import (
    Image,
    Taxonomy,
    Ward,
    language,
    moment,
    text,
    translations_shape,
    url,
)
from cms.api_schema import OpenDataSchema, filter_parameters, parameter
from cms.harvest import PARAMETER, latest, touched
from cms.visibility import hidden_branches_for
from events import extensions
from events.calendar_view import name_spaces
from events.choices import AttendanceMode
from events.filters import CalendarFilterSet
from events.models import EventCategory, EventOccurrence, EventPage, NetworkEventsPage
from events.presentation import json_ld_data
from network import wards
from network.models import Sector


class EventPrice(serializers.Serializer):
    currency = text("Always VND.")
    free = serializers.BooleanField()
    min = serializers.IntegerField(allow_null=True, help_text="Lowest price, VND.")
    max = serializers.IntegerField(allow_null=True, help_text="Highest price, VND.")


class EventCenter(serializers.Serializer):
    """The center the event belongs to (none for a network-wide event)."""

    id = serializers.IntegerField()
    slug = text()
    title = text()
    url = url(allow_null=True)
    ward = Ward(allow_null=True)
    former_district = text("Its district before 1 July 2025.", allow_blank=True)
    district = text("Same as former_district, kept for older clients.", allow_blank=True)
    latitude = serializers.FloatField()
    longitude = serializers.FloatField()


class EventSpace(serializers.Serializer):
    """The center's space the event takes place in."""

    id = serializers.IntegerField()
    title = text()
    url = url(allow_null=True)


class JsonLdRenderer(JSONRenderer):
    """``?format=jsonld`` or ``Accept: application/ld+json``: schema.org, as the event
    page embeds it."""

    media_type = "application/ld+json"
    format = "jsonld"


SCHEMA_ORG = "https://schema.org"
JSON_LD_EVENT = {
    "type": "object",
    "description": "A schema.org Event (https://schema.org/Event), the object the event's "
    "page embeds, at this date.",
    "required": ["@type", "name", "url", "startDate", "endDate"],
    "properties": {
        "@context": {"const": SCHEMA_ORG},
        "@type": {"const": "Event"},
        "name": {"type": "string"},
        "description": {"type": "string"},
        "url": {"type": ["string", "null"], "format": "uri"},
        "inLanguage": {"type": "string"},
        "startDate": {"type": "string", "description": "ISO 8601 (+07:00), or a day."},
        "endDate": {"type": "string"},
        "eventStatus": {"type": "string", "format": "uri"},
        "eventAttendanceMode": {"type": "string", "format": "uri"},
        "isAccessibleForFree": {"type": "boolean"},
        "superEvent": {
            "type": "object",
            "description": "The festival or programme it belongs to (a schema.org Festival).",
        },
        "location": {"type": ["object", "array"]},
        "organizer": {"type": "object"},
        "offers": {"type": "object"},
        "image": {"type": "string", "format": "uri"},
    },
}


def json_ld_schema(listing):
    """What ``?format=jsonld`` answers, for the API's description."""
    if not listing:
        return {**JSON_LD_EVENT, "required": ["@context", *JSON_LD_EVENT["required"]]}
    return {
        "type": "object",
        "required": ["@context", "@type", "numberOfItems", "itemListElement"],
        "properties": {
            "@context": {"const": SCHEMA_ORG},
            "@type": {"const": "ItemList"},
            "numberOfItems": {"type": "integer", "description": "All the dates found."},
            "itemListElement": {"type": "array", "items": JSON_LD_EVENT},
        },
    }


def iso(moment):
    """ISO 8601 in Hanoi time, with its offset: ``2026-12-05T19:30:00+07:00``."""
    return timezone.localtime(moment).isoformat()


def occurrence_last_modified():
    """A date's last change: its own row, its event's publish, or a change of its event
    (its center or a translation published, privacy) or of its space."""
    space = EventPage._meta.get_field("space").related_model
    return latest(
        F("modified"),
        F("event__last_published_at"),
        touched(EventPage, "event_id"),
        touched(space, "event__space_id"),
    )


class EventsAPIViewSet(OpenDataEndpoint, BaseAPIViewSet):
    api_description = (
        "Every date of every published event, one item per date, soonest first (from today "
        "on, unless from/to name other days). The filters are the calendar's: a bad value "
        "answers 400 with a message."
    )
    filter_set = CalendarFilterSet
    model = EventOccurrence
    item_name = "event date"
    harvest_type = "events.EventOccurrence"
    pagination_class = BoundedPagination
    meta_fields = ["type", "detail_url", "locale"]
    item_fields = [
        APIField("event_id"),
        APIField("title", serializer=Prepared(text("The event's title."))),
        APIField("summary", serializer=Prepared(text("A line or two about it.", allow_blank=True))),
        APIField("url", serializer=Prepared(url("The event's page.", allow_null=True))),
        APIField("translations", serializer=Prepared(translations_shape())),
        APIField("start", serializer=Prepared(moment("When the date starts"))),
        APIField("end", serializer=Prepared(moment("When the date ends"))),
        APIField("all_day"),
        APIField("status"),
        APIField("note"),
        APIField(
            "attendance_mode",
            serializer=Prepared(serializers.ChoiceField(choices=AttendanceMode.choices)),
        ),
        APIField("online_url", serializer=Prepared(url("Where to join online.", allow_null=True))),
        APIField("price", serializer=Prepared(EventPrice())),
        APIField("categories", serializer=Prepared(Taxonomy(many=True))),
        APIField("sectors", serializer=Prepared(Taxonomy(many=True))),
        APIField("center", serializer=Prepared(EventCenter(allow_null=True))),
        APIField("venue", serializer=Prepared(text("Where, in words.", allow_blank=True))),
        APIField("space", serializer=Prepared(EventSpace(allow_null=True))),
        APIField("image", serializer=Prepared(Image(allow_null=True))),
        APIField("locale", serializer=Prepared(language())),
    ]
    name = "events"
    schema = OpenDataSchema()
    renderer_classes = [JSONRenderer, BrowsableAPIRenderer, JsonLdRenderer]
    json_ld_schema = staticmethod(json_ld_schema)

    @classmethod
    def filter_docs(cls):
        """The calendar's filters, the apps' above included, from the filter set."""
        filters = CalendarFilterSet.every_filter()
        return filter_parameters({key: filter_.field for key, filter_ in filters.items()})

    @classmethod
    def parameter_docs(cls):
        formats = parameter(
            "format",
            "The answer's format: `jsonld` for schema.org (also `Accept: application/ld+json`), "
            "not with modified_since.",
            enum=["json", "api", JsonLdRenderer.format],
        )
        return {**super().parameter_docs(), "format": formats}

    def json_ld(self):
        return getattr(self.request, "accepted_renderer", None).__class__ is JsonLdRenderer

    def json_ld_items(self, occurrences):
        for occurrence in occurrences:  # a date's center is its event's: no query per event
            occurrence.event.__dict__.setdefault("center", occurrence.center)
        for prepare in extensions.events.prepare_json_ld:  # the festivals, for the page
            prepare([o.event for o in occurrences], self.request)
        return [json_ld_data(o.event, o, o.api_data["url"], self.request) for o in occurrences]

    def last_modified(self):
        return occurrence_last_modified()

    def with_everything(self, queryset):
        return (
            queryset.visible(hidden_branches_for(self.request))
            .filter(event__live=True)
            .select_related("event", "event__locale", "center", "locale")
            .prefetch_related(
                Prefetch("event__hero_image", queryset=prefetched_images()),
                "event__categories",
                "event__sectors",
            )
            .defer("event__body")
            .annotate(last_modified=self.last_modified())
        )

    def get_queryset(self):
        if self.action != "listing_view":
            return self.with_everything(EventOccurrence.objects.all())
        locale = self.asked_locale()
        hidden = hidden_branches_for(self.request)
        calendars = NetworkEventsPage.objects.visible(hidden).filter(locale=locale)
        calendar = self.in_site(calendars, locale).first()
        if calendar is None:
            return EventOccurrence.objects.none()
        # No join to the event to check it is live, as on the calendar pages: only live
        # events have occurrences (unpublishing deletes them), and the count ran that join
        # for every upcoming date. The page's 20 rows are checked in with_everything().
        filters = CalendarFilterSet(
            self.request.GET,
            calendar.scope().visible(hidden),
            calendar=calendar,
            today=timezone.localdate(),
            strict=True,
        )
        chosen = filters.qs
        if filters.date_range():
            return chosen.order_by("start", "pk")
        if PARAMETER in self.request.GET:  # a harvest: past dates too
            return chosen
        return chosen.upcoming(timezone.now())

    def harvest_scope(self, locale):
        """The dates of the network's calendar in this site and language."""
        calendar = self.in_site(NetworkEventsPage.objects.filter(locale=locale), locale)
        calendar = calendar.first()
        return calendar.scope() if calendar is not None else EventOccurrence.objects.none()

    def harvest_since(self):
        since = super().harvest_since()
        if since is not None and self.json_ld():
            raise BadRequestError("modified_since is not available as JSON-LD: ask for JSON")
        return since

    def listing_answer(self, items, changes=None):
        if not self.json_ld():
            return super().listing_answer(items, changes)
        return Response(
            {
                "@context": SCHEMA_ORG,
                "@type": "ItemList",
                "numberOfItems": self.paginator.total_count,
                "itemListElement": [
                    {key: value for key, value in item.items() if key != "@context"}
                    for item in self.json_ld_items(items)
                ],
            }
        )

    def detail_answer(self, item):
        if self.json_ld():
            return Response(self.json_ld_items([item])[0])
        return super().detail_answer(item)

    # One pass over the page of results: the lookups each item needs, in bulk ------------
    def prepare(self, occurrences):
        request = self.request
        events = [o.event for o in occurrences]
        urls = self.urls_of(events + [o.center for o in occurrences if o.center])
        locale = occurrences[0].locale if occurrences else None
        categories = localized(
            EventCategory, {c for e in events for c in e.categories.all()}, locale
        )
        sectors = localized(Sector, {s for e in events for s in e.sectors.all()}, locale)
        name_spaces(events)  # each event's space in its language, one query for the page
        for occurrence in occurrences:
            event = occurrence.event
            language = occurrence.locale.language_code
            occurrence.api_data = {
                "title": event.title,
                "summary": event.introduction,
                "url": urls.get(event.translation_key, {}).get(language),
                "translations": urls.get(event.translation_key, {}),
                "start": iso(occurrence.start),
                "end": iso(occurrence.end),
                "attendance_mode": event.attendance_mode,
                "online_url": event.online_url or None,
                "price": {
                    "currency": "VND",
                    "free": event.is_free,
                    "min": event.price_min,
                    "max": event.price_max if event.price_max is not None else event.price_min,
                },
                "categories": taxonomy_list(event.categories.all(), categories),
                "sectors": taxonomy_list(event.sectors.all(), sectors),
                "center": self.center(occurrence.center, urls, language),
                "venue": event.place_name,
                "space": self.space(event.localized_space, request),
                "image": self.image(event.hero_image, event.hero_alt_text),
                "locale": language,
            }

    @staticmethod
    def space(space, request):
        if space is None:
            return None
        return {"id": space.pk, "title": space.title, "url": space.get_full_url(request)}

    @staticmethod
    def center(center, urls, language):
        if center is None:
            return None
        return {
            "id": center.pk,
            "slug": center.slug,
            "title": center.title,
            "url": urls.get(center.translation_key, {}).get(language),
            "ward": wards.as_data(center.ward, language),
            "former_district": center.district,
            "district": center.district,
            "latitude": float(center.latitude),
            "longitude": float(center.longitude),
        }
