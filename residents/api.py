"""``/api/v2/residents/``: the residents directory as JSON, with the same filters.

The filters are the directory's (:class:`residents.filters.ResidentFilterSet`): ``center``,
``kind``, ``sector``, ``service`` and ``services=yes``. A value the page would drop with a
message is a 400 here. ``modified_since`` lists what changed and tombstones for residents
no longer public (:mod:`cms.harvest`).

The contact e-mail and phone are given only for a resident that agreed to show them.
"""

from django.db.models import Prefetch
from django.utils import translation
from rest_framework import serializers
from wagtail.api import APIField

from cms.api_common import (
    OpenDataPagesEndpoint,
    Prepared,
    first_error,
    localized,
    page_item_fields,
    prefetched_images,
    taxonomy_list,
)
from cms.api_fields import Image, Taxonomy, text, url
from cms.api_schema import parameter
from cms.tree import center_path
from cms.visibility import hidden_branches_for
from network.models import CenterPage, Sector
from spaces.models import SpacePage

from .choices import ResidentKind, Service
from .filters import ResidentFilterSet
from .models import ResidentPage


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


class ResidentsAPIViewSet(OpenDataPagesEndpoint):
    api_description = (
        "Who works at the centers (organisations, studios, startups, collectives, artists, "
        "service providers) and the services they offer, with the directory's filters: a "
        "bad value answers 400 with a message. The contact is given only with consent."
    )
    filter_set = ResidentFilterSet
    model = ResidentPage
    item_name = "resident"
    harvest_type = "residents.ResidentPage"
    item_fields = [
        *page_item_fields("Its short description.", "The resident's page."),
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
    ]
    name = "residents"

    @classmethod
    def filter_docs(cls):
        """The directory's filters, for the API's description."""
        return {
            "center": parameter("center", "A center's slug (as in its address)."),
            "kind": parameter("kind", "The kind of resident.", enum=ResidentKind.values),
            "sector": parameter("sector", "A sector's slug: residents working in it."),
            "service": parameter(
                "service", "Residents offering this service.", enum=Service.values
            ),
            "services": parameter(
                "services", "`yes`: only residents offering some service.", enum=["yes"]
            ),
        }

    def with_everything(self, queryset):
        return (
            queryset.visible(hidden_branches_for(self.request))
            .select_related("locale")
            .prefetch_related(Prefetch("logo", queryset=prefetched_images()), "sectors", "links")
            .annotate(last_modified=self.last_modified())
        )

    def get_queryset(self):
        if self.action != "listing_view":
            return self.with_everything(ResidentPage.objects.all())
        locale = self.asked_locale()
        if locale is None:
            return ResidentPage.objects.none()
        hidden = hidden_branches_for(self.request)
        centers = CenterPage.objects.visible(hidden).filter(locale=locale).order_by("path")
        centers = self.in_site(centers, locale)
        residents = self.in_site(ResidentPage.objects.visible(hidden).filter(locale=locale), locale)
        filters = ResidentFilterSet(self.request.GET, residents, locale=locale, centers=centers)
        filters.is_valid()
        first_error(filters.messages())
        return filters.qs.alphabetical()

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
        urls = self.urls_of([*residents, *centers.values(), *by_key.values()])
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
                "logo": self.image(resident.logo, resident.title),
            }
