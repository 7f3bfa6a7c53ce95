"""A center's administrator, in the Vietnamese admin, finds a visitor's inquiry on the
admin home, answers it, and exports the list of the center's inquiries."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.users.models import UserProfile

from network.models import CenterPage
from spaces.models import Inquiry

from .conftest import LIVE_DB

pytestmark = [pytest.mark.browser, LIVE_DB]

PASSWORD = "mat-khau-an-toan-1"


@pytest.fixture
def inquiries(demo_live, settings):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    centers = CenterPage.objects.filter(locale__language_code="vi")
    ours, other = centers.get(slug="complex-01"), centers.exclude(slug="complex-01").first()

    def send(center, name):
        return Inquiry.store(
            center=center,
            language="vi",
            name=name,
            email="khach@example.vn",
            message="Xin thuê xưởng gốm hai ngày cuối tuần.",
            respond_by=timezone.localdate() + timedelta(days=2),
        )

    user = get_user_model().objects.create_user("quan-tri-c01", "qt@example.vn", PASSWORD)
    user.groups.add(ours.administrators.group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return send(ours, "Trần Văn Bình"), send(other, "Lê Thị Lan")


def test_administrator_answers_an_inquiry_and_exports_the_list(
    inquiries, live_server, new_page, tmp_path
):
    ours, other = inquiries
    page = new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    page.route(re.compile(r"/admin/editing-sessions/"), lambda route: route.abort())
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "quan-tri-c01")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))

    # The admin home lists the center's open inquiries; the other center's is not there.
    listed = page.locator(".center-overview [data-list=inquiries]")
    assert listed.locator("[data-count=inquiries]").inner_text() == "1"
    assert "Lê Thị Lan" not in listed.inner_text()
    listed.get_by_role("link", name=f"{ours.reference} · Trần Văn Bình").click()
    page.wait_for_url(re.compile(rf"/admin/inquiries/edit/{ours.pk}/"))

    page.select_option("select[name=status]", label="Đã trả lời")
    page.fill("textarea[name=internal_notes]", "Đã gọi điện báo giá thuê xưởng.")
    page.locator("footer button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/inquiries/"))
    assert ours.reference in page.locator(".messages").inner_text()
    ours.refresh_from_db()
    assert (ours.status, ours.internal_notes) == ("answered", "Đã gọi điện báo giá thuê xưởng.")

    # The list, exported from the listing's actions menu.
    page.get_by_role("link", name="Yêu cầu thuê").first.click()
    page.wait_for_url(re.compile(r"/admin/inquiries/$"))
    page.locator("header .w-dropdown__toggle:has(.icon-dots-horizontal)").click()
    with page.expect_download() as download:
        page.locator("a[href*='export=csv']").click()
    saved = Path(tmp_path) / "inquiries.csv"
    download.value.save_as(saved)
    exported = saved.read_text(encoding="utf-8-sig")
    assert ours.reference in exported and "Đã gọi điện báo giá thuê xưởng." in exported
    assert other.reference not in exported
