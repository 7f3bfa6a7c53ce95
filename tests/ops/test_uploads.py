"""Uploads through the admin: size limit, lying extensions and SVG are refused with a message;
documents are served as attachments, never inline."""

from io import BytesIO

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

IMAGE_ADD = "/admin/images/add/"
DOCUMENT_ADD = "/admin/documents/add/"


def image_bytes(fmt="PNG", size=(40, 30)):
    buffer = BytesIO()
    PILImage.new("RGB", size, (200, 40, 40)).save(buffer, format=fmt)
    return buffer.getvalue()


def upload(admin_client, name, content, content_type="application/octet-stream"):
    return admin_client.post(
        IMAGE_ADD,
        {
            "title": "Ảnh thử",
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )


def form_errors(response):
    return str(response.context["form"].errors["file"])


@pytest.fixture
def admin_client_en(admin_client):
    admin_client.cookies["django_language"] = "en"  # messages checked in one language
    return admin_client


def images():
    return get_image_model().objects.count()


def test_a_real_image_is_accepted(admin_client_en, db):
    before = images()
    response = upload(admin_client_en, "anh.png", image_bytes("PNG"), "image/png")
    assert response.status_code == 302
    assert images() == before + 1


def test_an_image_over_the_size_limit_is_refused(admin_client_en, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    content = image_bytes("PNG", size=(600, 600))
    assert len(content) > 1024
    before = images()
    response = upload(admin_client_en, "lon.png", content, "image/png")
    assert response.status_code == 200
    assert "This file is too big" in form_errors(response)
    assert images() == before


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        # a PNG pretending to be a JPEG
        ("anh.jpg", image_bytes("PNG"), "The extension does not match the file format (png)"),
        ("anh.png", b"<html><script>alert(1)</script></html>", "does not match the file format"),
        ("anh.png", b"%PDF-1.4 not an image", "Upload a valid image"),
        ("anh.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>', "Not a supported image"),
        ("anh.html", b"<html></html>", "Not a supported image format"),
    ],
)
def test_images_with_a_lying_or_forbidden_extension_are_refused(
    admin_client_en, db, name, content, message
):
    before = images()
    response = upload(admin_client_en, name, content)
    assert response.status_code == 200
    assert message in form_errors(response)
    assert images() == before


def test_svg_documents_are_refused(admin_client_en, db):
    before = get_document_model().objects.count()
    response = admin_client_en.post(
        DOCUMENT_ADD,
        {
            "title": "Bản vẽ",
            "file": SimpleUploadedFile("ban-ve.svg", b"<svg><script>x</script></svg>"),
            "collection": Collection.get_first_root_node().pk,
        },
    )
    assert response.status_code == 200
    assert "File extension “svg” is not allowed" in str(response.context["form"].errors["file"])
    assert get_document_model().objects.count() == before


@pytest.mark.parametrize(
    ("name", "content", "disposition"),
    [
        ("ghi-chu.txt", b"<html><script>alert(1)</script></html>", "attachment"),
        ("bang.csv", b"a,b\n1,2\n", "attachment"),
        ("to-roi.pdf", b"%PDF-1.4\n%%EOF\n", "inline"),
    ],
)
def test_documents_are_served_as_attachments(client, db, name, content, disposition):
    document = get_document_model().objects.create(
        title="Tài liệu", file=SimpleUploadedFile(name, content)
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith(disposition)
    assert response["X-Content-Type-Options"] == "nosniff"
    # Wagtail's own policy for served documents wins over the site's: nothing runs.
    assert response["Content-Security-Policy"] == "default-src 'none'"
