"""A center editor submits a large event; the Department approves it; it is on the calendar."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from events.models import EventIndexPage, EventPage
from tests.factories import CenterPageFactory, NetworkHomePageFactory, make_site

from .conftest import LIVE_DB, restore_migration_data

pytestmark = [pytest.mark.browser, LIVE_DB]

PASSWORD = "mat-khau-an-toan-1"
TITLE = "Đại nhạc hội Sông Hồng"


@pytest.fixture
def approval_site(live_server, settings):
    # Autosave posts the form in the background while the journey clicks on: two
    # concurrent writes to SQLite's shared in-memory test database, one answered "table
    # is locked". Autosave is not under test here.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    from approvals.roles import ensure_department_group
    from approvals.workflow import ensure_department_workflow

    restore_migration_data()
    department = ensure_department_group()
    ensure_department_workflow()
    home = NetworkHomePageFactory(slug="mang-luoi")
    make_site(home)
    center = CenterPageFactory(parent=home, title="Trung tâm Sông Hồng", slug="song-hong")
    users = get_user_model().objects
    editor = users.create_user("bien-tap", "bientap@example.vn", PASSWORD)
    editor.groups.add(center.editors_group)
    approver = users.create_user("so-van-hoa", "so@example.vn", PASSWORD)
    approver.groups.add(department)
    for user in (editor, approver):
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()
    return center


def log_in(page, base, username):
    # Presence pings write concurrently with the form's requests, as autosave does.
    page.route(re.compile(r"/admin/editing-sessions/"), lambda route: route.abort())
    page.goto(base + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))


def more_actions(page):
    """Open the action menu's dropdown (once the page's scripts have attached to it)."""
    page.wait_for_load_state("load")
    toggle = page.locator("footer").get_by_role("button", name="More actions")
    for _attempt in range(10):
        toggle.click()
        if toggle.get_attribute("aria-expanded") == "true":
            return
        page.wait_for_timeout(200)
    raise AssertionError("the action menu does not open")


def test_large_event_goes_through_the_department(approval_site, live_server, new_page):
    calendar = EventIndexPage.objects.child_of(approval_site).get()
    editor = new_page()
    log_in(editor, live_server.url, "bien-tap")
    editor.goto(f"{live_server.url}/admin/pages/add/events/eventpage/{calendar.pk}/")
    editor.fill("input[name=start]", "12/12/2030 19:30")
    editor.keyboard.press("Escape")  # close the date picker
    editor.fill("input[name=title]", TITLE)
    editor.fill("input[name=expected_attendance]", "800")
    editor.locator(".xdsoft_datetimepicker").evaluate_all(
        "pickers => pickers.forEach(picker => picker.style.display = 'none')"
    )

    more_actions(editor)
    with editor.expect_navigation():
        editor.get_by_role("button", name="Publish").click()
    errors = editor.locator(".messages, .help-critical, [role=alert]").all_inner_texts()
    assert "The expected attendance (800) exceeds 500 people" in " ".join(errors)
    assert not EventPage.objects.filter(title=TITLE).exists()

    editor.locator("footer").get_by_role("button", name="Save draft").click()
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    event = EventPage.objects.get(title=TITLE)
    assert not event.live
    editor.goto(f"{live_server.url}/admin/pages/{event.pk}/edit/")
    assert editor.locator('button[name="action-publish"]').count() == 0
    more_actions(editor)
    submit = editor.locator('footer button[name="action-submit"]')
    assert submit.is_visible()
    # Submitted with the menu's own button as the submitter: a pointer click inside the
    # open dropdown reaches no form in headless Chromium here.
    with editor.expect_navigation():
        submit.evaluate("button => button.form.requestSubmit(button)")
    assert EventPage.objects.get(pk=event.pk).workflow_in_progress
    editor.goto(live_server.url + "/admin/")  # leave the editor (it pings its session)
    editor.close()

    approver = new_page()
    log_in(approver, live_server.url, "so-van-hoa")
    approver.goto(f"{live_server.url}/admin/pages/{event.pk}/edit/")
    more_actions(approver)
    approve = approver.locator('footer button[data-workflow-action-name="approve"]').first
    assert approve.inner_text().strip() == "Approve and Publish"
    with approver.expect_navigation():
        # What Wagtail's workflow-action script does for an action without a modal.
        approve.evaluate(
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
    event.refresh_from_db()
    assert event.live

    approver.goto(f"{live_server.url}/vi/song-hong/events/")
    assert TITLE in approver.content()
