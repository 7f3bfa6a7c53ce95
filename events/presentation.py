"""What an event page shows beside its fields: dates, next dates, JSON-LD, calendar links."""

from urllib.parse import urlencode

from django.utils import timezone

from cms import formats
from cms.jsonld import json_ld_script
from network.jsonld import center_geo

from . import extensions
from .choices import SCHEMA_MODE, SCHEMA_STATUS, AttendanceMode, EventStatus

NEXT_DATES = 8
GOOGLE_CALENDAR = "https://calendar.google.com/calendar/render"


def when_text(start, end, all_day, language=None):
    """'Thứ Bảy, 5 tháng 12 năm 2026, 19:30–21:30' and its multi-day / all-day forms."""
    local_start, local_end = timezone.localtime(start), timezone.localtime(end)
    if all_day:
        last = (local_end - timezone.timedelta(days=1)).date()
        if last <= local_start.date():
            return formats.long_date(local_start, language)
        return f"{formats.long_date(local_start, language)} – {formats.long_date(last, language)}"
    if local_end.date() == local_start.date():
        return f"{formats.long_datetime(local_start, language)}–{formats.clock(local_end)}"
    return (
        f"{formats.long_datetime(local_start, language)} – "
        f"{formats.long_datetime(local_end, language)}"
    )


def price_text(event, language=None):
    if event.is_free:
        return None
    if event.price_min is None:
        return ""
    if event.price_max and event.price_max != event.price_min:
        return (
            f"{formats.vnd(event.price_min, language)} – {formats.vnd(event.price_max, language)}"
        )
    return formats.vnd(event.price_min, language)


def google_calendar_url(event, occurrence, url):
    if occurrence.all_day:
        dates = f"{occurrence.local_date:%Y%m%d}/{timezone.localtime(occurrence.end).date():%Y%m%d}"
    else:
        dates = (
            f"{occurrence.start.astimezone(timezone.get_fixed_timezone(0)):%Y%m%dT%H%M%SZ}/"
            f"{occurrence.end.astimezone(timezone.get_fixed_timezone(0)):%Y%m%dT%H%M%SZ}"
        )
    location = ", ".join(
        part for part in [event.place_name, event.center.title if event.center else ""] if part
    )
    query = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": dates,
        "details": f"{event.introduction}\n\n{url}".strip(),
        "location": location,
        "ctz": "Asia/Ho_Chi_Minh",
    }
    return f"{GOOGLE_CALENDAR}?{urlencode(query)}"


def json_ld(event, occurrence, url, request):
    """The event's schema.org object, ready to embed in the page's <script>."""
    return json_ld_script(json_ld_data(event, occurrence, url, request))


def json_ld_data(event, occurrence, url, request):
    """The event's schema.org ``Event`` (at ``occurrence``'s date, if given), as a dict."""
    center = event.center
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.introduction,
        "url": url,
        "inLanguage": event.locale.language_code,
        "eventStatus": f"https://schema.org/{SCHEMA_STATUS[event.status]}",
        "eventAttendanceMode": f"https://schema.org/{SCHEMA_MODE[event.attendance_mode]}",
        "isAccessibleForFree": event.is_free,
    }
    if occurrence is not None:
        if occurrence.all_day:
            data["startDate"] = occurrence.local_date.isoformat()
            data["endDate"] = occurrence.end_date.isoformat()
        else:
            data["startDate"] = timezone.localtime(occurrence.start).isoformat()
            data["endDate"] = timezone.localtime(occurrence.end).isoformat()
    locations = []
    if event.attendance_mode != AttendanceMode.ONLINE and center is not None:
        locations.append(
            {
                "@type": "Place",
                "name": ", ".join(p for p in [event.place_name, center.title] if p),
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": center.address,
                    "addressLocality": "Hà Nội",
                    "addressCountry": "VN",
                },
                "geo": center_geo(center),
            }
        )
    if event.attendance_mode != AttendanceMode.OFFLINE and event.online_url:
        locations.append({"@type": "VirtualLocation", "url": event.online_url})
    if locations:
        data["location"] = locations[0] if len(locations) == 1 else locations
    if event.organiser:
        data["organizer"] = {"@type": "Organization", "name": event.organiser}
    offers = {"@type": "Offer", "priceCurrency": "VND", "url": event.ticket_url or url}
    if event.is_free:
        offers["price"] = 0
    elif event.price_min is not None:
        offers["price"] = event.price_min
        if event.price_max and event.price_max != event.price_min:
            offers = {
                "@type": "AggregateOffer",
                "priceCurrency": "VND",
                "lowPrice": event.price_min,
                "highPrice": event.price_max,
                "url": event.ticket_url or url,
            }
    if event.status == EventStatus.FULL:
        offers["availability"] = "https://schema.org/SoldOut"
    data["offers"] = offers
    if event.hero_image:
        data["image"] = request.build_absolute_uri(event.hero_image.file.url)
    for extend in extensions.events.event_json_ld:  # a festival's superEvent
        extend(event, data, request)
    return data


def event_context(event, request):
    now = timezone.now()
    upcoming = list(event.occurrences.filter(end__gte=now).order_by("start")[:NEXT_DATES])
    first = upcoming[0] if upcoming else event.occurrences.order_by("-start").first()
    url = event.get_full_url(request)
    language = event.locale.language_code
    ics_url = event.url + "event.ics" if event.url else None

    def one_date(occurrence):
        return {
            "occurrence": occurrence,
            "when": when_text(occurrence.start, occurrence.end, occurrence.all_day, language),
            "ics_url": f"{ics_url}?date={occurrence.local_date}" if ics_url else None,
            "google_calendar_url": google_calendar_url(event, occurrence, url),
        }

    context = {
        "next_occurrences": [one_date(o) for o in upcoming],
        "this_date": one_date(first) if first else None,
        "first_occurrence": first,
        "when": when_text(first.start, first.end, first.all_day, language) if first else "",
        "price": price_text(event, language),
        "center": event.center,
        "categories": event.localized_categories(),
        "sectors": event.localized_sectors(),
        "json_ld": json_ld(event, first, url, request),
        "google_calendar_url": google_calendar_url(event, first, url) if first else None,
        "ics_url": ics_url,
        "status_banner": event.get_status_display()
        if event.status != EventStatus.SCHEDULED
        else None,
    }
    for extra in extensions.events.event_context:  # the event's festival
        context.update(extra(event, request))
    return context
