"""Reminders: what is expiring or overdue, and the weekly digest in Vietnamese."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from department.factories import FireSafetyCertificateFactory
from department.models import SafetyRecord
from department.reminders import expiring_certificates, overdue_follow_ups

from .conftest import member_of

pytestmark = pytest.mark.django_db


def run(**options):
    out = StringIO()
    call_command("send_safety_reminders", stdout=out, **options)
    return out.getvalue()


def test_expiring_certificates_window_and_renewals(certificates, network, today):
    numbers = lambda qs: {c.number for c in qs}  # noqa: E731
    # A-HALL expires in 30 days, B-001 expired 10 days ago and was not renewed.
    assert numbers(expiring_certificates()) == {"A-HALL", "B-001"}
    assert numbers(expiring_certificates(days=10)) == {"B-001"}
    assert numbers(expiring_certificates(days=200)) == {"A-001", "A-HALL", "B-001"}
    assert numbers(expiring_certificates(today=today + timedelta(days=150))) == {
        "A-001",
        "A-HALL",
        "B-001",
    }
    FireSafetyCertificateFactory(
        center=network["beta"],
        number="B-002",
        issued_on=today,
        expires_on=today + timedelta(days=1800),
        max_occupancy=250,
    )
    assert numbers(expiring_certificates()) == {"A-HALL"}  # B-001 is renewed


def test_overdue_follow_ups(records, today):
    assert list(overdue_follow_ups()) == [records["beta_inspection"]]
    # Due five days ago: not overdue when seen from six days ago.
    assert not overdue_follow_ups(today=today - timedelta(days=6)).exists()
    SafetyRecord.objects.filter(pk=records["beta_inspection"].pk).update(closed_on=today)
    assert not overdue_follow_ups().exists()


def test_nothing_to_remind_sends_nothing_and_says_so(network, department_group, django_user_model):
    member_of(department_group, django_user_model, "so", "so@hanoi.gov.vn")
    output = run()
    assert "Nothing to remind" in output and "No e-mail sent" in output
    assert mail.outbox == []


def test_weekly_digest_to_department_and_each_centers_staff(
    certificates, records, network, department_group, django_user_model
):
    member_of(department_group, django_user_model, "so", "so@hanoi.gov.vn")
    member_of(network["alpha"].editors_group, django_user_model, "a", "a@alpha.vn")
    member_of(network["beta"].editors_group, django_user_model, "b", "b@beta.vn")
    no_mail = django_user_model.objects.create_user("nomail", password="pw", email="")
    no_mail.groups.add(network["beta"].editors_group)  # staff without an address get nothing

    output = run()
    assert "3 e-mails sent" in output
    assert "so@hanoi.gov.vn (whole network): 2 certificates, 1 overdue follow-ups" in output
    assert "a@alpha.vn (own center): 1 certificates, 0 overdue follow-ups" in output
    assert "b@beta.vn (own center): 1 certificates, 1 overdue follow-ups" in output

    sent = {message.to[0]: message for message in mail.outbox}
    assert set(sent) == {"so@hanoi.gov.vn", "a@alpha.vn", "b@beta.vn"}
    department = sent["so@hanoi.gov.vn"]
    assert department.subject.startswith("Sổ theo dõi an toàn, tuần ")
    assert "2 giấy chứng nhận cần gia hạn, 1 việc khắc phục quá hạn" in department.subject
    assert "Sổ theo dõi an toàn của toàn mạng lưới." in department.body
    assert "Trung tâm Alpha · Hội trường A: A-HALL, hết hạn ngày" in department.body
    assert "Trung tâm Beta: B-001, đã hết hạn ngày" in department.body
    assert "Kiểm tra" in department.body and "2 vi phạm, hạn" in department.body
    assert "/admin/safety/records/?state=overdue" in department.body

    alpha = sent["a@alpha.vn"]
    assert "Sổ theo dõi an toàn của trung tâm bạn." in alpha.body
    assert "A-HALL" in alpha.body and "B-001" not in alpha.body
    assert "Trung tâm Beta" not in alpha.body


def test_department_member_who_is_also_staff_gets_one_digest(
    certificates, network, department_group, django_user_model
):
    user = member_of(department_group, django_user_model, "both", "both@hanoi.gov.vn")
    user.groups.add(network["alpha"].editors_group)
    run()
    assert [m.to for m in mail.outbox] == [["both@hanoi.gov.vn"]]
    assert "B-001" in mail.outbox[0].body
