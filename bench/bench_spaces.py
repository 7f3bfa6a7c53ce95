"""Benchmark: the network spaces page with every filter on, at 1,000 and 20,000 spaces.

Builds a throwaway SQLite database (the demo network, then spaces bulk-inserted under its
six centers), requests /vi/spaces/ with every filter and a sort, and prints the query
count and the median and 95th-percentile response times. The query count must not
change with the number of spaces.

    DJANGO_SETTINGS_MODULE=hanoi.settings.test .venv/bin/python bench/bench_spaces.py
"""

import random
import re
import statistics
import sys
import time
import uuid
from datetime import timedelta

from harness import finish, setup_throwaway_sqlite

TMP = setup_throwaway_sqlite("bench-spaces-")

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Page  # noqa: E402

from network.models import Amenity, Sector  # noqa: E402
from spaces.models import BlockedPeriod, SpaceIndexPage, SpacePage  # noqa: E402

SIZES = [1_000, 20_000]
RUNS = 20
TYPES = ["studio", "gallery", "stage", "desk", "workshop", "outdoor", "screening"]
PERIODS = ["hour", "day", "month", "request"]


def add_spaces(count, rng):
    """Bulk-insert ``count`` live Vietnamese spaces, spread over the centers' indexes."""
    indexes = list(SpaceIndexPage.objects.filter(locale__language_code="vi").order_by("path"))
    content_type = ContentType.objects.get_for_model(SpacePage)
    amenities = list(Amenity.objects.filter(locale__language_code="vi"))
    sectors = list(Sector.objects.filter(locale__language_code="vi"))
    now = timezone.now()
    today = timezone.localdate()
    amenity_rows, sector_rows, blocked = [], [], []
    with transaction.atomic():
        for number in range(count):
            index = indexes[number % len(indexes)]
            index.numchild += 1
            period = rng.choice(PERIODS)
            slug = f"bench-{uuid.uuid4().hex[:12]}"
            page = Page(
                title=f"Không gian thử {number}",
                draft_title=f"Không gian thử {number}",
                slug=slug,
                path=Page._get_path(index.path, index.depth + 1, index.numchild),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                content_type=content_type,
                locale_id=index.locale_id,
                translation_key=uuid.uuid4(),
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
            page.save_base(raw=True)
            space = SpacePage(
                page_ptr=page,
                space_type=rng.choice(TYPES),
                area=rng.randint(4, 600),
                capacity_seated=rng.randint(1, 300),
                capacity_standing=rng.choice([None, rng.randint(10, 500)]),
                price_period=period,
                price=None if period == "request" else rng.randint(1, 200) * 100_000,
            )
            space.__dict__.update(page.__dict__ | {"_state": space._state})
            space.save_base(raw=True)
            for amenity in rng.sample(amenities, 3):
                amenity_rows.append(
                    SpacePage.amenities.through(spacepage_id=page.pk, amenity=amenity)
                )
            for sector in rng.sample(sectors, 2):
                sector_rows.append(SpacePage.sectors.through(spacepage_id=page.pk, sector=sector))
            if number % 3 == 0:
                start = today + timedelta(days=rng.randint(0, 60))
                blocked.append(
                    BlockedPeriod(page_id=page.pk, start=start, end=start + timedelta(days=3))
                )
        for index in indexes:
            Page.objects.filter(pk=index.pk).update(numchild=index.numchild)
        SpacePage.amenities.through.objects.bulk_create(amenity_rows)
        SpacePage.sectors.through.objects.bulk_create(sector_rows)
        BlockedPeriod.objects.bulk_create(blocked)
        from spaces.facets import refresh_masks  # links written in bulk, not by save()

        refresh_masks(SpacePage.objects.all())


def measure(client, url):
    client.get(url)  # warm caches (site root paths, templates)
    timings = []
    for _run in range(RUNS):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    timings.sort()
    p95 = timings[max(0, int(round(0.95 * len(timings))) - 1)]
    return len(queries), statistics.median(timings), p95, response


def main():
    started = time.monotonic()
    call_command("migrate", verbosity=0)
    from network.demo.loader import load_demo

    load_demo()
    rng = random.Random(2026)  # noqa: S311 (benchmark data, not secrets)
    free_on = (timezone.localdate() + timedelta(days=5)).isoformat()
    url = (
        "/vi/spaces/?type=studio&center=complex-01&district=%C4%90%E1%BB%91ng+%C4%90a"
        "&min_area=10&capacity=1&period=month&max_price=15000000&sector=fine-arts"
        f"&amenity=natural-light&amenity=wifi&free_on={free_on}&sort=price"
    )
    client = Client(HTTP_HOST="localhost")
    rows = []
    total = SpacePage.objects.count()
    for size in SIZES:
        add_spaces(size - total, rng)
        total = size
        for label, target in (("every filter", url), ("no filter", "/vi/spaces/")):
            queries, median, p95, response = measure(client, target)
            found = int(re.search(rb'data-count="(\d+)"', response.content).group(1))
            rows.append((size, label, queries, found, median, p95))
    print(f"Network spaces page /vi/spaces/ ({RUNS} runs each, SQLite)")
    header = f"{'spaces':>8} {'query string':<14} {'queries':>8} {'results':>8}"
    print(f"{header} {'median ms':>10} {'p95 ms':>8}")
    for size, label, queries, found, median, p95 in rows:
        line = f"{size:>8} {label:<14} {queries:>8} {found:>8}"
        print(f"{line} {median:>10.1f} {p95:>8.1f}")
    return finish(rows, ("every filter", "no filter"), started, TMP)


if __name__ == "__main__":
    sys.exit(main())
