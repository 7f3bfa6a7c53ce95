"""Fixtures: a center translated into English through wagtail-localize, and helpers."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from network.demo.translate import translate_with_memory
from network.models import StandardPage
from roles.groups import translators_group
from tests.factories import CenterPageFactory, StandardPageFactory, en
from tests.shared import shared_fixture


class EnglishMemory:
    """Translates each segment to a recognisable English text: "EN: <source>".

    ``known`` overrides single segments (plain text in, plain text out).
    """

    def __init__(self, **known):
        self.known = known

    def lookup_segment(self, data):
        for vietnamese, english in self.known.items():
            if StringValue.from_plaintext(vietnamese).data == data:
                return StringValue.from_plaintext(english).data
        return f"EN: {data}"


def translate(instance, locale, **known):
    """The English version of ``instance``, made and published by wagtail-localize."""
    return translate_with_memory(instance, locale, EnglishMemory(**known))


def publish(page):
    """Publish the current state of ``page`` (a fresh copy, as the admin would)."""
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def translation_of(instance, locale):
    source = TranslationSource.objects.get(
        object_id=instance.translation_key, locale_id=instance.locale_id
    )
    return Translation.objects.get(source=source, target_locale=locale)


def fill_missing(translation, prefix="EN: "):
    """Translate every untranslated segment of ``translation`` (as a translator would)."""
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.get_or_create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            defaults={"data": prefix + segment.string.data, "translation_type": "manual"},
        )


def save_target(translation):
    """Apply the translation to the target page and publish it (as the editor's Publish)."""
    translation.source.create_or_update_translation(
        translation.target_locale, publish=False, fallback=True
    )
    target = translation.get_target_instance()
    if isinstance(target, Page):
        target.get_latest_revision().publish()
    return type(target).objects.get(pk=target.pk)


@pytest.fixture(autouse=True)
def forget_cached_site_roots():
    """Wagtail caches the sites' root paths; a rolled-back test must not leave them behind."""
    yield
    cache.clear()


def center(home):
    center = CenterPageFactory(
        parent=home,
        title="Trung tâm Thử nghiệm",
        slug="thu-nghiem",
        address="1 phố Tràng Tiền, Hoàn Kiếm",
        district="Hoàn Kiếm",
        introduction="Không gian thử nghiệm.",
    )
    translate(center, en(), **{"thu-nghiem": "test-center"})
    return center


center, module_center = shared_fixture(center)


def visit_page(center):
    """A free page with two paragraphs, translated into English."""
    page = StandardPageFactory(
        parent=center,
        title="Tham quan",
        slug="tham-quan",
        introduction="Cách đến trung tâm.",
        body=[
            ("paragraph", "<p>Mở cửa từ thứ Ba đến Chủ Nhật.</p>"),
            ("paragraph", "<p>Vé vào cửa miễn phí.</p>"),
        ],
    )
    page = publish(page)
    translate(page, en(), **{"tham-quan": "visit", "Tham quan": "Visit"})
    return StandardPage.objects.get(pk=page.pk)


visit_page, module_visit_page = shared_fixture(visit_page)


@pytest.fixture
def make_user(db):
    def make(username, *groups, superuser=False, **fields):
        user = get_user_model().objects.create_user(
            username, password="mat-khau-an-toan-1", is_superuser=superuser, **fields
        )
        for group in groups:
            user.groups.add(group if isinstance(group, Group) else Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def translator(make_user):
    return make_user("bien-dich", translators_group())


@pytest.fixture
def admin_user(make_user):
    return make_user("quan-tri", superuser=True)
