"""What festivals add to the events app (registered in ``FestivalsConfig.ready()``):
``?festival=<slug>`` on the API and the widget, and an event page's festival (a badge,
and ``superEvent`` in its JSON-LD)."""

from django.utils.translation import gettext as _

from cms.visibility import hidden_branches, hidden_branches_for, visible
from events.extensions import Narrowing

from .models import FestivalPage

KEY = "festival"


def visible_festivals(branches=None):
    return visible(FestivalPage.objects.all(), branches)


def festival_by_slug(value, locale):
    """The festival a visitor may open with this slug in ``locale`` (a slug of another
    language version is taken too: a partner may keep the Vietnamese one)."""
    festivals = visible_festivals()
    found = festivals.filter(locale=locale, slug=value).first()
    if found is None:
        other = festivals.filter(slug=value).first()
        if other is not None:
            found = festivals.filter(locale=locale, translation_key=other.translation_key).first()
    return found


def _find(value, locale):
    festival = festival_by_slug(value, locale)
    if festival is None:
        return None
    ids = festival.event_ids
    return lambda occurrences: occurrences.filter(event_id__in=ids)


def _known(locale):
    return sorted(visible_festivals().filter(locale=locale).values_list("slug", flat=True))


FESTIVAL_NARROWING = Narrowing(
    KEY,
    _find,
    _known,
    "Only the dates of the events approved into this festival or programme: its slug in "
    "the language asked for (or another language's); an unknown one is refused.",
)


def festival_of(event):
    """The visible festival this event is approved into, in the event's language, or None.

    Read once per event object (the page's context and its JSON-LD both ask)."""
    if "_festival" in event.__dict__:
        return event.__dict__["_festival"]
    from .models import FestivalEntry

    entry = (
        FestivalEntry.objects.approved()
        .filter(event__translation_key=event.translation_key)
        .select_related("festival")
        .first()
    )
    festival = None
    if entry is not None:
        festival = (
            visible_festivals(hidden_branches())
            .filter(translation_key=entry.festival.translation_key, locale_id=event.locale_id)
            .first()
        )
    event.__dict__["_festival"] = festival
    return festival


def prefetch_festivals(events, request=None):
    """Read the festival of each of ``events`` (what :func:`festival_of` gives) in two
    queries, however many they are: a listing's JSON-LD names each one's ``superEvent``."""
    from .models import FestivalEntry

    events = [event for event in events if "_festival" not in event.__dict__]
    if not events:
        return
    festival_keys = dict(
        FestivalEntry.objects.approved()
        .filter(event__translation_key__in={event.translation_key for event in events})
        .values_list("event__translation_key", "festival__translation_key")
    )
    branches = hidden_branches_for(request) if request is not None else hidden_branches()
    versions = {
        (festival.translation_key, festival.locale_id): festival
        for festival in visible_festivals(branches).filter(
            translation_key__in=set(festival_keys.values()),
            locale_id__in={event.locale_id for event in events},
        )
    }
    for event in events:
        key = festival_keys.get(event.translation_key)
        event.__dict__["_festival"] = versions.get((key, event.locale_id))


def event_context(event, request):
    festival = festival_of(event)
    if festival is None:
        return {}
    label = _("Part of %(festival)s") % {"festival": festival.title}
    return {"festival": festival, "event_badges": [{"url": festival.url, "label": label}]}


def event_json_ld(event, data, request):
    festival = festival_of(event)
    if festival is not None:
        data["superEvent"] = {
            "@type": "Festival",
            "name": festival.title,
            "url": festival.get_full_url(request),
            "startDate": festival.first_day.isoformat(),
            "endDate": festival.last_day.isoformat(),
        }
