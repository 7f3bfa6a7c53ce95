"""The Wagtail admin home at full size: time and queries per user, against a 300 ms target.

Fills a throwaway database with ``manage.py generate_network`` (20 centers, 100,000
occurrences, 20,000 spaces; ``--small`` for 4 centers, 5,000 and 1,000), then GETs
``/admin/`` in this process with Django's test client, as the Department (its overview of
every center), as a superuser and as a center's editor (their center's panel), and the
report figures that the home loads after it (``/admin/reports/home-figures/``). Prints the
query count, the median and 95th-percentile wall-clock time, and the process's own CPU
time (with SQLite the database's work too; a fairer measure on a busy machine).

The database is a temporary SQLite file, or a new database on the PostgreSQL server of
DATABASE_URL, dropped afterwards:

    .venv/bin/python bench/bench_admin_home.py
    scripts/with_postgres.sh .venv/bin/python bench/bench_admin_home.py
    .venv/bin/python bench/bench_admin_home.py --reuse sqlite:////tmp/full.sqlite3

``--reuse URL`` measures a database that ``generate_network`` filled before (nothing is
created or dropped, but the bench's three users).
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
import uuid
import warnings
from pathlib import Path

from harness import timed_gets

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
warnings.filterwarnings("ignore", message="No directory at")

TARGET_MS = 300
RUNS = int(os.environ.get("RUNS", "15"))
FULL = {"centers": 20, "occurrences": 100_000, "spaces": 20_000}
SMALL = {"centers": 4, "occurrences": 5_000, "spaces": 1_000}


class ThrowawayDatabase:
    """A new database on DATABASE_URL's PostgreSQL server, or a temporary SQLite file."""

    def __init__(self, tmp):
        self.url = os.environ.get("DATABASE_URL", "")
        self.created = None
        if self.url.startswith(("postgres://", "postgresql://")):
            import psycopg

            self.created = f"hcc_bench_{uuid.uuid4().hex[:8]}"
            self.admin = psycopg.connect(self.url, autocommit=True)
            self.admin.execute(f'CREATE DATABASE "{self.created}"')
            self.url = self.url.rsplit("/", 1)[0] + "/" + self.created
        else:
            self.url = f"sqlite:///{tmp / 'bench.sqlite3'}"

    def drop(self):
        if self.created:
            self.admin.execute(f'DROP DATABASE IF EXISTS "{self.created}" WITH (FORCE)')
            self.admin.close()


def users():
    from django.contrib.auth import get_user_model

    from network.models import CenterPage
    from roles.groups import department_group

    model = get_user_model()
    model.objects.filter(username__startswith="bench-").delete()
    superuser = model.objects.create_superuser("bench-admin", password=None)
    department = model.objects.create_user("bench-department", password=None)
    department.groups.add(department_group())
    editor = model.objects.create_user("bench-editor", password=None)
    center = CenterPage.objects.filter(locale__language_code="vi").order_by("path").first()
    editor.groups.add(center.editors_group)
    return [("Department", department), ("superuser", superuser), ("center editor", editor)]


def timed(client, url):
    assert client.get(url).status_code == 200  # warm: imports, templates, connection
    walls, cpus, queries, responses = timed_gets(client, url, RUNS)
    for response in responses:
        assert response.status_code == 200, (url, response.status_code)
    walls.sort()
    p95 = walls[min(len(walls) - 1, round(0.95 * (len(walls) - 1)))]
    return queries, statistics.median(walls), p95, statistics.median(cpus)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="4 centers instead of 20")
    parser.add_argument("--reuse", metavar="URL", help="a database generate_network filled")
    options = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-admin-home-"))
    database = None
    if options.reuse:
        os.environ["DATABASE_URL"] = options.reuse
    else:
        database = ThrowawayDatabase(tmp)
        os.environ["DATABASE_URL"] = database.url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hanoi.settings.test")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    try:
        started = time.monotonic()
        sizes = SMALL if options.small else FULL
        if database is not None:
            call_command("migrate", verbosity=0)
            call_command("generate_network", *[f"--{k}={v}" for k, v in sizes.items()])
        engine = connection.vendor
        rows = []
        for label, user in users():
            client = Client(HTTP_HOST="localhost")
            client.force_login(user)
            rows.append((label, "/admin/", *timed(client, "/admin/")))
            rows.append((label, "figures panel", *timed(client, "/admin/reports/home-figures/")))
        print(f"Admin home ({engine}, {RUNS} runs each, target {TARGET_MS} ms for /admin/)")
        heads = ("user", "what", "queries", "median ms", "p95 ms", "cpu ms")
        print("{:<15} {:<14} {:>7} {:>10} {:>7} {:>7}".format(*heads))
        for label, what, queries, median, p95, cpu in rows:
            print(f"{label:<15} {what:<14} {queries:>7} {median:>10.1f} {p95:>7.1f} {cpu:>7.1f}")
        met = all(median <= TARGET_MS for _l, what, _q, median, _p, _c in rows if what == "/admin/")
        print(f"target met: {'yes' if met else 'NO'}; total {time.monotonic() - started:.0f} s")
        return 0 if met else 1
    finally:
        connection.close()
        if database is not None:
            database.drop()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
