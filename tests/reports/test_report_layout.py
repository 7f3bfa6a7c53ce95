"""The activity report's table reads on a laptop screen: its 18 figures under a few group
headings, the center's name in a first column that stays in view."""

from bs4 import BeautifulSoup

from reports.factories import ReportingPeriodFactory, SignOffFactory
from reports.figures import all_figures

from .conftest import Q3_END, Q3_START
from .test_report_view import Q3, URL


def table(client, quarter):
    response = client.get(URL, {**Q3, "center": [quarter["alpha"].pk, quarter["beta"].pk]})
    return BeautifulSoup(response.content.decode(), "html.parser").find(
        "table", class_="activity-table"
    )


def test_figures_are_grouped_under_headings_beside_a_center_column(
    client, quarter, make_user, department_group
):
    client.force_login(make_user("so-van-hoa", groups=[department_group]))
    found = table(client, quarter)
    heads, subheads = found.thead.find_all("tr")
    center, *groups = heads.find_all("th")
    assert (center.get_text(strip=True), center["rowspan"]) == ("Trung tâm", "2")
    assert [group.get_text(strip=True) for group in groups] == [
        "Sự kiện",
        "Người tham dự",
        "Yêu cầu",
        "Không gian",
        "Hồ sơ ứng tuyển",
        "Độ phủ bản dịch",
        "Hồ sơ an toàn",
    ]
    assert sum(int(group["colspan"]) for group in groups) == len(all_figures())
    columns = subheads.find_all("th")
    assert len(columns) == len(all_figures())
    assert columns[0].get_text(strip=True) == "Đã diễn ra"
    assert columns[0]["title"] == "Sự kiện đã diễn ra"  # the figure's whole name
    rows = found.tbody.find_all("tr")
    assert [row.th.get_text(strip=True) for row in rows] == [
        "Trung tâm Alpha",
        "Trung tâm Beta",
        "Tất cả trung tâm",
    ]
    assert all("activity-table__center" in row.th["class"] for row in rows)
    assert all(len(row.find_all("td")) == len(all_figures()) for row in rows)
    alpha = {td["data-figure"]: td.get_text(strip=True) for td in rows[0].find_all("td")}
    assert alpha["free_share"] == "50,0\u00a0%"


def test_the_sign_off_column_appears_only_with_a_sign_off(
    client, quarter, make_user, department_group
):
    user = make_user("so-van-hoa", groups=[department_group])
    client.force_login(user)
    assert "Thay đổi sau khi ký xác nhận" not in str(table(client, quarter).thead)
    period = ReportingPeriodFactory(start=Q3_START, end=Q3_END)
    SignOffFactory(period=period, center=quarter["alpha"], signed_by=user)
    found = table(client, quarter)
    assert "Thay đổi sau khi ký xác nhận" in str(found.thead)
    alpha = found.tbody.find("tr")
    assert alpha.find("td", class_="activity-table__amendments").get_text(strip=True) == "không có"
