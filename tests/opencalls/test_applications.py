"""Applications to open calls: stored first, refused with a message (and the form kept) when
late, duplicate, oversize, of the wrong type or missing an answer."""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from opencalls.models import Application, ApplicationAttachment, CallIndexPage
from tests.factories import OpenCallPageFactory, SectorFactory

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def fresh_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def sector(locales):
    return SectorFactory(slug="painting", name="Mỹ thuật")


@pytest.fixture
def call(center_factory, sector):
    center = center_factory(slug="alpha", title="Trung tâm Alpha")
    index = CallIndexPage.objects.child_of(center).get()
    page = OpenCallPageFactory(parent=index, slug="luu-tru", title="Lưu trú Alpha")
    page.sectors.set([sector])
    page.save_revision().publish()
    return page


def form_data(call, **changes):
    first, second = (block.id for block in call.questions)
    data = {
        "name": "Nguyễn Thị Lan",
        "email": "Lan@Example.com",
        "phone": "0912 345 678",
        "sector": "painting",
        f"answer_{first}": "Một loạt tranh sơn mài về sông Hồng.",
        f"answer_{second}": "",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def pdf(name="portfolio.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def apply(client, call, files=(), **changes):
    data = form_data(call, **changes)
    if files:
        data["attachments"] = list(files)
    return client.post(f"/vi/alpha/calls/{call.slug}/apply/", data)


def test_stored_with_reference_files_and_acknowledged(client, call, settings):
    response = apply(client, call, files=[pdf()])
    assert response.status_code == 302
    application = Application.objects.get()
    assert re.fullmatch(r"DT-\d{4}-\d{6}", application.reference)
    assert application.reference == f"DT-{timezone.localdate().year}-{application.pk:06d}"
    assert application.email == "lan@example.com"
    assert application.center.slug == "alpha" and application.call_id == call.pk
    assert application.answers[0]["answer"] == "Một loạt tranh sơn mài về sông Hồng."
    (attachment,) = application.attachments.all()
    assert attachment.file_type == "pdf" and attachment.file.read() == PDF
    # Kept out of the public media directory: no URL reaches it.
    assert str(settings.PRIVATE_MEDIA_ROOT) in attachment.file.path
    assert str(settings.MEDIA_ROOT) + "/" not in attachment.file.path
    page = client.get(response["Location"])
    assert application.reference in page.content.decode()
    (ack,) = mail.outbox
    assert ack.to == ["lan@example.com"] and application.reference in ack.subject
    application.refresh_from_db()
    assert application.mail_status == "sent"


def test_a_mail_failure_keeps_the_application(client, call, settings):
    settings.EMAIL_BACKEND = "tests.spaces.failing_mail.FailingBackend"
    response = apply(client, call)
    assert response.status_code == 302
    application = Application.objects.get()
    assert application.mail_status == "failed" and "SMTP" in application.mail_error
    assert application.reference in client.get(response["Location"]).content.decode()


def kept(response, text="Một loạt tranh sơn mài về sông Hồng."):
    """The form came back with what the visitor typed."""
    html = response.content.decode()
    return "Nguyễn Thị Lan" in html and text in html


def test_a_missing_required_answer_is_refused_with_the_form_kept(client, call):
    first = call.questions[0].id
    response = apply(client, call, **{f"answer_{first}": ""}, phone="0987 654 321")
    assert response.status_code == 400
    assert "Answer question 1" in response.content.decode() or "câu hỏi 1" in (
        response.content.decode()
    )
    assert "0987 654 321" in response.content.decode()
    assert kept(response, text="Nguyễn Thị Lan")
    assert not Application.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("tranh.pdf", b"MZ\x90\x00 not a pdf"), "không phải tệp"),
        (SimpleUploadedFile("anh.png", b"%PDF-1.4 pretending"), "không phải tệp"),
        (SimpleUploadedFile("lon.pdf", PDF + b"0" * (1024 * 1024)), "lớn hơn 1 MB"),
    ],
    ids=["wrong-bytes", "wrong-ending", "oversize"],
)
def test_wrong_type_or_oversize_files_are_refused_and_nothing_stored(client, call, upload, message):
    call.max_attachment_mb = 1
    call.save_revision().publish()
    response = apply(client, call, files=[pdf("ok.pdf"), upload])
    assert response.status_code == 400
    assert message in response.content.decode()
    assert kept(response)
    assert not Application.objects.exists() and not ApplicationAttachment.objects.exists()
    assert mail.outbox == []


def test_a_duplicate_from_the_same_email_is_refused(client, call):
    assert apply(client, call).status_code == 302
    response = apply(client, call, email="lan@example.com ", name="Nguyễn Thị Lan")
    assert response.status_code == 400
    assert "đã nhận được một đơn" in response.content.decode()
    assert kept(response)
    assert Application.objects.count() == 1


def test_after_the_deadline_the_form_is_closed_and_a_post_refused(client, call):
    call.deadline = timezone.now() - timedelta(minutes=1)
    call.save_revision().publish()
    page = client.get(f"/vi/alpha/calls/{call.slug}/").content.decode()
    assert "đã đóng" in page and 'action="/vi/alpha/calls/luu-tru/apply/"' not in page
    response = apply(client, call)
    assert response.status_code == 400
    assert "đã đóng" in response.content.decode() and kept(response)
    assert not Application.objects.exists()


def test_the_age_limit_asks_the_date_of_birth_and_refuses_older_applicants(client, call):
    call.under_age = 30
    call.save_revision().publish()
    html = client.get(f"/vi/alpha/calls/{call.slug}/").content.decode()
    assert 'name="date_of_birth"' in html
    born_too_early = (call.deadline - timedelta(days=365 * 31)).date().isoformat()
    response = apply(client, call, date_of_birth=born_too_early)
    assert response.status_code == 400 and not Application.objects.exists()
    young = (call.deadline - timedelta(days=365 * 25)).date().isoformat()
    assert apply(client, call, date_of_birth=young).status_code == 302
    assert Application.objects.get().date_of_birth.isoformat() == young


def test_a_sector_the_call_is_not_open_to_is_refused(client, call, locales):
    SectorFactory(slug="games", name="Trò chơi")
    response = apply(client, call, sector="games")
    assert response.status_code == 400 and not Application.objects.exists()


def test_the_rate_limit_goes_through_the_one_limiter(client, call, settings):
    settings.APPLICATION_RATE_LIMIT = (1, 3600)
    assert apply(client, call, email="a@example.vn").status_code == 302
    response = apply(client, call, email="b@example.vn")
    assert response.status_code == 429 and kept(response)
    assert Application.objects.count() == 1


def test_network_page_lists_open_calls_closing_soonest_first_and_past_ones(client, call):
    later = OpenCallPageFactory(
        parent=call.get_parent(),
        slug="sau",
        title="Gọi sau",
        deadline=timezone.now() + timedelta(days=40),
    )
    later.save_revision().publish()
    past = OpenCallPageFactory(
        parent=call.get_parent(),
        slug="cu",
        title="Gọi cũ",
        deadline=timezone.now() - timedelta(days=3),
    )
    past.save_revision().publish()
    from opencalls.models import NetworkCallsPage

    home = call.get_parent().get_parent().get_parent()
    network = NetworkCallsPage(title="Gọi tham gia", slug="calls")
    home.add_child(instance=network)
    network.save_revision().publish()
    html = client.get("/vi/calls/").content.decode()
    open_part, past_part = html.split('id="past-calls"')
    assert open_part.index("Lưu trú Alpha") < open_part.index("Gọi sau")
    assert "Gọi cũ" not in open_part and "Gọi cũ" in past_part


def test_retention_deletes_old_decided_applications_and_their_files(client, call, settings):
    settings.APPLICATION_RETENTION_DAYS = 30
    apply(client, call, email="a@example.vn", files=[pdf()])
    apply(client, call, email="b@example.vn")
    old_decided, old_received = Application.objects.order_by("pk")
    path = old_decided.attachments.get().file.path
    long_ago = timezone.now() - timedelta(days=31)
    Application.objects.filter(pk=old_decided.pk).update(status="declined", updated_at=long_ago)
    Application.objects.filter(pk=old_received.pk).update(updated_at=long_ago)
    out = StringIO()
    call_command("delete_old_inquiries", stdout=out)
    assert "Deleted 1 decided applications" in out.getvalue()
    assert list(Application.objects.values_list("pk", flat=True)) == [old_received.pk]
    import os

    assert not os.path.exists(path)
