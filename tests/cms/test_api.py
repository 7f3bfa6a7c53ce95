"""Open data at /api/v2/: centers with what a consumer needs, and 400s for bad input."""

import pytest


def test_centers_listing_in_english_with_coordinates_and_translations(client, demo):
    response = client.get("/api/v2/centers/", {"locale": "en", "limit": 10})
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == 6
    first = data["items"][0]
    assert first["title"] == "Complex 01 Creative Hub"
    assert first["meta"]["locale"] == "en"
    assert first["district"] == "Dong Da"
    assert first["former_district"] == "Dong Da"
    assert first["ward"] == {"code": 226, "name": "Kim Lien Ward"}
    assert abs(first["latitude"] - 21.0046) < 1e-6 and abs(first["longitude"] - 105.8217) < 1e-6
    assert first["translations"] == {
        "vi": "http://localhost/vi/complex-01/",
        "en": "http://localhost/en/complex-01/",
    }


def test_center_detail_has_hours_contacts_and_localized_sectors(client, demo):
    listing = client.get("/api/v2/centers/", {"locale": "vi"}).json()
    center_id = listing["items"][0]["id"]
    detail = client.get(f"/api/v2/centers/{center_id}/").json()
    assert detail["title"] == "Tổ hợp sáng tạo Complex 01"
    assert {"weekday": 4, "opens": "08:00", "closes": "23:00"} in detail["opening_hours"]
    assert detail["contacts"][0]["role"] == "Bộ phận thuê không gian"
    assert {"slug": "design", "name": "Thiết kế"} in detail["sectors"]


def test_district_filter_with_vietnamese_text(client, demo):
    data = client.get("/api/v2/centers/", {"district": "Hoàn Kiếm", "locale": "vi"}).json()
    assert {item["meta"]["slug"] for item in data["items"]} == {
        "villa-49-tran-hung-dao",
        "hang-buom-22",
    }


def test_ward_filter_by_official_code(client, demo):
    data = client.get("/api/v2/centers/", {"ward": "70", "locale": "vi"}).json()
    assert [item["meta"]["slug"] for item in data["items"]] == ["hang-buom-22"]
    assert data["items"][0]["ward"] == {"code": 70, "name": "Phường Hoàn Kiếm"}


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"locale": "xx"}, "locale must be one of: vi, en"),
        ({"bogus": "1"}, "query parameter is not an operation or a recognised field: bogus"),
        ({"limit": "-5"}, "limit must be a positive integer"),
        ({"limit": "99999999999999999999"}, "limit cannot be higher than 20"),
        ({"offset": "99999999999999999999"}, "offset cannot be higher than 1000000"),
        ({"offset": "abc"}, "offset must be a positive integer"),
        ({"type": "network.NoSuchPage"}, "type doesn't exist"),
    ],
)
@pytest.mark.parametrize("endpoint", ["/api/v2/centers/", "/api/v2/pages/"])
def test_bad_parameters_answer_400_with_a_json_message(client, demo, endpoint, params, message):
    if endpoint == "/api/v2/centers/" and "type" in params:
        params = {"order": "no_such_field"}
        message = "cannot order by 'no_such_field' (unknown field)"
    response = client.get(endpoint, params)
    assert response.status_code == 400
    assert response.json() == {"message": message}
