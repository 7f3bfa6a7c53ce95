"""The activity report: every figure per center for a period, with CSV and XLSX export.

Served at ``/admin/reports/activity/`` (Wagtail's ``ReportView``; ``?export=csv`` or
``?export=xlsx`` downloads the same rows). The period is ``period=2025-q3``, ``2025-h2`` or
``2025``, or a custom ``date_from``/``date_to``; ``center``, ``sector`` and ``category``
narrow it. A bad value is reported in the filter form and the default period is used.
"""

import re
from types import SimpleNamespace

import django_filters
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Locale

from cms.formats import number, percent
from events.models import EventCategory
from network.models import Sector

from .. import periods
from ..access import center_keys_for, is_reporter, visible_centers
from ..figures import (
    PERCENT,
    all_figures,
    coverage_counts,
    figure_groups,
    figures,
    figures_by_center,
)
from ..models import ReportingPeriod, SignOff

PERIOD = re.compile(r"^(?P<year>\d{4})(?:-(?P<kind>[qh])(?P<number>\d))?$")
MAX_CUSTOM_DAYS = 366 * 5
CHOICE_ERRORS = {
    "invalid_choice": _("Choose from the list: %(value)s is not one of the choices."),
    "invalid_pk_value": _("Choose from the list: “%(pk)s” is not one of the choices."),
}


def period_choices():
    this_year = timezone.localdate().year
    choices = []
    for year in range(this_year, this_year - 5, -1):
        choices += [(f"{year}-q{n}", periods.quarter(year, n).label) for n in (4, 3, 2, 1)]
        choices += [(f"{year}-h{n}", periods.half(year, n).label) for n in (2, 1)]
        choices.append((str(year), str(year)))
    return choices


def parse_period(value):
    """A :class:`periods.Span` for ``2025-q3``, ``2025-h2`` or ``2025``; None if invalid."""
    match = PERIOD.match(value or "")
    if not match:
        return None
    year, kind, number = int(match["year"]), match["kind"], int(match["number"] or 1)
    if not 2000 <= year <= 2100:
        return None
    if kind == "q" and 1 <= number <= 4:
        return periods.quarter(year, number)
    if kind == "h" and number in (1, 2):
        return periods.half(year, number)
    if kind is None:
        return periods.whole_year(year)
    return None


class ReportFilterForm(forms.Form):
    def clean(self):
        data = super().clean()
        first, last = data.get("date_from"), data.get("date_to")
        if bool(first) != bool(last):
            missing = "date_to" if first else "date_from"
            self.add_error(missing, _("Give both the first and the last day of the period."))
        elif first and last and last < first:
            self.add_error("date_to", _("The period’s last day cannot be before its first day."))
        elif first and last and (last - first).days > MAX_CUSTOM_DAYS:
            self.add_error("date_to", _("A custom period can be at most five years long."))
        return data


def _default_locale_snippets(model):
    def queryset(request):
        return model.objects.filter(locale=Locale.get_default()).order_by("name")

    return queryset


class ActivityFilterSet(WagtailFilterSet):
    period = django_filters.ChoiceFilter(
        label=_("Period"),
        choices=period_choices,
        empty_label=_("This quarter"),
        error_messages={"invalid_choice": _("Choose a period from the list.")},
    )
    date_from = django_filters.DateFilter(label=_("From (custom period)"), widget=AdminDateInput)
    date_to = django_filters.DateFilter(label=_("To (custom period)"), widget=AdminDateInput)
    center = django_filters.ModelMultipleChoiceFilter(
        label=_("Center"),
        queryset=lambda request: visible_centers(request.user),
        error_messages=CHOICE_ERRORS,
    )
    sector = django_filters.ModelMultipleChoiceFilter(
        label=_("Sector"), queryset=_default_locale_snippets(Sector), error_messages=CHOICE_ERRORS
    )
    category = django_filters.ModelMultipleChoiceFilter(
        label=_("Event category"),
        queryset=_default_locale_snippets(EventCategory),
        error_messages=CHOICE_ERRORS,
    )

    class Meta:
        form = ReportFilterForm
        fields = []


def _show(value, unit):
    if value is None:
        return "—"
    if unit == PERCENT:
        return percent(value)
    return number(value)


class ActivityReportView(ReportView):
    page_title = _("Activity of the centers")
    header_icon = "table"
    index_url_name = "reports_activity"
    index_results_url_name = "reports_activity_results"
    results_template_name = "reports/activity_results.html"
    filterset_class = ActivityFilterSet
    export_filename = "activity"
    paginate_by = 100
    coverage = True  # or the coverage counts read once in get_queryset()

    def dispatch(self, request, *args, **kwargs):
        if not is_reporter(request.user):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    @property
    def list_export(self):
        return ["center", *[figure.key for figure in all_figures()], "amendments"]

    @property
    def export_headings(self):
        return {
            "center": _("Center"),
            **{f.key: f.label for f in all_figures()},
            "amendments": _("Changed since sign-off"),
        }

    @property
    def columns(self):
        return [
            Column("center", label=_("Center")),
            *[Column(f"shown_{f.key}", label=f.label) for f in all_figures()],
            Column("amendments", label=_("Changed since sign-off")),
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = figure_groups()
        order = [figure for _label, found in groups for figure in found]
        starts = {found[0].key for _label, found in groups}
        rows = context.get("object_list") or []
        context["figure_groups"] = groups
        context["figure_notes"] = [figure for figure in order if figure.help_text]
        context["table_rows"] = [
            {
                "center": row.center,
                "cells": [
                    (figure, getattr(row, f"shown_{figure.key}"), figure.key in starts)
                    for figure in order
                ],
                "amendments": row.amendments,
                "network": row is rows[-1] and len(rows) > 1,
            }
            for row in rows
        ]
        # The column is there only when a row has a sign-off to compare with.
        context["show_amendments"] = any(row.amendments for row in rows)
        return context

    def get_filterset_kwargs(self):
        return {**super().get_filterset_kwargs(), "queryset": ReportingPeriod.objects.none()}

    def cleaned(self):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    def get_span(self):
        data = self.cleaned()
        if data.get("date_from") and data.get("date_to"):
            return periods.Span(periods.CUSTOM, data["date_from"], data["date_to"])
        return parse_period(data.get("period")) or periods.quarter_of(timezone.localdate())

    def get_page_subtitle(self):
        return self.span.label

    def get_filtered_queryset(self):
        # The filters choose what figures() is asked for; there is no queryset to filter.
        return self.get_queryset()

    def get_queryset(self):
        self.span = self.get_span()
        data = self.cleaned()
        centers = visible_centers(self.request.user)
        if data.get("center"):
            centers = centers.filter(pk__in=[c.pk for c in data["center"]])
        sectors = list(data["sector"]) if data.get("sector") else None
        categories = list(data["category"]) if data.get("category") else None
        signed = self.sign_offs(centers) if not (sectors or categories) else {}
        # Translation coverage (only without sector and category filters) is counted
        # once for every center this user may see, then shared out.
        self.coverage = (
            coverage_counts(center_keys_for(self.request.user))
            if not (sectors or categories)
            else False
        )
        centers = list(centers)
        # Every center's figures at once: grouped queries, not a round of them per center.
        by_center = figures_by_center(
            self.span.start,
            self.span.end,
            centers,
            sectors,
            categories,
            coverage=self.coverage,
        )
        rows = [
            self.row(
                center.title,
                by_center[str(center.translation_key)],
                signed.get(center.pk),
            )
            for center in centers
        ]
        if len(rows) != 1:
            everything = center_keys_for(self.request.user) is None and not data.get("center")
            network = figures(
                self.span.start,
                self.span.end,
                centers=None if everything else centers,
                sectors=sectors,
                categories=categories,
                coverage=self.coverage,
            )
            rows.append(self.row(_("All centers"), network))
        return rows

    def sign_offs(self, centers):
        """Sign-offs of exactly this period, by center: their rows show what was submitted."""
        found = SignOff.objects.filter(
            period__start=self.span.start,
            period__end=self.span.end,
            center__in=[center.pk for center in centers],
        )
        return {sign_off.center_id: sign_off for sign_off in found}

    def row(self, title, values, sign_off=None):
        amendments = ""
        if sign_off is not None:
            # Figures of the state of today (translation coverage: no chart) are not
            # part of what a period's sign-off fixes.
            fixed = [f for f in all_figures() if f.chart and f.key in sign_off.figures]
            submitted = {f.key: sign_off.figures[f.key] for f in fixed}
            changed = [
                f"{f.label}: {_show(submitted[f.key], f.unit)} → {_show(values.get(f.key), f.unit)}"
                for f in fixed
                if submitted[f.key] != values.get(f.key)
            ]
            amendments = "; ".join(changed) or _("none")
            values = {**values, **submitted}
        row = SimpleNamespace(center=str(title), amendments=amendments, **values)
        for figure in all_figures():
            setattr(row, f"shown_{figure.key}", _show(values.get(figure.key), figure.unit))
        return row

    def get_filename(self):
        return f"{self.export_filename}-{self.span.start:%Y%m%d}-{self.span.end:%Y%m%d}"
