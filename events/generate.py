"""A big generated network for load tests: ``manage.py generate_network``.

Centers go through the real service (``network.centers.create_center``: indexes,
collection, editors group, published revisions) and get an English copy; events and
spaces, thousands of them, are inserted in bulk into the page tree (treebeard paths
computed here, one multi-row insert per table), with their occurrences, taxonomies and
search index entries. The bulk pages are Vietnamese only and have no revision: they are
what the public sees, not what editors work on. Refuses a database that already holds a
network, so it can never mix with real content.
"""

import random
import uuid
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backends

from events.models import (
    EventCategory,
    EventIndexPage,
    EventOccurrence,
    EventPage,
    NetworkEventsPage,
)
from network.centers import create_center
from network.models import Amenity, CenterPage, NetworkHomePage, Sector
from ops import pagecache
from spaces import factories as space_factories
from spaces.facets import refresh_masks
from spaces.models import BlockedPeriod, NetworkSpacesPage, SpaceIndexPage, SpacePage

SECTORS = [
    ("design", "Thiết kế"),
    ("fine-arts", "Mỹ thuật"),
    ("music", "Âm nhạc"),
    ("film", "Điện ảnh"),
    ("crafts", "Thủ công mỹ nghệ"),
    ("performing-arts", "Nghệ thuật biểu diễn"),
]
AMENITIES = [
    ("wifi", "Wi-Fi"),
    ("natural-light", "Ánh sáng tự nhiên"),
    ("air-conditioning", "Điều hòa"),
    ("projector", "Máy chiếu"),
    ("sound-system", "Hệ thống âm thanh"),
    ("step-free", "Lối đi không bậc"),
    ("parking", "Bãi đỗ xe"),
    ("kitchen", "Bếp chung"),
]
CATEGORIES = [
    ("live-music", "Âm nhạc"),
    ("exhibition", "Triển lãm"),
    ("workshop", "Hội thảo thực hành"),
    ("film-screening", "Chiếu phim"),
    ("talk", "Tọa đàm"),
]
DISTRICTS = ["Hoàn Kiếm", "Ba Đình", "Đống Đa", "Tây Hồ", "Long Biên", "Hai Bà Trưng"]
# The ward (since 1 July 2025) of each former district's name, by its official code.
WARDS = [70, 4, 235, 103, 148, 256]
EVENT_WORDS = ["Đêm nhạc", "Triển lãm", "Xưởng gốm", "Chiếu phim", "Tọa đàm", "Hòa nhạc"]


class NotEmpty(Exception):
    """The database already holds a network."""


@dataclass
class Summary:
    centers: int
    events: int
    occurrences: int
    spaces: int

    def line(self):
        return (
            f"{self.centers} centers, {self.events} events, {self.occurrences} occurrences, "
            f"{self.spaces} spaces"
        )


def generate(centers=20, events=None, occurrences=100_000, spaces=20_000, seed=2026, log=print):
    existing = CenterPage.objects.count() + NetworkHomePage.objects.count()
    if existing:
        raise NotEmpty(
            f"This database already holds a network ({existing} home or center pages). "
            "generate_network fills an empty database only: point DATABASE_URL at a new one."
        )
    rng = random.Random(seed)  # noqa: S311 - generated content, not secrets
    events = events or max(centers * 5, centers * 10)
    with transaction.atomic():
        vi, en = _locales()
        taxonomy = _taxonomy(vi)
        log("home, network calendar and spaces")
        home = _home(vi, en)
        log(f"{centers} centers through create_center")
        made = _centers(home, centers, en, rng)
        log(f"{events} events, {occurrences} occurrences")
        event_pages = _events(made, events, taxonomy, rng)
        occurrence_count = spread_occurrences(event_pages, occurrences)
        log(f"{spaces} spaces")
        space_count = _spaces(made, spaces, taxonomy, rng)
    log("search index of events and spaces")
    _index()
    pagecache.invalidate()
    return Summary(len(made), len(event_pages), occurrence_count, space_count)


def _locales():
    vi = Locale.objects.get_or_create(language_code="vi")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    return vi, en


def _taxonomy(vi):
    found = {}
    for model, rows in ((Sector, SECTORS), (Amenity, AMENITIES), (EventCategory, CATEGORIES)):
        found[model.__name__] = [
            model.objects.get_or_create(slug=slug, locale=vi, defaults={"name": name})[0]
            for slug, name in rows
        ]
    return found


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _home(vi, en):
    root = Page.get_first_root_node()
    for page in root.get_children():  # Wagtail's welcome page
        page.delete()
    home = _publish(
        root,
        NetworkHomePage(
            title="Mạng lưới Trung tâm Công nghiệp Văn hóa Hà Nội",
            slug="trang-chu",
            locale=vi,
            introduction="Mạng lưới được sinh tự động để đo tải.",
        ),
    )
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    _publish(home, NetworkEventsPage(title="Sự kiện", slug="events"))
    _publish(home, NetworkSpacesPage(title="Không gian", slug="spaces"))
    for page in [home, *home.get_children().specific()]:
        copy = page.copy_for_translation(en)
        copy.save_revision().publish()
    return home


def _centers(home, count, en, rng):
    made = []
    for n in range(count):
        center = create_center(
            home,
            title=f"Trung tâm Sáng tạo {n + 1:02d}",
            slug=f"trung-tam-{n + 1:02d}",
            introduction="Không gian sáng tạo cho nghệ sĩ và doanh nghiệp văn hóa.",
            address=f"{n + 1} phố Hàng Bông, Hà Nội",
            district=DISTRICTS[n % len(DISTRICTS)],
            ward=WARDS[n % len(WARDS)],
            latitude=Decimal(f"{21.0 + rng.random() * 0.08:.6f}"),
            longitude=Decimal(f"{105.80 + rng.random() * 0.08:.6f}"),
        )
        copy = center.copy_for_translation(en)
        copy.save_revision().publish()
        made.append(center)
    return made


def _bulk_pages(parent, model, pages):
    """Insert ``pages`` (unsaved ``model`` instances) as live children of ``parent``."""
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    parent = Page.objects.get(pk=parent.pk)
    base_rows = []
    for number, page in enumerate(pages, start=parent.numchild + 1):
        page.path = Page._get_path(parent.path, parent.depth + 1, number)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.draft_title = page.title
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.translation_key = uuid.uuid4()
        page.live = True
        page.first_published_at = page.last_published_at = now
        base_rows.append(
            Page(**{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields})
        )
    Page.objects.bulk_create(base_rows, batch_size=2000)
    for page, row in zip(pages, base_rows, strict=True):
        page.pk = page.page_ptr_id = page.id = row.pk
    _insert_local_rows(model, pages)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))
    return pages


def _insert_local_rows(model, objects):
    """One multi-row INSERT per batch into ``model``'s own table (below Page)."""
    fields = list(model._meta.local_concrete_fields)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})"  # noqa: S608
    rows = [
        [field.get_db_prep_save(getattr(obj, field.attname), connection) for field in fields]
        for obj in objects
    ]
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 2000):
            cursor.executemany(sql, rows[start : start + 2000])


def _events(centers, count, taxonomy, rng):
    start = timezone.localtime(timezone.now()).replace(hour=19, minute=30, second=0, microsecond=0)
    by_center = {center.pk: [] for center in centers}
    for n in range(count):
        center = centers[n % len(centers)]
        first = start + timedelta(days=n % 30)
        by_center[center.pk].append(
            EventPage(
                title=f"{EVENT_WORDS[n % len(EVENT_WORDS)]} số {n + 1}",
                slug=f"su-kien-{n + 1}",
                introduction="Sự kiện được sinh tự động để đo tải.",
                start=first,
                end=first + timedelta(hours=2),
                is_free=n % 3 == 0,
                price_min=None if n % 3 == 0 else 50_000 * (1 + n % 6),
                venue="Sân khấu chính",
            )
        )
    made = []
    categories, sectors = taxonomy["EventCategory"], taxonomy["Sector"]
    category_rows, sector_rows = [], []
    for center in centers:
        calendar = EventIndexPage.objects.child_of(center).get()
        pages = _bulk_pages(calendar, EventPage, by_center[center.pk])
        for page in pages:
            page._calendar_id, page._center_id = calendar.pk, center.pk
            category_rows.append(
                EventPage.categories.through(
                    eventpage_id=page.pk, eventcategory=rng.choice(categories)
                )
            )
            sector_rows.append(
                EventPage.sectors.through(eventpage_id=page.pk, sector=rng.choice(sectors))
            )
        made.extend(pages)
    EventPage.categories.through.objects.bulk_create(category_rows, batch_size=5000)
    EventPage.sectors.through.objects.bulk_create(sector_rows, batch_size=5000)
    return made


def spread_occurrences(events, size, fingerprint="generated"):
    """``size`` occurrence rows of ``events`` in turn, two hours each, spread evenly from 30
    days back to 400 ahead (also the benchmark's rows: bench/bench_events.py)."""

    first = timezone.localtime(timezone.now()).replace(hour=8, minute=0, second=0, microsecond=0)
    first -= timedelta(days=30)
    span = 430 * 24 * 60
    batch = []
    for i in range(size):
        event = events[i % len(events)]
        start = first + timedelta(minutes=(i * span) // max(size, 1))
        end = start + timedelta(hours=2)
        batch.append(
            EventOccurrence(
                event_id=event.pk,
                calendar_id=event._calendar_id,
                center_id=event._center_id,
                locale_id=event.locale_id,
                start=start,
                end=end,
                local_date=timezone.localtime(start).date(),
                end_date=timezone.localtime(end).date(),
                original_start=start,
                status="scheduled",
                fingerprint=fingerprint,
            )
        )
        if len(batch) == 10_000:
            EventOccurrence.objects.bulk_create(batch)
            batch = []
    EventOccurrence.objects.bulk_create(batch)
    return size


def _spaces(centers, count, taxonomy, rng):
    """The spaces app's generated spaces (built, not saved), inserted in bulk with their
    amenities, sectors and blocked periods."""
    by_center = space_factories.generate(
        centers, count, rng, amenities=taxonomy["Amenity"], sectors=taxonomy["Sector"], create=False
    )
    amenity_rows, sector_rows, blocked = [], [], []
    for center in centers:
        index = SpaceIndexPage.objects.child_of(center).get()
        for page in _bulk_pages(index, SpacePage, by_center[center.pk]):
            for amenity in page.amenities.all():
                amenity_rows.append(
                    SpacePage.amenities.through(spacepage_id=page.pk, amenity=amenity)
                )
            for sector in page.sectors.all():
                sector_rows.append(SpacePage.sectors.through(spacepage_id=page.pk, sector=sector))
            for period in page.blocked_periods.all():
                period.page_id = page.pk
                blocked.append(period)
    SpacePage.amenities.through.objects.bulk_create(amenity_rows, batch_size=5000)
    SpacePage.sectors.through.objects.bulk_create(sector_rows, batch_size=5000)
    refresh_masks(SpacePage.objects.all())  # the links were written in bulk, not by save()
    BlockedPeriod.objects.bulk_create(blocked, batch_size=5000)
    return count


def _index():
    """Index the bulk pages for search (create_center's pages are indexed by their signals)."""
    for backend in get_search_backends():
        for model in (EventPage, SpacePage):
            queryset = model.objects.all()
            for start in range(0, queryset.count(), 2000):
                backend.add_bulk(model, list(queryset.order_by("pk")[start : start + 2000]))
