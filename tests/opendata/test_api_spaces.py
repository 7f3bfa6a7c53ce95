"""/api/v2/spaces/: the spaces finder's filters and fields as JSON, 400s, bounded queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.spaces.conftest import index_of
from tests.spaces.factories import SpacePageFactory

URL = "/api/v2/spaces/"


def slugs(response):
    assert response.status_code == 200, response.content
    return [item["meta"]["slug"] for item in response.json()["items"]]


def test_fields_of_a_space(client, network):
    item = client.get(URL, {"center": "beta", "type": "stage"}).json()["items"][0]
    beta = network["beta"]
    assert item["title"] == "Hall"
    assert item["url"] == "http://localhost/vi/beta/spaces/hall/"
    assert item["translations"] == {"vi": item["url"]}
    assert item["space_type"] == {"value": "stage", "label": "Sân khấu, hội trường"}
    assert item["area"] == 300
    assert item["capacity"] == {"seated": 300, "standing": 450, "max": 450}
    assert item["price"] == {
        "currency": "VND",
        "amount": 40000000,
        "period": "day",
        "period_label": "mỗi ngày",
        "reduced_amount": None,
        "reduced_terms": "",
    }
    assert isinstance(item["price"]["amount"], int)
    assert [a["slug"] for a in item["amenities"]] == ["fast-wifi", "speakers"]
    assert item["sectors"] == [{"slug": "stagecraft", "name": "Nghệ thuật biểu diễn"}]
    assert item["center"] == {
        "id": beta.pk,
        "slug": "beta",
        "title": "Trung tâm Beta",
        "url": "http://localhost/vi/beta/",
    }
    assert item["ward"] == {"code": 70, "name": "Phường Hoàn Kiếm"}
    assert item["former_district"] == item["district"] == "Hoàn Kiếm"
    assert (item["latitude"], item["longitude"]) == (21.0285, 105.8542)
    assert item["meta"]["locale"] == "vi"
    assert item["meta"]["detail_url"] == f"http://testserver/api/v2/spaces/{item['id']}/"


def test_a_price_on_request_has_no_amount(client, network):
    garden = client.get(URL, {"type": "outdoor"}).json()["items"][0]
    assert garden["price"]["amount"] is None
    assert garden["price"]["period"] == "request"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({}, ["studio-a", "studio-b", "desk", "hall", "gallery", "seminar", "garden"]),
        ({"type": "studio"}, ["studio-a", "studio-b"]),
        ({"center": "alpha"}, ["studio-a", "studio-b", "desk"]),
        ({"district": "Hoàn Kiếm"}, ["hall", "gallery", "seminar", "garden"]),
        ({"min_area": "100"}, ["hall", "gallery", "garden"]),
        ({"capacity": "100"}, ["hall", "gallery", "garden"]),
        ({"period": "month", "max_price": "3000000"}, ["studio-a", "desk"]),
        ({"sector": "painting"}, ["studio-a", "gallery"]),
        ({"amenity": ["fast-wifi", "speakers"]}, ["hall", "seminar"]),
        (
            {"sort": "-area"},
            ["garden", "hall", "gallery", "seminar", "studio-b", "studio-a", "desk"],
        ),
    ],
)
def test_each_filter_like_the_spaces_page(client, network, params, expected):
    assert slugs(client.get(URL, params)) == expected


def test_free_on_leaves_out_blocked_spaces(client, network):
    today = network["today"]
    assert "studio-a" not in slugs(client.get(URL, {"free_on": f"{today}"}))
    assert "studio-a" in slugs(
        client.get(URL, {"free_on": f"{today.replace(year=today.year + 1)}"})
    )


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"type": "castle"}, "type: “castle” is not one of the choices."),
        ({"center": "gamma"}, "center: “gamma” is not one of the choices."),
        ({"district": "Ba Đình"}, "district: “Ba Đình” is not one of the choices."),
        ({"amenity": ["daylight", "pool"]}, "amenity: “pool” is not one of the choices."),
        ({"min_area": "lớn"}, "min_area: Enter a whole number, for example 50."),
        ({"capacity": "0"}, "capacity: Ensure this value is greater than or equal to 1."),
        (
            {"min_area": "1" * 30},
            "min_area: Ensure this value is less than or equal to 1000000000000.",
        ),
        (
            {"max_price": "500000"},
            "period: Choose hour, day or month to compare prices with your maximum.",
        ),
        ({"free_on": "31/02/2026"}, "free_on: Enter a date such as 2026-12-05 or 5/12/2026."),
        ({"sort": "random"}, "sort: “random” is not one of the choices."),
        ({"center": "\u0000\ufffd𝔘"}, "center: “\u0000\ufffd𝔘” is not one of the choices."),
        ({"locale": "fr"}, "locale must be one of: vi, en"),
        ({"offset": "99999999999999999999"}, "offset cannot be higher than 1000000"),
        ({"limit": "21"}, "limit cannot be higher than 20"),
        ({"page": "2"}, "query parameter is not an operation or a recognised field: page"),
    ],
)
def test_bad_values_answer_400_with_a_json_message(client, network, params, message):
    response = client.get(URL, params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    assert response.json() == {"message": message}


def test_locale_filtering_and_translations(client, network, locales, translate):
    from spaces.models import SpaceIndexPage

    alpha = network["alpha"]
    translate(
        alpha,
        {
            alpha.title: "Alpha Center",
            alpha.slug: alpha.slug,
            alpha.introduction: "A creative space.",
            alpha.address: "Hang Bong street",
            alpha.district: "Dong Da",
        },
    )
    index = SpaceIndexPage.objects.child_of(alpha).get()
    translate(index, {index.title: "Spaces", index.slug: "spaces"})
    desk = network["spaces"]["desk"]
    translate(desk, {desk.title: "Desk", desk.slug: "hot-desk"})
    response = client.get(URL, {"locale": "en"})
    assert slugs(response) == ["hot-desk"]
    item = response.json()["items"][0]
    assert item["url"] == "http://localhost/en/alpha/spaces/hot-desk/"
    assert item["translations"] == {
        "en": item["url"],
        "vi": "http://localhost/vi/alpha/spaces/desk/",
    }
    assert item["space_type"]["label"] == "Co-working desk"
    assert item["price"]["period_label"] == "per month"
    assert item["district"] == "Dong Da"
    assert item["ward"] == {"code": 190, "name": "O Cho Dua Ward"}
    assert item["former_district"] == "Dong Da"
    assert item["center"]["title"] == "Alpha Center"
    assert slugs(client.get(URL, {"locale": "en", "district": "Dong Da"})) == ["hot-desk"]
    assert client.get(URL, {"locale": "en", "district": "Đống Đa"}).status_code == 400


def test_detail_and_unknown_id(client, network):
    item = client.get(URL, {"type": "desk"}).json()["items"][0]
    detail = client.get(f"{URL}{item['id']}/")
    assert detail.status_code == 200
    assert detail.json() == item
    missing = client.get(f"{URL}999999/")
    assert missing.status_code == 404
    assert missing.json() == {"message": "No SpacePage matches the given query."}


def test_the_same_number_of_queries_for_3_and_30_spaces(client, center_factory, taxonomy):
    center = center_factory(slug="gamma", title="Trung tâm Gamma")
    amenities = list(taxonomy["amenities"].values())
    sectors = list(taxonomy["sectors"].values())

    def make(n, start):
        for i in range(start, start + n):
            SpacePageFactory(
                parent=index_of(center),
                slug=f"phong-{i}",
                amenities=amenities[: 1 + i % 3],
                sectors=sectors[: 1 + i % 2],
            )

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(URL, {"limit": 20, "amenity": "daylight"})
        assert response.status_code == 200
        return len(queries), len(response.json()["items"])

    make(3, 0)
    count()  # the first request fills the sites' root paths cache
    few, shown = count()
    assert shown == 3
    make(27, 3)
    many, shown = count()
    assert shown == 20
    assert many == few
