"""A translator finds an outdated English page, translates the change, publishes it."""

import re

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from network.demo.translate import translate_with_memory
from network.models import StandardPage
from roles.groups import translators_group
from tests.factories import (
    CenterPageFactory,
    NetworkHomePageFactory,
    StandardPageFactory,
    make_site,
)
from tests.translations.conftest import EnglishMemory

pytestmark = pytest.mark.browser


def restore_migrated_rows():
    """An earlier live-server test flushes the database, rows made by migrations included."""
    from wagtail.models import Collection, Locale, Page

    from translations.groups import ensure_translators_group

    vi, _ = Locale.objects.get_or_create(language_code="vi")
    Locale.objects.get_or_create(language_code="en")
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=vi))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
    ensure_translators_group()


PASSWORD = "mat-khau-an-toan-1"


@pytest.fixture
def outdated_site(live_server, transactional_db):
    from wagtail.models import Locale

    restore_migrated_rows()
    en = Locale.objects.get(language_code="en")
    home = NetworkHomePageFactory(slug="mang-luoi")
    make_site(home)
    translate_with_memory(home, en, EnglishMemory(**{"mang-luoi": "network"}))
    center = CenterPageFactory(
        parent=home, title="Trung tâm Thử nghiệm", slug="thu-nghiem", address="1 phố Tràng Tiền"
    )
    translate_with_memory(center, en, EnglishMemory(**{"thu-nghiem": "test-center"}))
    visit = StandardPageFactory(
        parent=center,
        title="Tham quan",
        slug="tham-quan",
        body=[
            ("paragraph", "<p>Mở cửa từ thứ Ba.</p>"),
            ("paragraph", "<p>Vé vào cửa miễn phí.</p>"),
        ],
    )
    visit.save_revision().publish()
    translate_with_memory(visit, en, EnglishMemory(**{"tham-quan": "visit", "Tham quan": "Visit"}))
    # The center's staff change the price in Vietnamese: English is now outdated.
    visit = StandardPage.objects.get(pk=visit.pk)
    body = list(visit.body.raw_data)
    body[1]["value"] = "<p>Vé vào cửa 50.000 đồng.</p>"
    visit.body = body
    visit.save_revision().publish()

    # A translator working for that center (publishing needs the center's staff rights).
    user = get_user_model().objects.create_user("bien-dich", password=PASSWORD)
    user.groups.add(translators_group(), center.editors_group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return visit


def test_translator_brings_an_outdated_page_up_to_date(outdated_site, live_server, new_page):
    page = new_page()
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "bien-dich")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))

    page.get_by_role("link", name="Translation status").click()
    page.wait_for_url(re.compile(r"/admin/translations/"))
    row = page.locator('tr[data-title="Tham quan"][data-locale="en"]')
    assert row.get_attribute("data-state") == "outdated"

    row.get_by_role("link", name="What changed").click()
    assert page.locator("tr[data-kind=changed]").inner_text().count("Vé vào cửa 50.000 đồng.") == 1
    page.go_back()

    page.locator('tr[data-title="Tham quan"][data-locale="en"]').get_by_role(
        "link", name="Sync"
    ).click()
    page.wait_for_url(re.compile(r"/admin/localize/update/"))
    page.locator("form button[type=submit], form input[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/admin/translations/"))
    row = page.locator('tr[data-title="Tham quan"][data-locale="en"]')
    assert row.get_attribute("data-state") == "in_progress"
    assert "75% (3 of 4 segments)" in row.inner_text()

    row.get_by_role("link", name="Edit translation").click()
    segment = page.locator("li", has_text="Vé vào cửa 50.000 đồng.").last
    segment.get_by_role("button", name="Translate").click()
    segment.locator("textarea").fill("Admission 50,000 VND.")
    segment.get_by_role("button", name="Save").click()
    page.get_by_text("Admission 50,000 VND.").wait_for()
    page.get_by_role("button", name=re.compile("Publish in English")).click()
    page.wait_for_load_state()

    page.goto(live_server.url + "/admin/translations/?locale=en")
    row = page.locator('tr[data-title="Tham quan"][data-locale="en"]')
    assert row.get_attribute("data-state") == "up_to_date"
    page.goto(live_server.url + "/en/test-center/visit/")
    assert "Admission 50,000 VND." in page.content()
