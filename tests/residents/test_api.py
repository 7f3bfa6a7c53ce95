"""``/api/v2/residents/``: the directory's filters, strictly; only what a visitor may open;
``modified_since`` with tombstones."""

from django.utils import timezone

URL = "/api/v2/residents/"


def slugs(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200, response.content
    return sorted(item["meta"]["slug"] for item in response.json()["items"])


def test_the_directorys_filters_and_only_public_residents(client, network):
    assert slugs(client) == ["ca-chep", "hoa-si", "phap-ly", "von"]
    assert slugs(client, kind="studio", sector="games-test") == ["ca-chep"]
    assert slugs(client, center="beta", services="yes") == ["von"]
    assert slugs(client, service="legal") == ["phap-ly"]


def test_a_bad_value_is_a_400_with_a_message(client, network):
    for params, words in [
        ({"kind": "castle"}, "“castle”"),
        ({"sector": "nope"}, "“nope”"),
        ({"center": "gamma"}, "“gamma”"),
        ({"services": "maybe"}, "“maybe”"),
        ({"colour": "red"}, "colour"),
    ]:
        response = client.get(URL, params)
        assert response.status_code == 400, params
        assert words in response.json()["message"]


def test_an_item_says_what_the_page_says(client, network):
    items = {item["meta"]["slug"]: item for item in client.get(URL).json()["items"]}
    studio, legal = items["ca-chep"], items["phap-ly"]
    assert studio["kind"]["value"] == "studio"
    assert studio["center"]["slug"] == "alpha"
    assert studio["space"]["title"] == "Xưởng 40 m²"
    assert studio["contact"] is None  # no consent
    assert legal["contact"]["email"] == "tuvan@phaply.example"
    assert legal["services"] == [{"value": "legal", "label": "Tư vấn pháp lý"}]
    assert studio["last_modified"]
    assert client.get(f"{URL}{network['residents']['rieng'].pk}/").status_code == 404
    assert client.get(f"{URL}{network['residents']['nhap'].pk}/").status_code == 404


def test_modified_since_lists_changes_and_tombstones(client, network):
    since = timezone.now().isoformat()
    gone = network["residents"]["hoa-si"]
    gone.unpublish()
    body = client.get(URL, {"modified_since": since}).json()
    assert [(item["id"], item.get("deleted")) for item in body["items"]] == [(gone.pk, True)]
    assert client.get(URL, {"modified_since": "yesterday"}).status_code == 400


def test_answers_match_the_openapi_description(client, network):
    from hanoi.api import SchemaView
    from tests.opendata.test_openapi import check, parameters

    SchemaView.built = None
    schema = client.get("/api/v2/schema/").json()
    assert set(parameters(schema, URL)) >= {"center", "kind", "sector", "service", "services"}
    for params in ({}, {"fields": "*"}, {"kind": "castle"}, {"services": "yes"}):
        check(schema, URL, client.get(URL, params))
    item = client.get(URL, {"service": "legal"}).json()["items"][0]
    check(schema, URL + "{id}/", client.get(f"{URL}{item['id']}/"))
    since = timezone.now().isoformat()
    network["residents"]["von"].unpublish()
    check(schema, URL, client.get(URL, {"modified_since": since}))
