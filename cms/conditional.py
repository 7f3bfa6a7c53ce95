"""Conditional requests for the open data (the API's endpoints and every feed).

``ETag`` and ``Last-Modified`` come from when anything public last changed (one indexed
``MAX`` per source: :class:`~cms.models.PublicChange`, which every publish, unpublish,
move, deletion and privacy change touches, and what the apps register in
``LATEST_CHANGES``) and from what picks the representation (address, query, language,
format, the day: listings of what is ahead roll over at midnight). They are computed
before the view runs, so a poller whose copy is current gets ``304 Not Modified``
without the answer being built. The page cache gives a stored answer's 304 the same way
(``ops.pagecache``).
"""

import hashlib
from datetime import datetime

from django.db.models import Max
from django.http import HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import get_conditional_response, quote_etag
from django.utils.http import http_date
from django.utils.translation import get_language

from .models import PublicChange

# Functions returning the latest change of something the responses show that
# PublicChange does not see (an event's dates moved by the daily horizon), filled in by
# the apps that own it in their ready().
LATEST_CHANGES = []


def latest_change():
    """When anything public last changed (aware), or None before the first change."""
    moments = [PublicChange.objects.aggregate(at=Max("at"))["at"]]
    moments += [source() for source in LATEST_CHANGES]
    moments = [moment for moment in moments if moment is not None]
    return max(moments) if moments else None


def validators(request):
    """``(ETag, Last-Modified)`` of a public GET (the second as a POSIX timestamp): the
    site's latest change and the day (listings of what is ahead roll over at midnight),
    plus what picks the representation (address, query, language, format)."""
    changed = latest_change()
    midnight = timezone.make_aware(datetime.combine(timezone.localdate(), datetime.min.time()))
    last_modified = max(changed, midnight) if changed else midnight
    parts = [
        request.path,
        request.META.get("QUERY_STRING", ""),
        get_language() or "",
        request.headers.get("Accept", ""),
        str(timezone.localdate()),
        changed.isoformat() if changed else "",
    ]
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
    return quote_etag(digest), int(last_modified.timestamp())


def respond(request, view, *args, **kwargs):
    """``view(request, ...)``, or a bodiless 304 when the visitor's copy is current.

    The validators are computed before the view runs; only a 200 carries them (an error
    is never confirmed by a 304 later)."""
    if request.method not in ("GET", "HEAD"):
        return view(request, *args, **kwargs)
    etag, last_modified = validators(request)
    answer = get_conditional_response(request, etag=etag, last_modified=last_modified)
    if answer is not None:  # 304, or 412 to a failed If-Match
        return not_modified(etag, last_modified) if answer.status_code == 304 else answer
    response = view(request, *args, **kwargs)
    if response.status_code == 200:
        # Ours, not the syndication feed's (its newest item): the ones checked above.
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified)
    return response


def not_modified(etag, last_modified):
    response = HttpResponseNotModified()
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    return response
