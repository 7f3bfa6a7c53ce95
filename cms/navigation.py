"""The site's main navigation, filled by the apps that own its destinations.

The base app cannot know the network calendar or the spaces finder (they live in apps
above it), so each app registers its entry in ``AppConfig.ready()``: a page model that
exists once under each language's home, the label visitors read, and an optional
fragment. The header then finds every destination under the visitor's home in one query
on the page table's content-type index, which stays cheap however large the network
grows.
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.functional import Promise
from wagtail.models import Page

from cms.memo import per_request
from cms.tree import in_subtree
from cms.visibility import hidden_branches_for, visible


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


def locale_homes(request, site):
    """The site's home in every language, {code: page}: one query per request."""
    read = per_request(request, "_cms_locale_homes")
    if "homes" not in read:
        read["homes"] = {}
        if site is not None:
            read["homes"] = {
                page.locale.language_code: page
                for page in Page.objects.filter(translation_key=site.root_page.translation_key)
                .live()
                .select_related("locale")
            }
    return read["homes"]


def destinations(request, home):
    """{model_label: page}: the destination a visitor may open of each entry under ``home``.

    Read once per request and home, so the parts of a page that lead to the same
    destinations (the header, the home page's sections) share one query.
    """
    read = per_request(request, "_cms_navigation")
    if home.pk not in read:
        types = {
            ContentType.objects.get_for_model(apps.get_model(entry.model_label)).pk: entry
            for entry in registered()
        }
        pages = {}
        if types:
            under_home = Page.objects.filter(in_subtree(home), content_type__in=types)
            for page in visible(under_home, hidden_branches_for(request)).order_by(
                "-path"  # the shallowest page of each type wins
            ):
                pages[types[page.content_type_id].model_label] = page
        read[home.pk] = pages
    return read[home.pk]


def links(request, home):
    """[{"label", "url", "current"}] for the live, public destinations under ``home``."""
    pages = destinations(request, home)
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
