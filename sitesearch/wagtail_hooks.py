from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from .reports import SearchMissesReportView


@hooks.register("register_admin_urls")
def register_admin_urls():
    view = SearchMissesReportView.as_view()
    results = SearchMissesReportView.as_view(results_only=True)
    return [
        path("reports/search-misses/", view, name="sitesearch_misses"),
        path("reports/search-misses/results/", results, name="sitesearch_misses_results"),
    ]


@hooks.register("register_reports_menu_item")
def register_misses_menu_item():
    return AdminOnlyMenuItem(
        _("Searches without results"),
        reverse("sitesearch_misses"),
        name="search-misses",
        icon_name="search",
        order=1310,
    )
