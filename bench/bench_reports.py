"""Benchmark: the report figures and the activity report at 10,000 and 100,000 occurrences.

Builds a throwaway SQLite database (the demo network), bulk-inserts event occurrences,
attendance records and inquiries in one past quarter, then times ``figures()`` for the
quarter (whole network and one center) and the activity report page of the admin, and
prints the query count and the median and 95th-percentile times. The query count must not
change with the number of rows: the figures are aggregate queries.

    DJANGO_SETTINGS_MODULE=hanoi.settings.test .venv/bin/python bench/bench_reports.py
"""

import random
import statistics
import sys
import time
from datetime import datetime, timedelta

from harness import finish, setup_throwaway_sqlite

TMP = setup_throwaway_sqlite("bench-reports-")

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from events.models import EventOccurrence, EventPage  # noqa: E402
from network.models import CenterPage  # noqa: E402
from reports.figures import figures  # noqa: E402
from reports.models import EventAttendance  # noqa: E402
from reports.periods import quarter_of  # noqa: E402
from spaces.models import Inquiry  # noqa: E402

SIZES = [10_000, 100_000]
RUNS = 10


def add_rows(count, span, rng, first=0):
    """``count`` occurrences (and a tenth as many attendance rows and inquiries) in ``span``."""
    zone = timezone.get_current_timezone()
    events = list(EventPage.objects.filter(locale__language_code="vi").select_related())
    parents = {event.pk: event.get_parent() for event in events}
    days = (span.end - span.start).days + 1
    occurrences, attendance, inquiries = [], [], []
    taken = set(EventAttendance.objects.values_list("event_id", "date"))
    for number in range(first, first + count):
        event = events[number % len(events)]
        calendar = parents[event.pk]
        day = span.start + timedelta(days=rng.randrange(days))
        start = datetime(day.year, day.month, day.day, 19, 0, tzinfo=zone) + timedelta(
            microseconds=number
        )
        occurrences.append(
            EventOccurrence(
                event=event,
                calendar_id=calendar.pk,
                center_id=calendar.get_parent().pk,
                locale_id=event.locale_id,
                start=start,
                end=start + timedelta(hours=2),
                local_date=day,
                end_date=day,
                original_start=start,
                status=rng.choice(["scheduled"] * 9 + ["cancelled"]),
            )
        )
        if number % 10 == 0 and (event.pk, day) not in taken:
            taken.add((event.pk, day))
            total = rng.randint(10, 400)
            attendance.append(
                EventAttendance(
                    event=event, center_id=calendar.get_parent().pk, date=day, total=total
                )
            )
            inquiries.append(
                Inquiry(
                    center_id=calendar.get_parent().pk,
                    language="vi",
                    name="Khách thử",
                    email="khach@example.vn",
                    message="Thử",
                    respond_by=day,
                    created_at=start,
                    status=rng.choice(["new", "answered", "booked"]),
                    reference=f"BENCH-{number}",
                )
            )
    EventOccurrence.objects.bulk_create(occurrences, batch_size=2000)
    EventAttendance.objects.bulk_create(attendance, batch_size=2000)
    Inquiry.objects.bulk_create(inquiries, batch_size=2000)


def timed(action):
    action()  # warm up
    timings = []
    for _run in range(RUNS):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            action()
            timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[max(0, int(round(0.95 * len(timings))) - 1)]
    return len(queries), statistics.median(timings), p95


def main():
    started = time.monotonic()
    call_command("migrate", verbosity=0)
    from network.demo.loader import load_demo

    load_demo()
    rng = random.Random(2026)  # noqa: S311 (benchmark data, not secrets)
    span = quarter_of(timezone.localdate() - timedelta(days=200))
    center = CenterPage.objects.filter(locale__language_code="vi").first()
    admin = get_user_model().objects.create_superuser("bench", "bench@example.vn", "bench")
    client = Client(HTTP_HOST="localhost")
    client.force_login(admin)
    url = f"/admin/reports/activity/?date_from={span.start}&date_to={span.end}"

    def report():
        assert client.get(url).status_code == 200

    cases = [
        ("figures, network", lambda: figures(span.start, span.end, coverage=False)),
        ("figures, 1 center", lambda: figures(span.start, span.end, [center], coverage=False)),
        ("activity report", report),
    ]
    rows = []
    total = 0
    for size in SIZES:
        add_rows(size - total, span, rng, first=total)
        total = size
        for label, action in cases:
            rows.append((size, label, *timed(action)))
    print(f"Report figures for {span.label} ({RUNS} runs each, SQLite)")
    print(f"{'occurrences':>11} {'what':<18} {'queries':>8} {'median ms':>10} {'p95 ms':>8}")
    for size, label, queries, median, p95 in rows:
        print(f"{size:>11} {label:<18} {queries:>8} {median:>10.1f} {p95:>8.1f}")
    return finish(rows, [label for label, _action in cases], started, TMP)


if __name__ == "__main__":
    sys.exit(main())
