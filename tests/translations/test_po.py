"""PO files: export one page or a center's outdated pages, import back, refuse bad files."""

import io
import zipfile

import polib
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail_localize.models import StringTranslation

from tests.factories import StandardPageFactory
from translations import po

from .conftest import publish, translate, translation_of


def po_file(name, po_object):
    return SimpleUploadedFile(name, str(po_object).encode(), content_type="text/x-gettext")


def translated_snapshot(translation):
    return sorted(
        StringTranslation.objects.filter(
            locale=translation.target_locale, context__object_id=translation.source.object_id
        ).values_list("context__path", "data")
    )


@pytest.fixture
def outdated_visit(visit_page, locales):
    """The visit page after its second paragraph changed and the page was synced."""
    body = list(visit_page.body.raw_data)
    body[1]["value"] = (
        '<p>Vé vào cửa <b>50.000 đồng</b>, xem <a href="https://hanoi.gov.vn">giá vé</a>.</p>'
    )
    visit_page.body = body
    visit_page = publish(visit_page)
    from translations.sync import sync_instance

    sync_instance(visit_page)
    return visit_page


def exported(client, translation):
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def test_round_trip_of_one_page(client, admin_user, outdated_visit, locales):
    translation = translation_of(outdated_visit, locales["en"])
    client.force_login(admin_user)
    catalogue = exported(client, translation)
    untranslated = [entry for entry in catalogue if not entry.msgstr]
    assert [entry.msgid for entry in untranslated] == [
        'Vé vào cửa <b>50.000 đồng</b>, xem <a id="a1">giá vé</a>.'
    ]
    untranslated[0].msgstr = 'Admission <b>50,000 VND</b>, see <a id="a1">prices</a>.'
    response = client.post(
        f"/admin/translations/po/import/{translation.pk}/",
        {"file": po_file("visit-en.po", catalogue)},
        follow=True,
    )
    assert "Đã nhập 1 tệp bản dịch: Tham quan (en)." in response.content.decode()
    assert translation.get_progress() == (5, 5)


def test_a_center_exports_its_outdated_pages_as_a_zip(
    client, admin_user, center, outdated_visit, locales
):
    other = publish(StandardPageFactory(parent=center, title="Lịch sử", slug="lich-su"))
    translate(other, locales["en"])  # up to date: not in the zip
    client.force_login(admin_user)
    response = client.post(
        "/admin/translations/po/export/", {"center": str(center.translation_key), "locale": "en"}
    )
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert archive.namelist() == ["tham-quan-en.po"]
    catalogue = polib.pofile(archive.read("tham-quan-en.po").decode())
    translation = translation_of(outdated_visit, locales["en"])
    assert catalogue.metadata["X-WagtailLocalize-TranslationID"] == str(translation.uuid)

    # the translator fills it in and sends the zip back
    for entry in catalogue:
        if not entry.msgstr:
            entry.msgstr = 'Admission <b>50,000 VND</b>, see <a id="a1">prices</a>.'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as back:
        back.writestr("tham-quan-en.po", str(catalogue))
    response = client.post(
        "/admin/translations/po/import/",
        {"file": SimpleUploadedFile("back.zip", buffer.getvalue())},
        follow=True,
    )
    assert "Đã nhập 1 tệp bản dịch" in response.content.decode()
    assert translation.get_progress() == (5, 5)


def refused(client, url, upload):
    response = client.post(url, {"file": upload})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tệp tải lên bị từ chối và không có gì thay đổi" in html
    return html


def test_a_file_for_another_page_is_refused(client, admin_user, center, outdated_visit, locales):
    other = publish(StandardPageFactory(parent=center, title="Lịch sử", slug="lich-su"))
    translate(other, locales["en"])
    visit_translation = translation_of(outdated_visit, locales["en"])
    other_translation = translation_of(other, locales["en"])
    client.force_login(admin_user)
    catalogue = exported(client, other_translation)
    for entry in catalogue:
        entry.msgstr = "Đổi"
    before = translated_snapshot(visit_translation), translated_snapshot(other_translation)
    html = refused(
        client, f"/admin/translations/po/import/{visit_translation.pk}/", po_file("x.po", catalogue)
    )
    assert "là của “Lịch sử”, không phải của “Tham quan”" in html
    assert (
        translated_snapshot(visit_translation),
        translated_snapshot(other_translation),
    ) == before


def test_an_entry_moved_to_another_context_is_refused(client, admin_user, outdated_visit, locales):
    translation = translation_of(outdated_visit, locales["en"])
    client.force_login(admin_user)
    catalogue = exported(client, translation)
    catalogue[0].msgctxt = "body.not-a-block"
    catalogue[0].msgstr = "Visit"
    before = translated_snapshot(translation)
    html = refused(client, "/admin/translations/po/import/", po_file("x.po", catalogue))
    assert "mục 1 (body.not-a-block)" in html and "hãy xuất lại tệp" in html
    assert translated_snapshot(translation) == before


@pytest.mark.parametrize(
    ("msgstr", "problem"),
    [
        ('Admission <b>50,000 VND, see <a id="a1">prices</a>.', "định dạng bị hỏng"),
        ('Admission <b>50,000 VND</b>, see <a id="a9">prices</a>.', "liên kết không khớp"),
        ("Admission <b>50,000 VND</b>, see prices.", "liên kết không khớp"),
        ('<script>x</script> <b>50,000</b> <a id="a1">prices</a>', "có thêm định dạng"),
        ('Admission %(price)s <b>50,000</b> <a id="a1">prices</a>', "biến giữ chỗ"),
    ],
)
def test_broken_markup_or_placeholders_are_refused_and_nothing_changes(
    client, admin_user, outdated_visit, locales, msgstr, problem
):
    translation = translation_of(outdated_visit, locales["en"])
    client.force_login(admin_user)
    catalogue = exported(client, translation)
    for entry in catalogue:
        if not entry.msgstr:
            entry.msgstr = msgstr
        else:
            entry.msgstr = "Changed " + entry.msgstr  # a good entry, refused with the rest
    before = translated_snapshot(translation)
    html = refused(client, "/admin/translations/po/import/", po_file("x.po", catalogue))
    assert problem in html
    assert translated_snapshot(translation) == before


@pytest.mark.parametrize(
    "content",
    [
        b"not a po file \x00\xff",
        b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=utf-8\\n"\n\nmsgid "a"\nmsgstr "b"\n',
    ],
)
def test_garbage_and_foreign_files_are_refused(client, admin_user, visit_page, content):
    client.force_login(admin_user)
    html = refused(client, "/admin/translations/po/import/", SimpleUploadedFile("x.po", content))
    assert "x.po" in html


def test_markup_check_accepts_reordered_tags():
    assert (
        po.markup_problem('<b>A</b> and <a id="a1">B</a>', '<a id="a1">B</a> và <b>A</b>') is None
    )
    assert po.markup_problem("Hello %(name)s", "Xin chào %(name)s") is None
