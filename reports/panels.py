"""The figures panel on the admin home: every report figure over the last four quarters.

The home page shows the panel's heading at once and loads its charts from
``/admin/reports/home-figures/`` (:func:`reports.views.home.figures_panel`) once the page
is there: four quarters of every figure take longer than the rest of the home together.
"""

from django.urls import reverse
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


def heading(user):
    if sees_all_centers(user):
        return _("The network in the last four quarters")
    return _("Your center in the last four quarters")


def figures_context(user, request=None):
    """What the panel's body shows ``user``: a chart and a table row per figure."""
    day = today()
    everything = sees_all_centers(user)
    centers = None if everything else list(visible_centers(user))
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
    keys = center_keys_for(user)
    coverage = translation_coverage(
        Scope(center_keys=keys), counts=coverage_counts(keys, request=request)
    )
    return {
        "charts": charts,
        "table": data_table(_("Report figures per quarter"), labels, rows),
        "coverage": coverage,
        "centers": centers,
    }


class FiguresPanel(Component):
    name = "reports_figures"
    order = 160
    template_name = "reports/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        return {"heading": heading(self.user), "body_url": reverse("reports_home_figures")}


def panel_for(user):
    """The panel for the department and superusers (every center) or a center's staff."""
    if sees_all_centers(user) or center_keys_for(user):
        return FiguresPanel(user)
    return None
