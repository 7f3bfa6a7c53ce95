"""Inquiries in the admin, through its real URLs: isolation, filters, search, export, overdue."""

import csv
import io
from datetime import timedelta

import openpyxl
import pytest
from django.utils import timezone

from spaces.factories import InquiryFactory
from spaces.models import Inquiry, InquiryStatus

pytestmark = pytest.mark.django_db


def make_inquiry(center, space=None, **fields):
    """Due in two days; the export test reads the e-mail."""
    values = {"name": "Trần Văn Minh", "email": "minh@example.com", "message": "Xin báo giá."}
    return InquiryFactory(center=center, space=space, consent=True, **{**values, **fields})


@pytest.fixture
def inquiries(network):
    alpha, beta, spaces = network["alpha"], network["beta"], network["spaces"]
    return {
        "alpha_new": make_inquiry(alpha, spaces["studio-a"], name="Alpha Một"),
        "alpha_late": make_inquiry(
            alpha,
            spaces["desk"],
            name="Alpha Trễ",
            respond_by=timezone.localdate() - timedelta(days=1),
        ),
        "beta_booked": make_inquiry(
            beta, spaces["hall"], name="Beta Đặt", status=InquiryStatus.BOOKED
        ),
    }


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def not_found(response, client):
    """A missing admin object: 404 (Django's LocaleMiddleware may first redirect to /vi/...)."""
    if response.status_code == 302:
        response = client.get(response["Location"])
    return response.status_code == 404


def staff_of(center, django_user_model, username):
    user = django_user_model.objects.create_user(username, password="pw")
    user.groups.add(center.editors_group)
    return user


@pytest.fixture
def alpha_staff(client, network, django_user_model):
    client.force_login(staff_of(network["alpha"], django_user_model, "alpha"))
    return client


def test_center_staff_see_only_their_center(alpha_staff, inquiries):
    html = alpha_staff.get("/admin/inquiries/").content.decode()
    assert "Alpha Một" in html and "Alpha Trễ" in html
    assert "Beta Đặt" not in html
    beta = inquiries["beta_booked"]
    assert not_found(alpha_staff.get(f"/admin/inquiries/edit/{beta.pk}/"), alpha_staff)
    assert not_found(alpha_staff.get(f"/admin/inquiries/inspect/{beta.pk}/"), alpha_staff)
    response = alpha_staff.post(
        f"/admin/inquiries/edit/{beta.pk}/", {"status": "closed", "internal_notes": "x"}
    )
    assert response.status_code in (302, 404)
    beta.refresh_from_db()
    assert beta.status == InquiryStatus.BOOKED
    export = body(alpha_staff.get("/admin/inquiries/?export=csv")).decode("utf-8-sig")
    assert "Beta Đặt" not in export and "Alpha Một" in export


def test_center_staff_move_an_inquiry_on_with_notes(alpha_staff, inquiries):
    inquiry = inquiries["alpha_new"]
    response = alpha_staff.post(
        f"/admin/inquiries/edit/{inquiry.pk}/",
        {"status": "offer_made", "internal_notes": "Đã gửi báo giá 3 triệu."},
    )
    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.OFFER_MADE
    assert inquiry.internal_notes == "Đã gửi báo giá 3 triệu."
    assert inquiry.name == "Alpha Một"  # personal data is read-only in the form


def test_staff_cannot_delete_or_add(alpha_staff, inquiries):
    inquiry = inquiries["alpha_new"]
    assert alpha_staff.get(f"/admin/inquiries/delete/{inquiry.pk}/").status_code in (302, 403)
    assert alpha_staff.post(f"/admin/inquiries/delete/{inquiry.pk}/").status_code in (302, 403)
    assert Inquiry.objects.filter(pk=inquiry.pk).exists()
    # Inquiries come from visitors: the admin has no add view at all.
    assert alpha_staff.get("/admin/inquiries/add/").status_code == 404


def test_users_outside_any_center_see_nothing(client, inquiries, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("outsider", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/inquiries/").status_code in (302, 403)
    assert "/admin/inquiries/" not in client.get("/admin/").content.decode()


def test_department_and_superusers_see_all(client, inquiries, django_user_model, admin_client):
    from roles.groups import department_group

    department = department_group()
    user = django_user_model.objects.create_user("so-vhtt", password="pw")
    user.groups.add(department)
    client.force_login(user)
    for browser in (client, admin_client):
        html = browser.get("/admin/inquiries/").content.decode()
        assert "Alpha Một" in html and "Beta Đặt" in html


def test_filters_and_search(admin_client, inquiries, network):
    def names(query):
        html = admin_client.get(f"/admin/inquiries/?{query}").content.decode()
        return {n for n in ("Alpha Một", "Alpha Trễ", "Beta Đặt") if n in html}

    assert names("status=booked") == {"Beta Đặt"}
    assert names(f"space={network['spaces']['desk'].pk}") == {"Alpha Trễ"}
    assert names("overdue=true") == {"Alpha Trễ"}
    assert names("q=Trễ") == {"Alpha Trễ"}
    today = timezone.localdate()
    assert len(names(f"created_at_from={today}&created_at_to={today}")) == 3
    tomorrow = today + timedelta(days=1)
    assert names(f"created_at_from={tomorrow}") == set()


def test_overdue_is_flagged(inquiries):
    assert Inquiry.objects.overdue().get() == inquiries["alpha_late"]
    assert inquiries["alpha_late"].overdue and not inquiries["alpha_new"].overdue
    Inquiry.objects.filter(pk=inquiries["alpha_late"].pk).update(status="answered")
    assert not Inquiry.objects.overdue().exists()


def test_export_csv_and_xlsx_read_back(admin_client, inquiries):
    response = admin_client.get("/admin/inquiries/?export=csv&status=new")
    assert response["Content-Disposition"].startswith('attachment; filename="inquiries')
    rows = list(csv.DictReader(io.StringIO(body(response).decode("utf-8-sig"))))
    # The admin speaks Vietnamese by default: headings are the fields' Vietnamese names.
    assert {row["Mã số"] for row in rows} == {
        inquiries["alpha_new"].reference,
        inquiries["alpha_late"].reference,
    }
    assert {row["Thư điện tử"] for row in rows} == {"minh@example.com"}

    response = admin_client.get("/admin/inquiries/?export=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(body(response))).active
    header = [cell.value for cell in sheet[1]]
    assert "Trạng thái" in header
    references = {
        row[header.index("Mã số")] for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert references == {i.reference for i in inquiries.values()}
