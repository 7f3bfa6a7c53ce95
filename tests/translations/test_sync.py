"""Sync made obvious: the editor is told after a save; a whole center syncs in one action."""

import pytest
from wagtail.test.utils.form_data import rich_text, streamfield

from network.models import StandardPage
from tests.approvals.conftest import page_form
from tests.factories import SectorFactory
from translations.changes import source_for
from translations.states import State
from translations.status import TranslationStatus

from .conftest import publish, translate


def body_with_ids(page):
    """The body as the admin posts it back, block ids included (so segments keep paths)."""
    data = streamfield([("paragraph", rich_text(block.value.source)) for block in page.body])
    for index, block in enumerate(page.body):
        data[str(index)]["id"] = block.id
    return data


def visit_form(page, **changes):
    return page_form(page, **{"body": body_with_ids(page), "action-publish": "publish"} | changes)


def states(center_key, locale):
    return {
        row.title: row.state
        for row in TranslationStatus(center_keys={center_key}).page_rows()
        if row.target_locale.pk == locale.pk
    }


def test_publishing_a_source_tells_the_editor_what_is_outdated(client, admin_user, visit_page):
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/{visit_page.pk}/edit/",
        visit_form(visit_page, introduction="Cách đến trung tâm bằng xe buýt."),
        follow=True,
    )
    html = response.content.decode()
    assert "1 đoạn đã thay đổi (lời giới thiệu): bản dịch English giờ đã lỗi thời." in html
    assert "/admin/localize/update/" in html and "Đồng bộ bản dịch" in html


def test_saving_without_changing_text_says_nothing(client, admin_user, visit_page):
    client.force_login(admin_user)
    response = client.post(
        f"/admin/pages/{visit_page.pk}/edit/", visit_form(visit_page), follow=True
    )
    assert "giờ đã lỗi thời" not in response.content.decode()


def test_sync_the_whole_center_runs_as_a_task(client, admin_user, center, visit_page, locales):
    visit_page.introduction = "Cách đến trung tâm bằng xe buýt."
    publish(visit_page)
    key = str(center.translation_key)
    assert states(key, locales["en"])["Tham quan"] == State.OUTDATED

    client.force_login(admin_user)
    response = client.post("/admin/translations/sync-center/", {"center": key}, follow=True)
    html = response.content.decode()
    assert (
        "Đã đồng bộ Trung tâm Thử nghiệm: 1 trên 2 trang đã dịch có nội dung mới cần dịch." in html
    )
    assert states(key, locales["en"])["Tham quan"] == State.IN_PROGRESS
    assert states(key, locales["en"])["Trung tâm Thử nghiệm"] == State.UP_TO_DATE


@pytest.mark.parametrize("value", ["", "khong-phai-uuid", "00000000-0000-0000-0000-000000000000"])
def test_sync_refuses_an_unknown_center(client, admin_user, center, value):
    client.force_login(admin_user)
    response = client.post("/admin/translations/sync-center/", {"center": value}, follow=True)
    assert "Hãy chọn một trung tâm trong danh sách." in response.content.decode()


def test_center_staff_cannot_sync_another_center(client, make_user, center, center_factory):
    other = center_factory(title="Trung tâm Khác", slug="khac")
    client.force_login(make_user("nv", center.editors_group))
    response = client.post(
        "/admin/translations/sync-center/", {"center": str(other.translation_key)}, follow=True
    )
    assert "Hãy chọn một trung tâm trong danh sách." in response.content.decode()


def test_translators_can_edit_but_not_publish(translator, visit_page, locales):
    english = StandardPage.objects.get(
        translation_key=visit_page.translation_key, locale=locales["en"]
    )
    permissions = english.permissions_for_user(translator)
    assert permissions.can_edit() and not permissions.can_publish()
    assert translator.has_perm("wagtail_localize.submit_translation")
    assert translator.has_perm("network.change_sector")


def test_the_changes_view_shows_before_and_after(
    client, admin_user, make_user, center_factory, visit_page
):
    visit_page.introduction = "Cách đến trung tâm bằng xe buýt."
    visit_page = publish(visit_page)
    source = source_for(visit_page)
    client.force_login(admin_user)
    html = client.get(f"/admin/translations/changes/{source.pk}/").content.decode()
    assert 'data-kind="changed"' in html
    assert "Cách đến trung tâm." in html  # before
    assert "Cách đến trung tâm<ins> bằng xe buýt</ins>." in html  # now, the words put in marked

    other = center_factory(title="Trung tâm Khác", slug="khac")
    client.force_login(make_user("nv-khac", other.editors_group))
    refused = client.get(f"/admin/translations/changes/{source.pk}/")
    assert (refused.status_code, refused.get("Location")) in ((403, None), (302, "/admin/"))
    assert client.get("/admin/translations/changes/999999/", follow=True).status_code == 404


def test_editing_a_translated_snippet_offers_the_sync(client, admin_user, locales):
    sector = SectorFactory(name="Thiết kế", slug="thiet-ke", description="Đồ họa")
    translate(sector, locales["en"], **{"Thiết kế": "Design"})
    client.force_login(admin_user)
    response = client.post(
        f"/admin/snippets/network/sector/edit/{sector.pk}/",
        {
            "name": "Thiết kế",
            "slug": "thiet-ke",
            "description": "Đồ họa và sản phẩm",
            "sort_order": "0",
        },
        follow=True,
    )
    html = response.content.decode()
    assert "1 đoạn đã thay đổi (mô tả): bản dịch English giờ đã lỗi thời." in html
