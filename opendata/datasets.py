"""The open datasets: what the open-data page explains and the bulk ZIP holds.

A registry of :class:`Dataset` entries, written as data: a dataset names its API
endpoint, its CSV file, where its items come from (``items``: only what a visitor may
open, ``.visible()``, the API's rule, :mod:`cms.visibility`, in every language) and its
columns. A :class:`Column` says what it means (the ZIP's data dictionary and the page's
table) and how to read its cell from an item, so one loop writes every file: one row per
item and language.

The network's datasets are registered here (:func:`register_network_datasets`, from
``OpenDataConfig.ready()``); this app sits above every app it reads.
"""

from dataclasses import dataclass, field
from datetime import datetime, time
from operator import attrgetter

from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

DATASETS = {}


@dataclass(frozen=True)
class Column:
    name: str
    description: str
    value: object = None  # item -> the cell; None: the item's attribute ``name``

    def of(self, item):
        return self.value(item) if self.value is not None else getattr(item, self.name)


@dataclass(frozen=True)
class Dataset:
    slug: str
    title: str
    description: str
    api: str  # the endpoint under /api/v2/
    columns: list = field(default_factory=list)
    items: object = None  # () -> iterable of the items, one per row
    api_note: str = ""  # how the endpoint gives this dataset, when it is not its own
    updated: str = _("As soon as a center publishes a change.")

    @property
    def filename(self):
        return f"{self.slug}.csv"

    def rows(self):
        """The cells of each item, in the columns' order."""
        for item in self.items():
            yield [column.of(item) for column in self.columns]


def register(dataset):
    DATASETS[dataset.slug] = dataset


def datasets():
    return list(DATASETS.values())


def iso(moment):
    """ISO 8601 in Hanoi time with its offset, to the second: 2026-12-05T19:30:00+07:00."""
    return timezone.localtime(moment).replace(microsecond=0).isoformat() if moment else ""


def iso_day(day, at=time(0, 0)):
    """A calendar day (Hanoi) at ``at`` as :func:`iso`: 2026-11-07T00:00:00+07:00."""
    return iso(timezone.make_aware(datetime.combine(day, at))) if day else ""


def flag(value):
    return "true" if value else "false"


def slugs(objects):
    return " ".join(sorted(obj.slug for obj in objects))


def one_of(choices):
    return format_lazy(_("One of: {codes}."), codes=", ".join(choices.values))


# Columns that read the same from every page ------------------------------------------
LANGUAGE = Column(
    "language", _("The row's language: vi or en."), attrgetter("locale.language_code")
)
TRANSLATION_KEY = Column(
    "translation_key",
    _("The same for every language version of one item: join vi and en rows on it."),
    lambda page: str(page.translation_key),
)
COMMON = [LANGUAGE, TRANSLATION_KEY]
SLUG = Column("slug", _("Its name in its web address (as the API's slug)."))
TITLE = Column("title", _("Name."))
URL = Column("url", _("Its page."), lambda page: page.full_url or "")
CENTER = Column("center", _("Its center's slug."), attrgetter("center_slug"))
SECTORS = Column(
    "sectors",
    _("Its cultural sectors (slugs, space-separated)."),
    lambda page: slugs(page.sectors.all()),
)


def identity(id_description, slug=True):
    """The columns naming a page: its id, language, translation key, slug, title, page."""
    return [
        Column("id", id_description, attrgetter("pk")),
        *COMMON,
        *([SLUG] if slug else []),
        TITLE,
        URL,
    ]


LAST_MODIFIED = Column(
    "last_modified",
    _("When it was last published."),
    lambda page: iso(page.last_published_at),
)


def with_center_slug(pages):
    """Annotate ``center_slug``: the slug of the center each page is under (one query)."""
    from cms.tree import center_path_expression
    from network.models import CenterPage

    centers = CenterPage.objects.filter(path=OuterRef("center_path"))
    return pages.annotate(
        center_path=center_path_expression(), center_slug=Subquery(centers.values("slug")[:1])
    )


# Where each dataset's items come from ---------------------------------------------------
def centers():
    from network import wards
    from network.models import CenterPage

    found = (
        CenterPage.objects.visible()
        .live()
        .select_related("locale")
        .prefetch_related("sectors")
        .order_by("path")
    )
    for center in found:
        center.ward_data = wards.as_data(center.ward, center.locale.language_code) or {}
        yield center


def event_dates():
    from events.models import EventOccurrence

    occurrences = (
        EventOccurrence.objects.visible()
        .filter(event__live=True)
        .select_related("event", "center", "locale")
        .prefetch_related("event__categories", "event__sectors")
        .defer("event__body")
        .order_by("start", "pk")
    )
    return occurrences.iterator(chunk_size=500)


def spaces():
    from spaces.models import SpacePage

    return (
        SpacePage.objects.visible()
        .live()
        .with_center()
        .select_related("locale")
        .prefetch_related("amenities", "sectors")
        .defer_streamfields()
        .order_by("path")
    )


def residents():
    """Published residents a visitor may open, each with its space in its own language
    when a visitor may open that (``space_version``: the API's ``space``)."""
    from residents.models import ResidentPage
    from spaces.models import SpacePage

    found = list(
        with_center_slug(ResidentPage.objects.visible())
        .select_related("locale")
        .prefetch_related("sectors", "links")
        .order_by("path")
    )
    keys = dict(
        SpacePage.objects.filter(pk__in={r.space_id for r in found if r.space_id}).values_list(
            "pk", "translation_key"
        )
    )
    versions = {
        (key, locale): pk
        for pk, key, locale in SpacePage.objects.visible()
        .filter(translation_key__in=keys.values())
        .values_list("pk", "translation_key", "locale_id")
    }
    for resident in found:
        resident.space_version = versions.get((keys.get(resident.space_id), resident.locale_id))
        yield resident


def visible_festivals():
    from festivals.models import FestivalPage

    return (
        FestivalPage.objects.visible()
        .select_related("locale")
        .prefetch_related("organisers")
        .defer_streamfields()
        .order_by("path")
    )


def festivals():
    for festival in visible_festivals():
        festival.organiser_slugs = slugs(festival.organiser_centers())
        yield festival


def festival_events():
    """(festival, event id) for each approved event a visitor may open, per language."""
    from events.models import EventPage

    shown = set(EventPage.objects.visible().values_list("pk", flat=True))
    for festival in visible_festivals():
        for event_id in sorted(set(festival.event_ids) & shown):
            yield festival, event_id


def consented(name):
    """A contact detail, only when the resident agreed to show it."""
    return lambda resident: getattr(resident, name) if resident.contact_public else ""


# The registry ---------------------------------------------------------------------------
def register_network_datasets():
    from events.choices import AttendanceMode, EventStatus
    from festivals.models import FestivalKind
    from residents.choices import ResidentKind, Service
    from spaces.choices import PricePeriod, SpaceType

    def event(name):
        return lambda occurrence: getattr(occurrence.event, name)

    for dataset in [
        Dataset(
            slug="centers",
            title=_("Centers"),
            description=_("The network's Cultural Industry Centers: address, ward, map point."),
            api="/api/v2/centers/",
            items=centers,
            columns=[
                *identity(_("The center's id, as in the API.")),
                Column("address", _("Street address.")),
                Column(
                    "ward_code",
                    _("Official code of its ward or commune (since 2025)."),
                    lambda center: center.ward_data.get("code", ""),
                ),
                Column(
                    "ward_name",
                    _("Its ward or commune."),
                    lambda center: center.ward_data.get("name", ""),
                ),
                Column(
                    "former_district", _("Its district before 1 July 2025."), attrgetter("district")
                ),
                Column("latitude", _("Latitude (WGS 84).")),
                Column("longitude", _("Longitude (WGS 84).")),
                SECTORS,
                LAST_MODIFIED,
            ],
        ),
        Dataset(
            slug="events",
            title=_("Events"),
            description=_("Every date of every published event: one row per date."),
            api="/api/v2/events/",
            items=event_dates,
            columns=[
                Column("date_id", _("The date's id, as the API's event items."), attrgetter("pk")),
                Column("event_id", _("The event's id: the same on each of its dates.")),
                LANGUAGE,
                Column(
                    TRANSLATION_KEY.name,
                    TRANSLATION_KEY.description,
                    lambda o: str(o.event.translation_key),
                ),
                Column("title", _("The event's title."), event("title")),
                Column("url", URL.description, lambda o: o.event.full_url or ""),
                Column(
                    "start", _("When the date starts (ISO 8601, +07:00)."), lambda o: iso(o.start)
                ),
                Column("end", _("When the date ends (ISO 8601, +07:00)."), lambda o: iso(o.end)),
                Column("all_day", _("true when it lasts all day."), lambda o: flag(o.all_day)),
                Column("status", one_of(EventStatus)),
                Column(
                    "center",
                    _("The center's slug (empty for network-wide events)."),
                    lambda o: o.center.slug if o.center else "",
                ),
                Column("venue", _("Where, in words."), event("place_name")),
                Column("free", _("true when entry is free."), lambda o: flag(o.event.is_free)),
                Column("price_min", _("Lowest price, VND."), event("price_min")),
                Column(
                    "price_max",
                    _("Highest price, VND."),
                    lambda o: o.event.price_min if o.event.price_max is None else o.event.price_max,
                ),
                Column("attendance_mode", one_of(AttendanceMode), event("attendance_mode")),
                Column(
                    "categories",
                    _("Its categories (slugs, space-separated)."),
                    lambda o: slugs(o.event.categories.all()),
                ),
                Column(SECTORS.name, SECTORS.description, lambda o: slugs(o.event.sectors.all())),
            ],
        ),
        Dataset(
            slug="spaces",
            title=_("Spaces"),
            description=_("Studios, stages, galleries and desks the centers let."),
            api="/api/v2/spaces/",
            items=spaces,
            columns=[
                *identity(_("The space's id, as in the API."), slug=False),
                CENTER,
                Column("space_type", one_of(SpaceType)),
                Column("area", _("Area, m².")),
                Column("capacity_seated", _("People seated.")),
                Column("capacity_standing", _("People standing.")),
                Column("price", _("Price, VND per period.")),
                Column("price_period", one_of(PricePeriod)),
                Column(
                    "amenities",
                    _("Its amenities (slugs, space-separated)."),
                    lambda space: slugs(space.amenities.all()),
                ),
                SECTORS,
                LAST_MODIFIED,
            ],
        ),
        Dataset(
            slug="residents",
            title=_("Residents"),
            description=_(
                "Who works at the centers (organisations, studios, startups, collectives, "
                "artists) and the services they offer. A contact is given only when the "
                "resident agreed to show it."
            ),
            api="/api/v2/residents/",
            items=residents,
            columns=[
                *identity(_("The resident's id, as in the API.")),
                CENTER,
                Column("kind", one_of(ResidentKind)),
                SECTORS,
                Column(
                    "services",
                    format_lazy(
                        _("The services it offers (space-separated). {codes}"),
                        codes=one_of(Service),
                    ),
                    lambda resident: " ".join(service.value for service in resident.services),
                ),
                Column("summary", _("Its short description."), attrgetter("introduction")),
                Column(
                    "space_id",
                    _("The id of the space it works in (as in spaces.csv), if any."),
                    attrgetter("space_version"),
                ),
                Column(
                    "resident_since",
                    _("Resident since (a date, YYYY-MM-DD)."),
                    lambda r: r.resident_since.isoformat() if r.resident_since else "",
                ),
                Column("website", _("Its website.")),
                Column(
                    "links",
                    _("Its social links (space-separated)."),
                    lambda resident: " ".join(link.url for link in resident.links.all()),
                ),
                Column(
                    "email",
                    _("Contact e-mail, only when the resident agreed to show it."),
                    consented("contact_email"),
                ),
                Column(
                    "phone",
                    _("Contact phone, only when the resident agreed to show it."),
                    consented("contact_phone"),
                ),
                LAST_MODIFIED,
            ],
        ),
        Dataset(
            slug="festivals",
            title=_("Festivals"),
            description=_(
                "Festivals, programmes, seasons and series whose events span the centers."
            ),
            api="/api/v2/events/",
            api_note=_("with festival=<slug>: a festival's events"),
            items=festivals,
            columns=[
                *identity(_("The festival's id.")),
                Column("kind", one_of(FestivalKind)),
                Column(
                    "start",
                    _("Its first day, from midnight (ISO 8601, +07:00)."),
                    lambda festival: iso_day(festival.first_day),
                ),
                Column(
                    "end",
                    _("Its last day, to its end (ISO 8601, +07:00)."),
                    lambda festival: iso_day(festival.last_day, time(23, 59, 59)),
                ),
                Column(
                    "organised_by_department",
                    _("true when the Department of Culture and Sports organises it."),
                    lambda festival: flag(festival.organised_by_department),
                ),
                Column(
                    "organisers",
                    _("The organising centers' slugs (space-separated)."),
                    attrgetter("organiser_slugs"),
                ),
                Column("summary", _("Its short description."), attrgetter("introduction")),
                LAST_MODIFIED,
            ],
        ),
        Dataset(
            slug="festival_events",
            title=_("Festivals' events"),
            description=_(
                "Which events belong to which festival: one row per festival, event and "
                "language. Join it to festivals.csv on festival_id and to events.csv on "
                "event_id."
            ),
            api="/api/v2/events/",
            api_note=_("with festival=<slug>: a festival's events"),
            items=festival_events,
            columns=[
                Column(
                    "festival_id",
                    _("The festival's id, as in festivals.csv."),
                    lambda row: row[0].pk,
                ),
                Column(
                    "event_id",
                    _("The event's id, as event_id in events.csv."),
                    lambda row: row[1],
                ),
                Column(
                    LANGUAGE.name,
                    LANGUAGE.description,
                    lambda row: row[0].locale.language_code,
                ),
            ],
        ),
    ]:
        register(dataset)
