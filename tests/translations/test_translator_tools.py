"""What a translator meets in wagtail-localize's screens and the translation dashboard,
as the project adjusts them."""

import re

from django.test import RequestFactory
from django.utils import translation
from wagtail.admin.menu import admin_menu
from wagtail.models import Page

from network.models import StandardPage
from tests.factories import SectorFactory, StandardPageFactory
from translations import sync
from translations.changes import source_for
from translations.states import State
from translations.status import TranslationStatus

from .conftest import fill_missing, publish, translation_of


def checked_locales(html):
    return set(
        re.findall(r'<input type="checkbox" name="locales" value="(\d+)"[^>]* checked', html)
    )


def test_translate_this_page_ticks_the_language_it_lacks(client, admin_user, center, locales):
    page = publish(StandardPageFactory(parent=center, title="Lịch sử", slug="lich-su"))
    client.force_login(admin_user)
    html = client.get(f"/admin/localize/submit/page/{page.pk}/").content.decode()
    assert checked_locales(html) == {str(locales["en"].pk)}
    sector = SectorFactory(name="Điện ảnh")
    url = f"/admin/localize/submit/snippet/network/sector/{sector.pk}/"
    assert checked_locales(client.get(url).content.decode()) == {str(locales["en"].pk)}


def outdated_and_synced(visit_page):
    """The visit page with its second paragraph changed and synced: one segment of five
    has no English yet."""
    body = list(visit_page.body.raw_data)
    body[1]["value"] = "<p>Vé vào cửa 50.000 đồng.</p>"
    visit_page.body = body
    visit_page = publish(visit_page)
    assert sync.sync_instance(visit_page)
    return visit_page


def test_publishing_a_translation_with_untranslated_segments_asks_first(
    client, admin_user, visit_page, locales, django_capture_on_commit_callbacks
):
    visit_page = outdated_and_synced(visit_page)
    english = visit_page.get_translation(locales["en"])
    url = f"/admin/pages/{english.pk}/edit/"
    client.force_login(admin_user)

    asked = client.post(url, {"action": "publish"})
    html = asked.content.decode()
    assert asked.status_code == 200
    assert 'data-untranslated="1"' in html
    assert "1 trên 5 đoạn chưa được dịch" in html
    assert "Vé vào cửa 50.000 đồng." in html  # the segment, named
    assert 'name="publish_untranslated"' in html
    assert "Vé vào cửa 50.000 đồng." not in str(StandardPage.objects.get(pk=english.pk).body)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"action": "publish", "publish_untranslated": "1"})
    published = StandardPage.objects.get(pk=english.pk)
    assert "Vé vào cửa 50.000 đồng." in str(published.body)  # what the translator accepted


def test_a_fully_translated_page_publishes_without_asking(
    client, admin_user, visit_page, locales, django_capture_on_commit_callbacks
):
    visit_page = outdated_and_synced(visit_page)
    fill_missing(translation_of(visit_page, locales["en"]))
    english = visit_page.get_translation(locales["en"])
    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"})
    assert response.status_code == 302
    assert "EN: Vé vào cửa 50.000 đồng." in str(StandardPage.objects.get(pk=english.pk).body)


def test_what_changed_shows_both_texts_with_the_difference_marked(client, admin_user, visit_page):
    body = list(visit_page.body.raw_data)
    long_tail = " Trẻ em dưới sáu tuổi vào cửa cùng người lớn, không cần đặt trước."
    body[1]["value"] = f"<p>Vé vào cửa 50.000 đồng.{long_tail}</p>"
    visit_page.body = body
    visit_page = publish(visit_page)
    client.force_login(admin_user)
    html = client.get(f"/admin/translations/changes/{source_for(visit_page).pk}/").content.decode()
    row = re.search(r'<tr data-kind="changed">.*?</tr>', html, re.S).group(0)
    assert "Vé vào cửa <del>miễn phí</del>." in row
    assert f"Vé vào cửa <ins>50.000 đồng</ins>.<ins>{long_tail}</ins>" in row


def test_the_dashboard_counts_published_pages_only(center, locales):
    draft = StandardPageFactory(parent=center, title="Bản nháp", slug="ban-nhap", live=False)
    draft.save_revision()

    def titles():
        return {
            row.title
            for row in TranslationStatus(center_keys={str(center.translation_key)}).page_rows()
            if row.state == State.MISSING
        }

    assert "Bản nháp" not in titles()
    Page.objects.get(pk=draft.pk).specific.get_latest_revision().publish()
    assert "Bản nháp" in titles()


TRANSLATION_MENU_URLS = ("/admin/translations/", "/admin/localize/reports/translations/")


def translation_menu_labels(user, language):
    """The labels of the menu entries of the dashboard and of wagtail-localize's report."""
    request = RequestFactory().get("/admin/")
    request.user = user
    labels = []
    with translation.override(language):
        items = list(admin_menu.menu_items_for_request(request))
        for item in list(items):
            submenu = getattr(item, "menu", None)
            if submenu is not None:
                items += submenu.menu_items_for_request(request)
        for item in items:
            if getattr(item, "url", None) in TRANSLATION_MENU_URLS:
                labels.append(str(item.label))
    return labels


def test_the_two_translation_menu_entries_have_different_names(admin_user):
    for language in ("vi", "en"):
        labels = translation_menu_labels(admin_user, language)
        assert len(labels) == 2 and len(set(labels)) == 2, labels
    assert "Tình trạng bản dịch" in translation_menu_labels(admin_user, "vi")
