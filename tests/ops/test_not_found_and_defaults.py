"""Smaller holes: 404s outside the language prefix, Wagtail's default moderation groups."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Workflow

from approvals.workflow import WORKFLOW_NAME

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("quantri", "qt@example.com", "mat-khau-dai")
    client.force_login(user)
    return client


def test_an_unknown_admin_url_answers_the_admins_404(admin_client, home):
    response = admin_client.get("/admin/khong-co-trang-nay/")
    assert response.status_code == 404
    assert "wagtailadmin/404.html" in [t.name for t in response.templates]


@pytest.mark.parametrize("path", ["/api/v2/khong-co/", "/api/khong-co", "/api/v2/pages/abc/"])
def test_an_unknown_api_url_answers_json(client, home, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert "message" in response.json()


@pytest.mark.parametrize("path", ["/documents/khong-co/", "/static/khong-co/"])
def test_documents_and_static_404_are_not_sent_to_a_language(client, home, path):
    assert client.get(path).status_code == 404


def test_public_paths_still_get_their_language(client, home):
    response = client.get("/gioi-thieu/")
    assert response.status_code == 302 and response["Location"] == "/vi/gioi-thieu/"


def test_wagtails_default_groups_and_workflow_are_gone(admin_client, home):
    assert not Group.objects.filter(name__in=["Editors", "Moderators"]).exists()
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    assert Workflow.objects.filter(name=WORKFLOW_NAME, active=True).exists()
    # No page is offered for the default workflow any more.
    edit = admin_client.get(f"/admin/pages/{home.pk}/edit/").content.decode()
    assert "Moderators approval" not in edit
    assert home.get_workflow() is None
