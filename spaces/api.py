"""``/api/v2/spaces/``: the spaces finder as JSON, with the same filters and the same checks.

The filters are the spaces page's (:class:`spaces.filters.SpaceFilterSet`, in strict
mode): ``type`` (the kind of space, as on the
page, not Wagtail's page type), ``center``, ``district``, ``min_area``, ``capacity``,
``period`` + ``max_price``, ``sector``, ``amenity`` (repeatable: all of them),
``free_on`` and ``sort``. A value the page would drop with a message is a 400 here.
"""

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import translation
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.fields import Field
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.utils import BadRequestError

from cms.api import PublicPagesAPIViewSet, common_parameters
from cms.api_common import (
    JsonNotFound,
    Prepared,
    StrictFilters,
    in_site,
    localized,
    prefetched_images,
    rendition,
    requested_locale,
    taxonomy_list,
    translation_urls,
)
from cms.api_fields import (
    Image,
    Taxonomy,
    Ward,
    nullable_text,
    text,
    translations_shape,
    url,
)
from cms.api_schema import filter_parameters
from cms.harvest import PARAMETER, HarvestMixin, LastModified, page_last_modified, parameter_doc
from cms.visibility import hidden_branches_for
from network import wards
from network.models import Amenity, CenterPage, Sector
from spaces.filters import SpaceFilterForm, SpaceFilterSet
from spaces.models import SpacePage

FILTER_KEYS = list(SpaceFilterSet.base_filters)


NOTES = {"max_price": ", with the period it is for (`period`).", "amenity": " (repeat it)."}


def filter_docs():
    """The finder's filters, for the API's description (its form's fields: the fixed
    choices; those of this network's centers, wards, sectors and amenities change with it
    and are named by the 400)."""
    with translation.override("en"):
        form = SpaceFilterForm(None, centers=[], districts=[], sectors=[], amenities=[])
    return filter_parameters(form.fields, NOTES)


class Labelled(serializers.Serializer):
    value = text("Stable code.")
    label = text("Its name in the item's language.")


class Capacity(serializers.Serializer):
    seated = serializers.IntegerField(allow_null=True)
    standing = serializers.IntegerField(allow_null=True)
    max = serializers.IntegerField(allow_null=True, help_text="The larger of the two.")


class SpacePrice(serializers.Serializer):
    currency = text("Always VND.")
    amount = serializers.IntegerField(allow_null=True, help_text="VND per period.")
    period = text("hour, day, month... (stable code)", allow_blank=True)
    period_label = text("The period in the item's language.", allow_blank=True)
    reduced_amount = serializers.IntegerField(allow_null=True)
    reduced_terms = text("Who pays the reduced price.", allow_blank=True)


class SpaceCenter(serializers.Serializer):
    id = serializers.IntegerField(allow_null=True)
    slug = nullable_text()
    title = nullable_text()
    url = url(allow_null=True)


@extend_schema_field(url("The space's address in this API."))
class SpaceDetailUrlField(Field):
    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, space):
        return self.context["request"].build_absolute_uri(
            reverse("wagtailapi:spaces:detail", args=[space.pk])
        )


class SpacesAPIViewSet(HarvestMixin, JsonNotFound, StrictFilters, PublicPagesAPIViewSet):
    api_description = (
        "The spaces the centers let (studios, stages, galleries, co-working...), with the "
        "spaces finder's filters: a bad value answers 400 with a message."
    )
    model = SpacePage
    harvest_type = "spaces.SpacePage"
    harvest_refused = ("sort",)
    filter_backends = []
    known_query_parameters = frozenset(
        ["limit", "offset", "fields", "format", "_", "locale", PARAMETER, *FILTER_KEYS]
    )
    meta_fields = [
        "type",
        APIField("detail_url", serializer=SpaceDetailUrlField()),
        "html_url",
        "slug",
        "first_published_at",
        "locale",
    ]
    space_fields = [
        APIField("title"),
        APIField("summary", serializer=Prepared(text("A line or two about it.", allow_blank=True))),
        APIField("url", serializer=Prepared(url("The space's page.", allow_null=True))),
        APIField("translations", serializer=Prepared(translations_shape())),
        APIField("space_type", serializer=Prepared(Labelled())),
        APIField("area"),
        APIField("capacity", serializer=Prepared(Capacity())),
        APIField("price", serializer=Prepared(SpacePrice())),
        APIField("amenities", serializer=Prepared(Taxonomy(many=True))),
        APIField("sectors", serializer=Prepared(Taxonomy(many=True))),
        APIField("center", serializer=Prepared(SpaceCenter())),
        APIField("ward", serializer=Prepared(Ward(allow_null=True))),
        APIField(
            "former_district",
            serializer=Prepared(nullable_text("Its center's district before 1 July 2025.")),
        ),
        APIField("district", serializer=Prepared(nullable_text("Same as former_district."))),
        APIField("latitude", serializer=Prepared(serializers.FloatField(allow_null=True))),
        APIField("longitude", serializer=Prepared(serializers.FloatField(allow_null=True))),
        APIField("image", serializer=Prepared(Image(allow_null=True))),
        APIField("last_modified", serializer=LastModified()),
    ]
    listing_default_fields = [
        "id",
        "type",
        "detail_url",
        "html_url",
        "slug",
        "first_published_at",
        "locale",
        *[field.name for field in space_fields],
    ]
    name = "spaces"

    @classmethod
    def parameter_docs(cls):
        return {**common_parameters(), **filter_docs(), PARAMETER: parameter_doc()}

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields([*cls.body_fields, *cls.space_fields])

    @classmethod
    def get_detail_default_fields(cls, model):
        return cls.listing_default_fields

    @classmethod
    def get_listing_default_fields(cls, model):
        return cls.listing_default_fields[:]

    def check_query_parameters(self, queryset):
        unknown = set(self.request.GET) - self.known_query_parameters
        if unknown:
            raise BadRequestError(
                "query parameter is not an operation or a recognised field: "
                + ", ".join(sorted(unknown))
            )

    def with_everything(self, queryset):
        return (
            queryset.visible(hidden_branches_for(self.request))
            .with_center()
            .with_capacity()
            .select_related("locale")
            .prefetch_related(
                Prefetch("hero_image", queryset=prefetched_images()), "amenities", "sectors"
            )
            .defer_streamfields()
            .annotate(last_modified=page_last_modified(SpacePage))
        )

    def get_queryset(self):
        if self.action != "listing_view":
            return self.with_everything(SpacePage.objects.all())
        locale = requested_locale(self.request)
        if locale is None:
            return SpacePage.objects.none().with_capacity()
        hidden = hidden_branches_for(self.request)
        centers = CenterPage.objects.visible(hidden).filter(locale=locale).order_by("path")
        centers = in_site(centers, self.request, locale)
        spaces = in_site(
            SpacePage.objects.visible(hidden).filter(locale=locale), self.request, locale
        )
        filters = SpaceFilterSet(
            self.request.GET, spaces, locale=locale, centers=centers, strict=True
        )
        return filters.ordered(filters.qs.with_capacity())

    def listing_view(self, request):
        """Count and pick the page's spaces on their own rows, then read what the items
        show for those only: counting with the centers' columns read them for every
        space of the network."""
        self.check_query_parameters(None)
        since = self.harvest_since()
        if since is not None:
            changes = self.harvest_page(
                since,
                SpacePage,
                self.get_queryset(),
                self.harvest_hidden(),
                page_last_modified(SpacePage),
                requested_locale(self.request),
            )
            ids = [row[0] for row in changes if not row[2]]
        else:
            ids = list(self.paginate_queryset(self.get_queryset().values_list("pk", flat=True)))
        rows = self.with_everything(SpacePage.objects.filter(pk__in=ids)).in_bulk()
        page = [rows[pk] for pk in ids if pk in rows]
        self.prepare(page)
        data = self.get_serializer(page, many=True).data
        if since is not None:
            return self.get_paginated_response(self.harvest_items(changes, data))
        return self.get_paginated_response(data)

    def harvest_hidden(self):
        """The spaces of this listing's site and language a visitor may not open now."""
        locale = requested_locale(self.request)
        spaces = in_site(SpacePage.objects.filter(locale=locale), self.request, locale)
        visible = SpacePage.objects.visible(hidden_branches_for(self.request))
        return spaces.exclude(pk__in=visible.values("pk"))

    def detail_view(self, request, pk):
        if set(request.GET) - {"fields", "format", "_"}:
            raise BadRequestError("a single space takes no filters")
        space = self.get_object()
        self.prepare([space])
        return Response(self.get_serializer(space).data)

    # One pass over the page of results --------------------------------------------------
    def prepare(self, spaces):
        request = self.request
        centers = {
            center.path: center
            for center in CenterPage.objects.filter(
                path__in={space.center_path for space in spaces}
            ).only("path", "translation_key", "url_path", "locale_id", "title", "slug")
        }
        urls = translation_urls([*spaces, *centers.values()], request)
        locale = spaces[0].locale if spaces else None
        amenities = localized(Amenity, {a for s in spaces for a in s.amenities.all()}, locale)
        sectors = localized(Sector, {s for space in spaces for s in space.sectors.all()}, locale)
        for space in spaces:
            language = space.locale.language_code
            with translation.override(language):
                type_label = space.get_space_type_display()
                period_label = space.get_price_period_display()
            center = centers.get(space.center_path)
            center_urls = urls.get(center.translation_key, {}) if center else {}
            space.api_data = {
                "summary": space.introduction,
                "url": urls.get(space.translation_key, {}).get(language),
                "translations": urls.get(space.translation_key, {}),
                "space_type": {"value": space.space_type, "label": type_label},
                "capacity": {
                    "seated": space.capacity_seated,
                    "standing": space.capacity_standing,
                    "max": space.max_capacity or None,
                },
                "price": {
                    "currency": "VND",
                    "amount": space.price,
                    "period": space.price_period,
                    "period_label": period_label,
                    "reduced_amount": space.reduced_price,
                    "reduced_terms": space.reduced_price_terms,
                },
                "amenities": taxonomy_list(space.amenities.all(), amenities),
                "sectors": taxonomy_list(space.sectors.all(), sectors),
                "center": {
                    "id": center.pk if center else None,
                    "slug": space.center_slug,
                    "title": space.center_title,
                    "url": center_urls.get(language),
                },
                "ward": wards.as_data(space.center_ward, language),
                "former_district": space.center_district,
                "district": space.center_district,
                "latitude": _float(space.center_latitude),
                "longitude": _float(space.center_longitude),
                "image": rendition(space.hero_image, space.hero_alt_text, request),
            }


def _float(value):
    return float(value) if value is not None else None
