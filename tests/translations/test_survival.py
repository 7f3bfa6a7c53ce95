"""Translations survive: edits, new blocks, moves and slug renames keep what still applies."""

import pytest
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from network.models import CenterContact, CenterPage, StandardPage
from tests.factories import StandardPageFactory
from translations.sync import sync_instance

from .conftest import fill_missing, publish, save_target, translate, translation_of


def english(page, locales):
    return type(page).objects.get(translation_key=page.translation_key, locale=locales["en"])


def test_adding_a_block_keeps_the_translated_blocks(visit_page, locales):
    body = list(visit_page.body.raw_data)
    body.insert(0, {"type": "heading", "value": "Giờ mở cửa", "id": "new-heading"})
    visit_page.body = body
    visit_page = publish(visit_page)
    sync_instance(visit_page)
    translation = translation_of(visit_page, locales["en"])
    assert translation.get_progress() == (6, 5)
    fill_missing(translation)
    text = str(save_target(translation).body)
    assert "EN: Giờ mở cửa" in text
    assert "EN: Mở cửa từ thứ Ba đến Chủ Nhật." in text
    assert "EN: Vé vào cửa miễn phí." in text


def test_moving_a_page_keeps_its_translation(visit_page, center_factory, locales):
    other = center_factory(title="Trung tâm Mới", slug="moi")
    translate(other, locales["en"], **{"moi": "new"})
    visit_page.move(other, pos="last-child")
    visit_page = StandardPage.objects.get(pk=visit_page.pk)
    sync_instance(visit_page)
    translation = translation_of(visit_page, locales["en"])
    assert translation.get_progress() == (5, 5)
    target = save_target(translation)
    assert target.title == "Visit"
    assert "EN: Vé vào cửa miễn phí." in str(target.body)


def test_renaming_a_slug_keeps_the_translated_slug_and_redirects_the_old_one(
    client, visit_page, locales, django_capture_on_commit_callbacks
):
    assert client.get("/vi/thu-nghiem/tham-quan/").status_code == 200
    visit_page.slug = "thong-tin-tham-quan"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail signals slug changes on commit
        visit_page = publish(visit_page)
    sync_instance(visit_page)
    translation = translation_of(visit_page, locales["en"])
    assert translation.get_progress() == (5, 5)  # the new slug segment kept "visit"
    target = save_target(translation)
    assert target.slug == "visit"

    response = client.get("/vi/thu-nghiem/tham-quan/")
    assert response.status_code == 301
    assert response["Location"].endswith("/vi/thu-nghiem/thong-tin-tham-quan/")
    assert client.get("/en/test-center/visit/").status_code == 200


def test_renaming_a_translated_slug_redirects_in_that_language(
    client, visit_page, locales, django_capture_on_commit_callbacks
):
    target = english(visit_page, locales)
    target.slug = "visiting"
    with django_capture_on_commit_callbacks(execute=True):
        publish(target)
    assert Redirect.objects.filter(redirect_page=target).count() == 1
    response = client.get("/en/test-center/visit/")
    assert response.status_code == 301
    assert response["Location"].endswith("/en/test-center/visiting/")


def test_rich_text_links_point_at_the_translated_page(client, center, visit_page, locales):
    page = StandardPageFactory(
        parent=center,
        title="Lịch sử",
        slug="lich-su",
        body=[
            (
                "paragraph",
                f'<p>Xem <a linktype="page" id="{visit_page.pk}">thông tin tham quan</a>.</p>',
            )
        ],
    )
    page = publish(page)
    target = translate(page, locales["en"], **{"lich-su": "history"})
    # The stored link names the source page; Wagtail renders it as that page's version in
    # the reader's language (PageLinkHandler uses page.localized), so nothing goes stale.
    html = client.get(target.url).content.decode()
    assert 'EN: Xem <a href="/en/test-center/visit/">thông tin tham quan</a>' in html
    html = client.get(page.url).content.decode()
    assert '<a href="/vi/thu-nghiem/tham-quan/">thông tin tham quan</a>' in html


def test_inline_contacts_translate_their_role_and_keep_their_details(center_factory, locales):
    center = center_factory(
        title="Trung tâm Liên hệ",
        slug="lien-he",
        address="2 phố Huế",
        district="Hai Bà Trưng",
        introduction="Giới thiệu.",
        contacts=[CenterContact(role="Lễ tân", name="Nguyễn Văn An", phone="024 1234 5678")],
    )
    target = translate(center, locales["en"], **{"Lễ tân": "Reception"})
    contact = target.contacts.get()
    assert (contact.role, contact.name, contact.phone) == (
        "Reception",
        "Nguyễn Văn An",
        "024 1234 5678",
    )
    assert contact.locale_id == locales["en"].pk

    center = CenterPage.objects.get(pk=center.pk)
    center.contacts.add(
        CenterContact(role="Quản lý", name="Trần Thị Bình", email="binh@example.vn")
    )
    center = publish(center)
    sync_instance(center)
    translation = translation_of(center, locales["en"])
    assert translation.get_progress()[0] - translation.get_progress()[1] == 1  # only the new role
    fill_missing(translation)
    roles = sorted(c.role for c in save_target(translation).contacts.all())
    assert roles == ["EN: Quản lý", "Reception"]


@pytest.mark.parametrize("field", ["title", "introduction"])
def test_editing_one_field_leaves_the_others_translated(visit_page, locales, field):
    setattr(visit_page, field, "Đổi " + getattr(visit_page, field))
    visit_page = publish(visit_page)
    sync_instance(visit_page)
    assert translation_of(visit_page, locales["en"]).get_progress() == (5, 4)
    assert Page.objects.filter(translation_key=visit_page.translation_key).count() == 2
