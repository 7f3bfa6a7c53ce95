"""Benchmark: calendars and feeds at 1k, 10k and 100k occurrences across 20 centers.

Run with ``make bench`` (or ``DJANGO_SETTINGS_MODULE=hanoi.settings.test python
bench/bench_events.py``). Builds a throwaway SQLite database in a temporary folder:
20 centers with 5 published events each, then stores 1,000, 10,000 and 100,000
occurrence rows spread over the next 400 days (bulk-inserted, as the publish handler
would store them), and times each page through Django's test client. Prints, per size and
page, the SQL queries per request and the median and 95th-percentile time. Target: the
query count does not change with the size, and 100k stays within 2x of 1k.
"""

import statistics
import time
from datetime import timedelta

from harness import setup_throwaway_sqlite

setup_throwaway_sqlite("bench-events-")

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

SIZES = [1_000, 10_000, 100_000]
CENTERS = 20
EVENTS_PER_CENTER = 5
RUNS = 11


def build_site():
    from wagtail.models import Locale, Page, Site

    from events.models import EventIndexPage, EventPage, NetworkEventsPage
    from network.centers import create_center
    from network.models import NetworkHomePage

    vi = Locale.objects.get_or_create(language_code="vi")[0]
    Locale.objects.get_or_create(language_code="en")
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    home = NetworkHomePage(title="Mạng lưới", slug="home", locale=vi)
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    calendar = NetworkEventsPage(title="Sự kiện", slug="events")
    home.add_child(instance=calendar)
    calendar.save_revision().publish()
    events = []
    start = timezone.now().replace(hour=12, minute=0, second=0, microsecond=0)
    for n in range(CENTERS):
        center = create_center(
            home,
            title=f"Trung tâm {n:02d}",
            slug=f"center-{n:02d}",
            address="Hà Nội",
            district="Hoàn Kiếm",
            latitude=21,
            longitude=105,
        )
        index = EventIndexPage.objects.child_of(center).get()
        for m in range(EVENTS_PER_CENTER):
            event = EventPage(
                title=f"Sự kiện {n}-{m}", slug=f"su-kien-{m}", start=start, is_free=m % 2 == 0
            )
            index.add_child(instance=event)
            event.save_revision().publish()
            events.append(event)
    return calendar, events


def fill(events, size):
    """Replace every occurrence row with ``size`` rows spread over the next 400 days."""
    from events.generate import spread_occurrences
    from events.models import EventOccurrence
    from events.schedule import analyse

    EventOccurrence.objects.all().delete()
    spread_occurrences(events, size, fingerprint="bench")
    # As the nightly `manage.py refresh_occurrences` does after it writes the dates.
    analyse()


def measure(client, url):
    for _ in range(2):
        client.get(url)
    times, queries = [], 0
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as captured:
            began = time.perf_counter()
            response = client.get(url)
            times.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(captured.captured_queries)
    times.sort()
    return queries, statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main():
    began = time.monotonic()
    call_command("migrate", verbosity=0)
    calendar, events = build_site()
    for event in events:
        event._calendar_id = event.get_parent().pk
        event._center_id = event.get_parent().get_parent().pk
    next_month = (timezone.localdate().replace(day=1) + timedelta(days=32)).strftime("%Y-%m")
    pages = {
        "network calendar": "/vi/events/",
        "center calendar": "/vi/center-07/events/",
        "month grid": f"/vi/events/?view=month&month={next_month}",
        "filtered list": "/vi/events/?free=1&when=month&page=2",
        "feed.ics": "/vi/events/feed.ics",
    }
    client = Client()
    results = {}
    for size in SIZES:
        fill(events, size)
        for name, url in pages.items():
            results[(size, name)] = measure(client, url)
    print(f"Events benchmark (SQLite, {CENTERS} centers, {len(events)} events, {RUNS} runs)")
    print(
        f"{'page':<18}{'occurrences':>12}{'queries':>9}{'median ms':>11}{'p95 ms':>9}{'vs 1k':>8}"
    )
    for name in pages:
        base = results[(SIZES[0], name)][1]
        for size in SIZES:
            queries, median, p95 = results[(size, name)]
            print(
                f"{name:<18}{size:>12,}{queries:>9}{median:>11.1f}{p95:>9.1f}{median / base:>7.2f}x"
            )
    print(f"finished in {time.monotonic() - began:.0f} s")


if __name__ == "__main__":
    main()
