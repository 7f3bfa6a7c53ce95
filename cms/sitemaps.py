from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from translations.alternates import alternates_by_key

from .visibility import visible


class NetworkSitemap(Sitemap):
    """Every page of the site a visitor may open, once per language, with its language versions.

    Each ``<url>`` lists the page's versions as ``xhtml:link rel="alternate" hreflang``
    (the page itself included, as search engines ask).
    """

    def pages(self):
        site = self.get_wagtail_site()
        roots = site.root_page.get_translations(inclusive=True)
        in_any_root = Q()
        for root in roots:
            in_any_root |= Q(path__startswith=root.path)
        return visible(Page.objects.filter(in_any_root))

    def items(self):
        return self.pages().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        alternates = alternates_by_key(self.pages(), self.request)
        locations = {}
        for links in alternates.values():
            for link in links:
                locations[link["location"]] = links
        for url in urls:
            url["alternates"] = locations.get(url["location"], [])
        return urls
