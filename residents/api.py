"""``/api/v2/residents/``: the residents directory as JSON, with the same filters.

The filters are the directory's (:class:`residents.filters.ResidentFilterSet`): ``center``,
``kind``, ``sector``, ``service`` and ``services=yes``. A value the page would drop with a
message is a 400 here. ``modified_since`` lists what changed and tombstones for residents
no longer public (:mod:`cms.harvest`).

The contact e-mail and phone are given only for a resident that agreed to show them.
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
    first_error,
    in_site,
    localized,
    prefetched_images,
    rendition,
    requested_locale,
    taxonomy_list,
    translation_urls,
)
from cms.api_fields import Image, Taxonomy, text, translations_shape, url
from cms.api_schema import parameter
from cms.harvest import PARAMETER, HarvestMixin, LastModified, page_last_modified, parameter_doc
from cms.tree import center_path
from cms.visibility import hidden_branches_for
from network.models import CenterPage, Sector
from spaces.models import SpacePage

from .choices import ResidentKind, Service
from .filters import ResidentFilterSet
from .models import ResidentPage

FILTER_KEYS = list(ResidentFilterSet.base_filters)


def filter_docs():
    """The directory's filters, for the API's description."""
    return {
        "center": parameter("center", "A center's slug (as in its address)."),
        "kind": parameter("kind", "The kind of resident.", enum=ResidentKind.values),
        "sector": parameter("sector", "A sector's slug: residents working in it."),
        "service": parameter("service", "Residents offering this service.", enum=Service.values),
        "services": parameter(
            "services", "`yes`: only residents offering some service.", enum=["yes"]
        ),
    }


class ResidentLabel(serializers.Serializer):
    value = text("Stable code.")
    label = text("Its name in the item's language.")


class ResidentPlace(serializers.Serializer):
    id = serializers.IntegerField()
    slug = text(required=False)
    title = text()
    url = url(allow_null=True)


class ResidentContact(serializers.Serializer):
    email = text(allow_blank=True)
    phone = text(allow_blank=True)


@extend_schema_field(url("The resident's address in this API."))
class ResidentDetailUrlField(Field):
    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, resident):
        return self.context["request"].build_absolute_uri(
            reverse("wagtailapi:residents:detail", args=[resident.pk])
        )


class ResidentsAPIViewSet(HarvestMixin, JsonNotFound, PublicPagesAPIViewSet):
    api_description = (
        "Who works at the centers (organisations, studios, startups, collectives, artists, "
        "service providers) and the services they offer, with the directory's filters: a "
        "bad value answers 400 with a message. The contact is given only with consent."
    )
    model = ResidentPage
    harvest_type = "residents.ResidentPage"
    filter_backends = []
    known_query_parameters = frozenset(
        ["limit", "offset", "fields", "format", "_", "locale", PARAMETER, *FILTER_KEYS]
    )
    meta_fields = [
        "type",
        APIField("detail_url", serializer=ResidentDetailUrlField()),
        "html_url",
        "slug",
        "first_published_at",
        "locale",
    ]
    resident_fields = [
        APIField("title"),
        APIField("summary", serializer=Prepared(text("Its short description.", allow_blank=True))),
        APIField("url", serializer=Prepared(url("The resident's page.", allow_null=True))),
        APIField("translations", serializer=Prepared(translations_shape())),
        APIField("kind", serializer=Prepared(ResidentLabel())),
        APIField("sectors", serializer=Prepared(Taxonomy(many=True))),
        APIField("services", serializer=Prepared(ResidentLabel(many=True))),
        APIField("center", serializer=Prepared(ResidentPlace(allow_null=True))),
        APIField(
            "space",
            serializer=Prepared(ResidentPlace(allow_null=True, help_text="The space it works in.")),
        ),
        APIField(
            "resident_since",
            serializer=Prepared(serializers.DateField(allow_null=True)),
        ),
        APIField("website", serializer=Prepared(url(allow_null=True))),
        APIField("links", serializer=Prepared(serializers.ListField(child=url()))),
        APIField(
            "contact",
            serializer=Prepared(
                ResidentContact(
                    allow_null=True, help_text="Only when the resident agreed to show it."
                )
            ),
        ),
        APIField("logo", serializer=Prepared(Image(allow_null=True))),
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
        *[field.name for field in resident_fields],
    ]
    name = "residents"

    @classmethod
    def parameter_docs(cls):
        return {**common_parameters(), **filter_docs(), PARAMETER: parameter_doc()}

    @classmethod
    def get_body_fields(cls, model):
        return cls._convert_api_fields([*cls.body_fields, *cls.resident_fields])

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
            .select_related("locale")
            .prefetch_related(Prefetch("logo", queryset=prefetched_images()), "sectors", "links")
            .annotate(last_modified=page_last_modified(ResidentPage))
        )

    def get_queryset(self):
        if self.action != "listing_view":
            return self.with_everything(ResidentPage.objects.all())
        locale = requested_locale(self.request)
        if locale is None:
            return ResidentPage.objects.none()
        hidden = hidden_branches_for(self.request)
        centers = CenterPage.objects.visible(hidden).filter(locale=locale).order_by("path")
        centers = in_site(centers, self.request, locale)
        residents = in_site(
            ResidentPage.objects.visible(hidden).filter(locale=locale), self.request, locale
        )
        filters = ResidentFilterSet(self.request.GET, residents, locale=locale, centers=centers)
        filters.is_valid()
        first_error(filters.messages())
        return filters.qs.alphabetical()

    def listing_view(self, request):
        self.check_query_parameters(None)
        since = self.harvest_since()
        if since is not None:
            changes = self.harvest_page(
                since,
                ResidentPage,
                self.get_queryset(),
                self.harvest_hidden(),
                page_last_modified(ResidentPage),
                requested_locale(self.request),
            )
            ids = [row[0] for row in changes if not row[2]]
        else:
            ids = list(self.paginate_queryset(self.get_queryset().values_list("pk", flat=True)))
        rows = self.with_everything(ResidentPage.objects.filter(pk__in=ids)).in_bulk()
        page = [rows[pk] for pk in ids if pk in rows]
        self.prepare(page)
        data = self.get_serializer(page, many=True).data
        if since is not None:
            return self.get_paginated_response(self.harvest_items(changes, data))
        return self.get_paginated_response(data)

    def harvest_hidden(self):
        """The residents of this listing's site and language a visitor may not open now."""
        locale = requested_locale(self.request)
        residents = in_site(ResidentPage.objects.filter(locale=locale), self.request, locale)
        visible = ResidentPage.objects.visible(hidden_branches_for(self.request))
        return residents.exclude(pk__in=visible.values("pk"))

    def detail_view(self, request, pk):
        if set(request.GET) - {"fields", "format", "_"}:
            raise BadRequestError("a single resident takes no filters")
        resident = self.get_object()
        self.prepare([resident])
        return Response(self.get_serializer(resident).data)

    # One pass over the page of results --------------------------------------------------
    def prepare(self, residents):
        request = self.request
        centers = {
            center.path: center
            for center in CenterPage.objects.filter(
                path__in={center_path(resident) for resident in residents}
            ).only("path", "translation_key", "url_path", "locale_id", "title", "slug")
        }
        hidden = hidden_branches_for(request)
        # The space in the resident's language (the link is to one language version).
        named = SpacePage.objects.filter(
            pk__in={resident.space_id for resident in residents if resident.space_id}
        ).values_list("pk", "translation_key")
        keys = dict(named)
        versions = SpacePage.objects.visible(hidden).filter(translation_key__in=keys.values())
        by_key = {
            (space.translation_key, space.locale_id): space
            for space in versions.only("translation_key", "locale_id", "title", "url_path")
        }
        spaces = {
            resident.pk: by_key.get((keys.get(resident.space_id), resident.locale_id))
            for resident in residents
        }
        urls = translation_urls([*residents, *centers.values(), *by_key.values()], request)
        locale = residents[0].locale if residents else None
        sectors = localized(Sector, {s for r in residents for s in r.sectors.all()}, locale)
        for resident in residents:
            language = resident.locale.language_code
            with translation.override(language):
                kind_label = resident.get_kind_display()
                services = [
                    {"value": service.value, "label": str(service.label)}
                    for service in resident.services
                ]
            center = centers.get(center_path(resident))
            space = spaces.get(resident.pk)
            resident.api_data = {
                "summary": resident.introduction,
                "url": urls.get(resident.translation_key, {}).get(language),
                "translations": urls.get(resident.translation_key, {}),
                "kind": {"value": resident.kind, "label": kind_label},
                "sectors": taxonomy_list(resident.sectors.all(), sectors),
                "services": services,
                "center": {
                    "id": center.pk,
                    "slug": center.slug,
                    "title": center.title,
                    "url": urls.get(center.translation_key, {}).get(language),
                }
                if center
                else None,
                "space": {
                    "id": space.pk,
                    "title": space.title,
                    "url": urls.get(space.translation_key, {}).get(language),
                }
                if space
                else None,
                "resident_since": resident.resident_since.isoformat()
                if resident.resident_since
                else None,
                "website": resident.website or None,
                "links": [link.url for link in resident.links.all()],
                "contact": {"email": resident.contact_email, "phone": resident.contact_phone}
                if resident.contact_public
                else None,
                "logo": rendition(resident.logo, resident.title, request),
            }
