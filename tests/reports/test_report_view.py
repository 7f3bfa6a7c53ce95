"""The activity report through the admin's real URL: table, filters, CSV and XLSX in Vietnamese."""

import csv
import io

import openpyxl
import pytest
from django.urls import reverse

from reports.figures import all_figures

URL = "/admin/reports/activity/"
Q3 = {"period": "2025-q3"}


@pytest.fixture
def department_user(make_user, department_group):
    return make_user("so-van-hoa", groups=[department_group])


def xlsx_rows(response):
    content = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def csv_rows(response):
    content = b"".join(response.streaming_content).decode("utf-8")
    assert content.startswith("\ufeff")  # the BOM that makes Excel read UTF-8
    return list(csv.reader(io.StringIO(content[1:])))


def test_url_is_the_documented_one():
    assert reverse("reports_activity") == URL


def test_xlsx_has_vietnamese_headings_and_the_quarters_figures(client, quarter, department_user):
    client.force_login(department_user)
    response = client.get(
        URL, {**Q3, "center": [quarter["alpha"].pk, quarter["beta"].pk], "export": "xlsx"}
    )
    assert response.status_code == 200
    rows = xlsx_rows(response)
    header = rows[0]
    assert header[:6] == [
        "Trung tâm",
        "Sự kiện đã diễn ra",
        "Buổi đã diễn ra",
        "Sự kiện bị hủy",
        "Buổi bị hủy",
        "Lượt người tham dự",
    ]
    assert len(header) == 2 + len(all_figures())
    assert header[-4:] == [
        "Kiểm tra",
        "Tập huấn và diễn tập",
        "Vi phạm chưa khắc phục",
        "Thay đổi sau khi ký xác nhận",
    ]
    by_center = {row[0]: dict(zip(header, row, strict=True)) for row in rows[1:]}
    assert set(by_center) == {"Trung tâm Alpha", "Trung tâm Beta", "Tất cả trung tâm"}
    total = by_center["Tất cả trung tâm"]
    assert total["Sự kiện đã diễn ra"] == 3
    assert total["Lượt người tham dự"] == 395
    assert total["Yêu cầu đã nhận"] == 4
    assert total["Thời gian phản hồi trung vị (giờ)"] == 10.0
    assert by_center["Trung tâm Alpha"]["Ngày thuê không gian"] == 8
    assert by_center["Trung tâm Beta"]["Sự kiện miễn phí (%)"] == 100.0


def test_csv_export_with_a_sector_filter(client, quarter, department_user):
    client.force_login(department_user)
    response = client.get(
        URL,
        {
            **Q3,
            "center": [quarter["alpha"].pk, quarter["beta"].pk],
            "sector": quarter["music"].pk,
            "export": "csv",
        },
    )
    rows = csv_rows(response)
    assert rows[0][0] == "Trung tâm"
    assert rows[0][1] == "Sự kiện đã diễn ra"
    total = dict(zip(rows[0], rows[-1], strict=True))
    assert total["Trung tâm"] == "Tất cả trung tâm"
    assert total["Sự kiện đã diễn ra"] == "2"
    assert total["Lượt người tham dự"] == "320"
    assert total["Tỷ lệ bản dịch cập nhật (%)"] == ""  # not per sector


def test_english_user_gets_english_headings(client, quarter, make_user, department_group):
    client.force_login(make_user("department-en", groups=[department_group], language="en"))
    rows = csv_rows(client.get(URL, {**Q3, "center": quarter["alpha"].pk, "export": "csv"}))
    assert rows[0][:3] == ["Center", "Events held", "Event dates held"]
    assert rows[1][:3] == ["Trung tâm Alpha", "2", "4"]


def test_center_staff_see_only_their_center(client, quarter, make_user):
    editor = make_user("alpha-editor", groups=[quarter["alpha"].editors_group])
    client.force_login(editor)
    rows = csv_rows(client.get(URL, {**Q3, "export": "csv"}))
    assert [row[0] for row in rows[1:]] == ["Trung tâm Alpha"]
    # Asking for another center's figures is not possible: the value is refused.
    response = client.get(URL, {**Q3, "center": quarter["beta"].pk})
    assert response.status_code == 200
    assert "Trung tâm Beta" not in response.content.decode().split("<tbody")[-1]


def test_page_shows_the_figures_and_the_period(client, quarter, department_user):
    client.force_login(department_user)
    response = client.get(URL, {**Q3, "center": quarter["alpha"].pk})
    html = response.content.decode()
    assert "Quý 3 2025" in html
    assert "50,0\u00a0%" in html  # free share of alpha's events, as every percentage reads


def test_an_english_admin_writes_shares_the_english_way(
    client, quarter, make_user, department_group
):
    client.force_login(make_user("department-en", groups=[department_group], language="en"))
    html = client.get(URL, {**Q3, "center": quarter["alpha"].pk}).content.decode()
    assert "50.0%" in html
    assert "50,0" not in html


@pytest.mark.parametrize(
    "query, message",
    [
        ({"period": "2025-q9"}, "Hãy chọn một kỳ trong danh sách"),
        ({"period": "x" * 500}, "Hãy chọn một kỳ trong danh sách"),
        ({"date_from": "2025-13-45", "date_to": "2025-01-01"}, "Nhập một ngày hợp lệ"),
        ({"date_from": "2025-09-01", "date_to": "2025-01-01"}, "Ngày cuối của kỳ không thể trước"),
        ({"date_from": "2025-09-01"}, "Hãy nhập cả ngày đầu và ngày cuối"),
        ({"date_from": "1900-01-01", "date_to": "2099-12-31"}, "Kỳ tự chọn dài tối đa năm năm"),
        ({"center": "abc"}, "Hãy chọn trong danh sách"),
        ({"sector": "999999"}, "Hãy chọn trong danh sách"),
        ({"category": "Đêm nhạc 🎶"}, "Hãy chọn trong danh sách"),
    ],
)
def test_bad_filter_values_get_a_message_not_an_error(
    client, quarter, department_user, query, message
):
    client.force_login(department_user)
    response = client.get(URL, query)
    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    assert "Quý " in html  # the default period (this quarter) is shown instead


def test_a_huge_page_number_shows_the_last_page(client, quarter, department_user):
    client.force_login(department_user)
    response = client.get(URL, {**Q3, "p": "99999999999999999999"})
    assert response.status_code == 200
    assert "Tất cả trung tâm" in response.content.decode()


def test_custom_period(client, quarter, department_user):
    client.force_login(department_user)
    rows = csv_rows(
        client.get(
            URL,
            {
                "date_from": "2025-07-03",
                "date_to": "2025-08-09",
                "center": [quarter["alpha"].pk],
                "export": "csv",
            },
        )
    )
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["Lượt người tham dự"] == "195"
    assert row["Ngày thuê không gian"] == "3"


def test_people_outside_the_centers_are_refused(client, quarter, make_user):
    client.force_login(make_user("nobody"))
    response = client.get(URL, Q3)
    assert response.status_code in (302, 403)
