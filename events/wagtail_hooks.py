from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from network.wagtail_hooks import AmenityViewSet, SectorViewSet

from .admin_views import import_view
from .models import EventCategory


class EventCategoryViewSet(SnippetViewSet):
    """Shown in the admin's Taxonomies menu, beside sectors and amenities."""

    model = EventCategory
    icon = "date"
    menu_label = _("Event categories")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]


class TaxonomyGroup(SnippetViewSetGroup):
    """The network's vocabularies (network.wagtail_hooks) and the events' categories."""

    items = (SectorViewSet, AmenityViewSet, EventCategoryViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Taxonomies")
    menu_name = "taxonomies"


register_snippet(TaxonomyGroup)


@hooks.register("register_admin_urls")
def register_import_url():
    return [path("events/import/", import_view, name="events_import")]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return MenuItem(
        _("Import a calendar"), reverse("events_import"), icon_name="calendar", order=900
    )
