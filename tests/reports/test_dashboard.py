"""The figures panel on the admin home: SVG charts with the right numbers, for the right people."""

from datetime import date

import pytest
from bs4 import BeautifulSoup

from reports.figures import figures

from .conftest import Q3_END, Q3_START


@pytest.fixture(autouse=True)
def autumn_2025(monkeypatch):
    """The last four quarters are those of 2025 (today in Q4): the fixture's is the third."""
    monkeypatch.setattr("reports.panels.today", lambda: date(2025, 10, 15))


def charts(home):
    """The charts of the figures panel on the admin home ``home`` (a response), as the
    home page loads them once it is there; None without a panel."""
    soup = BeautifulSoup(home.content.decode(), "html.parser")
    panel = soup.find("section", class_="reports-panel")
    if panel is None:
        return None
    body = home.client.get(panel["data-w-swap-src-value"])
    found = {"html": body.content.decode()}
    for item in BeautifulSoup(found["html"], "html.parser").select(".reports-panel__grid li"):
        svg = item.find("svg")
        found[item.h3.get_text(strip=True)] = {
            "values": [rect["data-value"] for rect in svg.find_all("rect")],
            "labels": [t.get_text() for t in svg.select("text.reports-chart__label")],
            "aria": svg["aria-label"],
        }
    return found


def test_center_editor_sees_their_centers_quarters(client, quarter, make_user):
    client.force_login(make_user("alpha-staff", groups=[quarter["alpha"].editors_group]))
    response = client.get("/admin/")
    found = charts(response)
    assert "Trung tâm của bạn trong bốn quý gần nhất" in response.content.decode()
    held = found["Sự kiện đã diễn ra"]
    assert held["labels"] == ["Q1/25", "Q2/25", "Q3/25", "Q4/25"]
    assert held["values"] == ["0", "1", "2", "0"]  # e6 in Q2; e1 and e2 in Q3
    assert found["Lượt người tham dự"]["values"] == ["0", "999", "195", "0"]
    assert found["Ngày thuê không gian"]["values"] == ["0", "6", "8", "3"]
    assert found["Yêu cầu đã nhận"]["values"] == ["0", "1", "2", "0"]
    assert found["Thời gian phản hồi trung vị (giờ)"]["values"] == ["", "1.0", "7.0", ""]
    assert found["Sự kiện miễn phí (%)"]["values"] == ["", "0.0", "50.0", ""]
    # The numbers are in the image's accessible name, in Vietnamese notation.
    assert found["Lượt người tham dự"]["aria"] == (
        "Lượt người tham dự: Q1/25: 0; Q2/25: 999; Q3/25: 195; Q4/25: 0"
    )
    assert found["Sự kiện miễn phí (%)"]["aria"].endswith(
        "Q2/25: 0,0\u00a0%; Q3/25: 50,0\u00a0%; Q4/25: —"
    )
    assert "<table class='reports-table'>" in found["html"]


def test_department_sees_the_whole_network(client, quarter, make_user, department_group):
    client.force_login(make_user("department", groups=[department_group]))
    response = client.get("/admin/")
    assert "Mạng lưới trong bốn quý gần nhất" in response.content.decode()
    expected = figures(Q3_START, Q3_END, today=date(2025, 10, 15), coverage=False)
    found = charts(response)
    assert found["Sự kiện đã diễn ra"]["values"][2] == str(expected["events_held"])
    assert expected["events_held"] >= 3


def test_people_without_a_center_see_no_panel(client, quarter, make_user):
    client.force_login(make_user("translator-only"))
    response = client.get("/admin/")
    assert response.status_code == 200
    assert charts(response) is None
    refused = client.get("/admin/reports/home-figures/")
    assert refused.status_code in (302, 403) and "reports-panel__grid" not in str(refused.content)
