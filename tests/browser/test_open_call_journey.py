"""An applicant applies to a residency with a PDF and reads the reference; the center's
staff shortlist and accept the application in the admin, make it a resident profile and
publish it, and see the new resident on the center's residents page; another center's
staff cannot see the application."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from network.models import CenterPage
from opencalls.models import Application
from residents.models import ResidentIndexPage, ResidentPage

from .conftest import LIVE_DB

pytestmark = [pytest.mark.browser, LIVE_DB]

PASSWORD = "mat-khau-an-toan-1"
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def staff_of(center, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.vn", PASSWORD)
    user.groups.add(center.editors_group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return user


@pytest.fixture
def staff(demo_live, settings):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    centers = CenterPage.objects.filter(locale__language_code="vi")
    staff_of(centers.get(slug="vicas-art-studio"), "nhan-vien-vicas")
    staff_of(centers.get(slug="complex-01"), "nhan-vien-c01")


def log_in(page, base, username):
    page.context.clear_cookies()
    page.goto(base + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    page.wait_for_load_state("networkidle")  # the dashboard's figures, fetched as it loads


def save(page):
    page.locator("footer button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/applications/$"))


def publish(page):
    page.wait_for_load_state("load")
    toggle = page.locator("footer [aria-expanded]").first
    for _attempt in range(10):
        toggle.click()
        if toggle.get_attribute("aria-expanded") == "true":
            break
        page.wait_for_timeout(200)
    button = page.locator("footer button[name='action-publish']")
    with page.expect_navigation():
        # The menu's own button as the submitter (see the editor journey).
        button.evaluate("button => button.form.requestSubmit(button)")
    errors = page.locator(".error-message, .help-critical").all_inner_texts()
    assert not errors, errors


def test_apply_with_a_pdf_then_shortlist_and_accept(staff, live_server, new_page, tmp_path):
    base = live_server.url
    page = new_page(viewport={"width": 1280, "height": 900})
    page.route(re.compile(r"/admin/editing-sessions/"), lambda route: route.abort())

    # The applicant finds the residency among the network's open calls.
    page.goto(base + "/en/calls/")
    page.get_by_role("link", name="Young artists' residency 2027").click()
    page.wait_for_url(re.compile(r"/en/vicas-art-studio/calls/young-artists-residency-2027/$"))
    page.fill("#application_name", "Phạm Thu Hà")
    page.fill("#application_email", "thuha@example.vn")
    page.fill("#application_date_of_birth", "2001-03-15")
    page.select_option("#application_sector", "fine-arts")
    answers = page.locator("textarea[name^=answer_]")
    answers.nth(0).fill("Sculptures of the Red River's boats, in lacquer and clay.")
    answers.nth(1).fill("Two solo shows in Hanoi, 2025 and 2026.")
    portfolio = tmp_path / "portfolio.pdf"
    portfolio.write_bytes(PDF)
    page.set_input_files("#application_attachments", str(portfolio))
    page.get_by_role("button", name="Send application").click()
    page.wait_for_url(re.compile(r"/apply/sent/\?ref="))
    reference = page.locator(".reference").inner_text()
    assert re.fullmatch(r"DT-\d{4}-\d{6}", reference)
    application = Application.objects.get(reference=reference)
    assert application.attachments.get().file.read() == PDF

    # The residency's center: shortlist, then accept, with the status box and Save.
    log_in(page, base, "nhan-vien-vicas")
    page.goto(base + "/admin/applications/")
    page.get_by_role("link", name=reference).click()
    page.wait_for_url(re.compile(rf"/admin/applications/edit/{application.pk}/"))
    assert "portfolio.pdf" in page.locator("main").inner_text()
    page.select_option("select[name=status]", label="Vào danh sách ngắn")
    page.fill("textarea[name=notes]", "Hồ sơ mạnh, mời phỏng vấn.")
    save(page)
    page.get_by_role("link", name=reference).click()
    page.select_option("select[name=status]", label="Được chấp nhận")
    save(page)
    application.refresh_from_db()
    assert (application.status, application.notes) == ("accepted", "Hồ sơ mạnh, mời phỏng vấn.")

    # The accepted applicant becomes a resident: a prefilled draft, opened in the editor.
    page.get_by_role("link", name=reference).click()
    page.get_by_role("link", name="Tạo hồ sơ thành viên").click()
    page.get_by_role("button", name="Tạo bản nháp hồ sơ").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    resident = ResidentPage.objects.get(title="Phạm Thu Hà")
    assert not resident.live and resident.contact_email == "thuha@example.vn"
    assert page.locator("#id_title").input_value() == "Phạm Thu Hà"
    assert "lacquer and clay" in page.locator("main").inner_text()
    assert not page.locator("#id_contact_public").is_checked()
    # In the page tree, under the center's residents.
    index = ResidentIndexPage.objects.get(pk=resident.get_parent().pk)
    page.goto(base + f"/admin/pages/{index.pk}/")
    assert "Phạm Thu Hà" in page.locator("main").inner_text()
    # The action a second time opens the same profile.
    page.goto(base + f"/admin/applications/{application.pk}/resident/")
    page.wait_for_url(re.compile(rf"/admin/pages/{resident.pk}/edit/$"))
    publish(page)
    assert ResidentPage.objects.get(pk=resident.pk).live
    page.goto(base + index.url)
    assert "Phạm Thu Hà" in page.locator("main").inner_text()

    # Another center's staff: not in their list, and the row is not found.
    log_in(page, base, "nhan-vien-c01")
    page.goto(base + "/admin/applications/")
    assert reference not in page.locator("main").inner_text()
    response = page.goto(base + f"/admin/applications/edit/{application.pk}/")
    assert response.status == 404
    for action in ("resident", "allocate"):
        response = page.goto(base + f"/admin/applications/{application.pk}/{action}/")
        assert response.status == 404
    page.goto("about:blank")  # nothing of the admin still loading when the database resets
