"""Attendance in the admin through its real URLs: who may record what, and locked periods."""

from datetime import date

import pytest

from reports.factories import SignOffFactory
from reports.figures import figures
from reports.models import EventAttendance, ReportingPeriod, SignOff
from reports.models.locking import PeriodLocked, period_locked

from .conftest import Q3_END, Q3_START

ADD = "/admin/attendance/new/"


def edit_url(record):
    return f"/admin/attendance/edit/{record.pk}/"


def delete_url(record):
    return f"/admin/attendance/delete/{record.pk}/"


def form(event, day, total, ticketed="", free="", note=""):
    return {
        "event": event.pk,
        "date": day.isoformat(),
        "total": total,
        "ticketed": ticketed,
        "free": free,
        "note": note,
    }


@pytest.fixture
def alpha_editor(quarter, make_user):
    return make_user("bien-tap-alpha", groups=[quarter["alpha"].editors_group])


@pytest.fixture
def department_user(make_user, department_group):
    return make_user("so-van-hoa", groups=[department_group])


def record(event, day):
    return EventAttendance.objects.get(event=event, date=day)


def test_center_editor_records_attendance_for_their_own_event(client, quarter, alpha_editor):
    client.force_login(alpha_editor)
    e2 = quarter["events"]["e2"]
    response = client.post(ADD, form(e2, date(2025, 8, 23), 50, 45, 5))
    assert response.status_code == 302
    saved = record(e2, date(2025, 8, 23))
    assert (saved.total, saved.ticketed, saved.free) == (50, 45, 5)
    assert saved.recorded_by == alpha_editor
    assert saved.center.pk == quarter["alpha"].pk


def test_center_editor_cannot_record_for_another_center(client, quarter, alpha_editor):
    client.force_login(alpha_editor)
    e4 = quarter["events"]["e4"]  # beta's
    before = EventAttendance.objects.count()
    response = client.post(ADD, form(e4, date(2025, 9, 20), 10))
    assert response.status_code == 200  # the form again, with the event refused
    assert "error-message" in response.content.decode()
    assert EventAttendance.objects.count() == before
    # Nor open, change or delete beta's records by their URL.
    beta_record = record(e4, date(2025, 9, 20))
    refused = (302, 403, 404)  # Wagtail's "no permission" redirect, or not found
    assert client.get(edit_url(beta_record)).status_code in refused
    assert client.post(edit_url(beta_record), form(e4, date(2025, 9, 20), 1)).status_code in refused
    assert client.post(delete_url(beta_record)).status_code in refused
    assert record(e4, date(2025, 9, 20)).total == 200


def test_center_editor_lists_only_their_centers_records(client, quarter, alpha_editor):
    client.force_login(alpha_editor)
    html = client.get("/admin/attendance/").content.decode()
    assert "Sự kiện e1" in html
    assert "Sự kiện e4" not in html


def test_department_sees_and_edits_every_center(client, quarter, department_user):
    client.force_login(department_user)
    html = client.get("/admin/attendance/").content.decode()
    assert "Sự kiện e1" in html and "Sự kiện e4" in html
    e4 = quarter["events"]["e4"]
    response = client.post(
        edit_url(record(e4, date(2025, 9, 20))), form(e4, date(2025, 9, 20), 210)
    )
    assert response.status_code == 302
    assert record(e4, date(2025, 9, 20)).total == 210


@pytest.mark.parametrize(
    "day, total, ticketed, free, message",
    [
        (date(2025, 8, 3), 10, "", "", "Sự kiện không diễn ra vào ngày này."),
        (date(2099, 8, 2), 10, "", "", "Lượt tham dự được ghi nhận sau khi sự kiện diễn ra"),
        (date(2025, 8, 23), 10, 8, 5, "cộng lại vượt quá tổng số"),
        (date(2025, 8, 23), 10, 3, 5, "cộng lại phải bằng tổng số"),
    ],
)
def test_bad_values_are_explained(
    client, quarter, alpha_editor, day, total, ticketed, free, message
):
    client.force_login(alpha_editor)
    response = client.post(ADD, form(quarter["events"]["e2"], day, total, ticketed, free))
    assert response.status_code == 200
    assert message in response.content.decode()


def test_signed_off_period_refuses_changes_and_keeps_the_figures(client, quarter, alpha_editor):
    alpha, e2 = quarter["alpha"], quarter["events"]["e2"]
    before = figures(Q3_START, Q3_END, centers=[alpha], coverage=False)
    client.force_login(alpha_editor)
    response = client.post(
        "/admin/sign-offs/new/",
        {"period": ReportingPeriod.get_for("quarter", 2025, 3).pk, "center": alpha.pk, "note": ""},
    )
    assert response.status_code == 302
    assert SignOff.objects.get(center=alpha).signed_by == alpha_editor
    assert period_locked(alpha, date(2025, 8, 2))
    assert not period_locked(alpha, date(2025, 10, 1))
    assert not period_locked(quarter["beta"], date(2025, 8, 2))

    signed = record(e2, date(2025, 8, 2))
    response = client.post(edit_url(signed), form(e2, date(2025, 8, 2), 41, 31, 10))
    assert response.status_code == 200
    assert "đã được Trung tâm Alpha xác nhận" in response.content.decode()
    # Moving the record out of the period is refused too.
    response = client.post(edit_url(signed), form(e2, date(2025, 8, 1), 40, 30, 10))
    assert response.status_code == 200
    response = client.post(delete_url(signed), follow=True)
    assert "không thể sửa lượt tham dự" in response.content.decode()
    response = client.post(ADD, form(e2, date(2025, 8, 23), 50))
    assert response.status_code == 200
    assert "không thể sửa lượt tham dự" in response.content.decode()

    assert record(e2, date(2025, 8, 2)).total == 40
    assert figures(Q3_START, Q3_END, centers=[alpha], coverage=False) == before
    # Whatever the path: saving in code is refused as well.
    signed.total = 1
    with pytest.raises(PeriodLocked):
        signed.save()
    with pytest.raises(PeriodLocked):
        signed.delete()


def test_center_editor_cannot_sign_off_another_center_or_reopen(client, quarter, alpha_editor):
    client.force_login(alpha_editor)
    period = ReportingPeriod.get_for("quarter", 2025, 3)
    response = client.post(
        "/admin/sign-offs/new/", {"period": period.pk, "center": quarter["beta"].pk, "note": ""}
    )
    assert response.status_code == 200
    assert not SignOff.objects.exists()
    sign_off = SignOffFactory(period=period, center=quarter["alpha"])
    response = client.post(f"/admin/sign-offs/delete/{sign_off.pk}/")
    assert response.status_code in (302, 403)
    assert SignOff.objects.filter(pk=sign_off.pk).exists()
    assert client.get("/admin/reporting-periods/").status_code in (302, 403)


def test_department_lock_closes_every_center(client, quarter, department_user):
    client.force_login(department_user)
    response = client.post(
        "/admin/reporting-periods/new/",
        {"kind": "quarter", "start": "2025-07-01", "end": "2025-09-30", "lock": "on"},
    )
    assert response.status_code == 302
    period = ReportingPeriod.objects.get()
    assert period.locked_by == department_user
    e4 = quarter["events"]["e4"]
    response = client.post(edit_url(record(e4, date(2025, 9, 20))), form(e4, date(2025, 9, 20), 1))
    assert response.status_code == 200
    assert record(e4, date(2025, 9, 20)).total == 200
    # Unlocking reopens it.
    response = client.post(
        f"/admin/reporting-periods/edit/{period.pk}/",
        {"kind": "quarter", "start": "2025-07-01", "end": "2025-09-30"},
    )
    assert response.status_code == 302
    assert not period_locked(quarter["beta"], date(2025, 9, 20))


def test_a_period_must_match_its_kind(client, department_user, quarter):
    client.force_login(department_user)
    response = client.post(
        "/admin/reporting-periods/new/",
        {"kind": "quarter", "start": "2025-07-01", "end": "2025-12-31"},
    )
    assert response.status_code == 200
    assert "30/09/2025" in response.content.decode()
    assert not ReportingPeriod.objects.exists()
