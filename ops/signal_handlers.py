"""Signal handlers of the operations app, connected in OpsConfig.ready()."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move, published

from . import frontend_cache, pagecache


def invalidate_page_cache(sender, **kwargs):
    pagecache.invalidate()


def invalidate_page_cache_for_model(sender, instance, **kwargs):
    """Pages deleted or created live; snippets, images, sites and privacy settings saved
    or deleted (a page made private is saved without a publish)."""
    from wagtail.images import get_image_model
    from wagtail.models import BaseViewRestriction
    from wagtail.snippets.models import get_snippet_models

    if isinstance(instance, Page):
        # Publishing sends page_published; a page deleted, or created live without a
        # publish (imports, generators), sends only these.
        if kwargs.get("signal") is post_delete or (kwargs.get("created") and instance.live):
            pagecache.invalidate()
        return
    if (
        sender in (Site, get_image_model())
        or sender in get_snippet_models()
        or isinstance(instance, BaseViewRestriction)
    ):
        pagecache.invalidate()


def connect():
    page_published.connect(frontend_cache.page_changed, dispatch_uid="ops_purge_published")
    page_unpublished.connect(frontend_cache.page_changed, dispatch_uid="ops_purge_unpublished")
    post_page_move.connect(frontend_cache.page_moved, dispatch_uid="ops_purge_moved")
    post_save.connect(
        frontend_cache.restriction_saved,
        sender=PageViewRestriction,
        dispatch_uid="ops_purge_restricted",
    )
    page_published.connect(invalidate_page_cache, dispatch_uid="ops_pagecache_published")
    page_unpublished.connect(invalidate_page_cache, dispatch_uid="ops_pagecache_unpublished")
    post_page_move.connect(invalidate_page_cache, dispatch_uid="ops_pagecache_moved")
    published.connect(invalidate_page_cache, dispatch_uid="ops_pagecache_snippet_published")
    post_save.connect(invalidate_page_cache_for_model, dispatch_uid="ops_pagecache_saved")
    post_delete.connect(invalidate_page_cache_for_model, dispatch_uid="ops_pagecache_deleted")
