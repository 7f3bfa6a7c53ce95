"""What the festival pages show beside their fields: the index's three lists, a festival's
organisers, the map of its venues and its schema.org ``Festival``."""

from django.utils import timezone
from django.utils.translation import gettext as _

from cms import formats
from cms.jsonld import json_ld_script
from cms.visibility import hidden_branches_for
from network.jsonld import center_geo

PAST_SHOWN = 24
SUB_EVENTS = 100  # dates named in the JSON-LD; the calendar and feeds list them all


def date_span(festival, language):
    first, last = festival.first_day, festival.last_day
    if first == last:
        return formats.long_date(first, language)
    return f"{formats.long_date(first, language)} – {formats.long_date(last, language)}"


def index_context(index, festivals, request):
    today = timezone.localdate()
    language = index.locale.language_code
    festivals = list(festivals.select_related("hero_image").order_by("first_day", "pk"))
    for festival in festivals:
        festival.dates_text = date_span(festival, language)
    past = [f for f in festivals if f.last_day < today]
    past.sort(key=lambda festival: festival.last_day, reverse=True)
    return {
        "current_festivals": [f for f in festivals if f.first_day <= today <= f.last_day],
        "upcoming_festivals": [f for f in festivals if f.first_day > today],
        "past_festivals": past[:PAST_SHOWN],
    }


def organiser_names(festival):
    names = [center.title for center in festival.organiser_centers()]
    if festival.organised_by_department:
        names.insert(0, _("Hanoi Department of Culture and Sports"))
    return names


def festival_context(festival, request):
    language = festival.locale.language_code
    centers = list(festival.offered_centers().order_by("path"))
    return {
        "phase": festival.phase(),
        "dates_text": date_span(festival, language),
        "organiser_centers": festival.organiser_centers(),
        "venues": centers,
        "json_ld": festival_json_ld(festival, centers, request),
    }


def _place(center):
    return {
        "@type": "Place",
        "name": center.title,
        "url": center.full_url,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": center.address,
            "addressLocality": "Hà Nội",
            "addressCountry": "VN",
        },
        "geo": center_geo(center),
    }


def festival_json_ld(festival, centers, request):
    """A schema.org ``Festival`` (an ``Event``): its dates, venues, organisers and
    ``subEvent``s, each of which names the festival as its ``superEvent``."""
    url = festival.get_full_url(request)
    data = {
        "@context": "https://schema.org",
        "@type": "Festival",
        "name": festival.title,
        "description": festival.introduction,
        "url": url,
        "inLanguage": festival.locale.language_code,
        "startDate": festival.first_day.isoformat(),
        "endDate": festival.last_day.isoformat(),
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": [_place(center) for center in centers],
    }
    organisers = [{"@type": "Organization", "name": name} for name in organiser_names(festival)]
    if organisers:
        data["organizer"] = organisers
    if festival.hero_image:
        data["image"] = request.build_absolute_uri(festival.hero_image.file.url)
    occurrences = (
        festival.scope()
        .visible(hidden_branches_for(request))
        .order_by("start", "pk")[:SUB_EVENTS]
        .with_pages()
    )
    data["subEvent"] = [
        {
            "@type": "Event",
            "name": occurrence.event.title,
            "url": occurrence.event.get_full_url(request),
            "startDate": occurrence.local_date.isoformat()
            if occurrence.all_day
            else timezone.localtime(occurrence.start).isoformat(),
            "location": {"@type": "Place", "name": occurrence.center.title}
            if occurrence.center
            else None,
        }
        for occurrence in occurrences
    ]
    for sub in data["subEvent"]:
        if sub["location"] is None:
            del sub["location"]
    return json_ld_script(data)
