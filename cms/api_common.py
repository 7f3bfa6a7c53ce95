"""What the events and spaces endpoints share: the language asked for, bulk lookups, fields.

Both endpoints answer in one language at a time (``?locale=vi|en``, Vietnamese when
absent): their filters take slugs and names that exist per language, and a listing that
mixed both would list every event twice. Each item carries its ``translations``.

Everything an item needs beyond its own row (the URLs of its translations, its
categories and sectors in the item's language, its image rendition) is fetched for the
whole page of results at once by :func:`translation_urls`, :func:`localized` and
:func:`rendition`, so a page of 20 costs the same number of queries as a page of 2.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from wagtail.api.v2.utils import BadRequestError
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from cms.api_fields import WholeObjectField
from cms.visibility import hidden_branches_for, visible

IMAGE_SPEC = "fill-800x450"


def site_home(request, locale):
    """The home of the request's site in ``locale``: the network the request is about."""
    site = Site.find_for_request(request)
    if site is None or locale is None:
        return None
    root = site.root_page
    if root.locale_id == locale.pk:
        return root
    return Page.objects.filter(translation_key=root.translation_key, locale=locale).first()


def in_site(queryset, request, locale):
    """``queryset`` limited to the pages under the request's site (in ``locale``)."""
    home = site_home(request, locale)
    return queryset.descendant_of(home) if home is not None else queryset


def requested_locale(request):
    """The Locale of ``?locale=`` (the default language when absent), or a 400."""
    codes = [code for code, _name in settings.LANGUAGES]
    code = request.GET.get("locale", settings.LANGUAGE_CODE)
    if code not in codes:
        raise BadRequestError(f"locale must be one of: {', '.join(codes)}")
    return Locale.objects.filter(language_code=code).first()


def first_error(messages):
    """A 400 with the first of ``messages`` (already in the request's language)."""
    if messages:
        raise BadRequestError(str(messages[0]))


def translation_urls(pages, request):
    """``{translation_key: {language: full URL}}`` of every visible version, one query."""
    keys = {page.translation_key for page in pages}
    urls = {}
    versions = (
        visible(Page.objects.all(), hidden_branches_for(request))
        .filter(translation_key__in=keys)
        .select_related("locale")
        .order_by("locale__language_code")
        .only("url_path", "translation_key", "locale__language_code")
    )
    for version in versions:
        urls.setdefault(version.translation_key, {})[version.locale.language_code] = (
            version.get_full_url(request)
        )
    return urls


def localized(model, objects, locale):
    """``{translation_key: name}`` of ``objects`` (any language) in ``locale``, one query."""
    objects = list(objects)
    names = {obj.translation_key: obj.name for obj in objects}
    keys = list(names)
    for obj in model.objects.filter(translation_key__in=keys, locale=locale).only(
        "translation_key", "name"
    ):
        names[obj.translation_key] = obj.name
    return names


def taxonomy_list(objects, names):
    return [
        {"slug": obj.slug, "name": names.get(obj.translation_key, obj.name)}
        for obj in sorted(objects, key=lambda obj: (obj.sort_order, obj.slug))
    ]


def prefetched_images():
    return get_image_model().objects.prefetch_renditions(IMAGE_SPEC)


def rendition(image, alt, request):
    """``{"url", "width", "height", "alt"}`` of the listing rendition, or None."""
    if image is None:
        return None
    found = image.get_rendition(IMAGE_SPEC)
    return {
        "url": request.build_absolute_uri(found.url),
        "width": found.width,
        "height": found.height,
        "alt": alt,
    }


class JsonNotFound:
    """Mixin for the endpoints: an unknown id is a JSON 404, never a language redirect."""

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        if response.status_code == 404:
            self.request._request.urlconf = "hanoi.api_urlconf"
        return response


class StrictFilters:
    """Mixin for the endpoints: a value the listing's filters refuse (their FilterSet in
    strict mode, see ``cms.listing.ListingFilterSet``) is a 400 with its message."""

    def handle_exception(self, exc):
        if isinstance(exc, ValidationError):
            exc = BadRequestError(exc.messages[0])
        return super().handle_exception(exc)


class Prepared(WholeObjectField):
    """A value computed for the whole page of results and stored on each object.

    The view's ``prepare`` sets ``obj.api_data[name]``; this field only reads it.
    ``shape`` declares what the value looks like (a serializer field or serializer, never
    used to write), for the API's OpenAPI description (:mod:`cms.api_schema`).
    """

    def __init__(self, shape, **kwargs):
        self.shape = shape
        super().__init__(**kwargs)

    def to_representation(self, obj):
        return obj.api_data[self.field_name]
