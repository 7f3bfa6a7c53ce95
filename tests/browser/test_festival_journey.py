"""A tourist opens a festival, narrows it to free events at one center, adds one to their
calendar and reads the festival in Vietnamese."""

import re

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.browser


def test_festival_free_at_one_center_into_my_calendar(demo_live, new_page, tmp_path):
    page = new_page(locale="en-GB", accept_downloads=True)
    page.goto(demo_live.url + "/en/festivals/")
    assert page.get_by_role("heading", level=1).inner_text() == "Festivals"
    page.get_by_role("link", name="Hanoi Creative Design Festival").click()
    page.wait_for_url(re.compile(r"/en/festivals/creative-design-festival/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "Hanoi Creative Design Festival"
    everything = page.locator("li.occurrence").count()

    page.get_by_label("Free admission").check()
    page.get_by_text("More filters").click()
    page.get_by_label("Center").select_option(label="VICAS Art Studio")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"center=vicas-art-studio"))
    entries = page.locator("li.occurrence")
    assert 0 < entries.count() < everything
    for text in entries.all_inner_texts():
        assert "VICAS Art Studio" in text and "Free" in text, text
    chips = page.locator("a.chip").all_inner_texts()
    assert any("Free admission" in chip for chip in chips)

    link = entries.first.locator("h3 a")
    title = link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/en/vicas-art-studio/events/[\w-]+/$"))
    badge = page.locator(".event__badge a")
    assert badge.inner_text() == "Part of Hanoi Creative Design Festival"
    with page.expect_download() as info:
        page.get_by_role("link", name="Download (.ics)").first.click()
    path = tmp_path / "event.ics"
    info.value.save_as(path)
    calendar = Calendar.from_ical(path.read_bytes())
    assert [str(event["summary"]) for event in calendar.walk("VEVENT")] == [title]

    badge.click()
    page.wait_for_url(re.compile(r"/en/festivals/creative-design-festival/$"))
    page.get_by_role("link", name="Tiếng Việt").click()
    page.wait_for_url(re.compile(r"/vi/festivals/le-hoi-thiet-ke-sang-tao/"))
    assert page.get_by_role("heading", level=1).inner_text() == "Lễ hội Thiết kế Sáng tạo Hà Nội"
    assert page.locator("html").get_attribute("lang") == "vi"
