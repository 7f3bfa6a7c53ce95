"""The public complaint form: stored first, reference shown, the department and staff told."""

from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command

from department.models import Complaint, MailStatus
from network.demo.translate import TranslationMemory, translate_with_memory
from tests.factories import en

from .conftest import member_of

pytestmark = pytest.mark.django_db

URL = "/vi/feedback/alpha/"


def form_data(**changes):
    data = {
        "name": "Phạm Minh Châu",
        "email": "chau@example.com",
        "phone": "0912 345 678",
        "space": "",
        "subject": "Lối thoát hiểm bị khóa",
        "message": "Tối qua cửa thoát hiểm phía sau hội trường bị khóa trong lúc biểu diễn.",
        "website": "",
    }
    data.update(changes)
    return data


@pytest.fixture
def people(network, department_group, django_user_model):
    return {
        "department": member_of(department_group, django_user_model, "so", "so@hanoi.gov.vn"),
        "alpha": member_of(network["alpha"].editors_group, django_user_model, "a", "a@alpha.vn"),
        "beta": member_of(network["beta"].editors_group, django_user_model, "b", "b@beta.vn"),
    }


def test_center_page_links_to_its_feedback_form(client, network):
    html = client.get(network["alpha"].url).content.decode()
    assert f'href="{URL}"' in html and "Góp ý / phản ánh" in html
    form = client.get(URL).content.decode()
    assert "Góp ý, phản ánh: Trung tâm Alpha" in form
    assert "Hội trường A" in form and "Hội trường B" not in form  # only this center's spaces


def test_complaint_is_stored_confirmed_and_sent(client, network, people):
    response = client.post(URL, form_data(space=network["hall_a"].pk))
    assert response.status_code == 302
    complaint = Complaint.objects.get()
    assert complaint.center == network["alpha"] and complaint.space == network["hall_a"]
    assert complaint.phone == "+84912345678" and complaint.language == "vi"
    assert complaint.reference.startswith(f"GY-{complaint.created_at.year}-")

    html = client.get(response["Location"]).content.decode()
    assert f'<strong class="reference">{complaint.reference}</strong>' in html
    assert "Cảm ơn bạn, ý kiến của bạn đã được tiếp nhận" in html

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert set(message.to) == {"so@hanoi.gov.vn", "a@alpha.vn"}  # not beta's staff
    assert message.reply_to == ["chau@example.com"]
    assert complaint.reference in message.subject and "Trung tâm Alpha" in message.subject
    assert "Lối thoát hiểm bị khóa" in message.body and "Hội trường A" in message.body
    assert f"/admin/safety/complaints/edit/{complaint.pk}/" in message.body
    complaint.refresh_from_db()
    assert complaint.mail_status == MailStatus.SENT


@pytest.fixture
def english(network):
    memory = TranslationMemory()
    alpha = network["alpha"]
    memory.add(alpha.title, "Alpha Center")
    memory.add(alpha.slug, "alpha-center")
    memory.add(alpha.introduction, "A creative space.")
    memory.add(alpha.address, "1 Hang Bong street")
    memory.add(alpha.district, "Dong Da")
    return translate_with_memory(alpha, en(), memory)


def test_english_form_links_the_vietnamese_center(client, network, people, english):
    alpha = network["alpha"]
    assert f'href="/en/feedback/{english.slug}/"' in client.get(english.url).content.decode()

    response = client.post(f"/en/feedback/{english.slug}/", form_data(email="", phone=""))
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert '<html lang="en">' in html and "Thank you, your message has been received" in html
    assert "so we cannot answer you directly" in html
    complaint = Complaint.objects.get()
    assert complaint.center.pk == alpha.pk and complaint.language == "en"
    assert mail.outbox[0].reply_to == []


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "This field is required"),
        ({"email": "not-an-email"}, "email", "Enter a valid email address"),
        ({"phone": "12345"}, "phone", "Enter a Vietnamese phone number"),
        ({"message": "x" * 5001}, "message", "Please keep your message under 5000 characters"),
        ({"subject": "Ồn\u200e\x07ào"}, "subject", "characters that cannot be read"),
        ({"message": "Xin chào \ue000\ue001"}, "message", "characters that cannot be read"),
        ({"space": "99999"}, "space", "Select a valid choice"),
        # Past a database integer: SQLite raised OverflowError (a 500) before SpaceField.
        ({"space": "9" * 30}, "space", "Select a valid choice"),
    ],
)
def test_bad_input_is_explained_in_english(client, english, changes, field, message):
    response = client.post("/en/feedback/alpha-center/", form_data(**changes))
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and f"field--{field} field--error" in html
    assert Complaint.objects.count() == 0
    # The Vietnamese slug is not the English page's: not found, not an error.
    assert client.post("/en/feedback/alpha/", form_data(**changes)).status_code == 404


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": ""}, "Trường này là bắt buộc"),
        ({"phone": "12345"}, "số điện thoại"),
        ({"message": "x" * 5001}, "Nội dung không được dài quá 5000 ký tự (hiện có 5001)"),
        ({"subject": "Ồn\x07ào"}, "Ô này có ký tự không đọc được"),
        ({"space": "99999"}, "Hãy chọn một lựa chọn hợp lệ"),
        ({"space": "9" * 30}, "Hãy chọn một lựa chọn hợp lệ"),
    ],
)
def test_bad_input_is_explained_in_vietnamese(client, network, changes, message):
    response = client.post(URL, form_data(**changes))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Complaint.objects.count() == 0


def test_another_centers_space_is_refused(client, network):
    response = client.post(URL, form_data(space=network["hall_b"].pk))
    assert response.status_code == 400
    assert Complaint.objects.count() == 0


def test_honeypot_and_rate_limit(client, network, settings):
    assert client.post(URL, form_data(website="http://spam")).status_code == 400
    assert Complaint.objects.count() == 0
    settings.COMPLAINT_RATE_LIMIT = (2, 3600)
    assert [client.post(URL, form_data()).status_code for _ in range(3)] == [302, 302, 429]
    assert Complaint.objects.count() == 2


@pytest.mark.parametrize(
    "path",
    [
        "/vi/feedback/khong-co/",
        "/vi/feedback/%00/",
        "/vi/feedback/a%20b/",
        "/vi/feedback/" + "x" * 400 + "/",
        "/vi/feedback/trung-t%C3%A2m/",
        "/vi/feedback/%F0%9F%94%A5/",
        "/vi/feedback/beta%0A/",
    ],
)
def test_odd_center_slugs_are_not_found_never_an_error(client, network, path):
    assert client.get(path).status_code == 404
    assert client.post(path, form_data()).status_code == 404


def test_forged_confirmation_goes_back_to_the_form(client, network):
    response = client.get("/vi/feedback/alpha/sent/?ref=GY-2026-000001")
    assert response.status_code == 302 and response["Location"] == URL


def test_complaint_is_kept_when_the_mail_server_fails(client, network, people, settings):
    settings.EMAIL_BACKEND = "tests.spaces.failing_mail.FailingBackend"
    response = client.post(URL, form_data())
    assert response.status_code == 302
    complaint = Complaint.objects.get()
    assert complaint.mail_status == MailStatus.FAILED and complaint.mail_attempts == 1
    assert "SMTP server is down" in complaint.mail_error
    assert complaint.reference in client.get(response["Location"]).content.decode()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = StringIO()
    call_command("retry_complaint_mail", stdout=out)
    assert "Queued 1" in out.getvalue()
    complaint.refresh_from_db()
    assert complaint.mail_status == MailStatus.SENT and complaint.mail_attempts == 2
    assert len(mail.outbox) == 1


def test_visitor_html_is_escaped(client, network, people, admin_client):
    client.post(URL, form_data(subject="<script>alert(1)</script>"))
    complaint = Complaint.objects.get()
    html = admin_client.get(f"/admin/safety/complaints/edit/{complaint.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
