"""ETag / Last-Modified and 304 Not Modified on the API and the feeds (issue 26)."""

import pytest
from django.core.cache import cache
from django.test import override_settings

from .conftest import soon

ADDRESSES = [
    "/api/v2/events/",
    "/api/v2/spaces/",
    "/api/v2/centers/",
    "/vi/events/feed.ics",
    "/vi/events/feed.rss",
    "/vi/events/feed.atom",
]


@pytest.fixture
def event(make_event, network_calendar):
    return make_event(title="Hòa nhạc", slug="hoa-nhac", start=soon(2))


@pytest.mark.parametrize("address", ADDRESSES)
def test_a_current_copy_gets_a_bodiless_304_and_a_change_a_new_etag(client, event, address):
    first = client.get(address)
    assert first.status_code == 200
    etag, modified = first["ETag"], first["Last-Modified"]

    again = client.get(address, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert client.get(address, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304

    event.title = "Hòa nhạc mùa đông"
    event.save_revision().publish()
    changed = client.get(address, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200
    assert changed["ETag"] != etag


def test_a_detail_answers_304_too(client, event):
    url = f"/api/v2/events/{event.occurrences.get().pk}/"
    etag = client.get(url)["ETag"]
    assert client.get(url, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_each_query_has_its_own_etag_and_an_error_none(client, event):
    plain = client.get("/api/v2/events/")["ETag"]
    assert client.get("/api/v2/events/", {"limit": 1})["ETag"] != plain
    refused = client.get("/api/v2/events/", {"modified_since": "hôm qua"})
    assert refused.status_code == 400
    assert "ETag" not in refused


def test_a_cached_and_compressed_answer_still_gets_its_304(client, event, tmp_path):
    with override_settings(PAGE_CACHE_ENABLED=True, PAGE_CACHE_STAMP_FILE=str(tmp_path / "stamp")):
        cache.clear()
        gzip = {"HTTP_ACCEPT_ENCODING": "gzip"}
        first = client.get("/api/v2/events/", **gzip)
        assert first["Content-Encoding"] == "gzip"
        etag = first["ETag"]
        assert etag.startswith('W/"')  # made weak by the compression
        hit = client.get("/api/v2/events/", HTTP_IF_NONE_MATCH=etag, **gzip)
        assert hit["X-Cache"] == "HIT"
        assert hit.status_code == 304
        assert hit.content == b""
        assert client.get("/api/v2/events/", **gzip).status_code == 200
        cache.clear()
