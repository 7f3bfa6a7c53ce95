"""What the open data's endpoints share: the language asked for, bulk lookups, fields, and
their viewsets' common part (:class:`OpenDataEndpoint`).

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
from django.urls import reverse
from django.utils.functional import classproperty
from drf_spectacular.utils import extend_schema_field
from rest_framework.fields import Field
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.utils import BadRequestError
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from cms.api import PublicPagesAPIViewSet, common_parameters
from cms.api_fields import WholeObjectField, text, translations_shape, url
from cms.harvest import PARAMETER, HarvestMixin, LastModified, page_last_modified, parameter_doc
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


@extend_schema_field(url("The item's address in this API."))
class ItemUrl(Field):
    """An item's address in this API: the detail route of the endpoint asked
    (``wagtailapi:<endpoint>:detail``, the namespace of the request's route)."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, item):
        request = self.context["request"]
        route = f"{request.resolver_match.namespace}:detail"
        return request.build_absolute_uri(reverse(route, args=[item.pk]))


# What a page's ``meta`` says in the open data's page endpoints (spaces, residents).
PAGE_META_FIELDS = [
    "type",
    APIField("detail_url", serializer=ItemUrl()),
    "html_url",
    "slug",
    "first_published_at",
    "locale",
]
LAST_MODIFIED = APIField("last_modified", serializer=LastModified())
# What every listing's query string may say besides its filters.
LISTING_PARAMETERS = ["limit", "offset", "fields", "format", "_", "locale", PARAMETER]
DETAIL_PARAMETERS = frozenset(["fields", "format", "_"])


class OpenDataEndpoint(HarvestMixin, JsonNotFound, StrictFilters):
    """What the events, spaces and residents endpoints share, before Wagtail's viewset.

    Their query string (:meth:`filter_keys`: the listing's FilterSet's, checked strictly);
    a listing that counts and picks its page on the items' own rows, then reads what they
    show for those only (joining first would read it for every item of the network); the
    harvest (``modified_since``, :mod:`cms.harvest`); a detail that takes no filters.

    A subclass names ``model``, ``filter_set`` (its listing's), ``item_fields`` (its
    APIFields; ``last_modified`` is added) and ``item_name``, and gives ``get_queryset()``
    (the filtered listing), ``with_everything(queryset)`` (what an item shows,
    ``last_modified`` annotated) and ``prepare(items)``; an endpoint of other things than
    pages gives ``harvest_scope(locale)`` too.
    """

    filter_set = None
    item_fields = []
    item_name = "item"

    @classmethod
    def filter_keys(cls):
        """The filter set's keys (its ``filter_keys()`` when it has keys of its own)."""
        keys = getattr(cls.filter_set, "filter_keys", None)
        return keys() if keys else list(cls.filter_set.base_filters)

    @classmethod
    def filter_docs(cls):
        """{key: parameter} for each of ``filter_keys()``."""
        return {}

    @classmethod
    def parameter_docs(cls):
        return {**common_parameters(), **cls.filter_docs(), PARAMETER: parameter_doc()}

    @classproperty
    def known_query_parameters(cls):
        return frozenset([*LISTING_PARAMETERS, *cls.filter_keys()])

    @classproperty
    def listing_default_fields(cls):
        """The id, the meta fields, then the item's own."""
        meta = [getattr(field, "name", field) for field in cls.meta_fields]
        own = [field.name for field in [*cls.item_fields, LAST_MODIFIED]]
        return ["id", *meta, *[name for name in own if name not in meta]]

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields([*cls.body_fields, *cls.item_fields, LAST_MODIFIED])

    @classmethod
    def get_detail_default_fields(cls, model):
        return cls.listing_default_fields

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.listing_default_fields[:]

    # What the request asks, for the subclasses' queries and their page of items.
    def asked_locale(self):
        """The Locale of ``?locale=`` (a 400 when unknown)."""
        return requested_locale(self.request)

    def in_site(self, queryset, locale):
        return in_site(queryset, self.request, locale)

    def urls_of(self, pages):
        """``{translation_key: {language: full URL}}`` (:func:`translation_urls`)."""
        return translation_urls(pages, self.request)

    def image(self, image, alt):
        return rendition(image, alt, self.request)

    def last_modified(self):
        """The expression of an item's last change (a page's, unless said otherwise)."""
        return page_last_modified(self.model)

    def check_query_parameters(self, queryset):
        """Only the parameters above: no filtering on arbitrary columns."""
        unknown = set(self.request.GET) - self.known_query_parameters
        if unknown:
            raise BadRequestError(
                "query parameter is not an operation or a recognised field: "
                + ", ".join(sorted(unknown))
            )

    def listing_view(self, request):
        self.check_query_parameters(None)
        since = self.harvest_since()
        changes = None
        if since is not None:
            changes = self.harvest_page(
                since,
                self.model,
                self.get_queryset(),
                self.harvest_hidden(),
                self.last_modified(),
                self.asked_locale(),
            )
            ids = [row[0] for row in changes if not row[2]]
        else:
            ids = list(self.paginate_queryset(self.get_queryset().values_list("pk", flat=True)))
        rows = self.with_everything(self.model.objects.filter(pk__in=ids)).in_bulk()
        page = [rows[pk] for pk in ids if pk in rows]
        self.prepare(page)
        return self.listing_answer(page, changes)

    def listing_answer(self, items, changes=None):
        """The page of ``items``, with the harvest's tombstones in the order of ``changes``."""
        data = self.get_serializer(items, many=True).data
        if changes is not None:
            data = self.harvest_items(changes, data)
        return self.get_paginated_response(data)

    def harvest_hidden(self):
        """The items of this listing's site and language a visitor may not open now."""
        scope = self.harvest_scope(self.asked_locale())
        visible = scope.visible(hidden_branches_for(self.request))
        return scope.exclude(pk__in=visible.values("pk"))

    def harvest_scope(self, locale):
        """The items of the listing's site in ``locale``, visible or not (pages here)."""
        return self.in_site(self.model.objects.filter(locale=locale), locale)

    def detail_view(self, request, pk):
        if set(request.GET) - DETAIL_PARAMETERS:
            raise BadRequestError(f"a single {self.item_name} takes no filters")
        item = self.get_object()
        self.prepare([item])
        return self.detail_answer(item)

    def detail_answer(self, item):
        return Response(self.get_serializer(item).data)


def page_item_fields(summary, page):
    """The fields a page item starts with: its title, ``summary`` and ``page`` (what the
    summary and the page's address are, for the API's description), its translations."""
    return [
        APIField("title"),
        APIField("summary", serializer=Prepared(text(summary, allow_blank=True))),
        APIField("url", serializer=Prepared(url(page, allow_null=True))),
        APIField("translations", serializer=Prepared(translations_shape())),
    ]


class OpenDataPagesEndpoint(OpenDataEndpoint, PublicPagesAPIViewSet):
    """An endpoint of one page model (spaces, residents): its filter set, not Wagtail's
    filters, and the pages' ``meta``."""

    filter_backends = []
    meta_fields = PAGE_META_FIELDS
