"""Promotions editors pinned for a query, and the log of what visitors searched."""

from django.db.models import F
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.search.utils import normalise_query_string

from .folding import clean_query, fold_vietnamese
from .models import SearchMiss


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
    pinned = Query.objects.filter(editors_picks__isnull=False).distinct()
    query_ids = [q.pk for q in pinned if fold_vietnamese(q.query_string) == folded]
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


def log_search(text, found_any):
    """Count the search (Wagtail's Query/QueryDailyHits) and, if it found nothing, the miss."""
    term = logged_term(text)
    if not term:
        return None
    query = Query.get(term)
    query.add_hit()
    if not found_any:
        miss, _created = SearchMiss.objects.get_or_create(query=query, date=timezone.localdate())
        SearchMiss.objects.filter(pk=miss.pk).update(hits=F("hits") + 1)
    return query
