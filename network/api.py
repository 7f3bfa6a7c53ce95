"""``/api/v2/centers/``: the network's centers as open data."""

from wagtail.api import APIField
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.models import Locale

from cms.api import PublicPagesAPIViewSet
from cms.harvest import (
    PARAMETER,
    HarvestMixin,
    LastModified,
    page_last_modified,
    parameter_doc,
)

from .models import CenterPage


class CentersAPIViewSet(HarvestMixin, PublicPagesAPIViewSet):
    """``/api/v2/centers/``: every center with its address, map point, hours and sectors."""

    api_description = "Every center of the network: address, ward, map point, hours, sectors."

    model = CenterPage
    harvest_type = "network.CenterPage"
    harvest_refused = ("search", "order")
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union([PARAMETER])
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "title",
        "address",
        "ward",
        "former_district",
        "district",
        "latitude",
        "longitude",
        "translations",
        "last_modified",
    ]

    @classmethod
    def parameter_docs(cls):
        return {**super().parameter_docs(), PARAMETER: parameter_doc()}

    @classmethod
    def get_body_fields(cls, model):
        return [
            *super().get_body_fields(model),
            APIField("last_modified", serializer=LastModified()),
        ]

    def get_queryset(self):
        return (
            CenterPage.objects.filter(pk__in=self.get_base_queryset().values_list("pk", flat=True))
            .select_related("locale")
            .prefetch_related("opening_hours", "contacts", "sectors")
            .annotate(last_modified=page_last_modified(CenterPage))
            .order_by("path")
        )

    def listing_view(self, request):
        since = self.harvest_since()
        if since is None:
            return super().listing_view(request)
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        listed = self.filter_queryset(queryset)
        locale = self.harvest_locale()
        hidden = CenterPage.objects.exclude(pk__in=self.get_base_queryset().values("pk"))
        if locale is not None:
            hidden = hidden.filter(locale=locale)
        changes = self.harvest_page(
            since, CenterPage, listed, hidden, page_last_modified(CenterPage), locale
        )
        rows = queryset.in_bulk([row[0] for row in changes if not row[2]])
        data = self.get_serializer(list(rows.values()), many=True).data
        return self.get_paginated_response(self.harvest_items(changes, data))

    def harvest_locale(self):
        """The Locale of ``?locale=`` (checked by the locale filter), else None: all."""
        code = self.request.GET.get("locale")
        return Locale.objects.filter(language_code=code).first() if code else None
