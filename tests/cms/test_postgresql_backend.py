"""hanoi.db.postgresql: Django's PostgreSQL backend with psycopg's compiled date loader.

The loader comparisons run with psycopg alone (no server needed); the last test reads
through the connection in use, which is PostgreSQL in the suite's PostgreSQL pass.
"""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import psycopg
import pytest
from django.db import connection
from django.db.backends.postgresql.psycopg_any import BaseTzLoader
from psycopg.pq import Format

from hanoi.db.postgresql.base import TIMESTAMPTZ_OID, fast_tzloader
from hanoi.settings.base import tuned

# What PostgreSQL sends for timestamptz in text: offsets in hours, minutes and seconds,
# microseconds, the first year, and a date before 1901 (old local-mean-time offsets).
SENT = [
    b"2026-12-06 22:35:33.082367+00",
    b"2026-01-01 10:00:00+07",
    b"1900-01-01 00:00:00+07:06:40",
    b"0001-01-01 00:00:00+00",
    b"2026-03-01 12:00:00-03:30",
]


@pytest.mark.parametrize("tz", [UTC, None, ZoneInfo("Asia/Ho_Chi_Minh")], ids=str)
def test_the_fast_loader_gives_what_djangos_gives(tz):
    class DjangosLoader(BaseTzLoader):
        timezone = tz

    django_loader = DjangosLoader(TIMESTAMPTZ_OID, None)
    fast_loader = fast_tzloader(tz)(TIMESTAMPTZ_OID, None)
    for data in SENT:
        expected, found = django_loader.load(data), fast_loader.load(data)
        assert (found.isoformat(), found.tzinfo) == (expected.isoformat(), expected.tzinfo)
    assert fast_loader.timezone is tz  # what Django's create_cursor() compares


def test_the_fast_loader_parses_with_psycopgs_best_loader():
    best = psycopg.adapters.get_loader(TIMESTAMPTZ_OID, Format.TEXT)
    loader = fast_tzloader(UTC)(TIMESTAMPTZ_OID, None)
    assert isinstance(loader._parse.__self__, best)
    if psycopg.pq.__impl__ in ("c", "binary"):
        assert best.__module__.startswith(("psycopg_c", "psycopg_binary"))


def test_tuned_swaps_only_djangos_postgresql_engine():
    assert tuned({"ENGINE": "django.db.backends.postgresql"})["ENGINE"] == "hanoi.db.postgresql"
    assert tuned({"ENGINE": "django.db.backends.sqlite3"}) == {
        "ENGINE": "django.db.backends.sqlite3"
    }
    postgis = {"ENGINE": "django.contrib.gis.db.backends.postgis"}
    assert tuned(dict(postgis)) == postgis  # another backend is left as chosen
    ours = tuned({"ENGINE": "hanoi.db.postgresql"})
    assert ours == {"ENGINE": "hanoi.db.postgresql", "OPTIONS": {"options": "-c jit=off"}}


@pytest.mark.django_db
def test_the_connection_in_use_reads_dates_through_the_fast_loader():
    if connection.vendor != "postgresql":
        assert connection.settings_dict["ENGINE"] == "django.db.backends.sqlite3"
        return
    assert connection.settings_dict["ENGINE"] == "hanoi.db.postgresql"
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT %s::timestamptz, '2026-01-01 10:00+07'::timestamptz, NULL::timestamptz",
            [datetime(2026, 12, 6, 22, 35, 33, 82367, tzinfo=UTC)],
        )
        row = cursor.fetchone()
        loader = cursor.cursor.adapters.get_loader(TIMESTAMPTZ_OID, Format.TEXT)
    assert loader.__name__ == "FastTzLoader"
    assert row == (
        datetime(2026, 12, 6, 22, 35, 33, 82367, tzinfo=UTC),
        datetime(2026, 1, 1, 3, 0, tzinfo=UTC),
        None,
    )
    assert row[0].tzinfo is UTC and row[1].tzinfo is UTC
