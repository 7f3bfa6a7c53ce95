"""Benchmark: every kind of anonymous URL, whatever its query string, against 200 ms.

Fills a throwaway SQLite database with ``manage.py generate_network`` (``--full``: 20
centers, 100,000 occurrences, 20,000 spaces; by default a fifth of that), runs ``ANALYZE``
as the nightly ``refresh_occurrences`` would, then drives one URL of every public kind
through Django's test client, in process, three ways:

- *cold*: the page cache off and the finder's facet counts not kept, so each request
  does all its work (the first visitor after a publish, or a URL nobody asked before);
- *hostile*: the same URL with the values a prober sends to the parameters it reads
  (page 999999, dates from 2000 to 2100, a sitemap file that does not exist), cold;
- *junk*: the same URL with a random parameter it does not read (``?x=<random>``),
  with the page cache on and the plain URL cached once: the cache must answer it.

Prints, per URL and way, the status, SQL queries, median and worst wall time of RUNS
requests, the worst process (CPU) time (wall time on a busy machine includes waiting
for a core), and whether the worst wall time is within the target.

    .venv/bin/python bench/bench_anonymous.py                 # a fifth of full size
    .venv/bin/python bench/bench_anonymous.py --full          # generate_network's full size
    .venv/bin/python bench/bench_anonymous.py --database /tmp/network.sqlite3
        # an existing generated database (migrated and analysed; the page cache's stamp
        # file is kept beside it)
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

from harness import timed_gets

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = 200
RUNS = int(os.environ.get("RUNS", "5"))
SMALL = {"centers": 20, "occurrences": 20_000, "spaces": 4_000}
FULL = {"centers": 20, "occurrences": 100_000, "spaces": 20_000}


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--database", help="an SQLite file already filled by generate_network")
    return parser.parse_args()


def prepare(args):
    if args.database:
        os.environ["DATABASE_URL"] = f"sqlite:///{Path(args.database).resolve()}"
        return None
    tmp = tempfile.mkdtemp(prefix="bench-anonymous-")
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    return FULL if args.full else SMALL


def urls():
    """``(label, plain URL, hostile query string)`` for one URL of every public kind."""
    from events.models import EventPage
    from network.models import CenterPage
    from spaces.models import SpacePage

    center = CenterPage.objects.filter(locale__language_code="vi").order_by("path")[1]
    event = EventPage.objects.live().descendant_of(center).order_by("path").first()
    space = SpacePage.objects.live().descendant_of(center).order_by("path").first()
    last_spaces = SpacePage.objects.filter(locale__language_code="vi").count() // 2000 + 1
    wide = "from=2000-01-01&to=2100-12-31"
    return [
        ("home", "/vi/", "page=999999"),
        ("home en", "/en/", "page=999999"),
        ("network calendar", "/vi/events/", f"page=999999&{wide}"),
        ("month grid", "/vi/events/?view=month", "month=2100-12&free=1"),
        ("center calendar", f"{center.url}events/", "page=999999&past=1"),
        ("network feed.ics", "/vi/events/feed.ics", wide),
        ("center feed.ics", f"{center.url}events/feed.ics", wide),
        ("feed.rss", "/vi/events/feed.rss", ""),
        ("event page", event.url, ""),
        ("event.ics", f"{event.url}event.ics", ""),
        ("widget", "/vi/widget/events/", f"limit=20&{wide}"),
        ("all spaces", "/vi/spaces/", "page=999999&sort=-area"),
        ("spaces search", "/vi/spaces/?type=studio&period=month", "max_price=1&amenity=wifi"),
        ("center spaces", f"{center.url}spaces/", "page=999999&capacity=20"),
        ("space page", space.url, ""),
        ("search", "/vi/search/?q=dem+nhac", "page=999999&when=past"),
        ("autocomplete", "/vi/search/autocomplete/?q=dem", ""),
        ("sitemap index", "/sitemap.xml", ""),
        ("sitemap spaces", "/sitemap-vi-spaces.xml", f"p={last_spaces}"),
        ("sitemap pages", "/sitemap-vi-pages.xml", "p=999999"),
        ("API pages", "/api/v2/pages/", "offset=1000000&limit=20"),
        ("API centers", "/api/v2/centers/", "locale=en"),
        ("API events", "/api/v2/events/", f"offset=1000000&{wide}"),
        ("API spaces", "/api/v2/spaces/", "offset=1000000&sort=price"),
        ("robots.txt", "/robots.txt", ""),
    ]


def with_query(url, query):
    if not query:
        return url
    return f"{url}{'&' if '?' in url else '?'}{query}"


def measure(client, url):
    client.get(url)  # lazy imports, first renditions, connections
    walls, cpus, queries, responses = timed_gets(client, url, RUNS)
    status, cached = responses[-1].status_code, responses[-1].get("X-Cache", "")
    return status, cached, queries, statistics.median(walls), max(walls), max(cpus)


def main():
    args = parse_args()
    size = prepare(args)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hanoi.settings.test")
    import django

    django.setup()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client, override_settings

    began = time.monotonic()
    call_command("migrate", verbosity=0)  # a database of an older generation too
    if size is not None:
        from events.generate import generate

        print(generate(**size, log=lambda line: None).line())
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    stamp = str(Path(connection.settings_dict["NAME"]).with_suffix(".pagecache-stamp"))
    client = Client(HTTP_HOST="localhost")
    rows = []
    cold = override_settings(PAGE_CACHE_ENABLED=False, SPACES_FACET_CACHE_TIMEOUT=0)
    warm = override_settings(PAGE_CACHE_ENABLED=True, PAGE_CACHE_STAMP_FILE=stamp)
    for label, url, hostile in urls():
        with cold:
            rows.append((label, "cold", url, *measure(client, url)))
            if hostile:
                bad = with_query(url, hostile)
                rows.append((label, "hostile", bad, *measure(client, bad)))
        with warm:
            cache.clear()
            client.get(url)
            junk = with_query(url, f"x={uuid.uuid4().hex}")
            rows.append((label, "junk", junk, *measure_junk(client, junk)))
    print(
        f"Anonymous URLs (SQLite, {RUNS} requests each; target: worst wall time "
        f"under {TARGET_MS} ms)"
    )
    print(
        f"{'URL':<20}{'way':<9}{'status':>7}{'cache':>6}{'queries':>8}"
        f"{'median ms':>10}{'worst ms':>9}{'cpu ms':>8}  target"
    )
    missed = 0
    for label, way, _url, status, cached, queries, median, worst, cpu in rows:
        ok = worst < TARGET_MS
        missed += not ok
        print(
            f"{label:<20}{way:<9}{status:>7}{cached or '-':>6}{queries:>8}"
            f"{median:>10.1f}{worst:>9.1f}{cpu:>8.1f}  {'met' if ok else 'MISSED'}"
        )
    print(
        f"{missed} of {len(rows)} over {TARGET_MS} ms; finished in {time.monotonic() - began:.0f} s"
    )


def measure_junk(client, url):
    """Each request its own random parameter, as a prober sends them."""
    base = url.rsplit("x=", 1)[0]
    found = []
    for _ in range(RUNS):
        found.append(measure_once(client, f"{base}x={uuid.uuid4().hex}"))
    walls = [row[3] for row in found]
    return (*found[-1][:3], statistics.median(walls), max(walls), max(row[4] for row in found))


def measure_once(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        wall, cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        wall, cpu = (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000
    return (
        response.status_code,
        response.get("X-Cache", ""),
        len(captured.captured_queries),
        wall,
        cpu,
    )


if __name__ == "__main__":
    main()
