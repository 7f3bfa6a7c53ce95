"""A signed-off report never silently changes: it shows what the center submitted, and
any later difference as an amendment beside it."""

from datetime import timedelta

import pytest

from reports.factories import ReportingPeriodFactory, SignOffFactory

from .conftest import Q3_END, Q3_START, hanoi, inquiry
from .test_report_view import Q3, URL, csv_rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def department_user(make_user, department_group):
    return make_user("so-van-hoa", groups=[department_group])


def row_of(response, title):
    rows = csv_rows(response)
    return dict(zip(rows[0], next(row for row in rows if row[0] == title), strict=True))


def test_the_signed_off_figures_stay_and_changes_show_as_amendments(
    client, quarter, department_user
):
    alpha = quarter["alpha"]
    period = ReportingPeriodFactory(start=Q3_START, end=Q3_END)
    client.force_login(department_user)
    params = {**Q3, "center": [alpha.pk, quarter["beta"].pk], "export": "csv"}
    before = row_of(client.get(URL, params), alpha.title)
    SignOffFactory(period=period, center=alpha, signed_by=department_user)
    signed = row_of(client.get(URL, params), alpha.title)
    assert signed == {**before, "Thay đổi sau khi ký xác nhận": "không có"}

    # An inquiry of the quarter arrives late in the system (e.g. keyed in from a letter).
    inquiry(alpha, hanoi(2025, 8, 20, 9, 0), "new")
    after = row_of(client.get(URL, params), alpha.title)
    received = int(before["Yêu cầu đã nhận"])
    assert after["Yêu cầu đã nhận"] == str(received)  # what was submitted
    assert after["Thay đổi sau khi ký xác nhận"] == f"Yêu cầu đã nhận: {received} → {received + 1}"
    # Beta signed nothing: its row follows the data as before.
    beta = row_of(client.get(URL, params), quarter["beta"].title)
    assert beta["Thay đổi sau khi ký xác nhận"] == ""


def test_a_different_span_is_computed_afresh(client, quarter, department_user):
    alpha = quarter["alpha"]
    period = ReportingPeriodFactory(start=Q3_START, end=Q3_END)
    SignOffFactory(period=period, center=alpha, signed_by=department_user)
    inquiry(alpha, hanoi(2025, 8, 20, 9, 0), "new")
    client.force_login(department_user)
    custom = {
        "date_from": Q3_START.isoformat(),
        "date_to": (Q3_END - timedelta(days=1)).isoformat(),
        "center": [alpha.pk],
        "export": "csv",
    }
    row = row_of(client.get(URL, custom), alpha.title)
    assert row["Thay đổi sau khi ký xác nhận"] == ""
