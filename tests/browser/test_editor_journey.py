"""Center staff and the Department at work in the Vietnamese admin, typing dates as shown.

A center editor creates a weekly event with one cancelled date, typing every date the way
the field shows it (dd/mm/yyyy) and picking one in the date picker, saves it again
unchanged, and submits it; the Department approves it. The Department records a
fire-safety certificate and reads its expiry in the listing.
"""

import json
import re
from datetime import date, timedelta
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone
from playwright.sync_api import expect
from wagtail.models import WorkflowPage
from wagtail.users.models import UserProfile

from department.models import FireSafetyCertificate
from events.models import EventCategory, EventIndexPage, EventPage
from tests.factories import CenterPageFactory, NetworkHomePageFactory, make_site

from .conftest import LIVE_DB, restore_migration_data

pytestmark = [pytest.mark.browser, LIVE_DB]

PASSWORD = "mat-khau-an-toan-1"
TITLE = "Đêm hát xẩm tối Thứ Năm"


@pytest.fixture
def center(live_server, settings):
    # Autosave and presence pings would write to SQLite's shared in-memory test database
    # while the journey submits; neither is under test here.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    from approvals.roles import ensure_department_group
    from approvals.workflow import ensure_department_workflow

    restore_migration_data()
    department = ensure_department_group()
    workflow = ensure_department_workflow()
    home = NetworkHomePageFactory(slug="mang-luoi")
    make_site(home)
    center = CenterPageFactory(parent=home, title="Trung tâm Sông Hồng", slug="song-hong")
    WorkflowPage.objects.create(workflow=workflow, page=center)  # the Department approves
    FireSafetyCertificate.objects.create(
        center=center,
        number="PC07-SH",
        issuer="Phòng Cảnh sát PCCC và CNCH",
        issued_on=timezone.localdate() - timedelta(days=30),
        expires_on=timezone.localdate() + timedelta(days=3650),
        max_occupancy=500,
    )
    EventCategory.objects.create(name="Âm nhạc", slug="music", locale=home.locale)
    users = get_user_model().objects
    for username, group in [
        ("bien-tap", center.editors_group),
        ("so-van-hoa", department),
    ]:
        user = users.create_user(username, f"{username}@example.vn", PASSWORD)
        user.groups.add(group)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "vi"
        profile.save()
    return center


def answer_presence_pings(route):
    """The editor's presence pings, answered without writing: they would write to SQLite
    while the form saves (as autosave would). Refused outright, they make Wagtail
    believe the server is unreachable and ask before every save."""
    path = urlsplit(route.request.url).path
    body = {"session_id": 1, "ping_url": path, "release_url": path, "other_sessions": []}
    route.fulfill(status=200, content_type="application/json", body=json.dumps(body | {"html": ""}))


def log_in(new_page, base, username):
    page = new_page()
    page.route(re.compile(r"/admin/editing-sessions/"), answer_presence_pings)
    page.goto(base + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))
    return page


def type_date(page, name, text):
    """Type into a date field key by key, as a person does, then leave it."""
    field = page.locator(f"input[name='{name}']")
    field.click()
    field.press_sequentially(text)
    field.press("Tab")
    close_pickers(page)


def close_pickers(page):
    page.keyboard.press("Escape")
    page.locator(".xdsoft_datetimepicker").evaluate_all(
        "pickers => pickers.forEach(picker => picker.style.display = 'none')"
    )


def pick_date(page, name, day):
    """Open the field's date picker, go forward to the day's month, click the day."""
    page.locator(f"input[name='{name}']").click()
    picker = page.locator(".xdsoft_datetimepicker:visible")
    first_of_month = picker.locator("td.xdsoft_date:not(.xdsoft_other_month)").first
    for _attempt in range(36):
        month = int(first_of_month.get_attribute("data-month"))
        if (int(first_of_month.get_attribute("data-year")), month) == (day.year, day.month - 1):
            break
        picker.locator(".xdsoft_monthpicker button.xdsoft_next").click()
        expect(first_of_month).to_have_attribute("data-month", str((month + 1) % 12))
    picker.locator(
        f"td.xdsoft_date[data-date='{day.day}'][data-month='{day.month - 1}']"
        f"[data-year='{day.year}']"
    ).click()
    close_pickers(page)


def open_more_actions(page):
    page.wait_for_load_state("load")
    toggle = page.locator("footer [aria-expanded]").first
    for _attempt in range(10):
        toggle.click()
        if toggle.get_attribute("aria-expanded") == "true":
            return
        page.wait_for_timeout(200)
    raise AssertionError("the action menu does not open")


def save_draft(page):
    with page.expect_navigation():
        page.locator("footer button.action-save").click()
    errors = page.locator(".error-message, .help-critical").all_inner_texts()
    assert not errors, errors


def thursdays(year, month):
    first = date(year, month, 1)
    first_thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    return [first_thursday + timedelta(weeks=n) for n in range(4)]


def test_center_editor_creates_a_weekly_event_and_the_department_approves_it(
    center, live_server, new_page
):
    # Next year's December: the first Thursday reads the same day-first or month-first
    # (its day is at most 7), the third cannot be a month (its day is above 12).
    year = timezone.localdate().year + 1
    first, _second, third, _fourth = thursdays(year, 12)
    until = date(year + 1, 1, 28)
    calendar = EventIndexPage.objects.child_of(center).get()

    editor = log_in(new_page, live_server.url, "bien-tap")
    editor.goto(f"{live_server.url}/admin/pages/add/events/eventpage/{calendar.pk}/")
    assert editor.locator("html").get_attribute("lang") == "vi"
    title = editor.locator("input[name='title']")
    title.click()
    title.press_sequentially(TITLE)
    title.press("Tab")
    # The live slug folds Vietnamese: đ is d, the marks go.
    expect(editor.locator("input[name='slug']")).to_have_value("dem-hat-xam-toi-thu-nam")

    type_date(editor, "start", f"{first:%d/%m/%Y} 19:30")
    type_date(editor, "end", f"{first:%d/%m/%Y} 21:00")
    editor.select_option("select[name='repeat']", "weekly")
    editor.check("input[name='repeat_weekdays'][value='3']")  # Thứ Năm
    pick_date(editor, "repeat_until", until)
    assert editor.locator("input[name='repeat_until']").input_value() == f"{until:%d/%m/%Y}"
    editor.locator("#id_date_exceptions-ADD").click()
    type_date(editor, "date_exceptions-0-date", f"{third:%d/%m/%Y}")
    editor.select_option("select[name='date_exceptions-0-action']", "cancel")
    editor.get_by_label("Âm nhạc").check()
    editor.fill("input[name='expected_attendance']", "120")
    editor.fill("input[name='venue']", "Sân đình")
    save_draft(editor)

    event = EventPage.objects.get(title=TITLE)
    saved = event.get_latest_revision_as_object()
    local_start = timezone.localtime(saved.start)
    assert (local_start.date(), local_start.hour, local_start.minute) == (first, 19, 30)
    assert saved.repeat_until == until
    assert [e.date for e in saved.date_exceptions.all()] == [third]
    assert saved.slug == "dem-hat-xam-toi-thu-nam"
    assert [c.name for c in saved.categories.all()] == ["Âm nhạc"]

    # Saved again without touching anything: every date stays where it was.
    editor.goto(f"{live_server.url}/admin/pages/{event.pk}/edit/")
    assert editor.locator("input[name='start']").input_value() == f"{first:%d/%m/%Y} 19:30"
    save_draft(editor)
    again = EventPage.objects.get(pk=event.pk)
    assert again.latest_revision_id != event.latest_revision_id
    resaved = again.get_latest_revision_as_object()
    assert (resaved.start, resaved.end, resaved.repeat_until) == (
        saved.start,
        saved.end,
        saved.repeat_until,
    )
    assert [e.date for e in resaved.date_exceptions.all()] == [third]

    # The center's events go through the Department: the editor submits.
    assert editor.locator("button[name='action-publish']").count() == 0
    open_more_actions(editor)
    submit = editor.locator("footer button[name='action-submit']")
    assert "Gửi Sở Văn hóa và Thể thao phê duyệt" in submit.inner_text()
    with editor.expect_navigation():
        # The menu's own button as the submitter (a pointer click inside the open
        # dropdown reaches no form in headless Chromium here).
        submit.evaluate("button => button.form.requestSubmit(button)")
    assert EventPage.objects.get(pk=event.pk).workflow_in_progress
    editor.goto(live_server.url + "/admin/")  # leave the editor (it pings its session)

    approver = log_in(new_page, live_server.url, "so-van-hoa")
    approver.goto(f"{live_server.url}/admin/pages/{event.pk}/edit/")
    open_more_actions(approver)
    with approver.expect_navigation():
        # What Wagtail's workflow-action script does for an action without a modal.
        approver.locator('footer button[data-workflow-action-name="approve"]').first.evaluate(
            """button => {
                const form = document.getElementById("page-edit-form");
                for (const [name, value] of [
                    ["action-workflow-action", "true"], ["workflow-action-name", "approve"],
                ]) {
                    const input = document.createElement("input");
                    Object.assign(input, {type: "hidden", name, value});
                    form.appendChild(input);
                }
                form.requestSubmit();
            }"""
        )
    live = EventPage.objects.get(pk=event.pk)
    assert live.live
    assert (live.start, live.repeat_until) == (saved.start, saved.repeat_until)
    dates = set(live.occurrences.values_list("local_date", "status"))
    assert (first, "scheduled") in dates and (third, "cancelled") in dates


def test_department_records_a_certificate_typing_its_dates(center, live_server, new_page):
    today = timezone.localdate()
    issued = date(today.year - 1, 12, 25)
    # Soon, on a day that cannot be read as a month.
    expires = next(
        today + timedelta(days=n) for n in range(10, 60) if (today + timedelta(days=n)).day > 12
    )
    days_left = (expires - today).days

    page = log_in(new_page, live_server.url, "so-van-hoa")
    page.goto(f"{live_server.url}/admin/safety/certificates/new/")
    page.select_option("select[name='center']", str(center.pk))
    page.fill("input[name='number']", "PC07-2027-0042")
    page.fill("input[name='issuer']", "Phòng Cảnh sát PCCC và CNCH, Công an Hà Nội")
    type_date(page, "issued_on", f"{issued:%d/%m/%Y}")
    type_date(page, "expires_on", f"{expires:%d/%m/%Y}")
    page.fill("input[name='max_occupancy']", "300")
    with page.expect_navigation():
        page.locator("form button[type='submit']").last.click()

    certificate = FireSafetyCertificate.objects.get(number="PC07-2027-0042")
    assert (certificate.issued_on, certificate.expires_on) == (issued, expires)
    row = page.locator("tbody tr", has_text="PC07-2027-0042")
    expiry = row.locator("time").first.locator("xpath=..").inner_text()
    assert f"{expires:%d/%m/%Y}" in expiry and f"còn {days_left} ngày" in expiry
