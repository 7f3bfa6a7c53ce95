"""The department's report of search terms that found nothing (beside Wagtail's "Search terms")."""

from django.db.models import Max, Sum
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query


class SearchMissesReportView(ReportView):
    page_title = _("Searches without results")
    header_icon = "search"
    is_searchable = True
    search_fields = ["query_string"]
    default_ordering = "-_misses"
    index_url_name = "sitesearch_misses"
    index_results_url_name = "sitesearch_misses_results"
    columns = [
        Column("query_string", label=_("Search term"), sort_key="query_string"),
        NumberColumn("_misses", label=_("Searches without results"), sort_key="_misses"),
        DateColumn("_last", label=_("Last searched"), sort_key="_last"),
    ]
    export_headings = {
        "query_string": _("Search term"),
        "_misses": _("Searches without results"),
        "_last": _("Last searched"),
    }
    list_export = ["query_string", "_misses", "_last"]

    def get_base_queryset(self):
        return (
            Query.objects.filter(misses__isnull=False)
            .annotate(_misses=Sum("misses__hits"), _last=Max("misses__date"))
            .order_by("-_misses")
        )

    def get_queryset(self):
        return self.get_base_queryset()

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)
