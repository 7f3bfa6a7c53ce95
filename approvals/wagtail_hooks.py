from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .roles import is_department
from .views import ClashReportView


class DepartmentMenuItem(MenuItem):
    def is_shown(self, request):
        return is_department(request.user)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("reports/clashes/", ClashReportView.as_view(), name="approvals_clashes"),
        path(
            "reports/clashes/results/",
            ClashReportView.as_view(results_only=True),
            name="approvals_clashes_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_clashes_menu_item():
    return DepartmentMenuItem(
        _("Event clashes"),
        reverse("approvals_clashes"),
        name="event-clashes",
        icon_name="warning",
        order=1320,
    )


@hooks.register("construct_homepage_panels")
def add_department_panel(request, panels):
    from .dashboard import add_panel

    add_panel(request, panels)


@hooks.register("construct_page_action_menu")
def name_the_departments_approval(menu_items, request, context):
    from .workflow import name_department_submission

    name_department_submission(menu_items)
