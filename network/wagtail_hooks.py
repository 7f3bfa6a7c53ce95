from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.views.snippets import SnippetViewSet

from .centers import setup_center
from .models import Amenity, CenterPage, Sector


@hooks.register("after_create_page")
def set_up_new_center(request, page):
    """A center created in the admin gets its indexes, collection and editors group."""
    page = page.specific
    if isinstance(page, CenterPage):
        setup_center(page)


class TaxonomyViewSet(SnippetViewSet):
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class SectorViewSet(TaxonomyViewSet):
    model = Sector
    icon = "tag"
    menu_label = _("Sectors")


class AmenityViewSet(TaxonomyViewSet):
    model = Amenity
    icon = "list-ul"
    menu_label = _("Amenities")
