"""The Department, in the Vietnamese admin, reads the activity report of a quarter on a
1280-pixel screen and downloads it."""

import io
import re

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from approvals.roles import ensure_department_group
from network.models import CenterPage

from .conftest import LIVE_DB

pytestmark = [pytest.mark.browser, LIVE_DB]

PASSWORD = "mat-khau-an-toan-1"


@pytest.fixture
def department_user(demo_live):
    user = get_user_model().objects.create_user("so-van-hoa", "so@example.vn", PASSWORD)
    # The flush after an earlier live-server test removed the group its migration made.
    user.groups.add(ensure_department_group())
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return user


def test_department_reads_the_activity_report_and_downloads_it(
    department_user, live_server, new_page
):
    page = new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "so-van-hoa")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))

    page.get_by_role("button", name="Báo cáo").click()
    page.get_by_role("link", name="Hoạt động của các trung tâm").click()
    page.wait_for_url(re.compile(r"/admin/reports/activity/"))
    region = page.locator(".activity-report")
    centers = CenterPage.objects.filter(locale__language_code="vi").count()
    assert region.locator("tbody th[scope=row]").count() == centers + 1  # and the network

    # The center's name keeps a readable width and stays in view while the figures scroll.
    first = region.locator("tbody th[scope=row]").first
    before = first.bounding_box()
    assert before["width"] >= 150
    region.evaluate("element => { element.scrollLeft = element.scrollWidth; }")
    after = first.bounding_box()
    assert after["x"] == before["x"]
    last_figure = region.locator("tbody tr").first.locator("td").last
    assert last_figure.bounding_box()["x"] + last_figure.bounding_box()["width"] <= 1280

    page.locator("header .w-dropdown__toggle:has(.icon-dots-horizontal)").click()
    with page.expect_download() as download:
        page.locator("a[href*='export=xlsx']").click()
    sheet = openpyxl.load_workbook(io.BytesIO(download.value.path().read_bytes())).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][0] == "Trung tâm"
    assert len(rows) == 1 + centers + 1
    assert "Tổ hợp sáng tạo Complex 01" in [row[0] for row in rows]
