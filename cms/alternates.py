"""Language versions of pages, for hreflang links in page heads and in the sitemap."""

from django.conf import settings
from wagtail.models import Page

from .memo import per_request
from .visibility import hidden_branches_for, visible

LANGUAGE_ORDER = {code: index for index, (code, _name) in enumerate(settings.LANGUAGES)}


def _ordered(links):
    return sorted(links, key=lambda link: LANGUAGE_ORDER.get(link["lang_code"], 99))


def page_versions(page, request=None):
    """Every language version of ``page`` a visitor may open (itself included), with its
    locale.

    Read once per request and page: the page head's hreflang links and the language
    switch both need them.
    """
    read = per_request(request, "_page_versions")
    if page.pk not in read:
        read[page.pk] = list(
            visible(
                Page.objects.filter(translation_key=page.translation_key),
                hidden_branches_for(request),
            )
            .select_related("locale")
            .only("url_path", "path", "depth", "translation_key", "locale__language_code")
        )
    return read[page.pk]


def page_alternates(page, request=None):
    """[{"lang_code", "location"}] for every live version of ``page`` (itself included)."""
    links = []
    for version in page_versions(page, request):
        url = version.get_full_url(request)
        if url:
            links.append({"lang_code": version.locale.language_code, "location": url})
    return _ordered(links)


def alternates_by_key(pages, request=None):
    """{translation_key: [{"lang_code", "location"}]} for live ``pages`` (any locales)."""
    found = {}
    for version in pages.select_related("locale").only(
        "url_path", "path", "depth", "translation_key", "locale__language_code"
    ):
        url = version.get_full_url(request)
        if url:
            found.setdefault(version.translation_key, []).append(
                {"lang_code": version.locale.language_code, "location": url}
            )
    return {key: _ordered(links) for key, links in found.items()}
