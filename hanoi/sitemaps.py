"""``/sitemap.xml``: an index of bounded sitemaps, one per language and section.

One sitemap of every page would grow with the network, and so would the work of every
request that missed the cache. The index names a sitemap per
language and section (``/sitemap-vi-spaces.xml``, ``-events``, ``-pages``), each cut into
files of at most ``SITEMAP_URLS`` addresses (``?p=2``, ...), so a request reads and writes
a bounded amount whatever the size of the network. Each ``<url>`` lists the page's
language versions as ``xhtml:link rel="alternate" hreflang`` (the page itself included,
as search engines ask), read for that file's pages only.

The files are written here rather than through Django's sitemap views: those build a
page object and render a template node per address, which took most of a second for a
file of 2,000. Addresses are the language home's address plus the page's path below
it, which is what Wagtail's ``get_url`` gives for a site's pages.
"""

import math
from xml.sax.saxutils import escape, quoteattr

from django.conf import settings
from django.db.models import Count, Max
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils.http import http_date
from django.utils.timezone import localtime
from wagtail.models import Page, Site

from cms.visibility import hidden_branches, visible
from ops.pagecache import view_reads

# Under the protocol's 50,000 addresses and 50 MB, and small enough to be written well
# within the 200 ms every anonymous answer is held to (bench/bench_anonymous.py).
SITEMAP_URLS = 2000
LANGUAGE_ORDER = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}
XMLNS = (
    'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml"'
)


def _sections():
    """``{name: (page models it lists, page models it leaves out)}`` in each language."""
    from events.models import EventPage
    from spaces.models import SpacePage

    return {
        "pages": ((), (EventPage, SpacePage)),
        "events": ((EventPage,), ()),
        "spaces": ((SpacePage,), ()),
    }


class Homes:
    """The request's site home in each language: its path and its address."""

    def __init__(self, request):
        self.hidden = hidden_branches()  # read once for the whole answer
        site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
        homes = []
        if site is not None:
            homes = visible(
                Page.objects.filter(translation_key=site.root_page.translation_key), self.hidden
            ).select_related("locale")
        self.by_language = {home.locale.language_code: home for home in homes}
        self.by_locale = {
            home.locale_id: (home.url_path, home.get_full_url(request), home.locale.language_code)
            for home in homes
        }

    def location(self, locale_id, url_path):
        found = self.by_locale.get(locale_id)
        if found is None or not url_path.startswith(found[0]):
            return None
        return found[1] + url_path[len(found[0]) :]


class Section:
    """The visible pages of one section in one language, in tree order."""

    def __init__(self, homes, language, name):
        self.homes = homes
        self.language = language
        self.name = name
        home = homes.by_language.get(language)
        if home is None:
            self.pages = Page.objects.none()
            return
        only, without = _sections()[name]
        pages = Page.objects.descendant_of(home, inclusive=True)
        if only:
            pages = pages.type(*only)
        if without:
            pages = pages.not_type(*without)
        self.pages = visible(pages, homes.hidden)

    def summary(self):
        """(number of pages, latest publication), one query."""
        found = self.pages.aggregate(count=Count("pk"), latest=Max("last_published_at"))
        return found["count"], found["latest"]

    def rows(self, number):
        first = (number - 1) * SITEMAP_URLS
        return list(
            self.pages.order_by("path").values_list(
                "url_path",
                "translation_key",
                "locale_id",
                "last_published_at",
                "latest_revision_created_at",
            )[first : first + SITEMAP_URLS]
        )

    def alternates(self, keys):
        """``{translation_key: [(language, address)]}``: the visible versions, one query."""
        found = {}
        versions = visible(
            Page.objects.filter(translation_key__in=keys), self.homes.hidden
        ).values_list("translation_key", "locale_id", "url_path")
        for key, locale_id, url_path in versions:
            location = self.homes.location(locale_id, url_path)
            if location:
                language = self.homes.by_locale[locale_id][2]
                found.setdefault(key, []).append((language, location))
        for links in found.values():
            links.sort(key=lambda link: LANGUAGE_ORDER.get(link[0], 99))
        return found


def _sections_of(request):
    homes = Homes(request)
    return {
        f"{code}-{name}": Section(homes, code, name)
        for code, _language in settings.LANGUAGES
        for name in _sections()
    }


def _xml(lines, last_modified=None):
    response = HttpResponse("".join(lines), content_type="application/xml; charset=utf-8")
    response["X-Robots-Tag"] = "noindex, noodp, noarchive"
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    return response


@view_reads()
def index(request):
    """``/sitemap.xml``: every section's files (only those with pages)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex ', XMLNS, ">\n"]
    for name, section in _sections_of(request).items():
        count, modified = section.summary()
        files = math.ceil(count / SITEMAP_URLS)
        location = request.build_absolute_uri(reverse("sitemap_section", args=[name]))
        stamp = f"<lastmod>{localtime(modified):%Y-%m-%d}</lastmod>" if modified else ""
        for number in range(1, files + 1):
            address = location if number == 1 else f"{location}?p={number}"
            lines.append(f"<sitemap><loc>{escape(address)}</loc>{stamp}</sitemap>\n")
    lines.append("</sitemapindex>\n")
    return _xml(lines)


@view_reads("p")
def section(request, section):
    """``/sitemap-<language>-<section>.xml?p=N``: one file of at most SITEMAP_URLS pages."""
    found = _sections_of(request).get(section)
    raw = request.GET.get("p", "1")
    if found is None or not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= 10**6:
        raise Http404
    rows = found.rows(int(raw))
    if not rows and raw != "1":
        raise Http404
    alternates = found.alternates({row[1] for row in rows})
    lines = ['<?xml version="1.0" encoding="UTF-8"?>\n<urlset ', XMLNS, ">\n"]
    latest = None
    for url_path, key, locale_id, published, revised in rows:
        location = found.homes.location(locale_id, url_path)
        if not location:
            continue
        modified = published or revised
        if modified and (latest is None or modified > latest):
            latest = modified
        lines.append(f"<url><loc>{escape(location)}</loc>")
        if modified:
            lines.append(f"<lastmod>{localtime(modified):%Y-%m-%d}</lastmod>")
        for language, address in alternates.get(key, ()):
            lines.append(
                f'<xhtml:link rel="alternate" hreflang="{language}" href={quoteattr(address)}/>'
            )
        lines.append("</url>\n")
    lines.append("</urlset>\n")
    return _xml(lines, latest)
