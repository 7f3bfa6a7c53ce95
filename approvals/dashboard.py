"""The Department's panel on the admin home: one row per center.

Columns: upcoming events (occurrences in the next 7 days), pending approvals (pages in
a workflow in progress), overdue inquiries, untranslated pages (published pages missing
a language version, as the translations app counts them), and, when the safety register
is installed, expiring certificates (``department.reminders.expiring_certificates``,
imported lazily).
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import import_module

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, WorkflowState

from cms.formats import sort_by_name
from events.models import EventOccurrence
from network.models import CenterPage
from spaces.models import Inquiry

from .roles import is_department

UPCOMING_DAYS = 7


def expiring_certificates_source():
    """``department.reminders.expiring_certificates`` when that app exists, else None."""
    try:
        module = import_module("department.reminders")
    except ImportError:
        return None
    return getattr(module, "expiring_certificates", None)


@dataclass
class CenterRow:
    center: CenterPage
    upcoming: int = 0
    pending: int = 0
    overdue: int = 0
    untranslated: int = 0
    expiring: int = 0
    extra: dict = field(default_factory=dict)


def center_rows(now=None, request=None):
    """One row per center; ``request`` lets other panels of the page share the
    translation status rows it reads."""
    now = now or timezone.now()
    default = Locale.get_default()
    centers = list(
        CenterPage.objects.filter(locale=default).only(
            "pk", "title", "slug", "path", "translation_key"
        )
    )
    rows = {str(center.translation_key): CenterRow(center) for center in centers}
    key_of_center = {
        pk: str(key) for pk, key in CenterPage.objects.values_list("pk", "translation_key")
    }
    path_to_key = {center.path: str(center.translation_key) for center in centers}
    for pk, path in CenterPage.objects.exclude(locale=default).values_list("pk", "path"):
        path_to_key[path] = key_of_center[pk]

    def key_for_path(path):
        for depth in range(len(path) - Page.steplen, 0, -Page.steplen):
            key = path_to_key.get(path[: depth + Page.steplen])
            if key:
                return key
        return path_to_key.get(path)

    upcoming = (
        EventOccurrence.objects.filter(
            locale=default, start__gte=now, start__lt=now + timedelta(days=UPCOMING_DAYS)
        )
        .values("center_id")
        .annotate(n=Count("pk"))
    )
    for item in upcoming:
        key = key_of_center.get(item["center_id"])
        if key in rows:
            rows[key].upcoming += item["n"]

    in_progress = WorkflowState.objects.filter(
        status=WorkflowState.STATUS_IN_PROGRESS,
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", flat=True)
    paths = Page.objects.filter(pk__in=[int(pk) for pk in in_progress]).values_list(
        "path", flat=True
    )
    for key, count in Counter(key_for_path(path) for path in paths).items():
        if key in rows:
            rows[key].pending += count

    overdue = (
        Inquiry.objects.overdue(timezone.localdate()).values("center_id").annotate(n=Count("pk"))
    )
    for item in overdue:
        key = key_of_center.get(item["center_id"])
        if key in rows:
            rows[key].overdue += item["n"]

    from translations.states import State
    from translations.status import page_counts_for

    for key, states in page_counts_for(request).items():
        if key in rows:
            rows[key].untranslated += states[State.MISSING]

    source = expiring_certificates_source()
    if source is not None:
        for certificate in source():
            key = key_of_center.get(getattr(certificate, "center_id", None))
            if key in rows:
                rows[key].expiring += 1

    return sort_by_name(rows.values(), key=lambda row: row.center.title)


class DepartmentPanel(Component):
    name = "department_overview"
    template_name = "approvals/department_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = center_rows(request=parent_context.get("request"))
        context["days"] = UPCOMING_DAYS
        context["show_expiring"] = expiring_certificates_source() is not None
        return context


def add_panel(request, panels):
    if is_department(request.user):
        panels.append(DepartmentPanel())
