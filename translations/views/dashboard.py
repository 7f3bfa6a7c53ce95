"""The translation dashboard: every page and snippet with its state per locale."""

from collections import Counter
from urllib.parse import urlencode

from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from cms.listing import page_of
from ops.spreadsheets import csv_response

from ..access import can_use_dashboard, sees_everything, visible_center_keys
from ..forms import DashboardFilterForm
from ..states import SOURCE_EDITED, State
from ..status import PAGE, TranslationStatus

PER_PAGE = 50


def edit_url(row, pk):
    if row.kind == PAGE:
        return reverse("wagtailadmin_pages:edit", args=[pk])
    meta = row.model._meta
    return reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[quote(pk)])


def row_links(row, next_url):
    """The actions a row offers, as URLs (wagtail-localize's own views where they exist)."""
    links = {"source": edit_url(row, row.source_pk)}
    if row.target_pk:
        links["target"] = edit_url(row, row.target_pk)
    if row.state == State.MISSING:
        if row.kind == PAGE:
            links["translate"] = reverse(
                "wagtail_localize:submit_page_translation", args=[row.source_pk]
            )
        else:
            meta = row.model._meta
            links["translate"] = reverse(
                "wagtail_localize:submit_snippet_translation",
                args=[meta.app_label, meta.model_name, quote(row.source_pk)],
            )
    if row.translation_source_id and row.reason == SOURCE_EDITED:
        links["sync"] = (
            reverse("wagtail_localize:update_translations", args=[row.translation_source_id])
            + "?"
            + urlencode({"next": next_url})
        )
        links["changes"] = reverse("translations:changes", args=[row.translation_source_id])
    if row.translation_id and row.target_pk:
        links["po_download"] = reverse(
            "wagtail_localize:download_pofile", args=[row.translation_id]
        )
        links["po_upload"] = reverse("translations:po_import_one", args=[row.translation_id])
    return links


def _active_locale_id():
    try:
        return Locale.get_active().pk
    except Locale.DoesNotExist:
        return None


class DashboardView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "translations/dashboard.html"
    page_title = gettext_lazy("Translation status")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        if not can_use_dashboard(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_rows(self):
        self.status = TranslationStatus(center_keys=visible_center_keys(self.request.user))
        active = _active_locale_id()
        self.form = DashboardFilterForm(
            self.request.GET or None,
            centers=self.status.center_choices(active),
            show_network=sees_everything(self.request.user),
        )
        rows = self.status.rows()
        if self.form.is_bound and self.form.is_valid():
            rows = self.form.apply(rows)
            self.counts = Counter(row.state for row in rows)
            rows = self.form.apply_state(rows)
        else:
            self.counts = Counter(row.state for row in rows)
        return rows

    def get(self, request, *args, **kwargs):
        rows = self.rows = self.get_rows()
        if request.GET.get("export") == "csv":
            return self.csv_response(rows)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        rows = self.rows
        page = page_of(Paginator(rows, PER_PAGE), self.request.GET.get("p"))
        next_url = self.request.get_full_path()
        active = _active_locale_id()
        for row in page.object_list:
            row.links = row_links(row, next_url)
            row.center_title = row.center.title_in(active) if row.center else ""
        query = self.request.GET.copy()
        query.pop("p", None)
        query.pop("export", None)
        context.update(
            {
                "form": self.form,
                "page_obj": page,
                "rows": page.object_list,
                "counts": [
                    {"state": state, "label": label, "count": self.counts.get(state, 0)}
                    for state, label in State.choices
                ],
                "total": sum(self.counts.values()),
                "query": query.urlencode(),
                "next_url": next_url,
                "centers": self.status.center_choices(active),
                "locales": Locale.objects.all(),
                "sync_url": reverse("translations:sync_center"),
                "po_export_url": reverse("translations:po_export_center"),
                "po_import_url": reverse("translations:po_import"),
            }
        )
        return context

    def csv_response(self, rows):
        active = _active_locale_id()
        headings = [
            _("Center"),
            _("Type"),
            _("Title"),
            _("From"),
            _("To"),
            _("State"),
            _("Translated segments"),
            _("Segments"),
            _("Percent"),
            _("Source changed"),
            _("Last synced"),
        ]
        return csv_response(
            "translations.csv",
            headings,
            (
                [
                    row.center.title_in(active) if row.center else _("Network"),
                    row.type_label,
                    row.title,
                    row.source_locale.get_display_name(),
                    row.target_locale.get_display_name(),
                    row.state_label,
                    row.translated,
                    row.total,
                    row.percent,
                    row.source_changed_at,
                    row.synced_at,
                ]
                for row in rows
            ),
        )
