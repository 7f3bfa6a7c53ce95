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


class ReporterMenuItem(MenuItem):
    def is_shown(self, request):
        return is_reporter(request.user)


class DepartmentMenuItem(MenuItem):
    def is_shown(self, request):
        return sees_all_centers(request.user)


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


@hooks.register("register_reports_menu_item")
def register_activity_menu_item():
    return ReporterMenuItem(
        _("Activity of the centers"),
        reverse("reports_activity"),
        name="activity",
        icon_name="table",
        order=100,
    )


@hooks.register("register_reports_menu_item")
def register_attendance_menu_item():
    return ReporterMenuItem(
        pgettext_lazy("records", "Attendance"),
        reverse(attendance_viewset.get_url_name("index")),
        name="attendance",
        icon_name="group",
        order=110,
    )


@hooks.register("register_reports_menu_item")
def register_sign_offs_menu_item():
    return ReporterMenuItem(
        _("Sign-offs"),
        reverse(sign_offs_viewset.get_url_name("index")),
        name="sign-offs",
        icon_name="tick-inverse",
        order=120,
    )


@hooks.register("register_reports_menu_item")
def register_periods_menu_item():
    return DepartmentMenuItem(
        _("Reporting periods"),
        reverse(periods_viewset.get_url_name("index")),
        name="reporting-periods",
        icon_name="calendar",
        order=130,
    )


@hooks.register("register_reports_menu_item")
def register_clashes_menu_item():
    return DepartmentMenuItem(
        _("Event clashes"),
        reverse("reports_clashes"),
        name="event-clashes",
        icon_name="warning",
        order=1320,
    )


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
