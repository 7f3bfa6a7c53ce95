"""The department's panel on the admin home: every report figure over the last four quarters."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from .access import center_keys_for, sees_all_centers, visible_centers
from .charts import bar_chart, data_table
from .figures import PERCENT, Scope, all_figures, coverage_counts, figures, translation_coverage
from .periods import last_quarters

UNITS = {PERCENT: "%"}


def today():
    return timezone.localdate()


def quarter_series(centers, today):
    """[(quarter span, figures dict)] for the last four quarters, oldest first."""
    return [
        (span, figures(span.start, span.end, centers=centers, today=today, coverage=False))
        for span in last_quarters(today)
    ]


class FiguresPanel(Component):
    name = "reports_figures"
    order = 160
    template_name = "reports/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        day = today()
        everything = sees_all_centers(self.user)
        centers = None if everything else list(visible_centers(self.user))
        series = quarter_series(centers, day)
        labels = [span.short_label for span, _values in series]
        charts, rows = [], []
        for figure in all_figures():
            if not figure.chart:
                continue
            unit = UNITS.get(figure.unit, "")
            values = [values.get(figure.key) for _span, values in series]
            charts.append(
                {
                    "label": figure.label,
                    "svg": bar_chart(figure.label, list(zip(labels, values, strict=True)), unit),
                }
            )
            rows.append((figure.label, unit, values))
        keys = center_keys_for(self.user)
        request = (parent_context or {}).get("request")
        coverage = translation_coverage(
            Scope(center_keys=keys), counts=coverage_counts(keys, request=request)
        )
        return {
            "heading": _("The network in the last four quarters")
            if everything
            else _("Your center in the last four quarters"),
            "charts": charts,
            "table": data_table(_("Report figures per quarter"), labels, rows),
            "coverage": coverage,
            "centers": centers,
        }


def panel_for(user):
    """The panel for the department and superusers (every center) or a center's staff."""
    if sees_all_centers(user) or center_keys_for(user):
        return FiguresPanel(user)
    return None
