"""Count failed admin logins per client address and username; lock the pair when too many.

Failures are counted in the default cache (Redis in production, so all gunicorn hosts
share the count). After ``LOGIN_FAILURE_LIMIT`` failures within ``LOGIN_LOCKOUT_SECONDS``
the pair is locked for ``LOGIN_LOCKOUT_SECONDS``; a successful login clears the count.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The visitor's address: the socket's, or the one the trusted proxies recorded."""
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies]
    return request.META.get("REMOTE_ADDR", "")


def _key(request, username):
    identity = f"{client_address(request)}|{(username or '').strip().lower()}"
    return "login-failures:" + hashlib.sha256(identity.encode()).hexdigest()


def failures(request, username):
    return cache.get(_key(request, username), 0)


def is_locked(request, username):
    return failures(request, username) >= settings.LOGIN_FAILURE_LIMIT


def record_failure(request, username):
    key = _key(request, username)
    timeout = settings.LOGIN_LOCKOUT_SECONDS
    if cache.add(key, 1, timeout):
        return 1
    try:
        count = cache.incr(key)
    except ValueError:  # expired in between, or the cache is unreachable
        cache.set(key, 1, timeout)
        return 1
    if count >= settings.LOGIN_FAILURE_LIMIT:
        cache.touch(key, timeout)  # the lock lasts the full period from the last failure
    return count


def clear(request, username):
    cache.delete(_key(request, username))
