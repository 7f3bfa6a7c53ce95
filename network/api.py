"""``/api/v2/centers/``: the network's centers as open data."""

from wagtail.api.v2.views import PagesAPIViewSet

from cms.api import PublicPagesAPIViewSet

from .models import CenterPage


class CentersAPIViewSet(PublicPagesAPIViewSet):
    """``/api/v2/centers/``: every center with its address, map point, hours and sectors."""

    model = CenterPage
    listing_default_fields = [
        *PagesAPIViewSet.listing_default_fields,
        "title",
        "address",
        "district",
        "latitude",
        "longitude",
        "translations",
    ]

    def get_queryset(self):
        return (
            CenterPage.objects.filter(pk__in=self.get_base_queryset().values_list("pk", flat=True))
            .select_related("locale")
            .prefetch_related("opening_hours", "contacts", "sectors")
            .order_by("path")
        )
