"""Holes a probe of the running platform found (issue 20): each tried as the attacker did.

1. History and usage views of center-scoped records answered another center's editor.
9. A translator renamed a live source-language sector; the page chooser's search showed
   other centers' draft titles.
"""

import pytest
from django.urls import reverse

from network.models import Sector

from .world import DRAFT, SECRET


def as_user(client, world, role):
    client.force_login(world[role])
    return client


@pytest.mark.parametrize("view", ["history", "usage"])
@pytest.mark.parametrize(
    "namespace, label",
    [
        ("inquiries", "spaces.inquiry"),
        ("complaints", "department.complaint"),
        ("safety_certificates", "department.firesafetycertificate"),
        ("safety_records", "department.safetyrecord"),
        ("attendance", "reports.eventattendance"),
        ("sign-offs", "reports.signoff"),
    ],
)
def test_another_centers_editor_cannot_read_a_rows_history_or_usage(
    client, world, view, namespace, label
):
    url = reverse(f"{namespace}:{view}", args=[world["rows_a"][label].pk])
    response = as_user(client, world, "editor_b").get(url)
    assert response.status_code in (302, 403, 404)
    assert SECRET not in response.content.decode()


def test_history_still_opens_for_the_centers_own_staff(client, world):
    url = reverse("inquiries:history", args=[world["rows_a"]["spaces.inquiry"].pk])
    response = as_user(client, world, "admin_a").get(url)
    assert response.status_code == 200 and SECRET in response.content.decode()


def sector_form(sector, name):
    return {"name": name, "slug": sector.slug, "description": "", "sort_order": sector.sort_order}


def test_a_translator_cannot_rename_a_source_language_sector(client, world):
    sector = world["taxonomy"]["network.sector"]["source"]
    url = reverse("wagtailsnippets_network_sector:edit", args=[sector.pk])
    as_user(client, world, "translator")
    assert client.get(url).status_code == 302
    client.post(url, sector_form(sector, "Đã đổi tên"))
    assert Sector.objects.get(pk=sector.pk).name == sector.name


def test_a_translator_still_translates_the_sector(client, world):
    translation = world["taxonomy"]["network.sector"]["translation"]
    url = reverse("wagtailsnippets_network_sector:edit", args=[translation.pk])
    response = as_user(client, world, "translator").get(url)
    assert response.status_code == 200
    assert "wagtail-localize" in response.content.decode()  # the translation editor


def test_the_department_still_renames_a_source_sector(client, world):
    sector = world["taxonomy"]["network.sector"]["source"]
    url = reverse("wagtailsnippets_network_sector:edit", args=[sector.pk])
    as_user(client, world, "department").post(url, sector_form(sector, "Thiết kế"))
    assert Sector.objects.get(pk=sector.pk).name == "Thiết kế"


def chooser_titles(client, url, **query):
    response = client.get(url, query)
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("role, sees", [("editor_b", False), ("editor_a", True), ("admin_a", True)])
def test_the_page_chooser_shows_drafts_to_their_centers_staff_only(client, world, role, sees):
    as_user(client, world, role)
    search = chooser_titles(client, reverse("wagtailadmin_choose_page_search"), q=DRAFT)
    browse = chooser_titles(client, reverse("wagtailadmin_choose_page_child", args=[world["a"].pk]))
    assert (DRAFT in search) is sees
    assert (DRAFT in browse) is sees
    assert SECRET in browse  # the live center itself is public


def test_the_page_chooser_still_finds_live_pages_of_other_centers(client, world):
    as_user(client, world, "editor_b")
    search = chooser_titles(client, reverse("wagtailadmin_choose_page_search"), q=SECRET)
    assert f"Triển lãm Trung tâm {SECRET}" in search
