"""Keeping a copy of the open data in sync with ``?modified_since=`` (issue 26)."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import PageViewRestriction

from events.models import EventPage
from tests.spaces.conftest import index_of
from tests.spaces.factories import SpacePageFactory

from .conftest import soon

URLS = ["/api/v2/events/", "/api/v2/spaces/", "/api/v2/centers/"]


def read(client, url, limit=20, **params):
    """Every item of ``url``, a page of ``limit`` at a time."""
    items, offset = [], 0
    while True:
        response = client.get(url, {**params, "offset": offset, "limit": limit})
        assert response.status_code == 200, response.content
        body = response.json()
        items += body["items"]
        offset += len(body["items"])
        if not body["items"] or offset >= body["meta"]["total_count"]:
            return items


def full_read(client):
    return {(url, item["id"]): item for url in URLS for item in read(client, url)}


def harvest(client, copy, since):
    """Apply what changed after ``since`` to ``copy``; the tombstones seen and the
    newest change (the next harvest's ``since``)."""
    tombstones = []
    for url in URLS:
        for item in read(client, url, limit=3, modified_since=since):
            since = max(since, item["last_modified"])
            if item.get("deleted"):
                tombstones.append((url, item["id"]))
                copy.pop((url, item["id"]), None)
            else:
                copy[(url, item["id"])] = item
    return tombstones, since


def newest(copy):
    return max(item["last_modified"] for item in copy.values())


def publish(page, **changes):
    page = page.specific_class.objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return page


@pytest.fixture
def content(make_event, center, network_calendar):
    spaces = index_of(center)
    return {
        "space": SpacePageFactory(parent=spaces, slug="studio", title="Xưởng"),
        "other_space": SpacePageFactory(parent=spaces, slug="hall", title="Hội trường"),
        **{
            name: make_event(title=name, slug=name, start=soon(days))
            for days, name in enumerate(
                ["edited", "unpublished", "deleted", "private", "back", "edited-then-gone"],
                start=1,
            )
        },
        "series": make_event(
            title="series",
            slug="series",
            start=soon(1),
            repeat="weekly",
            repeat_until=timezone.localdate() + timedelta(days=20),
        ),
        "kept": make_event(title="kept", slug="kept", start=soon(9)),
    }


def test_a_copy_kept_by_modified_since_equals_a_full_read(client, content, make_event):
    copy = full_read(client)
    assert len([key for key in copy if key[0] == URLS[0]]) == 10  # 7 events + 3 series dates
    since = newest(copy)

    publish(content["edited"], title="edited, new title")
    content["unpublished"].unpublish()
    EventPage.objects.get(pk=content["deleted"].pk).delete()
    PageViewRestriction.objects.create(
        page=content["private"], restriction_type="password", password="secret"
    )
    content["back"].unpublish()
    publish(content["back"])
    publish(content["edited-then-gone"], title="changed")
    content["edited-then-gone"].specific.unpublish()
    publish(content["series"], repeat_until=timezone.localdate() + timedelta(days=10))
    make_event(title="new", slug="new", start=soon(4))
    publish(content["space"], title="Xưởng mới")
    content["other_space"].unpublish()

    tombstones, since = harvest(client, copy, since)

    assert copy == full_read(client)
    # What left: four events, a dropped date of the series, the date of the event
    # published again (unpublishing deleted it: it is back under a new id), a space.
    assert len([key for key in tombstones if key[0] == URLS[0]]) == 6
    assert content["back"].pk in {item.get("event_id") for item in copy.values()}
    assert (URLS[1], content["other_space"].pk) in tombstones
    assert harvest(client, dict(copy), since) == ([], since)  # nothing newer: nothing sent


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize(
    "value",
    [
        "hôm qua",
        "2026-13-01T00:00:00",
        "0001-01-01T00:00:00",
        "9999-12-31T23:59:59+14:00",
        "２０２６-１２-０１",
        "2026-12-01\x00",
        "",
    ],
)
def test_a_bad_modified_since_is_a_400_with_a_message(db, client, url, value):
    response = client.get(url, {"modified_since": value})
    assert response.status_code == 400
    message = response.json()["message"]
    # Its own message (in Vietnamese), not the one for an unknown parameter.
    assert "modified_since" in message
    assert "ISO 8601" in message or "1970" in message


@pytest.mark.parametrize(("url", "key"), [(URLS[1], "sort"), (URLS[2], "search")])
def test_an_order_of_its_own_cannot_go_with_modified_since(db, client, url, key):
    response = client.get(url, {"modified_since": "2026-01-01", key: "x"})
    assert response.status_code == 400
    assert key in response.json()["message"]


def test_a_value_without_offset_is_hanoi_time(client, make_event, network_calendar):
    event = make_event(title="Hòa nhạc", start=soon(2))
    changed = timezone.localtime(event.last_published_at).replace(tzinfo=None)
    before = (changed - timedelta(seconds=1)).isoformat()
    after = (changed + timedelta(seconds=1)).isoformat()
    url = URLS[0]
    assert [item["event_id"] for item in read(client, url, modified_since=before)] == [event.pk]
    assert read(client, url, modified_since=after) == []


def test_items_carry_last_modified_with_an_offset(client, make_event, network_calendar):
    event = make_event(title="Hòa nhạc", start=soon(2))
    item = read(client, URLS[0])[0]
    assert item["last_modified"].endswith("+07:00")
    assert item["last_modified"] >= timezone.localtime(event.last_published_at).isoformat()


def test_a_harvest_costs_the_same_queries_for_3_and_9_changes(client, make_event, network_calendar):
    since = timezone.localtime().isoformat()

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(URLS[0], {"modified_since": since, "limit": 20})
        assert response.status_code == 200
        return len(queries), len(response.json()["items"])

    events = [make_event(title=f"Sự kiện {i}", start=soon(1 + i)) for i in range(3)]
    count()  # the first request fills the sites' root paths cache
    few, shown = count()
    assert shown == 3
    events += [make_event(title=f"Sự kiện {i}", start=soon(1 + i)) for i in range(3, 9)]
    for event in events[:2]:
        event.unpublish()
    many, shown = count()
    assert shown == 9  # 7 dates and 2 tombstones
    assert many == few
