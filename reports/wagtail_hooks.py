from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from .access import is_reporter, sees_all_centers
from .models import EventAttendance, ReportingPeriod, SignOff
from .permissions import attendance_policy, reporting_period_policy, sign_off_policy
from .views.attendance import AttendanceViewSet
from .views.clashes import ClashReportView
from .views.home import figures_panel
from .views.periods import ReportingPeriodViewSet, SignOffViewSet
from .views.reports import ActivityReportView

register_permission_policy(EventAttendance, attendance_policy(EventAttendance))
register_permission_policy(ReportingPeriod, reporting_period_policy(ReportingPeriod))
register_permission_policy(SignOff, sign_off_policy(SignOff))

attendance_viewset = AttendanceViewSet("attendance")
periods_viewset = ReportingPeriodViewSet("reporting-periods")
sign_offs_viewset = SignOffViewSet("sign-offs")


class ReportsMenuItem(MenuItem):
    """A Reports menu item shown to the users whom ``shown_to`` admits."""

    def __init__(self, *args, shown_to, **kwargs):
        super().__init__(*args, **kwargs)
        self.shown_to = shown_to

    def is_shown(self, request):
        return self.shown_to(request.user)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [attendance_viewset, periods_viewset, sign_offs_viewset]


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/activity/", ActivityReportView.as_view(), name="reports_activity"),
        path(
            "reports/activity/results/",
            ActivityReportView.as_view(results_only=True),
            name="reports_activity_results",
        ),
        path("reports/home-figures/", figures_panel, name="reports_home_figures"),
        path("reports/clashes/", ClashReportView.as_view(), name="reports_clashes"),
        path(
            "reports/clashes/results/",
            ClashReportView.as_view(results_only=True),
            name="reports_clashes_results",
        ),
    ]


ATTENDANCE = attendance_viewset.get_url_name("index")
SIGN_OFFS = sign_offs_viewset.get_url_name("index")
PERIODS = periods_viewset.get_url_name("index")

# The Reports menu: (who sees it, label, URL name, name, icon, order).
REPORTS_MENU = [
    (is_reporter, _("Activity of the centers"), "reports_activity", "activity", "table", 100),
    (is_reporter, pgettext_lazy("records", "Attendance"), ATTENDANCE, "attendance", "group", 110),
    (is_reporter, _("Sign-offs"), SIGN_OFFS, "sign-offs", "tick-inverse", 120),
    (sees_all_centers, _("Reporting periods"), PERIODS, "reporting-periods", "calendar", 130),
    (sees_all_centers, _("Event clashes"), "reports_clashes", "event-clashes", "warning", 1320),
]


def _menu_item_hook(shown_to, label, url_name, name, icon_name, order):
    # The URL is reversed when Wagtail builds the menu, after the URLconf is loaded.
    def register_menu_item():
        return ReportsMenuItem(
            label, reverse(url_name), shown_to=shown_to, name=name, icon_name=icon_name, order=order
        )

    return register_menu_item


for _entry in REPORTS_MENU:
    hooks.register("register_reports_menu_item", _menu_item_hook(*_entry))


@hooks.register("construct_homepage_panels")
def add_work_panel(request, panels):
    from .dashboard import add_panel

    add_panel(request, panels)


@hooks.register("construct_homepage_panels")
def add_figures_panel(request, panels):
    from .panels import panel_for

    panel = panel_for(request.user)
    if panel is not None:
        panels.append(panel)
