"""The Department's clash report (Reports > Event clashes)."""

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView

from cms.formats import long_datetime

from ..access import sees_all_centers
from ..clashes import clashing_occurrences, partners


class ClashReportView(ReportView):
    page_title = _("Event clashes")
    header_icon = "warning"
    index_url_name = "reports_clashes"
    index_results_url_name = "reports_clashes_results"
    paginate_by = 50
    # The start as a date and time (Hanoi, to the minute), not the page's long label.
    list_export = ["start", "event_title", "center_title", "attendance", "overlaps"]
    export_headings = {
        "start": _("Starts"),
        "event_title": _("Event"),
        "center_title": _("Center"),
        "attendance": _("Expected attendance"),
        "overlaps": _("Overlaps with"),
    }

    def dispatch(self, request, *args, **kwargs):
        if not sees_all_centers(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return clashing_occurrences()

    @cached_property
    def columns(self):
        return [
            Column("start_label", label=_("Starts")),
            Column("event_link", label=_("Event")),
            Column("center_title", label=_("Center")),
            NumberColumn("attendance", label=_("Expected attendance")),
            Column("overlaps_html", label=_("Overlaps with")),
        ]

    def get_table(self, object_list):
        return super().get_table(self.decorate_paginated_queryset(object_list))

    @cached_property
    def partners(self):
        return partners(list(clashing_occurrences()))

    def decorate_paginated_queryset(self, object_list):
        rows = list(object_list)
        for row in rows:
            if hasattr(row, "event_link"):
                continue
            row.start_label = long_datetime(row.start)
            row.event_title = row.event.title
            row.event_link = format_html(
                '<a href="{}">{}</a>',
                reverse("wagtailadmin_pages:edit", args=[row.event_id]),
                row.event.title,
            )
            row.center_title = row.center.title if row.center else ""
            row.attendance = row.event.expected_attendance
            others = self.partners.get(row.pk, [])
            row.overlaps = "; ".join(
                f"{other.event.title} ({other.center.title if other.center else ''})"
                for other in others
            )
            row.overlaps_html = format_html_join(
                ", ",
                "{} ({})",
                (
                    (other.event.title, other.center.title if other.center else "")
                    for other in others
                ),
            )
        return rows
