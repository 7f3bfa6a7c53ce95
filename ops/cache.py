"""A Redis cache that degrades to "always miss", or to another cache, while Redis is down.

Django's RedisCache raises on a refused connection, which would turn a Redis outage into
an outage of the whole site. Here every operation that fails with a connection or timeout
error is logged once per minute and answered as a miss (reads) or ignored (writes), so
pages are rendered from the database until Redis comes back.

A cache whose contents must not be lost to an outage (the limiter's counts: a limit that
stops counting is no limit) names a ``FALLBACK`` cache alias beside its ``LOCATION``: while
Redis is down, every operation goes to that cache instead (the database, shared by every
worker). Counts start afresh on each switch, which a limit can afford.
"""

import functools
import logging
import time

from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

CONNECTION_ERRORS = (RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError)

# What each operation answers while Redis is down.
FALLBACKS = {
    "add": False,
    "get": None,  # replaced by the ``default`` argument below
    "set": None,
    "touch": False,
    "delete": False,
    "get_many": {},
    "has_key": False,
    "incr": None,  # answered with ValueError, as for a missing key
    "set_many": [],
    "delete_many": None,
    "clear": False,
}

_last_warning = [0.0]


def _warn(operation, error, fallback=None):
    now = time.monotonic()
    if now - _last_warning[0] > 60:
        _last_warning[0] = now
        instead = f"using the {fallback!r} cache" if fallback else "serving without the cache"
        logger.warning("Redis unavailable (%s: %s); %s.", operation, error, instead)


def _resilient(name):
    method = getattr(RedisCache, name)

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except CONNECTION_ERRORS as error:
            _warn(name, error, self.fallback)
            if self.fallback:
                return getattr(caches[self.fallback], name)(*args, **kwargs)
            if name == "get":
                return kwargs.get("default", args[1] if len(args) > 1 else None)
            if name == "get_many":
                return {}
            if name == "set_many":
                return list(args[0]) if args else []
            if name == "incr":
                raise ValueError("Key not available: the cache is unreachable.") from error
            return FALLBACKS[name]

    return wrapper


class ResilientRedisCache(RedisCache):
    """Django's RedisCache whose operations survive Redis being down (see module doc)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self.fallback = params.get("FALLBACK")


for _name in FALLBACKS:
    setattr(ResilientRedisCache, _name, _resilient(_name))
