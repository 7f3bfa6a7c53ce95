"""The admin home's panels of what needs doing, per center.

The Department's panel has one row per center: upcoming events (occurrences in the next
7 days), pending approvals (pages in a workflow in progress), overdue inquiries,
untranslated pages (published pages missing a language version, as the translations
app counts them), and, when the safety register is installed, expiring certificates
(``department.reminders.expiring_certificates``, imported lazily).

A center's staff get a panel for their own center instead: its next events, the pages
awaiting approval, the open inquiries and the untranslated pages, each with a link to
the whole list.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta
from importlib import import_module
from urllib.parse import urlencode

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Locale, Page, WorkflowState

from cms.formats import sort_by_name
from cms.tree import Subtrees, in_subtrees
from events.choices import EventStatus
from events.models import EventIndexPage, EventOccurrence
from network.models import CenterPage
from roles.scope import center_keys
from spaces.models import Inquiry
from spaces.models.inquiries import InquiryStatus
from translations.states import State
from translations.status import TranslationStatus, page_counts_for

from .access import sees_all_centers

UPCOMING_DAYS = 7
LISTED = 5  # items of each list on a center's own panel
OPEN_INQUIRIES = [InquiryStatus.NEW, InquiryStatus.ANSWERED, InquiryStatus.OFFER_MADE]


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
    key_of_page = Subtrees(path_to_key).holding
    for key, count in Counter(key_of_page(path) for path in paths).items():
        if key in rows:
            rows[key].pending += count

    overdue = (
        Inquiry.objects.overdue(timezone.localdate()).values("center_id").annotate(n=Count("pk"))
    )
    for item in overdue:
        key = key_of_center.get(item["center_id"])
        if key in rows:
            rows[key].overdue += item["n"]

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
    template_name = "reports/department_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["rows"] = center_rows(request=parent_context.get("request"))
        context["days"] = UPCOMING_DAYS
        context["show_expiring"] = expiring_certificates_source() is not None
        return context


def staff_center_keys(user):
    """Translation keys of the centers ``user`` is staff of (editors or administrators),
    empty for someone who is nobody's staff (a translator), or None for someone who sees
    every center (the Department, superusers): the rule of :mod:`roles.scope`."""
    return center_keys(user)


@dataclass
class CenterHome:
    """What a center's staff see of their center on the admin home."""

    center: CenterPage
    events: list = field(default_factory=list)
    events_url: str = ""
    pending: list = field(default_factory=list)
    pending_count: int = 0
    inquiries: list = field(default_factory=list)
    inquiries_count: int = 0
    inquiries_url: str = ""
    untranslated: list = field(default_factory=list)
    untranslated_count: int = 0
    untranslated_url: str = ""


def center_home(center, now=None):
    """The lists of :class:`CenterHome` for ``center`` (its version in the default
    language); each list holds at most :data:`LISTED` items, soonest or oldest first."""
    now = now or timezone.now()
    key = str(center.translation_key)
    versions = list(CenterPage.objects.filter(translation_key=key).values_list("pk", "path"))
    ids = [pk for pk, _path in versions]
    home = CenterHome(center=center)

    home.events = list(
        EventOccurrence.objects.filter(center_id__in=ids, locale=center.locale_id, start__gte=now)
        .exclude(status=EventStatus.CANCELLED)
        .select_related("event")
        .order_by("start")[:LISTED]
    )
    calendar = EventIndexPage.objects.child_of(center).first()
    home.events_url = reverse("wagtailadmin_explore", args=[(calendar or center).pk])

    in_center = in_subtrees(path for _pk, path in versions)
    states = (
        WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            base_content_type=ContentType.objects.get_for_model(Page),
        )
        .order_by("created_at")
        .values_list("object_id", "created_at")
    )
    submitted = {int(pk): created for pk, created in states}
    pending = Page.objects.filter(in_center, pk__in=list(submitted)).values("pk", "draft_title")
    home.pending = sorted(
        ({**page, "submitted": submitted[page["pk"]]} for page in pending),
        key=lambda page: page["submitted"],
    )
    home.pending_count = len(home.pending)
    home.pending = home.pending[:LISTED]

    inquiries = Inquiry.objects.filter(center_id__in=ids, status__in=OPEN_INQUIRIES)
    home.inquiries_count = inquiries.count()
    home.inquiries = list(inquiries.order_by("respond_by", "created_at")[:LISTED])
    home.inquiries_url = (
        reverse("inquiries:index") + "?" + urlencode({"status": OPEN_INQUIRIES}, doseq=True)
    )

    status = TranslationStatus(center_keys={key})
    home.untranslated_count = status.page_counts().get(key, {}).get(State.MISSING, 0)
    home.untranslated = status.untranslated_pages(LISTED)
    home.untranslated_url = (
        reverse("translations:dashboard") + "?" + urlencode({"center": key, "state": State.MISSING})
    )
    return home


class CenterPanel(Component):
    name = "center_overview"
    template_name = "reports/center_panel.html"
    order = 90

    def __init__(self, keys):
        self.keys = keys

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        centers = CenterPage.objects.filter(
            locale=Locale.get_default(), translation_key__in=self.keys
        ).order_by("path")
        now = timezone.now()
        context["homes"] = [center_home(center, now) for center in centers]
        return context


def add_panel(request, panels):
    if sees_all_centers(request.user):
        panels.append(DepartmentPanel())
        return
    keys = staff_center_keys(request.user)
    if keys:
        panels.append(CenterPanel(keys))
