"""Dashboard states against fixtures: missing, outdated after an edit, up to date after sync."""

import gc
from collections import Counter

import pytest

from network.models import Sector
from tests.factories import SectorFactory, StandardPageFactory
from translations import sync
from translations.changes import CHANGED, changed_segments, source_for
from translations.states import NOT_APPLIED, SOURCE_EDITED, State
from translations.status import TranslationStatus

from .conftest import fill_missing, publish, save_target, translate, translation_of


def row_for(instance, locale, center_keys=None):
    rows = [
        row
        for row in TranslationStatus(center_keys=center_keys).rows()
        if row.translation_key == str(instance.translation_key)
        and row.target_locale.pk == locale.pk
    ]
    assert len(rows) == 1, rows
    return rows[0]


def test_a_new_page_is_missing_its_translation(center, locales):
    page = publish(StandardPageFactory(parent=center, title="Lịch sử", slug="lich-su"))
    row = row_for(page, locales["en"])
    assert row.state == State.MISSING
    assert (row.source_locale.language_code, row.center.key) == ("vi", str(center.translation_key))
    assert row.translation_id is None


def test_a_translated_page_is_up_to_date(visit_page, locales):
    row = row_for(visit_page, locales["en"])
    assert row.state == State.UP_TO_DATE
    assert (row.total, row.translated, row.percent) == (5, 5, 100)
    assert row.target_title == "Visit"


def test_editing_the_source_makes_it_outdated_and_says_what_changed(visit_page, locales):
    body = list(visit_page.body.raw_data)
    body[1]["value"] = "<p>Vé vào cửa 50.000 đồng.</p>"
    visit_page.body = body
    visit_page = publish(visit_page)

    row = row_for(visit_page, locales["en"])
    assert (row.state, row.reason) == (State.OUTDATED, SOURCE_EDITED)
    changes = changed_segments(source_for(visit_page))
    assert [(c.kind, c.old, c.new) for c in changes] == [
        (CHANGED, "Vé vào cửa miễn phí.", "Vé vào cửa 50.000 đồng.")
    ]


def test_sync_keeps_what_still_applies_and_asks_only_for_the_change(visit_page, locales):
    body = list(visit_page.body.raw_data)
    body[1]["value"] = "<p>Vé vào cửa 50.000 đồng.</p>"
    visit_page.body = body
    visit_page = publish(visit_page)

    assert sync.sync_instance(visit_page) is True
    row = row_for(visit_page, locales["en"])
    assert row.state == State.IN_PROGRESS
    assert (row.total, row.translated, row.percent) == (5, 4, 80)

    translation = translation_of(visit_page, locales["en"])
    fill_missing(translation)
    assert row_for(visit_page, locales["en"]).reason == NOT_APPLIED
    english = save_target(translation)
    assert row_for(visit_page, locales["en"]).state == State.UP_TO_DATE
    assert "EN: Vé vào cửa 50.000 đồng." in str(english.body)
    assert "EN: Mở cửa từ thứ Ba đến Chủ Nhật." in str(english.body)


def test_a_copy_made_without_wagtail_localize_is_translated_by_hand(center, locales):
    page = publish(StandardPageFactory(parent=center, title="Nội quy", slug="noi-quy"))
    english_center = center.get_translation(locales["en"])
    copy = page.copy_for_translation(locales["en"])
    assert copy.get_parent().pk == english_center.pk
    assert row_for(page, locales["en"]).state == State.MANUAL


def test_snippets_missing_outdated_and_up_to_date(locales):
    untranslated = SectorFactory(name="Điện ảnh")
    translated = SectorFactory(name="Thiết kế", description="Thiết kế đồ họa")
    translate(translated, locales["en"], **{"Thiết kế": "Design"})
    assert row_for(untranslated, locales["en"]).state == State.MISSING
    assert row_for(translated, locales["en"]).state == State.UP_TO_DATE
    english = Sector.objects.get(locale=locales["en"], translation_key=translated.translation_key)
    assert english.name == "Design"

    translated.description = "Thiết kế đồ họa và sản phẩm"
    translated.save()
    assert row_for(translated, locales["en"]).state == State.OUTDATED


def test_center_staff_see_their_center_only(center, center_factory, visit_page, locales):
    other = center_factory(title="Trung tâm Khác", slug="khac")
    keys = {str(center.translation_key)}
    rows = TranslationStatus(center_keys=keys).rows()
    assert rows and {row.center.key for row in rows} == keys
    assert all(row.kind == "page" for row in rows)
    everything = TranslationStatus().rows()
    assert str(other.translation_key) in {row.center_key for row in everything}


@pytest.mark.parametrize("extra_pages", [1, 12])
def test_the_number_of_queries_does_not_grow_with_pages(
    center, locales, extra_pages, django_assert_max_num_queries
):
    for number in range(extra_pages):
        page = publish(StandardPageFactory(parent=center, title=f"Trang {number}"))
        if number % 2:
            translate(page, locales["en"])
    SectorFactory()
    with django_assert_max_num_queries(14):
        rows = TranslationStatus().rows()
    assert len(rows) >= extra_pages


def test_page_rows_are_built_with_the_cyclic_collector_paused(center, locales, monkeypatch):
    publish(StandardPageFactory(parent=center, title="Lịch sử", slug="lich-su"))
    seen = []
    decide = TranslationStatus._decide

    def spy(self, *args, **kwargs):
        seen.append(gc.isenabled())
        return decide(self, *args, **kwargs)

    monkeypatch.setattr(TranslationStatus, "_decide", spy)
    enabled = gc.isenabled()
    assert TranslationStatus().page_rows()
    assert seen and not any(seen)
    assert gc.isenabled() is enabled


def test_counts_in_the_database_agree_with_the_rows(center, visit_page, locales):
    """page_counts() counts pages never sent through wagtail-localize in SQL: for every
    kind of page the counts are the rows' states."""
    english_center = center.get_translation(locales["en"])
    publish(StandardPageFactory(parent=center, title="Lịch sử", slug="lich-su"))  # missing
    by_hand = publish(StandardPageFactory(parent=center, title="Nội quy", slug="noi-quy"))
    by_hand.copy_for_translation(locales["en"])  # translated by hand
    aliased = publish(StandardPageFactory(parent=center, title="Bản đồ", slug="ban-do"))
    aliased.copy_for_translation(locales["en"], alias=True)  # an alias is no translation
    StandardPageFactory(parent=center, title="Nháp", slug="nhap", live=False)  # not counted
    publish(StandardPageFactory(parent=english_center, title="Only in English", slug="only"))
    body = list(visit_page.body.raw_data)
    body[1]["value"] = "<p>Vé vào cửa 50.000 đồng.</p>"
    visit_page.body = body
    publish(visit_page)  # outdated

    for keys in (None, {str(center.translation_key)}):
        status = TranslationStatus(center_keys=keys)
        expected = Counter((row.center_key, row.state) for row in status.page_rows())
        counted = Counter(
            {
                (key, state): number
                for key, states in status.page_counts().items()
                for state, number in states.items()
                if number
            }
        )
        assert counted == expected
    key = str(center.translation_key)
    assert expected[(key, State.MISSING)] == 7  # Lịch sử, Bản đồ, Only in English, indexes
    assert expected[(key, State.MANUAL)] == 1
    assert expected[(key, State.OUTDATED)] == 1
    missing = TranslationStatus(center_keys={key}).untranslated_pages(10)
    titles = {(title, locale.language_code) for _pk, title, locale in missing}
    assert {("Lịch sử", "en"), ("Bản đồ", "en"), ("Only in English", "vi")} <= titles
    assert "Nháp" not in {title for _pk, title, _locale in missing}
