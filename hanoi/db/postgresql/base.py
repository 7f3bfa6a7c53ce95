"""``ENGINE = "hanoi.db.postgresql"``: see the package's docstring."""

from functools import lru_cache

import psycopg
from django.conf import settings
from django.db.backends.postgresql import base
from psycopg import adapt
from psycopg.postgres import types
from psycopg.pq import Format

TIMESTAMPTZ_OID = types["timestamptz"].oid


def fast_tzloader(tz):
    """A ``timestamptz`` loader giving what Django's does, parsed by psycopg's best loader.

    ``psycopg.adapters`` holds the compiled loader when psycopg's C implementation is
    installed (the pure-Python one otherwise, so this is never slower than Django's).
    """
    compiled = psycopg.adapters.get_loader(TIMESTAMPTZ_OID, Format.TEXT)

    class FastTzLoader(adapt.Loader):
        timezone = tz  # what Django's create_cursor() compares with the connection's

        def __init__(self, oid, context=None):
            super().__init__(oid, context)
            self._parse = compiled(oid, context).load

        def load(self, data):
            value = self._parse(data)
            if value.tzinfo is self.timezone:  # UTC, as Django sets the session's zone
                return value
            return value.replace(tzinfo=self.timezone)

    return FastTzLoader


@lru_cache
def adapters_template(use_tz, timezone):
    """Django's adapters for new connections, with the fast ``timestamptz`` loader."""
    context = adapt.AdaptersMap(base.get_adapters_template(use_tz, timezone))
    context.register_loader("timestamptz", fast_tzloader(timezone))
    return context


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        params = super().get_connection_params()
        if "context" in params:
            params["context"] = adapters_template(settings.USE_TZ, self.timezone)
        return params
