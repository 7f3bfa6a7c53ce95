from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSearchConfig(AppConfig):
    """One search across the network, folding Vietnamese diacritics (not wagtail.search)."""

    name = "sitesearch"
    label = "sitesearch"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.contrib.search_promotions.models import SearchPromotion

        from cms import extensions
        from ops import pagecache

        from . import indexing, querylog

        extensions.pages.search_fields = indexing.with_folded_title
        extensions.pages.title_key = indexing.title_key
        extensions.pages.text_key = indexing.text_key

        # A search kept by the page cache is counted in the query log on every hit.
        pagecache.on_hit(querylog.HIT_COUNTER, querylog.count_cached)
        # Kept searches show editors' picks: a pick changed drops them, as a publish does.
        post_save.connect(
            drop_kept_searches, sender=SearchPromotion, dispatch_uid="sitesearch_pick_saved"
        )
        post_delete.connect(
            drop_kept_searches, sender=SearchPromotion, dispatch_uid="sitesearch_pick_deleted"
        )


def drop_kept_searches(sender, **kwargs):
    from ops import pagecache

    pagecache.invalidate()
