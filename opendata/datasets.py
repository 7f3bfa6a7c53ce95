"""The open datasets: what the open-data page explains and the bulk ZIP holds.

A registry: each app that publishes a dataset registers it in its ``AppConfig.ready()``
with :func:`register` (this app registers the centers, events and spaces; residents and
festivals add theirs the same way). A dataset names its API endpoint, its CSV file, its
columns with what each means (the ZIP's data dictionary and the page's table) and a
function giving its rows: only what a visitor may open (``.visible()``, the API's rule,
:mod:`cms.visibility`), in every language, one row per item and language.
"""

from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

DATASETS = {}


@dataclass(frozen=True)
class Column:
    name: str
    description: str


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: str
    description: str
    api: str  # the endpoint under /api/v2/
    columns: list = field(default_factory=list)
    rows: object = None  # () -> iterable of value lists, in the columns' order
    updated: str = _("As soon as a center publishes a change.")

    @property
    def filename(self):
        return f"{self.slug}.csv"


def register(dataset):
    DATASETS[dataset.slug] = dataset


def datasets():
    return list(DATASETS.values())


def iso(moment):
    """ISO 8601 in Hanoi time with its offset, to the second: 2026-12-05T19:30:00+07:00."""
    return timezone.localtime(moment).replace(microsecond=0).isoformat() if moment else ""


def flag(value):
    return "true" if value else "false"


def slugs(objects):
    return " ".join(sorted(obj.slug for obj in objects))


COMMON = [
    Column("language", _("The row's language: vi or en.")),
    Column(
        "translation_key",
        _("The same for every language version of one item: join vi and en rows on it."),
    ),
]


# The network's own datasets -------------------------------------------------------------
def center_rows():
    from network import wards
    from network.models import CenterPage

    centers = (
        CenterPage.objects.visible()
        .live()
        .select_related("locale")
        .prefetch_related("sectors")
        .order_by("path")
    )
    for center in centers:
        language = center.locale.language_code
        ward = wards.as_data(center.ward, language) or {}
        yield [
            center.pk,
            language,
            str(center.translation_key),
            center.slug,
            center.title,
            center.full_url or "",
            center.address,
            ward.get("code", ""),
            ward.get("name", ""),
            center.district,
            center.latitude,
            center.longitude,
            slugs(center.sectors.all()),
            iso(center.last_published_at),
        ]


def event_rows():
    from events.models import EventOccurrence

    occurrences = (
        EventOccurrence.objects.visible()
        .filter(event__live=True)
        .select_related("event", "center", "locale")
        .prefetch_related("event__categories", "event__sectors")
        .defer("event__body")
        .order_by("start", "pk")
    )
    for occurrence in occurrences.iterator(chunk_size=500):
        event = occurrence.event
        yield [
            occurrence.pk,
            event.pk,
            occurrence.locale.language_code,
            str(event.translation_key),
            event.title,
            event.full_url or "",
            iso(occurrence.start),
            iso(occurrence.end),
            flag(occurrence.all_day),
            occurrence.status,
            occurrence.center.slug if occurrence.center else "",
            event.place_name,
            flag(event.is_free),
            event.price_min,
            event.price_max if event.price_max is not None else event.price_min,
            event.attendance_mode,
            slugs(event.categories.all()),
            slugs(event.sectors.all()),
        ]


def space_rows():
    from spaces.models import SpacePage

    spaces = (
        SpacePage.objects.visible()
        .live()
        .with_center()
        .select_related("locale")
        .prefetch_related("amenities", "sectors")
        .defer_streamfields()
        .order_by("path")
    )
    for space in spaces:
        yield [
            space.pk,
            space.locale.language_code,
            str(space.translation_key),
            space.title,
            space.full_url or "",
            space.center_slug,
            space.space_type,
            space.area,
            space.capacity_seated,
            space.capacity_standing,
            space.price,
            space.price_period,
            slugs(space.amenities.all()),
            slugs(space.sectors.all()),
            iso(space.last_published_at),
        ]


def one_of(choices):
    return format_lazy(_("One of: {codes}."), codes=", ".join(choices.values))


def register_network_datasets():
    from events.choices import AttendanceMode, EventStatus
    from spaces.choices import PricePeriod, SpaceType

    register(
        Dataset(
            slug="centers",
            title=_("Centers"),
            description=_("The network's Cultural Industry Centers: address, ward, map point."),
            api="/api/v2/centers/",
            columns=[
                Column("id", _("The center's id, as in the API.")),
                *COMMON,
                Column("slug", _("The center's name in its web address.")),
                Column("title", _("Name.")),
                Column("url", _("Its page.")),
                Column("address", _("Street address.")),
                Column("ward_code", _("Official code of its ward or commune (since 2025).")),
                Column("ward_name", _("Its ward or commune.")),
                Column("former_district", _("Its district before 1 July 2025.")),
                Column("latitude", _("Latitude (WGS 84).")),
                Column("longitude", _("Longitude (WGS 84).")),
                Column("sectors", _("Its cultural sectors (slugs, space-separated).")),
                Column("last_modified", _("When it was last published.")),
            ],
            rows=center_rows,
        )
    )
    register(
        Dataset(
            slug="events",
            title=_("Events"),
            description=_("Every date of every published event: one row per date."),
            api="/api/v2/events/",
            columns=[
                Column("date_id", _("The date's id, as the API's event items.")),
                Column("event_id", _("The event's id: the same on each of its dates.")),
                *COMMON,
                Column("title", _("The event's title.")),
                Column("url", _("Its page.")),
                Column("start", _("When the date starts (ISO 8601, +07:00).")),
                Column("end", _("When the date ends (ISO 8601, +07:00).")),
                Column("all_day", _("true when it lasts all day.")),
                Column("status", one_of(EventStatus)),
                Column("center", _("The center's slug (empty for network-wide events).")),
                Column("venue", _("Where, in words.")),
                Column("free", _("true when entry is free.")),
                Column("price_min", _("Lowest price, VND.")),
                Column("price_max", _("Highest price, VND.")),
                Column("attendance_mode", one_of(AttendanceMode)),
                Column("categories", _("Its categories (slugs, space-separated).")),
                Column("sectors", _("Its cultural sectors (slugs, space-separated).")),
            ],
            rows=event_rows,
        )
    )
    register(
        Dataset(
            slug="spaces",
            title=_("Spaces"),
            description=_("Studios, stages, galleries and desks the centers let."),
            api="/api/v2/spaces/",
            columns=[
                Column("id", _("The space's id, as in the API.")),
                *COMMON,
                Column("title", _("Name.")),
                Column("url", _("Its page.")),
                Column("center", _("Its center's slug.")),
                Column("space_type", one_of(SpaceType)),
                Column("area", _("Area, m².")),
                Column("capacity_seated", _("People seated.")),
                Column("capacity_standing", _("People standing.")),
                Column("price", _("Price, VND per period.")),
                Column("price_period", one_of(PricePeriod)),
                Column("amenities", _("Its amenities (slugs, space-separated).")),
                Column("sectors", _("Its cultural sectors (slugs, space-separated).")),
                Column("last_modified", _("When it was last published.")),
            ],
            rows=space_rows,
        )
    )
