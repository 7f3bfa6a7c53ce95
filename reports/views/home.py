"""The body of the figures panel on the admin home, loaded after the home page."""

from django.shortcuts import render
from wagtail.admin.auth import permission_denied

from ..access import is_reporter
from ..panels import figures_context


def figures_panel(request):
    if not is_reporter(request.user):
        return permission_denied(request)
    return render(
        request, "reports/dashboard_panel_body.html", figures_context(request.user, request)
    )
