"""The residents directory, a center's residents, a resident's page and who may edit it."""

import json
import re

from django.contrib.auth.models import Group
from django.test import Client

from residents.forms import SPACE_OF_ANOTHER_CENTER, ResidentPageForm
from residents.models import ResidentPage


def slugs(response):
    return re.findall(r'class="resident-card" data-slug="([^"]+)"', response.content.decode())


def directory(client, network, **query):
    response = client.get(network["directory"].url, query)
    assert response.status_code == 200
    return response


FILTERS = [
    ({}, ["hoa-si", "phap-ly", "von", "ca-chep"]),
    ({"kind": "studio"}, ["ca-chep"]),
    ({"sector": "games-test"}, ["phap-ly", "ca-chep"]),
    ({"sector": "games-test", "kind": "studio"}, ["ca-chep"]),
    ({"center": "beta"}, ["hoa-si", "von"]),
    ({"services": "yes"}, ["phap-ly", "von"]),
    ({"service": "training"}, ["von"]),
    ({"center": "alpha", "services": "yes"}, ["phap-ly"]),
]


def test_directory_filters(client, network):
    """Only the published, public residents (the draft and the private one never), by
    title; one network for every case."""
    found = {str(query): slugs(directory(client, network, **query)) for query, _ in FILTERS}
    assert found == {str(query): expected for query, expected in FILTERS}


def test_a_bad_value_is_dropped_with_a_message_in_the_visitors_language(client, network):
    response = directory(client, network, kind="castle", sector="games-test", services="maybe")
    assert slugs(response) == ["phap-ly", "ca-chep"]
    text = response.content.decode()
    assert "“castle” không có trong danh sách lựa chọn." in text
    assert "Có cung cấp dịch vụ: “maybe”" in text


def test_the_page_number_follows_the_listing_rule(client, network):
    response = directory(client, network, page="abc")
    assert slugs(response) == ["hoa-si", "phap-ly", "von", "ca-chep"]
    assert "“abc” không phải là số trang" in response.content.decode()


def test_an_unpublished_center_hides_its_residents(client, network):
    network["beta"].unpublish()
    assert slugs(directory(client, network)) == ["phap-ly", "ca-chep"]


def test_the_center_index_lists_its_own_residents(client, network):
    index = network["residents"]["ca-chep"].get_parent()
    response = client.get(index.url, {"kind": "service_provider"})
    assert slugs(response) == ["phap-ly"]
    assert 'name="center"' not in response.content.decode()


def test_the_center_page_shows_its_residents(client, network):
    response = client.get(network["alpha"].url)
    assert slugs(response) == ["phap-ly", "ca-chep"]
    assert f'href="{network["residents"]["ca-chep"].get_parent().url}"' in response.content.decode()


def test_the_space_page_shows_who_works_there(client, network):
    assert slugs(client.get(network["studio"].url)) == ["ca-chep"]


def json_ld(response):
    found = re.search(
        r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S
    )
    return json.loads(found.group(1))


def test_json_ld_organisation_with_contact_only_with_consent(client, network):
    studio = json_ld(client.get(network["residents"]["ca-chep"].url))
    assert studio["@type"] == "Organization"
    assert studio["name"] == "Studio game Cá Chép"
    assert studio["location"]["name"] == "Trung tâm Alpha"
    assert "email" not in studio
    legal = json_ld(client.get(network["residents"]["phap-ly"].url))
    assert legal["email"] == "tuvan@phaply.example"
    assert legal["makesOffer"][0]["itemOffered"]["name"] == "Tư vấn pháp lý"


def test_json_ld_person_for_an_artist(client, network):
    artist = json_ld(client.get(network["residents"]["hoa-si"].url))
    assert artist["@type"] == "Person"
    assert artist["workLocation"]["name"] == "Trung tâm Beta"


def test_the_contact_is_shown_only_with_consent(client, network):
    assert (
        "hello@cachep.example"
        not in client.get(network["residents"]["ca-chep"].url).content.decode()
    )
    assert (
        "tuvan@phaply.example" in client.get(network["residents"]["phap-ly"].url).content.decode()
    )


def test_private_and_draft_residents_are_not_served(client, network):
    assert client.get(network["residents"]["rieng"].url).status_code == 302  # to the login
    assert client.get(network["residents"]["nhap"].url).status_code == 404


def editor_of(center, django_user_model, name):
    user = django_user_model.objects.create_user(name, password="x")
    user.groups.add(Group.objects.get(pk=center.editors_group_id))
    return user


def test_a_centers_staff_edit_only_their_own_residents(network, django_user_model):
    alpha_editor = editor_of(network["alpha"], django_user_model, "alpha-editor")
    own, other = network["residents"]["ca-chep"], network["residents"]["hoa-si"]
    assert own.permissions_for_user(alpha_editor).can_edit()
    assert not other.permissions_for_user(alpha_editor).can_edit()
    client = Client()
    client.force_login(alpha_editor)
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{other.pk}/edit/").status_code == 302
    beta_index = other.get_parent()
    assert (
        client.get(f"/admin/pages/add/residents/residentpage/{beta_index.pk}/").status_code == 302
    )


def test_a_resident_may_not_occupy_another_centers_space(network):
    hoa_si = network["residents"]["hoa-si"]
    form_class = ResidentPage.get_edit_handler().get_form_class()
    data = {
        "title": hoa_si.title,
        "slug": hoa_si.slug,
        "kind": "artist",
        "space": network["studio"].pk,
    }
    form = form_class(data=data, instance=hoa_si, for_user=None, parent_page=hoa_si.get_parent())
    assert issubclass(form_class, ResidentPageForm)
    assert not form.is_valid()
    assert form.errors["space"] == [str(SPACE_OF_ANOTHER_CENTER)]
