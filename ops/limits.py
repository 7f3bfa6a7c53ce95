"""Who is asking, and how often they may: the one client address and the one limiter.

``client_address`` is the visitor's address. Without proxies (``TRUSTED_PROXY_COUNT`` 0) it
is the socket's. Behind proxies it is read from X-Forwarded-For, ``TRUSTED_PROXY_COUNT``
hops from the right (each proxy appends the address it was reached from), and only when the
socket's peer is itself one of ``TRUSTED_PROXIES``: anyone who reaches gunicorn directly
gets their own socket address, whatever X-Forwarded-For they send.

``exceeded`` counts an action (an inquiry, a complaint, a password reset) for a key (by
default the client's network: the address itself, or its /64 for IPv6, which one machine
holds whole) in django-ratelimit's windows, in the ``limits`` cache: Redis falling back to
the database while Redis is down, or the database alone without Redis. Every worker and
every host shares that count. Failed sign-ins are counted by django-axes (``AXES_*``
settings), per address and per username, with the address from here too.
"""

import functools
import ipaddress

from django.conf import settings
from django.shortcuts import render
from django_ratelimit.core import is_ratelimited

IPV6_PREFIX = 64


def _address(value):
    try:
        address = ipaddress.ip_address(value.strip())
    except (AttributeError, ValueError):
        return None
    if address.version == 6 and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


@functools.lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy.strip(), strict=False) for proxy in proxies)


def is_trusted_proxy(value):
    address = _address(value)
    if address is None:
        return False
    return any(address in network for network in _networks(tuple(settings.TRUSTED_PROXIES)))


def client_address(request):
    """The address the visitor connected from (see the module's doc)."""
    peer = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0 or not is_trusted_proxy(peer):
        return peer
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [hop for hop in hops if hop]
    if not hops:
        return peer
    # Fewer hops than proxies: the request came through fewer of them; the first is the client.
    forwarded = _address(hops[-count] if len(hops) >= count else hops[0])
    return str(forwarded) if forwarded is not None else peer


def client_network(request):
    """What limits count by: the client's address, or its /64 network for IPv6; None when
    the request has no address (a unix socket, a request made in code)."""
    address = _address(client_address(request))
    if address is None:
        return None
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/{IPV6_PREFIX}", strict=False).network_address)
    return str(address)


def exceeded(request, group, rate, key=None):
    """Count one more action of ``group`` for ``key`` (default: the client's network).

    ``rate`` is ``(count, seconds)``. True once more than ``count`` were counted in the
    current window of ``seconds``. Raises the store's error (the database's) when neither
    Redis nor the database can count: the caller refuses the action rather than let it
    through uncounted.
    """
    value = (client_network(request) or "unknown") if key is None else f"{key}".strip().lower()
    return is_ratelimited(
        request, group=group, key=lambda _group, _request: value, rate=rate, increment=True
    )


def login_username(request, credentials):
    """The username failed sign-ins count against, as typed but without case or spaces."""
    if credentials:
        username = credentials.get("username")
    else:
        username = getattr(request, "POST", {}).get("username")
    return (username or "").strip().lower() or None


def login_locked(request, original_response=None, credentials=None):
    """django-axes' lockout answer: the admin's page saying for how long, in its language."""
    seconds = settings.LOGIN_LOCKOUT_SECONDS
    response = render(
        request, "ops/login_locked.html", {"minutes": max(1, seconds // 60)}, status=429
    )
    response["Retry-After"] = str(seconds)
    return response
