"""Promotions editors pinned for a query, and the log of what visitors searched.

A search served from the page cache (:func:`sitesearch.views.search`, kept server-side for
anonymous visitors) does not run the view, so it does not write to the log: the page
cache calls :func:`count_cached` instead, which counts it in this process's memory (no
query, no round trip). Those counts are written to the log by :func:`flush_pending`: on
this process's next search that is not a hit (which writes to the log anyway), on a hit
when the oldest count is ``SITESEARCH_LOG_FLUSH_SECONDS`` old (60 by default), and when
the process exits. A worker killed outright (SIGKILL, gunicorn's timeout) loses at most
that long of its cached hits; the day they are counted on is the day they were served.
"""

import atexit
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.search.utils import normalise_query_string

from .folding import clean_query, fold_vietnamese
from .models import SearchMiss
from .search import published


def logged_term(text):
    """What is logged: the visitor's words only (no operators), lowercased, bounded."""
    return normalise_query_string(" ".join(clean_query(text)))


def promotions(text, locale):
    """Editors' picks for the query as typed or without diacritics, in the active locale."""
    term = logged_term(text)
    if not term:
        return []
    # Editors pin a few dozen terms: compare them folded, so "dem nhac" gets the picks an
    # editor made for "đêm nhạc" (and the other way round).
    folded = fold_vietnamese(term)
    pinned = published(locale)["pinned"]
    query_ids = [pk for pk, pinned_folded in pinned if pinned_folded == folded]
    if not query_ids:
        return []
    picks = (
        SearchPromotion.objects.filter(query_id__in=query_ids)
        .select_related("page")
        .order_by("query_id", "sort_order")
    )
    found, seen = [], set()
    for pick in picks:
        if pick.page_id:
            page = pick.page.get_translation_or_none(locale)
            if page is None or not page.live or page.pk in seen:
                continue
            seen.add(page.pk)
            found.append({"title": page.title, "url": page.url, "description": pick.description})
        elif pick.external_link_url:
            found.append(
                {
                    "title": pick.external_link_text or pick.external_link_url,
                    "url": pick.external_link_url,
                    "description": pick.description,
                }
            )
    return found


logger = logging.getLogger(__name__)

# The name under which the search view asks the page cache to count its hits.
HIT_COUNTER = "sitesearch.search"

# (term, found anything, day of Wagtail's daily hits, local day of the miss) -> hits
_pending = Counter()
_lock = threading.Lock()
_oldest = [None]  # when the oldest pending count was made (time.monotonic())
_at_exit = [False]


def log_search(text, found_any):
    """Count the search (Wagtail's Query/QueryDailyHits) and, if it found nothing, the miss.

    Writes the counts of cached hits this process holds first (:func:`flush_pending`).
    """
    flush_pending()
    term = logged_term(text)
    if not term:
        return None
    return _record(term, found_any, 1, timezone.now().date(), timezone.localdate())


def _record(term, found_any, hits, day, local_day):
    """Add ``hits`` searches of ``term`` to the log: two queries when the term was searched
    already that day, four for a new term (an update, then an insert when none matched)."""
    query_id = _query_id(term)
    daily = QueryDailyHits.objects.filter(query_id=query_id, date=day)
    if not daily.update(hits=F("hits") + hits):
        QueryDailyHits.objects.create(query_id=query_id, date=day, hits=hits)
    if not found_any:
        misses = SearchMiss.objects.filter(query_id=query_id, date=local_day)
        if not misses.update(hits=F("hits") + hits):
            try:
                with transaction.atomic():
                    SearchMiss.objects.create(query_id=query_id, date=local_day, hits=hits)
            except IntegrityError:  # made meanwhile by another worker
                misses.update(hits=F("hits") + hits)
    return query_id


def _query_id(term):
    """The id of Wagtail's Query of ``term`` (normalised), made if there is none."""
    found = Query.objects.filter(query_string=term).values_list("pk", flat=True).first()
    if found is not None:
        return found
    try:
        with transaction.atomic():
            return Query.objects.create(query_string=term).pk
    except IntegrityError:  # made meanwhile by another worker
        return Query.objects.get(query_string=term).pk


def count_cached(term, found_any):
    """A search of ``term`` answered from the page cache: counted now, logged later."""
    if not term:
        return
    key = (term, bool(found_any), timezone.now().date(), timezone.localdate())
    now = time.monotonic()
    with _lock:
        _pending[key] += 1
        if _oldest[0] is None:
            _oldest[0] = now
        due = now - _oldest[0] >= getattr(settings, "SITESEARCH_LOG_FLUSH_SECONDS", 60)
        if not _at_exit[0]:
            _at_exit[0] = True
            atexit.register(flush_pending)
    if due:
        flush_pending()


def pending():
    """The cached hits not yet in the log: ``{(term, found_any): hits}``."""
    with _lock:
        counts = Counter()
        for (term, found_any, _day, _local_day), hits in _pending.items():
            counts[(term, found_any)] += hits
        return dict(counts)


def flush_pending():
    """Write the cached hits counted in this process to the log; those that cannot be
    written (database unreachable) are kept for the next time."""
    with _lock:
        if not _pending:
            return
        taken = list(_pending.items())
        _pending.clear()
        _oldest[0] = None
    failed = []
    for key, hits in taken:
        try:
            _record(*key[:2], hits, *key[2:])
        except Exception:
            logger.warning("Cached searches could not be logged; kept for later", exc_info=True)
            failed.append((key, hits))
    if failed:
        with _lock:
            for key, hits in failed:
                _pending[key] += hits
            if _oldest[0] is None:
                _oldest[0] = time.monotonic()
