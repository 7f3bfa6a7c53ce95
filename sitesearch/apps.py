from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteSearchConfig(AppConfig):
    """One search across the network, folding Vietnamese diacritics (not wagtail.search)."""

    name = "sitesearch"
    label = "sitesearch"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms import extensions

        from . import indexing

        extensions.pages.search_fields = indexing.with_folded_title
        extensions.pages.title_key = indexing.title_key
        extensions.pages.text_key = indexing.text_key
