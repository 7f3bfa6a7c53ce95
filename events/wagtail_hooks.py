from django.utils.translation import gettext_lazy as _
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import EventCategory


class EventCategoryViewSet(SnippetViewSet):
    """Shown in the admin's Taxonomies menu, beside sectors (see network.wagtail_hooks)."""

    model = EventCategory
    icon = "date"
    menu_label = _("Event categories")
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "slug"]
    ordering = ["sort_order", "name"]
