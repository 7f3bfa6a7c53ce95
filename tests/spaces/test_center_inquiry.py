"""A center's own inquiry form: about the center in general or one of its spaces."""

import re
from io import StringIO

import pytest
from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command

from spaces.models import Inquiry, InquiryMailStatus
from tests.factories import contact

from .test_inquiries import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def alpha(network):
    center = network["alpha"]
    center.contacts = [contact(email="thue@alpha.example.vn")]
    center.save_revision().publish()
    return center


@pytest.fixture
def english_alpha(alpha, network):
    """Alpha, its spaces index and its first studio translated to English (``/en/en-alpha/``)."""
    from network.demo.translate import TranslationMemory, translate_with_memory
    from tests.factories import en

    studio = network["spaces"]["studio-a"]
    memory = TranslationMemory()
    for page in (alpha, studio.space_index, studio):
        memory.add(page.title, f"EN {page.title}")
        memory.add(page.slug, f"en-{page.slug}")
    memory.add(alpha.introduction, "A creative space.")
    memory.add(alpha.address, "1 Hang Bong street")
    memory.add(alpha.district, "Dong Da")
    memory.add("Lễ tân", "Reception")
    for page in (alpha, studio.space_index, studio):
        translate_with_memory(page, en(), memory)
    return {"vi": "alpha", "en": "en-alpha"}


def post(client, lang="vi", center="alpha", remote="127.0.0.1", **changes):
    return client.post(f"/{lang}/{center}/inquiry/", form_data(**changes), REMOTE_ADDR=remote)


class StoredFirstBackend(EmailBackend):
    """Records, at the moment of sending, whether the inquiry was already in the database."""

    seen = []

    def send_messages(self, messages):
        for message in messages:
            reference = re.search(r"HCC-\d{4}-\d{6}", message.subject).group(0)
            self.seen.append(Inquiry.objects.filter(reference=reference).exists())
        return super().send_messages(messages)


def test_the_center_page_leads_to_its_own_form_with_its_spaces(client, alpha):
    center_html = client.get("/vi/alpha/").content.decode()
    assert 'href="/vi/alpha/inquiry/#inquiry"' in center_html
    assert "csrfmiddlewaretoken" not in center_html  # so the center's page can be cached
    html = client.get("/vi/alpha/inquiry/").content.decode()
    assert 'action="/vi/alpha/inquiry/"' in html
    assert 'id="inquiry"' in html
    options = re.findall(
        r'<option value="([^"]*)"', html.split('name="space"')[1].split("</select>")[0]
    )
    # "The center in general" first, then this center's spaces only (never beta's).
    assert options == ["", "studio-a", "studio-b", "desk"]
    assert "Trung tâm nói chung" in html


def test_general_inquiry_is_stored_before_the_mail_and_reaches_the_center(client, alpha, settings):
    settings.EMAIL_BACKEND = "tests.spaces.test_center_inquiry.StoredFirstBackend"
    StoredFirstBackend.seen = []
    response = post(client)
    assert response.status_code == 302
    assert re.search(r"/vi/alpha/inquiry/sent/\?ref=", response["Location"])
    inquiry = Inquiry.objects.get()
    assert inquiry.center.pk == alpha.pk and inquiry.space is None
    assert inquiry.mail_status == InquiryMailStatus.SENT
    assert StoredFirstBackend.seen == [True, True]
    message, receipt = mail.outbox
    assert message.to == ["thue@alpha.example.vn"]
    assert inquiry.reference in message.subject
    # The visitor's receipt names the center (no space was chosen).
    assert receipt.to == ["lan@example.com"] and receipt.reply_to == ["thue@alpha.example.vn"]
    assert "Trung tâm Alpha đã nhận được yêu cầu của bạn." in receipt.body
    assert inquiry.reference in receipt.body and "2 ngày làm việc" in receipt.body

    confirmation = client.get(response["Location"]).content.decode()
    assert f'<strong class="reference">{inquiry.reference}</strong>' in confirmation
    assert "2 ngày làm việc" in confirmation


def test_inquiry_about_one_of_the_centers_spaces(client, alpha, network):
    assert post(client, space="studio-b").status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.space.pk == network["spaces"]["studio-b"].pk
    assert "Studio B" in mail.outbox[0].body


def test_another_centers_space_is_refused_with_a_message(client, alpha):
    response = post(client, space="hall")
    assert response.status_code == 400
    html = response.content.decode()
    assert re.search(r"field--space field--error", html)
    assert "Hãy chọn một không gian của trung tâm này" in html
    assert Inquiry.objects.count() == 0


def test_mail_down_the_inquiry_is_kept_and_retried(client, alpha, settings):
    settings.EMAIL_BACKEND = "tests.spaces.failing_mail.FailingBackend"
    response = post(client)
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.mail_status == InquiryMailStatus.FAILED and inquiry.mail_attempts == 1
    assert inquiry.reference in client.get(response["Location"]).content.decode()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("retry_inquiry_mail", stdout=StringIO())
    inquiry.refresh_from_db()
    assert inquiry.mail_status == InquiryMailStatus.SENT and inquiry.mail_attempts == 2
    assert inquiry.ack_status == InquiryMailStatus.SENT and inquiry.ack_attempts == 2
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    ("lang", "changes", "field", "message"),
    [
        ("vi", {"phone": "12345"}, "phone", "số điện thoại Việt Nam"),
        ("vi", {"consent": None}, "consent", "đồng ý"),
        ("vi", {"message": "x" * 5001}, "message", "5000"),
        ("en", {"phone": "12345"}, "phone", "Vietnamese phone number"),
        ("en", {"consent": None}, "consent", "We can only answer if you agree"),
        ("en", {"message": "x" * 5001}, "message", "under 5000 characters"),
    ],
)
def test_validation_messages_in_the_pages_language(
    client, english_alpha, lang, changes, field, message
):
    response = post(client, lang=lang, center=english_alpha[lang], **changes)
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert re.search(rf"field--{field} field--error", html)
    assert message in html
    assert Inquiry.objects.count() == 0


def test_english_inquiry_is_confirmed_in_english_and_linked_to_the_source(
    client, english_alpha, alpha
):
    response = post(client, lang="en", center=english_alpha["en"], space="en-studio-a", sector="")
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert "Thank you, your inquiry has been received" in html
    inquiry = Inquiry.objects.get()
    assert inquiry.language == "en" and inquiry.center.pk == alpha.pk
    assert inquiry.space.locale.language_code == "vi"  # staff see the Vietnamese source
    receipt = mail.outbox[1]
    assert receipt.to == ["lan@example.com"]
    assert "EN Trung tâm Alpha has received your inquiry about EN Studio A." in receipt.body


def test_honeypot_stores_nothing_and_says_nothing(client, alpha):
    response = post(client, website="http://spam.example")
    assert response.status_code == 302 and response["Location"] == "/vi/alpha/"
    assert Inquiry.objects.count() == 0 and mail.outbox == []


def test_a_space_chosen_on_the_centers_form_is_checked_for_its_dates(client, alpha, network):
    today = network["today"]
    html = post(
        client, space="studio-a", date_from=today.isoformat(), date_to=today.isoformat()
    ).content.decode()
    assert "Một số ngày bạn chọn không còn trống" in html
    assert Inquiry.objects.count() == 0
    assert post(client, date_from=today.isoformat(), date_to=None).status_code == 302


def test_rate_limit_counts_with_the_other_forms(client, alpha, network, settings):
    settings.INQUIRY_RATE_LIMIT = (2, 3600)
    assert post(client).status_code == 302
    studio = client.post("/vi/alpha/spaces/studio-a/inquiry/", form_data())
    assert studio.status_code == 302
    refused = post(client)
    assert refused.status_code == 429
    assert "chờ một giờ" in refused.content.decode()
    assert Inquiry.objects.count() == 2
    assert post(client, remote="10.0.0.9").status_code == 302


def test_forged_confirmation_goes_back_to_the_center(client, alpha):
    forged = client.get("/vi/alpha/inquiry/sent/?ref=HCC-2026-000001")
    assert forged.status_code == 302 and forged["Location"] == "/vi/alpha/"
