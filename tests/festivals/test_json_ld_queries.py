"""The events API as JSON-LD names each event's festival (``superEvent``) with a fixed
number of queries per page, however many events the page holds."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from .conftest import approve_into

URL = "/api/v2/events/?format=jsonld"


def queries(client):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(URL)
    assert response.status_code == 200, response.content
    return len(captured), response.json()["itemListElement"]


def super_events(items):
    return [item["superEvent"]["name"] for item in items if "superEvent" in item]


def test_the_festival_of_every_event_costs_no_query_per_event(
    client, programme, festival, make_event, network_calendar, django_assert_max_num_queries
):
    queries(client)  # caches warmed: the site, content types
    few, items = queries(client)
    assert len(items) == 6 and super_events(items) == ["Tuần lễ Thiết kế"] * 4
    more = [make_event(center, f"them-{n}", 3) for n, center in enumerate(["alpha", "beta"] * 5)]
    approve_into(festival, *more)
    queries(client)
    with django_assert_max_num_queries(few):
        response = client.get(URL)
    items = response.json()["itemListElement"]
    assert len(items) == 16 and super_events(items) == ["Tuần lễ Thiết kế"] * 14
