"""A translator, in the Vietnamese admin, brings an outdated English page up to date
through wagtail-localize's editor, and starts the English version of a new page."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from network.models import CenterPage, StandardPage
from translations.groups import ensure_translators_group

from .conftest import LIVE_DB

pytestmark = [pytest.mark.browser, LIVE_DB]

PASSWORD = "mat-khau-an-toan-1"
OPENING = "Complex 01 mở cửa hằng ngày từ 9 giờ sáng."
ENGLISH = "Complex 01 opens every day from 9 a.m."


@pytest.fixture
def translator_site(demo_live, settings):
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0  # background saves would race the journey
    center = CenterPage.objects.get(locale__language_code="vi", slug="complex-01")
    # The center's staff change the opening hours in Vietnamese: English is now outdated.
    visit = StandardPage.objects.child_of(center).get(slug="tham-quan")
    body = list(visit.body.raw_data)
    body[0]["value"] = f"<p>{OPENING}</p>"
    visit.body = body
    visit.save_revision().publish()
    # And publish a page nobody has translated yet.
    rules = StandardPage(title="Nội quy khách tham quan", slug="noi-quy", introduction="Nội quy.")
    center.add_child(instance=rules)
    rules.save_revision().publish()
    user = get_user_model().objects.create_user("bien-dich", "bd@example.vn", PASSWORD)
    # Publishing a translation takes the center's staff rights as well. (The flush after
    # an earlier live-server test removed the group its migration made.)
    user.groups.add(ensure_translators_group(), center.editors_group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return center


def log_in(page, base):
    page.route(re.compile(r"/admin/editing-sessions/"), lambda route: route.abort())
    page.goto(base + "/admin/login/")
    page.fill("input[name=username]", "bien-dich")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))


def filter_dashboard(page, center, state):
    page.select_option("select[name=center]", label=center)
    page.select_option("select[name=state]", label=state)
    page.get_by_role("button", name="Lọc").click()
    page.wait_for_url(re.compile(r"state="))


def row(page, title):
    return page.locator(f'tr[data-title="{title}"][data-locale="en"]')


def test_translator_updates_an_outdated_page_and_starts_a_new_one(
    translator_site, live_server, new_page
):
    page = new_page(viewport={"width": 1280, "height": 900})
    log_in(page, live_server.url)
    page.get_by_role("link", name="Tình trạng bản dịch").click()
    page.wait_for_url(re.compile(r"/admin/translations/$"))
    center = translator_site.title
    filter_dashboard(page, center, "Đã lỗi thời")
    assert row(page, "Thông tin tham quan").get_attribute("data-state") == "outdated"

    # What changed: both texts, the change marked.
    row(page, "Thông tin tham quan").get_by_role("link", name="Những gì đã thay đổi").click()
    changed = page.locator("tr[data-kind=changed]").first
    assert changed.locator("td.translations-changes__old del").first.inner_text() == "8"
    assert changed.locator("td.translations-changes__new ins").first.inner_text() == "9"
    assert OPENING in changed.locator("td.translations-changes__new").inner_text()
    page.go_back()

    row(page, "Thông tin tham quan").get_by_role("link", name="Đồng bộ").click()
    page.wait_for_url(re.compile(r"/admin/localize/update/"))
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/admin/translations/"))
    filter_dashboard(page, center, "Tất cả")  # back on the outdated list: it has left it
    assert row(page, "Thông tin tham quan").get_attribute("data-state") == "in_progress"

    # Publishing with the new sentence untranslated is asked about first.
    row(page, "Thông tin tham quan").get_by_role("link", name="Sửa bản dịch").click()
    publish = page.locator("button[name=action][value=publish]")
    publish.click()
    page.wait_for_load_state()
    warning = page.locator("[data-untranslated]")
    assert warning.get_attribute("data-untranslated") == "1"
    assert re.search(r"^1 trên \d+ đoạn chưa được dịch\.$", warning.inner_text())
    assert OPENING in page.locator(".translations-untranslated").inner_text()
    page.get_by_role("link", name="Tiếp tục dịch").click()

    segment = page.locator("li.incomplete", has_text=OPENING)
    segment.locator("button").last.click()  # "Translate"
    segment.locator("textarea").fill(ENGLISH)
    segment.locator("button").last.click()  # "Save"
    page.locator("li.complete", has_text=ENGLISH).wait_for()
    publish.click()
    page.wait_for_load_state()
    assert page.locator("[data-untranslated]").count() == 0  # nothing left to ask about
    page.goto(live_server.url + "/en/complex-01/visit/")
    assert ENGLISH in page.locator("main").inner_text()

    # A new page: "Translate" opens the form with English ticked; submitting it as it
    # opens starts the English version.
    page.goto(live_server.url + "/admin/translations/")
    filter_dashboard(page, center, "Chưa dịch")
    row(page, "Nội quy khách tham quan").get_by_role("link", name="Dịch").click()
    page.wait_for_url(re.compile(r"/admin/localize/submit/page/"))
    english = Locale.objects.get(language_code="en")
    assert page.locator(f"input[name=locales][value='{english.pk}']").is_checked()
    page.locator("form input[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    rules = StandardPage.objects.get(slug="noi-quy", locale__language_code="vi")
    assert rules.get_translation_or_none(english) is not None
