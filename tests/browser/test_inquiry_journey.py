"""On a phone: a studio under 5,000,000 ₫ a month found and asked about, with an error
corrected on the way; then once more in Vietnamese, without JavaScript.

Screenshots of the space page and of the form with its errors, at 390 and 1280 px in both
languages, are left in the ``screenshots`` directory (``SCREENSHOT_DIR``).
"""

import re

import pytest

from tests.browser.axe import describe, run_axe
from tests.browser.conftest import LIVE_DB

pytestmark = [pytest.mark.browser, LIVE_DB]

PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1280, "height": 900}
SPACE = "/{lang}/complex-01/spaces/{slug}/"


def no_horizontal_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def focused(page):
    return page.evaluate(
        "document.activeElement.id || document.activeElement.className || document.activeElement.tagName"
    )


def shoot(page, directory, name):
    page.screenshot(path=str(directory / f"{name}.png"), full_page=True)


def test_phone_finds_a_studio_asks_corrects_an_error_and_gets_a_receipt(
    demo_live, new_page, screenshots
):
    from django.core import mail

    from spaces.models import Inquiry

    shots = screenshots
    english = {"locale": "en-GB", "extra_http_headers": {"Accept-Language": "en-GB,en;q=0.9"}}
    # bypass_csp: the site forbids injected scripts; axe is one.
    page = new_page(viewport=PHONE, bypass_csp=True, **english)
    problems = []

    page.goto(demo_live.url + "/en/spaces/")
    page.get_by_text("Filters", exact=True).click()
    page.get_by_label("Type").select_option("studio")
    page.get_by_label("Price period").select_option("month")
    page.get_by_label("Maximum price (VND)").fill("5000000")
    page.get_by_role("button", name="Find spaces").click()
    page.wait_for_url(re.compile(r"/en/spaces/\?.*max_price=5000000"))
    page.get_by_role("link", name="Small 12 m² studio").click()
    page.wait_for_url(re.compile(r"/en/complex-01/spaces/12-m2-studio/$"))

    # A listing: price, facts and the way to ask on the first screen of a phone.
    ask = page.get_by_role("link", name="Ask about this space")
    assert ask.is_visible() and ask.bounding_box()["y"] + 40 < PHONE["height"]
    assert "3,000,000 VND per month" in page.locator(".space__price").inner_text()
    assert "Students and artists under 30" in page.locator(".space__price").inner_text()
    # The calendar says in words what its colours show.
    assert "Maintenance:" in page.locator(".availability__periods").inner_text()
    assert no_horizontal_scroll(page)
    shoot(page, shots, "en-space-390")
    problems += describe("space page", run_axe(page))

    ask.click()
    assert focused(page) == "inquiry"
    form = page.locator("form.inquiry-form")
    form.get_by_label("Your name").fill("Emma Laurent")
    form.get_by_label("E-mail").fill("emma@example")
    form.get_by_label("Message").fill("I would like the studio from January for three months.")
    form.get_by_label("I agree that the center's staff contact me").check()
    form.get_by_role("button", name="Send inquiry").click()

    # Back with the problem summed up at the top, focused; every typed value kept.
    summary = page.locator(".error-summary")
    summary.wait_for()
    assert focused(page) == "error-summary"
    assert summary.get_by_role("heading").inner_text() == "There is a problem"
    assert no_horizontal_scroll(page)
    shoot(page, shots, "en-form-errors-390")
    problems += describe("form with errors", run_axe(page))
    assert not problems, "\n".join(problems)
    assert form.get_by_label("Your name").input_value() == "Emma Laurent"
    assert form.get_by_label("I agree that the center's staff contact me").is_checked()
    summary.get_by_role("link", name="Enter an e-mail address like name@example.com.").click()
    email = form.get_by_label("E-mail")
    assert focused(page) == "inquiry_email"
    assert email.get_attribute("aria-invalid") == "true"
    email.fill("emma@example.org")
    form.get_by_role("button", name="Send inquiry").click()

    page.wait_for_url(re.compile(r"/en/complex-01/spaces/12-m2-studio/inquiry/sent/\?ref="))
    reference = page.locator(".reference").inner_text()
    assert re.fullmatch(r"HCC-\d{4}-\d{6}", reference)
    assert "working days" in page.locator(".inquiry-sent").inner_text()
    inquiry = Inquiry.objects.get(reference=reference)
    assert inquiry.email == "emma@example.org" and inquiry.language == "en"

    receipts = [m for m in mail.outbox if m.to == ["emma@example.org"]]
    assert len(receipts) == 1
    assert reference in receipts[0].subject
    assert "within 2 working days" in receipts[0].body

    # Wide, and in Vietnamese: the same page and form read at a glance.
    wide = new_page(viewport=WIDE, **english)
    wide.goto(demo_live.url + SPACE.format(lang="en", slug="12-m2-studio"))
    assert no_horizontal_scroll(wide)
    shoot(wide, shots, "en-space-1280")
    wide.locator("form.inquiry-form").get_by_role("button", name="Send inquiry").click()
    wide.locator(".error-summary").wait_for()
    shoot(wide, shots, "en-form-errors-1280")

    # In Vietnamese, without JavaScript: the form still comes back scrolled to its summary.
    vietnamese = {"locale": "vi-VN", "extra_http_headers": {"Accept-Language": "vi"}}
    for viewport, width in ((PHONE, 390), (WIDE, 1280)):
        visitor = new_page(viewport=viewport, java_script_enabled=False, **vietnamese)
        visitor.goto(demo_live.url + SPACE.format(lang="vi", slug="xuong-ve-12m2"))
        assert no_horizontal_scroll(visitor)
        shoot(visitor, shots, f"vi-space-{width}")
        form = visitor.locator("form.inquiry-form")
        form.get_by_label("Thư điện tử").fill("lan@example")
        form.get_by_role("button", name="Gửi yêu cầu").click()
        visitor.locator(".error-summary").wait_for()
        assert focused(visitor) == "error-summary"
        assert visitor.evaluate("window.scrollY") > 1000
        assert "Có lỗi cần sửa" in visitor.locator(".error-summary").inner_text()
        assert no_horizontal_scroll(visitor)
        shoot(visitor, shots, f"vi-form-errors-{width}")
    form.get_by_label("Họ và tên").fill("Nguyễn Thị Lan")
    form.get_by_label("Thư điện tử").fill("lan@example.com")
    form.get_by_label("Nội dung").fill("Tôi muốn thuê xưởng từ tháng Một.")
    form.locator("#inquiry_consent").check()
    form.get_by_role("button", name="Gửi yêu cầu").click()
    visitor.wait_for_url(re.compile(r"/inquiry/sent/\?ref="))
    receipt = [m for m in mail.outbox if m.to == ["lan@example.com"]]
    assert len(receipt) == 1 and "đã được tiếp nhận" in receipt[0].subject
