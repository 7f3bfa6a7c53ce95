"""The site's main navigation, filled by the apps that own its destinations.

The base app cannot know the network calendar or the spaces finder (they live in apps
above it), so each app registers its entry in ``AppConfig.ready()``: a page model that
exists once per language tree, the label visitors read, and an optional fragment. The
header then finds every destination in one query on the page table's content-type
index, which stays cheap however large the network grows.
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.functional import Promise
from wagtail.models import Page

from cms.memo import per_request


@dataclass(frozen=True)
class Entry:
    model_label: str
    label: str | Promise
    order: int
    fragment: str = ""


_entries = {}


def register(model_label, label, order, fragment=""):
    """Add (or replace) the entry leading to the page of ``model_label``."""
    _entries[model_label] = Entry(model_label, label, order, fragment)


def registered():
    return sorted(_entries.values(), key=lambda entry: entry.order)


def destinations(request, language_code):
    """{model_label: page}: the live, public destination of each entry in this language.

    Read once per request and language, so the parts of a page that lead to the same
    destinations (the header, the home page's sections) share one query.
    """
    read = per_request(request, "_cms_navigation")
    if language_code not in read:
        types = {
            ContentType.objects.get_for_model(apps.get_model(entry.model_label)).pk: entry
            for entry in registered()
        }
        pages = {}
        if types:
            for page in (
                Page.objects.live()
                .public()
                .filter(content_type__in=types, locale__language_code=language_code)
                .order_by("-path")  # the shallowest page of each type wins
            ):
                pages[types[page.content_type_id].model_label] = page
        read[language_code] = pages
    return read[language_code]


def links(request, language_code):
    """[{"label", "url", "current"}] for the live, public destinations in this language."""
    pages = destinations(request, language_code)
    path = request.path if request is not None else ""
    found = []
    for entry in registered():
        page = pages.get(entry.model_label)
        url = page.get_url(request) if page is not None else None
        if url is None:
            continue
        found.append(
            {
                "label": entry.label,
                "url": f"{url}#{entry.fragment}" if entry.fragment else url,
                "current": not entry.fragment and path.startswith(url),
            }
        )
    return found
