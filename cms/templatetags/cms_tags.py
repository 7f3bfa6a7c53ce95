from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page, Site

from cms import extensions, navigation
from cms.alternates import page_versions
from cms.models import SiteLinks

register = template.Library()


@register.simple_tag(takes_context=True)
def page_sections(context, slot):
    """The sections the apps above register for ``slot`` of this page (``cms.extensions``),
    rendered in order; a section whose context is None is left out."""
    page = context.get("page")
    request = context.get("request")
    parts = []
    for section in extensions.sections.get(slot, []):
        values = section.context(page, request)
        if values is None:
            continue
        parts.append(
            render_to_string(section.template_name, {"page": page, **values}, request=request)
        )
    return mark_safe("".join(parts))  # noqa: S308 - each part is a rendered template


@register.simple_tag(takes_context=True)
def nav_links(context):
    """The links to what visitors came for (entries from ``cms.navigation``): read once
    per request for the header and the footer."""
    home = _locale_homes(context).get(translation.get_language() or settings.LANGUAGE_CODE)
    return navigation.links(context.get("request"), home) if home else []


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """The header's links to what visitors came for."""
    return {"links": nav_links(context)}


@register.simple_tag(takes_context=True)
def about_url(context):
    """The URL of the "about the network" page in the active language (``SiteLinks``), or "".

    Chosen once in the source language; the visitor's language version is read in one
    query with the version's liveness, and nothing is linked when it is not published.
    """
    request = context.get("request")
    site = _site(context)
    if site is None:
        return ""
    links = SiteLinks.for_site(site)
    if links.about_page_id is None:
        return ""
    language = translation.get_language() or settings.LANGUAGE_CODE
    page = (
        Page.objects.live()
        .filter(
            locale__language_code=language,
            translation_key__in=Page.objects.filter(pk=links.about_page_id).values(
                "translation_key"
            ),
        )
        .first()
    )
    return (page.get_url(request) or "") if page else ""


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(context):
    """Links to this same page in the other languages, with the same query string.

    Built from the page's live, public translations (never from per-user state), so a
    cached page stays correct; the same versions as the page's hreflang links. A page
    without one in a language links to that language's home and says so.
    """
    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    translations = {}
    homes = {}
    if isinstance(page, Page):
        translations = {p.locale.language_code: p for p in page_versions(page, request)}
        homes = _locale_homes(context)
    # The visitor's search, filters and month go along to the other language.
    query = request.GET.urlencode() if request is not None else ""
    links = []
    for code, name in settings.LANGUAGES:
        available = True
        if isinstance(page, Page):
            target = translations.get(code) or homes.get(code)
            available = code in translations
            url = target.get_url(request) if target else f"/{code}/"
        else:
            url = translate_url(request.path, code) if request else f"/{code}/"
        if available and query and url:
            url = f"{url}?{query}"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "available": available,
            }
        )
    return {"links": links}


def _site(context):
    """The request's site (cached on the request by Wagtail), else the page's."""
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    page = context.get("page")
    if site is None and isinstance(page, Page):
        site = page.get_site()
    return site


def _locale_homes(context):
    return navigation.locale_homes(context.get("request"), _site(context))


@register.simple_tag(takes_context=True)
def locale_home(context):
    """The network home in the active language."""
    home = _locale_homes(context).get(translation.get_language())
    return home.get_url(context.get("request")) if home else "/"


@register.inclusion_tag("includes/directions.html")
def directions(latitude, longitude):
    """Links that open the way to a point in OpenStreetMap and in Google Maps: what people
    on their way need, rather than raw coordinates."""
    if latitude in (None, "") or longitude in (None, ""):
        return {}
    point = f"{float(latitude):.6f},{float(longitude):.6f}"
    return {
        "openstreetmap": "https://www.openstreetmap.org/directions?"
        + urlencode({"route": f";{point}"}),
        "google": "https://www.google.com/maps/dir/?" + urlencode({"api": 1, "destination": point}),
    }


@register.inclusion_tag("includes/centers_map.html", takes_context=True)
def centers_map(context, centers, map_id="network-map-data"):
    """A list of centers with a map beside it (the map is added by static/js/network-map.js)."""
    request = context.get("request")
    points = []
    for center in centers:
        points.append(
            {
                "name": center.title,
                "url": center.get_url(request),
                "address": center.address,
                "lat": float(center.latitude),
                "lng": float(center.longitude),
            }
        )
    return {
        "map_id": map_id,
        "map_centers": points,
        "map_points": points,
        "map_tile_url": settings.MAP_TILE_URL,
        "map_tile_attribution": settings.MAP_TILE_ATTRIBUTION,
    }
