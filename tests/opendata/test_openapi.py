"""The OpenAPI description at /api/v2/schema/ (issue 26): a valid OpenAPI 3 document, and
every endpoint answers as it says, on a small network built by the factories."""

import json
import re

import jsonschema
import pytest
from django.utils import timezone
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from festivals.models import EntryStatus, FestivalEntry, FestivalIndexPage
from hanoi.api import SchemaView, api_router
from tests.factories import FestivalPageFactory
from tests.spaces.conftest import index_of
from tests.spaces.factories import SpacePageFactory

from .conftest import soon

LISTINGS = ["/api/v2/centers/", "/api/v2/events/", "/api/v2/spaces/", "/api/v2/pages/"]


@pytest.fixture
def schema(client, db):
    SchemaView.built = None  # built in this test's language and settings
    response = client.get("/api/v2/schema/")
    assert response.status_code == 200
    return response.json()


@pytest.fixture
def opendata(english, center, make_event, category, sector, network, home):
    """Centers, events (one free, in a category and sector, one in a festival) and spaces,
    in both languages."""
    event = make_event(
        title="Đêm nhạc", slug="dem-nhac", start=soon(3), categories=[category], sectors=[sector]
    )
    make_event(title="Triển lãm", slug="trien-lam", start=soon(4))
    space = SpacePageFactory(parent=index_of(center), slug="xuong", title="Xưởng")
    festivals = FestivalIndexPage(title="Lễ hội", slug="festivals")
    home.add_child(instance=festivals)
    festivals.save_revision().publish()
    festival = FestivalPageFactory(parent=festivals, slug="tuan-le-am-nhac")
    FestivalEntry.objects.create(festival=festival, event=event, status=EntryStatus.APPROVED)
    return {"center": center, "event": event, "space": space, "festival": festival}


def answer_schema(schema, path, code, media_type="application/json"):
    operation = schema["paths"][path]["get"]
    assert str(code) in operation["responses"], f"{path} does not document {code}"
    return operation["responses"][str(code)]["content"][media_type]["schema"]


def check(schema, path, response, media_type="application/json"):
    """``response`` is one that ``path`` documents, and its body matches the schema."""
    assert response["Content-Type"].startswith(media_type)
    body_schema = answer_schema(schema, path, response.status_code, media_type)
    registry = Registry().with_resource(
        "urn:api", Resource.from_contents(schema, default_specification=DRAFT202012)
    )
    jsonschema.Draft202012Validator(
        {"$ref": "urn:api" + body_schema["$ref"]} if "$ref" in body_schema else body_schema,
        registry=registry,
        format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER,
    ).validate(response.json())


def parameters(schema, path):
    return {p["name"]: p["schema"] for p in schema["paths"][path]["get"]["parameters"]}


def test_the_description_is_valid_openapi_and_names_every_endpoint_and_filter(schema):
    validate(schema)
    paths = set(schema["paths"])
    for name, endpoint in api_router._endpoints.items():
        assert {f"/api/v2/{name}/", f"/api/v2/{name}/{{id}}/"} <= paths
        documented = set(parameters(schema, f"/api/v2/{name}/"))
        assert documented == set(endpoint.known_query_parameters) - {"_"}, name
    events = parameters(schema, "/api/v2/events/")
    assert events["mode"]["enum"] == ["mixed", "offline", "online"]
    assert events["modified_since"]["format"] == "date-time"
    spaces = parameters(schema, "/api/v2/spaces/")
    assert spaces["min_area"]["type"] == "integer"
    assert "month" in spaces["period"]["enum"]
    described = {p["name"]: p for p in schema["paths"]["/api/v2/events/"]["get"]["parameters"]}
    assert "festival" in described["festival"]["description"]  # the festivals app's filter
    assert schema["info"]["license"]["name"] == "CC BY 4.0"
    assert "jsonld" in events["format"]["enum"]


def example(path, name, kind, opendata):
    """A value of parameter ``name`` that its endpoint accepts on this network."""
    values = {
        "center": opendata["center"].slug if path == "/api/v2/events/" else "alpha",
        "category": "live-music",
        "fields": "*",
        "modified_since": "2020-01-01T00:00:00+07:00",
        "type": "network.CenterPage" if path == "/api/v2/pages/" else "studio",
        "child_of": str(opendata["center"].get_parent().pk),
        "ancestor_of": str(opendata["event"].pk),
        "descendant_of": str(opendata["center"].pk),
        "translation_of": str(opendata["center"].pk),
        "site": "localhost",
        "order": "title",
        "search": "nhạc",
        "amenity": "daylight",
        "format": "json",
        "free": "1",
        "district": "Đống Đa",
        "ward": "190",
        "festival": opendata["festival"].slug,
        "sector": "test-cinema" if path == "/api/v2/events/" else "painting",
    }
    if name in values:
        return values[name]
    if "enum" in kind:
        return kind["enum"][-1]
    if kind.get("format") == "date":
        return str(timezone.localdate())
    if kind.get("type") == "integer":
        return str(kind.get("minimum", 1) or 1)
    return kind.get("items", {}).get("enum", ["x"])[0]


BAD = {
    "/api/v2/events/": {
        "from": "2026-02-31",
        "mode": "by-bus",
        "free": "maybe",
        "limit": "99",
        "festival": "khong-co",
    },
    "/api/v2/spaces/": {"min_area": "-1", "type": "castle", "free_on": "soon", "offset": "-1"},
    "/api/v2/centers/": {"modified_since": "yesterday", "locale": "fr", "fields": "nope"},
}


def test_every_endpoint_answers_as_documented(schema, client, opendata):
    """Each listing with each documented parameter, each detail, a missing item, the
    documented 400 for bad values, and a harvest's tombstone: all match the description."""
    for path in LISTINGS:
        plain = client.get(path)
        check(schema, path, plain)
        assert plain.json()["items"], f"{path} lists nothing: the check would prove little"
        for name, kind in parameters(schema, path).items():
            asked = {name: example(path, name, kind, opendata)}
            if name == "max_price":  # documented: with a period
                asked["period"] = "month"
            response = client.get(path, asked)
            assert response.status_code == 200, (path, name, response.content)
            check(schema, path, response)
            if name == "festival":  # its events only: the festival's, not the other
                titles = [item["title"] for item in response.json()["items"]]
                assert titles and set(titles) == {"Đêm nhạc"}, titles
        item = plain.json()["items"][0]
        detail = path + "{id}/"
        for params in ({}, {"fields": "*"}):
            response = client.get(f"{path}{item['id']}/", params)
            assert response.status_code == 200, response.content
            check(schema, detail, response)
        check(schema, detail, client.get(f"{path}999999/"))
        for name, value in BAD.get(path, {}).items():
            assert name in parameters(schema, path)
            response = client.get(path, {name: value})
            assert response.status_code == 400, (path, name, value)
            check(schema, path, response)
            assert response.json()["message"]

    # Events as schema.org: the object the event's page embeds, at the same date.
    event = opendata["event"]
    first = event.occurrences.order_by("start").first()
    page = client.get(event.url).content.decode()
    embedded = json.loads(re.search(r'ld\+json">(.*?)</script>', page, re.S).group(1))
    for params, headers in [({"format": "jsonld"}, {}), ({}, {"Accept": "application/ld+json"})]:
        listing = client.get("/api/v2/events/", params, headers=headers)
        check(schema, "/api/v2/events/", listing, "application/ld+json")
        assert listing.json()["itemListElement"][0]["name"] == "Đêm nhạc"
        detail = client.get(f"/api/v2/events/{first.pk}/", params, headers=headers)
        check(schema, "/api/v2/events/{id}/", detail, "application/ld+json")
        assert detail.json() == embedded
    refused = client.get("/api/v2/events/", {"format": "jsonld", "modified_since": "2026-01-01"})
    assert refused.status_code == 400

    since = timezone.localtime().isoformat()
    opendata["event"].unpublish()
    response = client.get("/api/v2/events/", {"modified_since": since})
    assert response.json()["items"][0]["deleted"] is True
    check(schema, "/api/v2/events/", response)
