from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DepartmentConfig(AppConfig):
    name = "department"
    verbose_name = _("Safety and compliance")

    def ready(self):
        # The approvals app enforces the register's publishing checks: an event that fails
        # one cannot be published by its center without the Department's approval.
        from approvals import rules as approval_rules

        from .rules import after_certificate_expiry, over_capacity

        for rule in (over_capacity, after_certificate_expiry):
            if rule not in approval_rules.RULES:
                approval_rules.RULES.append(rule)

        # Its figures in the department's reports and dashboard charts.
        from reports.figures import EXTRA_FIGURES, Figure

        from .figures import inspections, open_violations, trainings_and_drills

        extra = [
            Figure("inspections", _("Inspections"), compute=inspections, by_center=True),
            Figure(
                "trainings_and_drills",
                _("Trainings and drills"),
                compute=trainings_and_drills,
                by_center=True,
            ),
            Figure(
                "open_violations", _("Open violations"), compute=open_violations, by_center=True
            ),
        ]
        known = {figure.key for figure in EXTRA_FIGURES}
        EXTRA_FIGURES.extend(figure for figure in extra if figure.key not in known)
