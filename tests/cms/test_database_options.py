"""PostgreSQL connections run without JIT compilation (hanoi.settings.base.without_jit)."""

import pytest
from django.db import connection

from hanoi.settings.base import without_jit


def test_postgresql_gets_jit_off_and_keeps_its_own_options():
    plain = without_jit({"ENGINE": "django.db.backends.postgresql"})
    assert plain["OPTIONS"]["options"] == "-c jit=off"
    mine = without_jit(
        {
            "ENGINE": "django.db.backends.postgresql",
            "OPTIONS": {"options": "-c statement_timeout=5000", "sslmode": "require"},
        }
    )
    assert mine["OPTIONS"] == {
        "options": "-c statement_timeout=5000 -c jit=off",
        "sslmode": "require",
    }


def test_a_url_that_chooses_jit_is_obeyed_and_sqlite_is_left_alone():
    chosen = without_jit(
        {"ENGINE": "django.db.backends.postgresql", "OPTIONS": {"options": "-c jit=on"}}
    )
    assert chosen["OPTIONS"]["options"] == "-c jit=on"
    assert without_jit({"ENGINE": "django.db.backends.sqlite3"}) == {
        "ENGINE": "django.db.backends.sqlite3"
    }


@pytest.mark.django_db
def test_the_connection_in_use_has_jit_off_on_postgresql():
    if connection.vendor != "postgresql":
        assert (
            "OPTIONS" not in connection.settings_dict
            or "options" not in (connection.settings_dict["OPTIONS"])
        )
        return
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone()[0] == "off"
