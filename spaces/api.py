"""``/api/v2/spaces/``: the spaces finder as JSON, with the same filters and the same checks.

The filters are the spaces page's (:class:`spaces.filters.SpaceFilterSet`, in strict
mode): ``type`` (the kind of space, as on the page, not Wagtail's page type),
``center``, ``district``, ``min_area``, ``capacity``, ``period`` + ``max_price``,
``sector``, ``amenity`` (repeatable: all of them), ``free_on`` and ``sort``. A value the
page would drop with a message is a 400 here.
"""

from django.db.models import Prefetch
from django.utils import translation
from rest_framework import serializers
from wagtail.api import APIField

from cms.api_common import (
    OpenDataPagesEndpoint,
    Prepared,
    localized,
    page_item_fields,
    prefetched_images,
    taxonomy_list,
)
from cms.api_fields import (
    Image,
    Taxonomy,
    Ward,
    nullable_text,
    text,
    url,
)
from cms.api_schema import filter_parameters
from cms.visibility import hidden_branches_for
from network import wards
from network.models import Amenity, CenterPage, Sector
from spaces.filters import SpaceFilterForm, SpaceFilterSet
from spaces.models import SpacePage

NOTES = {"max_price": ", with the period it is for (`period`).", "amenity": " (repeat it)."}


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


class SpacesAPIViewSet(OpenDataPagesEndpoint):
    api_description = (
        "The spaces the centers let (studios, stages, galleries, co-working...), with the "
        "spaces finder's filters: a bad value answers 400 with a message."
    )
    filter_set = SpaceFilterSet
    model = SpacePage
    item_name = "space"
    harvest_type = "spaces.SpacePage"
    harvest_refused = ("sort",)
    item_fields = [
        *page_item_fields("A line or two about it.", "The space's page."),
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
    ]
    name = "spaces"

    @classmethod
    def filter_docs(cls):
        """The finder's filters (its form's fields: the fixed choices; those of this
        network's centers, wards, sectors and amenities change with it and are named by
        the 400)."""
        with translation.override("en"):
            form = SpaceFilterForm(None, centers=[], districts=[], sectors=[], amenities=[])
        return filter_parameters(form.fields, NOTES)

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
            .annotate(last_modified=self.last_modified())
        )

    def get_queryset(self):
        if self.action != "listing_view":
            return self.with_everything(SpacePage.objects.all())
        locale = self.asked_locale()
        if locale is None:
            return SpacePage.objects.none().with_capacity()
        hidden = hidden_branches_for(self.request)
        centers = CenterPage.objects.visible(hidden).filter(locale=locale).order_by("path")
        centers = self.in_site(centers, locale)
        spaces = self.in_site(SpacePage.objects.visible(hidden).filter(locale=locale), locale)
        filters = SpaceFilterSet(
            self.request.GET, spaces, locale=locale, centers=centers, strict=True
        )
        return filters.ordered(filters.qs.with_capacity())

    # One pass over the page of results --------------------------------------------------
    def prepare(self, spaces):
        centers = {
            center.path: center
            for center in CenterPage.objects.filter(
                path__in={space.center_path for space in spaces}
            ).only("path", "translation_key", "url_path", "locale_id", "title", "slug")
        }
        urls = self.urls_of([*spaces, *centers.values()])
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
                "image": self.image(space.hero_image, space.hero_alt_text),
            }


def _float(value):
    return float(value) if value is not None else None
