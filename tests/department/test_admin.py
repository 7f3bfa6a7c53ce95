"""The register in the admin, through its real URLs: each center sees and edits its own rows."""

from datetime import timedelta

import pytest

from department.factories import ComplaintFactory
from department.models import FireSafetyCertificate, SafetyRecord

pytestmark = pytest.mark.django_db

CERTS = "/admin/safety/certificates/"
RECORDS = "/admin/safety/records/"


def not_found(response, client):
    """A missing admin object: 404 (LocaleMiddleware may first redirect to /vi/...)."""
    if response.status_code == 302:
        response = client.get(response["Location"])
    return response.status_code == 404


def numbers(client, query=""):
    html = client.get(f"{CERTS}?{query}").content.decode()
    return {n for n in ("A-001", "A-HALL", "B-001") if n in html}


def test_the_department_group_exists_after_migrating():
    from roles.groups import department_group

    group = department_group()
    assert group.name == "Sở Văn hóa và Thể thao"
    assert group.permissions.filter(codename="access_admin").exists()


def test_center_staff_list_only_their_center(alpha_staff, certificates, records):
    assert numbers(alpha_staff) == {"A-001", "A-HALL"}
    html = alpha_staff.get(RECORDS).content.decode()
    assert "Trung tâm Alpha" in html and "Trung tâm Beta" not in html
    export = b"".join(alpha_staff.get(f"{RECORDS}?export=csv").streaming_content).decode()
    assert "Trung tâm Alpha" in export
    assert "Trung tâm Beta" not in export and "Bình chữa cháy" not in export


def test_center_staff_cannot_open_edit_or_delete_another_centers_row(
    alpha_staff, certificates, today
):
    beta = certificates["beta"]
    assert not_found(alpha_staff.get(f"{CERTS}edit/{beta.pk}/"), alpha_staff)
    assert not_found(alpha_staff.get(f"{CERTS}inspect/{beta.pk}/"), alpha_staff)
    response = alpha_staff.post(
        f"{CERTS}edit/{beta.pk}/",
        {
            "center": beta.center_id,
            "number": "HACKED",
            "issuer": "x",
            "issued_on": today - timedelta(days=1),
            "expires_on": today + timedelta(days=900),
            "max_occupancy": 9999,
        },
    )
    assert response.status_code in (302, 404)
    beta.refresh_from_db()
    assert beta.number == "B-001" and beta.max_occupancy == 250
    alpha_staff.post(f"{CERTS}delete/{beta.pk}/")
    assert FireSafetyCertificate.objects.filter(pk=beta.pk).exists()


def test_center_staff_add_and_edit_their_own_but_delete_nothing(
    alpha_staff, network, certificates, today
):
    data = {
        "center": network["alpha"].pk,
        "space": network["hall_a"].pk,
        "number": "A-002",
        "issuer": "Cảnh sát PCCC",
        "issued_on": today.isoformat(),
        "expires_on": (today + timedelta(days=730)).isoformat(),
        "max_occupancy": 180,
    }
    assert alpha_staff.post(f"{CERTS}new/", data).status_code == 302
    created = FireSafetyCertificate.objects.get(number="A-002")
    assert created.space == network["hall_a"]

    # Another center in the form is refused: it is not among the choices.
    response = alpha_staff.post(
        f"{CERTS}new/", {**data, "number": "A-003", "center": network["beta"].pk}
    )
    assert response.status_code == 200
    assert not FireSafetyCertificate.objects.filter(number="A-003").exists()

    own = certificates["alpha"]
    edit = {**data, "space": "", "number": "A-001", "max_occupancy": 420}
    assert alpha_staff.post(f"{CERTS}edit/{own.pk}/", edit).status_code == 302
    own.refresh_from_db()
    assert own.max_occupancy == 420

    alpha_staff.post(f"{CERTS}delete/{own.pk}/")
    assert FireSafetyCertificate.objects.filter(pk=own.pk).exists()


def test_form_explains_bad_dates_and_another_centers_space(alpha_staff, network, today):
    data = {
        "center": network["alpha"].pk,
        "number": "A-009",
        "issuer": "Cảnh sát PCCC",
        "issued_on": today.isoformat(),
        "expires_on": (today - timedelta(days=1)).isoformat(),
        "max_occupancy": 100,
    }
    html = alpha_staff.post(f"{CERTS}new/", data).content.decode()
    assert "Ngày hết hạn phải sau ngày cấp" in html
    assert not FireSafetyCertificate.objects.filter(number="A-009").exists()


def test_department_sees_filters_and_deletes(department_client, certificates, records, today):
    assert numbers(department_client) == {"A-001", "A-HALL", "B-001"}
    assert numbers(department_client, "state=expiring") == {"A-HALL", "B-001"}
    assert numbers(department_client, "state=expired") == {"B-001"}
    assert numbers(department_client, "state=valid") == {"A-001", "A-HALL"}
    beta_center = certificates["beta"].center_id
    assert numbers(department_client, f"center={beta_center}") == {"B-001"}

    def listed(query):
        html = department_client.get(f"{RECORDS}?{query}").content.decode()
        return {name for name, row in records.items() if f"{RECORDS}edit/{row.pk}/" in html}

    assert listed("") == {"alpha_drill", "beta_inspection"}
    assert listed("state=overdue") == listed("state=open") == {"beta_inspection"}
    assert listed("state=closed") == {"alpha_drill"}
    assert listed("kind=drill") == {"alpha_drill"}
    assert listed(f"center={certificates['beta'].center_id}") == {"beta_inspection"}

    record = records["alpha_drill"]
    assert department_client.post(f"{RECORDS}delete/{record.pk}/").status_code == 302
    assert not SafetyRecord.objects.filter(pk=record.pk).exists()


def test_outsiders_see_no_menu_and_no_listing(client, certificates, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("outsider", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get(CERTS).status_code in (302, 403)
    assert CERTS not in client.get("/admin/").content.decode()


def test_model_rules_reach_the_form(department_client, network, today):
    data = {
        "center": network["alpha"].pk,
        "space": network["hall_b"].pk,
        "kind": "inspection",
        "date": (today - timedelta(days=3)).isoformat(),
        "result": "remarks",
        "violations_count": 1,
        "violations": "Thiếu đèn thoát hiểm",
        "follow_up_due": (today - timedelta(days=4)).isoformat(),
    }
    html = department_client.post(f"{RECORDS}new/", data).content.decode()
    assert "“Hội trường B” thuộc một trung tâm khác, không thuộc “Trung tâm Alpha”." in html
    assert "Hạn khắc phục không thể trước ngày của biên bản" in html
    assert not SafetyRecord.objects.exists()

    data.update(space=network["hall_a"].pk, follow_up_due=(today + timedelta(days=30)).isoformat())
    assert department_client.post(f"{RECORDS}new/", data).status_code == 302
    record = SafetyRecord.objects.get()
    assert record.space == network["hall_a"] and record.is_open and not record.is_overdue()


def test_staff_handle_their_own_complaints_only(alpha_staff, network):
    own = ComplaintFactory(center=network["alpha"], subject="Tiếng ồn")
    other = ComplaintFactory(center=network["beta"], subject="Lối thoát")
    assert own.reference.startswith(f"GY-{own.created_at.year}-")
    html = alpha_staff.get("/admin/safety/complaints/").content.decode()
    assert own.reference in html and other.reference not in html

    url = f"/admin/safety/complaints/edit/{own.pk}/"
    response = alpha_staff.post(url, {"status": "answered", "answer": "Đã nhắc ban nhạc."})
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.status == "answered" and own.answer == "Đã nhắc ban nhạc."
    assert own.handled_by.username == "alpha" and own.answered_at is not None
    assert own.subject == "Tiếng ồn"  # the visitor's words are read-only

    response = alpha_staff.post(
        f"/admin/safety/complaints/edit/{other.pk}/", {"status": "closed", "answer": "x"}
    )
    assert response.status_code in (302, 404)
    other.refresh_from_db()
    assert other.status == "new" and other.handled_by is None
    assert alpha_staff.get("/admin/safety/complaints/new/").status_code in (302, 403, 404)
