"""The register in the department's reports, and records of a closed period kept as reported."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError

from approvals.rules import RULES
from department.rules import after_certificate_expiry, over_capacity
from reports.factories import ReportingPeriodFactory, SignOffFactory
from reports.figures import figures, figures_by_center

pytestmark = pytest.mark.django_db


def test_the_registers_rules_are_enforced_by_the_approval_workflow():
    assert over_capacity in RULES and after_certificate_expiry in RULES


def test_safety_figures_in_the_report(network, records, today):
    first, last = today - timedelta(days=60), today
    both = figures(first, last)
    assert (both["inspections"], both["trainings_and_drills"], both["open_violations"]) == (1, 1, 2)
    alpha = figures(first, last, centers=[network["alpha"]])
    assert (alpha["inspections"], alpha["trainings_and_drills"], alpha["open_violations"]) == (
        0,
        1,
        0,
    )
    records["beta_inspection"].closed_on = today - timedelta(days=1)
    records["beta_inspection"].save()
    assert figures(first, last)["open_violations"] == 0
    # Put right after the period ended: still open in that period's report.
    assert figures(first, today - timedelta(days=2))["open_violations"] == 2


def test_safety_figures_by_center_are_each_centers_own(network, records, today):
    """The activity report's rows, from grouped queries: the same as each center alone."""
    centers = [network["alpha"], network["beta"]]
    keys = ("inspections", "trainings_and_drills", "open_violations")
    for first, last in (
        (today - timedelta(days=60), today),
        (today - timedelta(days=60), today - timedelta(days=2)),
    ):
        grouped = figures_by_center(first, last, centers)
        for center in centers:
            alone = figures(first, last, centers=[center])
            assert {k: grouped[str(center.translation_key)][k] for k in keys} == {
                k: alone[k] for k in keys
            }
    beta = grouped[str(network["beta"].translation_key)]
    assert (beta["inspections"], beta["open_violations"]) == (1, 2)


def test_a_record_of_a_signed_off_period_cannot_change(network, records, today, admin_user):
    inspection = records["beta_inspection"]
    day = inspection.date
    start = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    end = (start + timedelta(days=95)).replace(day=1) - timedelta(days=1)
    period = ReportingPeriodFactory(start=start, end=end)
    SignOffFactory(period=period, center=network["beta"], signed_by=admin_user)
    before = figures(period.start, period.end)["open_violations"]
    inspection.violations_count = 5
    with pytest.raises(ValidationError) as refused:
        inspection.full_clean()
    assert "ký xác nhận hoặc khóa" in str(refused.value)
    inspection.refresh_from_db()
    inspection.notes = "Đã nhắc lại với bảo vệ."  # a field no figure counts stays editable
    inspection.full_clean()
    # Alpha signed off nothing: its records stay editable.
    drill = records["alpha_drill"]
    drill.result = "remarks"
    drill.full_clean()
    assert figures(period.start, period.end)["open_violations"] == before
