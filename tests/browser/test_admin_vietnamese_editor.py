"""wagtail-localize's translation editor, drawn by its script in the browser, in Vietnamese.

The server-rendered admin is walked by tests/cms/test_admin_vietnamese.py; this editor
renders its buttons and counts client-side from the JavaScript catalogues, so only a
browser shows what a translator reads.
"""

import re
from pathlib import Path

import polib
import pytest
import wagtail.admin
import wagtail_localize
from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation

from network.demo.translate import TranslationMemory, translate_with_memory
from tests.browser.conftest import restore_migration_data
from tests.cms.test_admin_vietnamese import EnglishMatcher, visible_text
from tests.factories import NetworkHomePageFactory, make_site

pytestmark = pytest.mark.browser

PASSWORD = "mat-khau-an-toan-1"
# Written in English into wagtail-localize's script, not taken from a catalogue: the
# publish menu's hidden label. (So is each tab's heading, "Tiếng Việt to English
# translation", which no catalogue string matches.)
HARD_CODED = {"More actions"}


def script_strings():
    """{English: (msgid, catalogue)} of the strings the admin's scripts can show."""
    found = {}
    for package in (wagtail.admin, wagtail_localize):
        path = Path(package.__file__).parent / "locale/en/LC_MESSAGES/djangojs.po"
        for entry in polib.pofile(str(path)):
            for text in filter(None, (entry.msgid, entry.msgid_plural)):
                found.setdefault(text, (entry.msgid, f"{package.__name__} djangojs"))
    return found


@pytest.fixture
def english_home(live_server, transactional_db):
    """A network home with a wagtail-localize English translation, and a superuser whose
    admin is in Vietnamese."""
    restore_migration_data()
    home = NetworkHomePageFactory(slug="mang-luoi")
    make_site(home)
    memory = TranslationMemory()
    memory.add(home.title, "Hanoi Cultural Industry Centers Network")
    memory.add(home.slug, "network")
    memory.add(home.introduction, "The shared portal of the centers.")
    english = Locale.objects.get(language_code="en")
    translate_with_memory(home, english, memory)
    # One segment left to translate, as a translator finds it.
    StringTranslation.objects.filter(
        locale=english, translation_of__data=home.introduction
    ).delete()
    user = get_user_model().objects.create_superuser("quantri", password=PASSWORD)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "vi"
    profile.save()
    return home.get_translation(english)


def test_the_translation_editor_is_in_vietnamese(english_home, live_server, new_page):
    # A browser that prefers English: the admin follows the user's own language.
    page = new_page(locale="en-US")
    page.goto(live_server.url + "/admin/login/")
    page.fill("input[name=username]", "quantri")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r"/admin/$"))

    page.goto(f"{live_server.url}/admin/pages/{english_home.pk}/edit/")
    # Drawn by the editor's script: its footer, with the publish button.
    page.locator(".js-translation-editor footer button").first.wait_for()

    texts, _links = visible_text(page.content())
    english = EnglishMatcher(script_strings())
    shown = sorted({text for text, _hidden in texts if english.find(text)} - HARD_CODED)
    assert shown == []
    # The untranslated segment's button, and the publish button named after the language.
    assert page.get_by_role("button", name="Dịch", exact=True).count() == 1
    assert page.get_by_role("button", name=re.compile("^Xuất bản: English")).count() == 1
