from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class NetworkSitemap(Sitemap):
    """Every live public page of the site, in every language (not only the active one)."""

    def items(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        in_any_root = Q()
        for root in roots:
            in_any_root |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_any_root)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
