"""A page cache for anonymous visitors, in the site's cache (Redis or local memory).

Why a small middleware of our own and not Django's per-site cache or wagtail-cache:
Django's cache middleware keys on the URL and Vary headers only, cannot tell a page with
a CSRF token (an inquiry form) from one without before the CSRF cookie is set, and has no
site-wide invalidation; wagtail-cache (3.0) is built on the same middleware and declares
support up to Wagtail 7. What we need is small: one key per full URL, language, day and
content encoding (gzip or not), under a *generation* that any publish, unpublish, move,
delete or snippet change bumps, so that every listing showing the changed page is
invalidated at once.

What is cached: GET/HEAD requests of visitors without a session or messages cookie (so
never an editor, never someone with a pending message), outside the admin and other
excluded paths, whose response is a 200 with no cookie, no CSRF token and no
Cache-Control of its own (``never_cache`` views keep theirs and are not stored, unless
they ask to be kept server-side: see below). Cached and
cacheable responses say ``Cache-Control: public, max-age=PAGE_CACHE_MAX_AGE``; a page
with a form or a visitor with a session gets ``private, no-cache``. ``X-Cache`` says HIT,
MISS or BYPASS.

Query parameters a page does not read are dropped before it is rendered (and so from the
key): a page, or the route of a routable page, names the ones it reads (``reads()``;
Wagtail pages through ``query_parameters``, applied by ``cms.wagtail_hooks``, other
views through ``view_reads()``). ``?utm_source=...`` or a random string then gets the
cached answer of the address without it, instead of a new rendering and a new entry.

A ``never_cache`` view may still be kept server-side (:func:`kept_private`, the site
search): its answer is stored for anonymous visitors under the same key and generation,
keeping its own ``Cache-Control`` (browsers and CDNs keep nothing). Such a view first
rewrites the query string to one canonical form (parameters it does not read dropped, one
value each, bounded), so that spellings of one request share an entry; a hit can be
counted by the view's app (:func:`on_hit`), since the view does not run.

Each entry is stored with the generation it was made under, at a key without it: a hit
reads the current generation and the page in one round trip to Redis (MGET), and serves
the page only if the two generations agree. A stale entry is replaced by the next miss.

The generation lives in the cache when it is shared (Redis); with the local-memory cache
(one per process) it is a stamp file beside the database, so that every gunicorn worker
of one host sees a publish made in another. With Redis down, the generation cannot be
read: pages are served uncached (MISS) and nothing is stored.
"""

import hashlib
import os
import tempfile
import uuid
from functools import wraps

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.http import QueryDict
from django.middleware.gzip import re_accepts_gzip  # the test GZipMiddleware makes
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response
from django.utils.http import parse_http_date_safe, urlencode

GENERATION_KEY = "pagecache:generation"
SKIPPED_COOKIES = ("messages",)
# What is told of a hit served for a view that does not run (``on_hit``): name -> function.
HIT_COUNTERS = {}


def enabled():
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def _process_local():
    return isinstance(caches["default"], LocMemCache | DummyCache)


def stamp_file():
    configured = getattr(settings, "PAGE_CACHE_STAMP_FILE", "")
    if configured:
        return configured
    database = str(settings.DATABASES["default"].get("NAME", ""))
    digest = hashlib.sha256(database.encode()).hexdigest()[:16]
    return os.path.join(tempfile.gettempdir(), f"hcc-pagecache-{digest}.stamp")


def generation():
    """The current generation, or None when it cannot be known (cache unreachable)."""
    if _process_local():
        try:
            stat = os.stat(stamp_file())
        except FileNotFoundError:
            return "0"
        return f"{stat.st_ino}-{stat.st_mtime_ns}"
    current = cache.get(GENERATION_KEY)
    if current is None:
        fresh = uuid.uuid4().hex
        if cache.add(GENERATION_KEY, fresh, None):
            return fresh
        current = cache.get(GENERATION_KEY)
    return current


def invalidate():
    """Make every cached page stale (a new generation); old entries expire by themselves."""
    if _process_local():
        path = stamp_file()
        temporary = f"{path}.{uuid.uuid4().hex}"
        with open(temporary, "w") as handle:
            handle.write(uuid.uuid4().hex)
        os.replace(temporary, path)
        return
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def cache_key(request):
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(url.encode()).hexdigest()
    language = translation.get_language() or ""
    # Pages are stored as GZipMiddleware gave them: compressed for a visitor who accepts
    # gzip, plain for one who does not (Vary: Accept-Encoding), so each is a key of its own.
    encoding = "gzip" if re_accepts_gzip.search(request.headers.get("Accept-Encoding", "")) else "-"
    # The day is part of the key: "today" and "this weekend" roll over at midnight.
    return f"pagecache:{language}:{encoding}:{timezone.localdate()}:{digest}"


def lookup(key):
    """``(generation, entry)``: the current generation (None if unknown) and the stored
    entry at ``key`` (None if absent), in one round trip when the cache is shared."""
    if _process_local():
        return generation(), cache.get(key)
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY)
    if current is None:  # never set yet, or the cache is unreachable
        current = generation()
    return current, found.get(key)


def remember(name, compute, timeout):
    """``compute()``, kept ``timeout`` seconds under the current generation.

    For a part that many pages share and that only published content decides (the spaces
    finder's facet counts, the same for every page, sort and facet choice of one search):
    the publishes that drop cached pages drop it too. ``name`` says everything the value
    depends on besides published content. Computed afresh, and not kept, when
    ``timeout`` is 0 or the generation cannot be known (cache unreachable).
    """
    if not timeout:
        return compute()
    key = f"pagecache:part:{hashlib.sha256(name.encode()).hexdigest()}"
    current, stored = lookup(key)
    if current is not None and stored is not None and stored[0] == current:
        return stored[1]
    value = compute()
    if current is not None:
        cache.set(key, (current, value), timeout)
    return value


def reads(*names):
    """Mark a page route (a RoutablePageMixin method) as reading these query parameters."""

    def mark(view):
        view.query_parameters = frozenset(names)
        return view

    return mark


def only_read(request, names):
    """Drop the query parameters not in ``names`` from ``request``, before the view sees
    them; when some went, the page cache's answer for the address without them, if any.
    """
    if request.method not in ("GET", "HEAD"):
        return None
    pairs = [(key, value) for key, values in request.GET.lists() for value in values]
    kept = [(key, value) for key, value in pairs if key in names]
    if len(kept) == len(pairs):
        return None
    return _rewritten(request, kept)


def _rewritten(request, pairs):
    """Give ``request`` the query string of ``pairs``; the page cache's answer for that
    address, if any (cacheable requests only)."""
    query = urlencode(pairs)
    request.META["QUERY_STRING"] = query
    request.GET = QueryDict(query)
    current = getattr(request, "_page_cache_generation", None)  # cacheable requests only
    if current is None:
        return None
    stored = cache.get(cache_key(request))
    if stored is None or stored[0] != current:
        return None
    return PageCacheMiddleware._rebuild(stored[1:])


def view_reads(*names):
    """Decorate a view (not a page) that reads only these query parameters."""
    names = frozenset(names)

    def decorate(view):
        @wraps(view)
        def inner(request, *args, **kwargs):
            return only_read(request, names) or view(request, *args, **kwargs)

        inner.query_parameters = names
        return inner

    return decorate


def kept_private(canonical):
    """Decorate a view whose answers stay private for browsers (``never_cache``, put
    outside this decorator) but are the same for every anonymous visitor: the page cache
    keeps them server-side, under the generation.

    ``canonical(request.GET)`` gives the query string the view reads, as ``(name, value)``
    pairs in one order with one bounded value each: the request gets that query string
    before the view runs, so the entry's key (and the page's own links) are those of
    the canonical address. The view may mark a response not to keep
    (``response.page_cache_keep = False``: a value it refused, a page past the last) and
    name a hit counter (``response.page_cache_hit = (name, args)``, see :func:`on_hit`).
    """

    def decorate(view):
        @wraps(view)
        def inner(request, *args, **kwargs):
            if request.method in ("GET", "HEAD"):
                pairs = list(canonical(request.GET))
                if urlencode(pairs) != request.META.get("QUERY_STRING", ""):
                    hit = _rewritten(request, pairs)
                    if hit is not None:
                        return hit
            response = view(request, *args, **kwargs)
            if getattr(response, "page_cache_keep", True):
                response.page_cache_private = True
            return response

        return inner

    return decorate


def on_hit(name, function):
    """Call ``function(*args)`` for each hit on an entry a view marked with
    ``response.page_cache_hit = (name, args)``: what the view would have counted had it
    run (the site search's query log). Registered by the view's app in ``ready()``."""
    HIT_COUNTERS[name] = function


def _count_hit(note):
    if not note:
        return
    name, args = note
    function = HIT_COUNTERS.get(name)
    if function is not None:
        function(*args)


def _excluded(path):
    return path.startswith(tuple(getattr(settings, "PAGE_CACHE_EXCLUDED_PATHS", ())))


def _has_personal_cookie(request):
    names = (settings.SESSION_COOKIE_NAME, *SKIPPED_COOKIES)
    return any(name in request.COOKIES for name in names)


def _storable(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and ("Cache-Control" not in response or _private(response))
        and "Set-Cookie" not in response
    )


def _private(response):
    """Kept server-side only, with the view's own Cache-Control (:func:`kept_private`)."""
    return getattr(response, "page_cache_private", False)


def _conditional(request, response):
    """A stored answer that has validators (the open data's: ``cms.harvest``) is a
    bodiless 304 for a visitor whose copy is still current, as the view would answer."""
    etag, modified = response.get("ETag"), response.get("Last-Modified")
    if not etag and not modified:
        return response
    modified = parse_http_date_safe(modified) if modified else None
    answer = get_conditional_response(request, etag=etag, last_modified=modified, response=response)
    answer["X-Cache"] = response["X-Cache"]
    return answer


class PageCacheMiddleware:
    """Serve and store anonymous public responses (see the module doc). Placed after
    AuthenticationMiddleware; CsrfViewMiddleware, outside it, has not yet set its cookie
    when the response passes here, so the CSRF flag on the request is checked instead."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not enabled() or request.method not in ("GET", "HEAD") or _excluded(request.path):
            return self.get_response(request)
        if _has_personal_cookie(request):
            response = self.get_response(request)
            response["X-Cache"] = "BYPASS"
            if response.status_code == 200:
                response.headers.setdefault("Cache-Control", "private, no-cache")
            return response

        current, stored = lookup(cache_key(request))
        if current is not None and stored is not None and stored[0] == current:
            return _conditional(request, self._rebuild(stored[1:]))

        request._page_cache_generation = current
        response = self.get_response(request)
        if response.get("X-Cache") == "HIT":  # answered for the address without unread parameters
            return _conditional(request, response)
        response["X-Cache"] = "MISS"
        if _storable(request, response):
            if not _private(response):
                response["Cache-Control"] = f"public, max-age={settings.PAGE_CACHE_MAX_AGE}"
            if current is not None and request.method == "GET":
                # The key again: the view may have dropped parameters it does not read.
                cache.set(
                    cache_key(request),
                    (current, *self._freeze(response)),
                    settings.PAGE_CACHE_TIMEOUT,
                )
        elif response.status_code == 200:
            response.headers.setdefault("Cache-Control", "private, no-cache")
        return response

    @staticmethod
    def _freeze(response):
        headers = [(k, v) for k, v in response.items() if k not in ("X-Cache",)]
        note = getattr(response, "page_cache_hit", None)
        return (response.status_code, headers, response.content, note)

    @staticmethod
    def _rebuild(stored):
        from django.http import HttpResponse

        status, headers, content, *note = stored  # entries made before the note had none
        _count_hit(note[0] if note else None)
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response["X-Cache"] = "HIT"
        return response
