"""Inquiries from visitors: stored first, mailed by a task, abuse refused, in both languages."""

import re
from datetime import date, timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.mail.backends.locmem import EmailBackend
from django.core.management import call_command
from django.utils import timezone

from cms.formats import long_date, short_date
from spaces.models import Inquiry, InquiryMailStatus, InquiryStatus
from spaces.phone import normalize_vietnamese_phone
from spaces.tasks import send_acknowledgement, send_inquiry_mail
from spaces.working_days import add_working_days
from tests.factories import contact

pytestmark = pytest.mark.django_db


@pytest.fixture
def space(network):
    center = network["alpha"]
    center.contacts = [
        contact(email="thue@alpha.example.vn"),
        contact(role="Sự kiện", email="sukien@alpha.example.vn"),
    ]
    center.save_revision().publish()
    return network["spaces"]["studio-a"]


def form_data(**changes):
    data = {
        "name": "Nguyễn Thị Lan",
        "email": "lan@example.com",
        "phone": "0912 345 678",
        "organisation": "Nhóm Gốm Mới",
        "sector": "painting",
        "date_from": "2027-01-04",
        "date_to": "2027-01-31",
        "people": "2",
        "message": "Chúng tôi muốn thuê xưởng trong tháng Một.",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def post(client, space, lang="vi", **changes):
    return client.post(f"/{lang}/alpha/spaces/{space.slug}/inquiry/", form_data(**changes))


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("0912 345 678", "+84912345678"),
        ("+84 912 345 678", "+84912345678"),
        ("0912.345.678", "+84912345678"),
        ("024 3825 1234", "+842438251234"),
        ("(024) 3825-1234", "+842438251234"),
        ("0084 388 123 456", "+84388123456"),
    ],
)
def test_vietnamese_phone_formats(typed, stored):
    assert normalize_vietnamese_phone(typed) == stored


@pytest.mark.parametrize("typed", ["12345", "0112 345 678", "+1 212 555 0100", "0912 345 67"])
def test_other_numbers_are_refused(typed):
    with pytest.raises(ValidationError, match="0912 345 678"):
        normalize_vietnamese_phone(typed)


def test_working_days_skip_weekends_and_tet():
    assert add_working_days(date(2026, 11, 27), 2) == date(2026, 12, 1)  # Fri -> Tue
    # Tết 2027 (6-10 February holidays): a request on Thursday 4 Feb waits until after it.
    assert add_working_days(date(2027, 2, 4), 2) == date(2027, 2, 12)


def test_inquiry_is_stored_mailed_and_confirmed(client, space):
    response = post(client, space)
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert re.fullmatch(rf"HCC-{timezone.localdate().year}-\d{{6}}", inquiry.reference)
    assert inquiry.center.pk == space.center.pk and inquiry.space.pk == space.pk
    assert inquiry.phone == "+84912345678" and inquiry.sector.slug == "painting"
    assert inquiry.status == InquiryStatus.NEW and inquiry.language == "vi"
    assert inquiry.mail_status == InquiryMailStatus.SENT and inquiry.mail_attempts == 1
    assert inquiry.respond_by == add_working_days(timezone.localdate(), 2)

    message, receipt = mail.outbox
    assert sorted(message.to) == ["sukien@alpha.example.vn", "thue@alpha.example.vn"]
    assert message.reply_to == ["lan@example.com"]
    assert inquiry.reference in message.subject
    assert "Chúng tôi muốn thuê xưởng trong tháng Một." in message.body
    assert f"/admin/inquiries/edit/{inquiry.pk}/" in message.body

    # The visitor's receipt: the reference and what happens next, in Vietnamese; replies
    # reach the center's public contacts; nothing the visitor typed but the dates.
    assert receipt.to == ["lan@example.com"]
    assert sorted(receipt.reply_to) == ["sukien@alpha.example.vn", "thue@alpha.example.vn"]
    assert inquiry.reference in receipt.subject and "đã được tiếp nhận" in receipt.subject
    assert inquiry.reference in receipt.body
    assert "trong vòng 2 ngày làm việc" in receipt.body
    assert long_date(inquiry.respond_by, "vi") in receipt.body
    assert "Studio A" in receipt.body and "4/1/2027 – 31/1/2027" in receipt.body
    assert "Chúng tôi muốn thuê" not in receipt.body and "Nguyễn Thị Lan" not in receipt.body
    assert inquiry.ack_status == InquiryMailStatus.SENT and inquiry.ack_attempts == 1

    page = client.get(response["Location"])
    html = page.content.decode()
    assert f'<strong class="reference">{inquiry.reference}</strong>' in html
    assert "2 ngày làm việc" in html


def test_confirmation_in_english(client, space):
    from network.demo.translate import TranslationMemory, translate_with_memory
    from tests.factories import en

    memory = TranslationMemory()
    for page in (space.center, space.space_index, space):
        memory.add(page.title, f"EN {page.title}")
        memory.add(page.slug, f"en-{page.slug}")
    memory.add(space.center.introduction, "A creative space.")
    memory.add(space.center.address, "1 Hang Bong street")
    memory.add(space.center.district, "Dong Da")
    memory.add("Lễ tân", "Reception")
    memory.add("Sự kiện", "Events")
    translate_with_memory(space.center, en(), memory)
    translate_with_memory(space.space_index, en(), memory)
    english = translate_with_memory(space, en(), memory)
    response = client.post(f"{english.url}inquiry/", form_data(sector=""))
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert '<html lang="en">' in html
    assert "Thank you, your inquiry has been received" in html
    assert "answers within 2 working days" in html
    inquiry = Inquiry.objects.get()
    assert inquiry.language == "en"
    assert inquiry.space.pk == space.pk  # staff see the Vietnamese source
    # Staff read Vietnamese; the visitor's receipt is in English, naming the English page.
    staff, receipt = mail.outbox
    assert "Yêu cầu" in staff.subject
    assert (
        receipt.subject
        == f"Your inquiry {inquiry.reference} to EN Trung tâm Alpha has been received"
    )
    assert "EN Trung tâm Alpha has received your inquiry about EN Studio A." in receipt.body
    assert "within 2 working days, by " + long_date(inquiry.respond_by, "en") in receipt.body
    assert english.full_url in receipt.body


def test_inquiry_is_kept_when_the_mail_server_fails(client, space, settings):
    settings.EMAIL_BACKEND = "tests.spaces.failing_mail.FailingBackend"
    response = post(client, space)
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.mail_status == InquiryMailStatus.FAILED
    assert inquiry.mail_attempts == 1
    assert "SMTP server is down" in inquiry.mail_error
    assert inquiry.ack_status == InquiryMailStatus.FAILED and inquiry.ack_attempts == 1
    assert inquiry.reference in client.get(response["Location"]).content.decode()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = StringIO()
    call_command("retry_inquiry_mail", stdout=out)
    assert "Queued 2" in out.getvalue()
    inquiry.refresh_from_db()
    assert inquiry.mail_status == InquiryMailStatus.SENT and inquiry.mail_attempts == 2
    assert inquiry.mail_error == ""
    assert inquiry.ack_status == InquiryMailStatus.SENT and inquiry.ack_attempts == 2
    assert [m.to for m in mail.outbox][1] == ["lan@example.com"]
    assert len(mail.outbox) == 2
    # Sent is sent: another retry sends neither again.
    call_command("retry_inquiry_mail", stdout=StringIO())
    send_acknowledgement.enqueue(inquiry.pk)
    send_inquiry_mail.enqueue(inquiry.pk)
    assert len(mail.outbox) == 2


class VisitorMailFails(EmailBackend):
    """The center's server takes the staff mail; the visitor's address is refused."""

    def send_messages(self, messages):
        if any("lan@example.com" in message.to for message in messages):
            raise ConnectionRefusedError("recipient refused")
        return super().send_messages(messages)


def test_a_failed_receipt_is_retried_without_mailing_the_center_again(client, space, settings):
    settings.EMAIL_BACKEND = "tests.spaces.test_inquiries.VisitorMailFails"
    post(client, space)
    inquiry = Inquiry.objects.get()
    assert inquiry.mail_status == InquiryMailStatus.SENT
    assert inquiry.ack_status == InquiryMailStatus.FAILED
    assert "recipient refused" in inquiry.ack_error
    assert len(mail.outbox) == 1

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = StringIO()
    call_command("retry_inquiry_mail", stdout=out)
    assert "Queued 1" in out.getvalue()
    staff, receipt = mail.outbox
    assert receipt.to == ["lan@example.com"] and staff.to != receipt.to
    inquiry.refresh_from_db()
    assert (inquiry.mail_attempts, inquiry.ack_attempts) == (1, 2)


def test_retries_stop_after_the_maximum(client, space, settings):
    settings.EMAIL_BACKEND = "tests.spaces.failing_mail.FailingBackend"
    settings.INQUIRY_MAIL_MAX_ATTEMPTS = 2
    post(client, space)
    call_command("retry_inquiry_mail", stdout=StringIO())
    out = StringIO()
    call_command("retry_inquiry_mail", stdout=out)
    assert "Queued 0" in out.getvalue()
    assert Inquiry.objects.get().mail_attempts == 2


def test_errors_are_summed_up_on_top_and_every_typed_value_is_kept(client, space):
    response = post(
        client,
        space,
        name="",
        email="lan@example",
        phone="12345",
        consent=None,
        website="",
    )
    assert response.status_code == 400
    html = response.content.decode()
    form = html[html.index('<form method="post"') :]
    summary = form[: form.index("</ul>")]
    # The summary opens the form, focused, and links each problem to its field.
    assert 'class="error-summary" tabindex="-1" autofocus' in summary
    assert "Có lỗi cần sửa" in summary
    links = re.findall(r'<li><a href="#(inquiry_\w+)">([^<]+)</a></li>', summary)
    assert [field for field, _text in links] == [
        "inquiry_name",
        "inquiry_email",
        "inquiry_phone",
        "inquiry_consent",
    ]
    assert "Nhập họ và tên của bạn." in dict(links).values()
    # Beside each field, the same message, tied to it for screen readers.
    email = re.search(r"<input [^>]*name=\"email\"[^>]*>", form).group(0)
    assert 'aria-invalid="true"' in email and 'aria-describedby="inquiry_email_error"' in email
    assert 'value="lan@example"' in email
    assert re.search(r'<p class="field__error" id="inquiry_email_error">', form)
    phone = re.search(r"<input [^>]*name=\"phone\"[^>]*>", form).group(0)
    assert 'aria-describedby="inquiry_phone_helptext inquiry_phone_error"' in phone
    # Every typed value comes back.
    for value in ['value="12345"', 'value="Nhóm Gốm Mới"', 'value="2027-01-04"', 'value="2"']:
        assert value in form
    assert "Chúng tôi muốn thuê xưởng trong tháng Một.</textarea>" in form
    assert '<option value="painting" selected>' in form
    # Focus without an inline script (the Content-Security-Policy forbids them).
    assert '<script src="/static/spaces/inquiry.js" defer></script>' in html
    assert "<script>" not in html


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"phone": "12345"}, "phone", "số điện thoại Việt Nam"),
        ({"email": "not-an-email"}, "email", None),
        ({"consent": None}, "consent", "đồng ý"),
        ({"date_from": "2027-02-01", "date_to": "2027-01-01"}, "date_to", None),
        ({"message": "x" * 5001}, "message", "5000"),
        ({"people": "0"}, "people", None),
    ],
)
def test_invalid_inquiries_explain_and_store_nothing(client, space, changes, field, message):
    response = post(client, space, **changes)
    assert response.status_code == 400
    html = response.content.decode()
    assert re.search(rf"field--{field} field--error", html)
    if message:
        assert message in html
    assert Inquiry.objects.count() == 0


def test_honeypot_is_dropped_without_a_word(client, space):
    # Even with other mistakes: a robot is told nothing, a person sees no error about a
    # field they cannot see.
    for changes in ({}, {"email": "x"}):
        response = post(client, space, website="http://spam.example", **changes)
        assert response.status_code == 302
        assert response["Location"] == space.url
    assert Inquiry.objects.count() == 0 and mail.outbox == []
    html = post(client, space, email="x").content.decode()
    assert "phải để trống" not in html and "Để trống ô này" in html
    assert 'href="#inquiry_website"' not in html


def test_dates_that_are_not_free_are_named_and_can_be_sent_anyway(client, space, network):
    today = network["today"]
    booked = {
        "date_from": (today + timedelta(days=1)).isoformat(),
        "date_to": (today + timedelta(days=20)).isoformat(),
    }
    warned = post(client, space, **booked)
    assert warned.status_code == 200 and Inquiry.objects.count() == 0
    html = warned.content.decode()
    period = f"Đã đặt: {short_date(today, 'vi')} – {short_date(today + timedelta(days=2), 'vi')}"
    assert "Một số ngày bạn chọn không còn trống" in html and period in html
    key = f"{booked['date_from']}/{booked['date_to']}"
    assert f'<button type="submit" name="dates_confirmed" value="{key}">' in html
    assert 'value="Nguyễn Thị Lan"' in html

    # "Send anyway" for other dates than those warned about warns again.
    moved = {**booked, "date_to": (today + timedelta(days=30)).isoformat()}
    assert post(client, space, dates_confirmed=key, **moved).status_code == 200
    # Free dates go straight through; confirmed dates too.
    free = {"date_from": (today + timedelta(days=5)).isoformat(), "date_to": None}
    assert post(client, space, **free).status_code == 302
    sent = post(client, space, dates_confirmed=key, **booked)
    assert sent.status_code == 302
    staff, receipt = mail.outbox[-2:]
    assert period in staff.body and period in receipt.body
    confirmation = client.get(sent["Location"]).content.decode()
    assert period in confirmation


@pytest.mark.parametrize(
    ("changes", "clash"),
    [
        ({"date_from": 3, "date_to": None}, False),
        ({"date_from": None, "date_to": 2}, True),
        ({"date_from": -5, "date_to": -1}, False),
    ],
)
def test_one_date_alone_is_one_day(client, space, network, changes, clash):
    today = network["today"]
    days = {
        key: (today + timedelta(days=offset)).isoformat() if offset is not None else None
        for key, offset in changes.items()
    }
    assert post(client, space, **days).status_code == (200 if clash else 302)


def test_rate_limit_per_address(client, space, settings):
    settings.INQUIRY_RATE_LIMIT = (2, 3600)
    assert post(client, space).status_code == 302
    assert post(client, space).status_code == 302
    refused = post(client, space)
    assert refused.status_code == 429
    assert "chờ một giờ" in refused.content.decode()
    assert Inquiry.objects.count() == 2
    other = client.post(
        f"/vi/alpha/spaces/{space.slug}/inquiry/", form_data(), REMOTE_ADDR="10.0.0.9"
    )
    assert other.status_code == 302


def test_visitor_html_is_never_rendered(client, space, admin_client):
    post(client, space, name="<b>Bold</b>", message="<script>alert('x')</script>")
    inquiry = Inquiry.objects.get()
    html = admin_client.get(f"/admin/inquiries/edit/{inquiry.pk}/").content.decode()
    assert "<script>alert('x')</script>" not in html
    assert "&lt;script&gt;" in html
    response = post(client, space, message="<script>alert(1)</script>", consent=None)
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_center_wide_inquiry_from_the_spaces_index(client, space):
    response = client.post("/vi/alpha/spaces/inquiry/", form_data())
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.space is None and inquiry.center.slug == "alpha"
    # The center's page links to its own inquiry form (tests/spaces/test_center_inquiry.py).
    center_html = client.get("/vi/alpha/").content.decode()
    assert 'href="/vi/alpha/inquiry/#inquiry"' in center_html


def test_forged_or_missing_confirmation_goes_back_to_the_page(client, space):
    response = client.get(f"/vi/alpha/spaces/{space.slug}/inquiry/sent/?ref=HCC-2026-000001")
    assert response.status_code == 302 and response["Location"].endswith(f"/{space.slug}/")
    assert client.get(f"/vi/alpha/spaces/{space.slug}/inquiry/").status_code == 302


def test_retention_deletes_only_old_closed_inquiries(client, space, settings):
    settings.INQUIRY_RETENTION_DAYS = 30
    for _ in range(3):
        post(client, space)
    old_closed, old_open, recent_closed = Inquiry.objects.order_by("pk")
    long_ago = timezone.now() - timedelta(days=31)
    Inquiry.objects.filter(pk=old_closed.pk).update(status="closed", updated_at=long_ago)
    Inquiry.objects.filter(pk=old_open.pk).update(status="answered", updated_at=long_ago)
    Inquiry.objects.filter(pk=recent_closed.pk).update(status="closed")
    out = StringIO()
    call_command("delete_old_inquiries", stdout=out)
    assert "Deleted 1" in out.getvalue()
    assert set(Inquiry.objects.values_list("pk", flat=True)) == {old_open.pk, recent_closed.pk}
