"""Purge the CDN when public pages change: publish, unpublish and move, in both languages.

Uses the backends of ``wagtail.contrib.frontend_cache`` (configured by
``WAGTAILFRONTENDCACHE``, set from ``FRONTEND_CACHE_*`` in production) but its own
handlers, because Wagtail purges only the page itself and not on a move. A page change
purges the page and its translations (their language switch links to it) and the parents
of each (their listings show it). A move also purges the old addresses of the page and
everything under it. A page made private (a view restriction saved, which is not a
publish) purges the page and everything under it, which the restriction also covers.
With no front-end cache configured, nothing is done.
"""

import copy

from django.conf import settings
from wagtail.models import Page


def enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _batch():
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    return PurgeBatch()


def _with_translations_and_parents(page):
    pages = [page, *page.get_translations().live()]
    parents = [p.get_parent() for p in pages]
    return [p for p in pages + parents if p is not None and p.live and p.depth > 1]


def page_changed(sender, instance, **kwargs):
    if not enabled():
        return
    batch = _batch()
    for page in _with_translations_and_parents(instance):
        batch.add_page(page)
    # An unpublished page is no longer live but its old address must still go.
    batch.add_page(instance)
    batch.purge()


def _old_url(page, url_path_before, url_path_after):
    old = copy.copy(page)
    old.url_path = url_path_before + page.url_path[len(url_path_after) :]
    return old.get_full_url()


def page_moved(sender, instance, url_path_before, url_path_after, **kwargs):
    if not enabled() or url_path_before == url_path_after:
        return
    batch = _batch()
    moved = [instance, *Page.objects.descendant_of(instance).live().specific()]
    for page in moved:
        old = _old_url(page, url_path_before, url_path_after)
        if old:
            batch.add_url(old)
        batch.add_page(page)
    for page in _with_translations_and_parents(instance):
        batch.add_page(page)
    batch.purge()


def restriction_saved(sender, instance, **kwargs):
    """A page made private, or its restriction changed: the copies the CDN holds of it and
    of every page under it were public, and must go now rather than at their max-age."""
    if not enabled() or kwargs.get("raw"):  # raw: loaded from a fixture, no pages yet
        return
    from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache

    restricted = Page.objects.descendant_of(instance.page, inclusive=True).live().specific()
    purge_pages_from_cache(restricted)
