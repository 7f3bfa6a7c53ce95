"""An English-speaking artist finds a cheap studio with daylight and asks for it; the
center's staff then find the inquiry in the admin."""

import re

import pytest

from tests.browser.conftest import LIVE_DB

pytestmark = [pytest.mark.browser, LIVE_DB]


def test_artist_finds_a_studio_sends_an_inquiry_and_staff_find_it(
    demo_live, new_page, django_user_model
):
    from network.models import CenterPage
    from spaces.models import Inquiry

    page = new_page(locale="en-GB", extra_http_headers={"Accept-Language": "en-GB,en;q=0.9"})
    page.goto(demo_live.url + "/en/spaces/")
    assert page.locator("html").get_attribute("lang") == "en"

    # Results come first; the filters open from their folded panel.
    page.get_by_text("Filters", exact=True).click()
    page.locator("#id_type").select_option("studio")
    page.locator("#id_period").select_option("month")
    page.locator("#id_max_price").fill("5000000")
    page.get_by_label("Natural light").check()
    page.get_by_role("button", name="Find spaces").click()
    page.wait_for_url(re.compile(r"/en/spaces/\?.*max_price=5000000"))
    assert "3 spaces found" in page.locator(".result-count").inner_text()

    page.get_by_role("link", name="Small 12 m² studio").click()
    page.wait_for_url(re.compile(r"/en/complex-01/spaces/12-m2-studio/$"))
    assert "3,000,000 VND per month" in page.locator(".space__price").inner_text()
    assert page.locator(".amenities").get_by_text("Natural light").is_visible()

    form = page.locator("form.inquiry-form")
    form.get_by_label("Your name").fill("Emma Laurent")
    form.get_by_label("E-mail").fill("emma@example.org")
    form.get_by_label("Phone").fill("+84 912 345 678")
    form.get_by_label("Organisation").fill("Atelier Lumière")
    form.get_by_label("Expected people").fill("1")
    form.get_by_label("Message").fill("I would like the studio from January for three months.")
    form.get_by_label("I agree that the center's staff contact me").check()
    form.get_by_role("button", name="Send inquiry").click()

    page.wait_for_url(re.compile(r"/en/complex-01/spaces/12-m2-studio/inquiry/sent/\?ref="))
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("heading", name="Thank you, your inquiry has been received")
    reference = page.locator(".reference").inner_text()
    assert re.fullmatch(r"HCC-\d{4}-\d{6}", reference)
    assert "working days" in page.locator(".inquiry-sent").inner_text()

    center = CenterPage.objects.get(slug="complex-01", locale__language_code="vi")
    staff = django_user_model.objects.create_user("complex01", password="mat-khau-dai-2026")
    staff.groups.add(center.editors_group)
    assert Inquiry.objects.get(reference=reference).center_id == center.pk

    admin = new_page(locale="en-GB", extra_http_headers={"Accept-Language": "en-GB,en;q=0.9"})
    admin.goto(demo_live.url + "/admin/login/")
    admin.locator("#id_username").fill("complex01")
    admin.locator("#id_password").fill("mat-khau-dai-2026")
    admin.locator("form button[type=submit]").first.click()
    admin.wait_for_url(re.compile(r"/admin/$"))
    assert admin.locator('a[href="/admin/inquiries/"]').count() >= 1
    admin.goto(demo_live.url + "/admin/inquiries/")
    row = admin.locator("tr", has_text=reference)
    assert row.count() == 1
    assert "Emma Laurent" in row.inner_text()
    row.get_by_role("link", name=reference).click()
    admin.wait_for_url(re.compile(r"/admin/inquiries/edit/\d+/$"))
    assert "I would like the studio from January" in admin.content()
