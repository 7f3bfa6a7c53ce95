"""The festival page as a calendar of its approved events, its index, and JSON-LD."""

import json
import re
from datetime import timedelta

from django.utils import timezone

from tests.factories import FestivalPageFactory


def json_ld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def event_links(html):
    return set(re.findall(r'href="/vi/(?:alpha|beta|gamma)/events/([\w-]+)/"', html))


def test_festival_lists_only_its_approved_events(client, programme):
    html = client.get("/vi/festivals/tuan-le-thiet-ke/").content.decode()
    assert event_links(html) >= {"free-alpha", "paid-alpha", "free-beta", "paid-gamma"}
    assert not event_links(html) & {"proposed-beta", "outside"}


def test_festival_calendar_filters_free_at_one_center(client, programme):
    html = client.get("/vi/festivals/tuan-le-thiet-ke/?free=1&center=alpha").content.decode()
    assert event_links(html) == {"free-alpha"}
    accessible = client.get("/vi/festivals/tuan-le-thiet-ke/?accessible=mi").content.decode()
    assert event_links(accessible) == {"free-alpha"}


def test_center_filter_offers_the_festival_centers_only(client, programme, center_factory):
    center_factory(title="Trung tâm Delta", slug="delta")
    html = client.get("/vi/festivals/tuan-le-thiet-ke/").content.decode()
    select = re.search(r'<select name="center">(.*?)</select>', html, re.S).group(1)
    assert set(re.findall(r'<option value="([\w-]+)"', select)) == {"alpha", "beta", "gamma"}


def test_event_and_festival_link_both_ways(client, programme):
    event_html = client.get("/vi/alpha/events/free-alpha/").content.decode()
    assert 'class="event__badge"><a href="/vi/festivals/tuan-le-thiet-ke/"' in event_html
    super_event = json_ld(event_html)["superEvent"]
    assert super_event["@type"] == "Festival"
    assert super_event["url"].endswith("/vi/festivals/tuan-le-thiet-ke/")
    festival = json_ld(client.get("/vi/festivals/tuan-le-thiet-ke/").content.decode())
    assert festival["@type"] == "Festival"
    assert festival["startDate"] == timezone.localdate().isoformat()
    assert {place["name"] for place in festival["location"]} == {
        "Trung tâm Alpha",
        "Trung tâm Beta",
        "Trung tâm Gamma",
    }
    assert {sub["url"].rsplit("/", 2)[-2] for sub in festival["subEvent"]} == {
        "free-alpha",
        "paid-alpha",
        "free-beta",
        "paid-gamma",
    }


def test_a_proposed_event_shows_no_festival(client, programme):
    html = client.get("/vi/beta/events/proposed-beta/").content.decode()
    assert "event__badge" not in html
    assert "superEvent" not in json_ld(html)


def test_index_lists_current_upcoming_and_past(client, festival_index, festival):
    today = timezone.localdate()
    FestivalPageFactory(
        parent=festival_index,
        title="Chương trình Tết",
        first_day=today + timedelta(days=40),
        last_day=today + timedelta(days=50),
    )
    FestivalPageFactory(
        parent=festival_index,
        title="Mùa hè đã qua",
        first_day=today - timedelta(days=90),
        last_day=today - timedelta(days=60),
    )
    draft = FestivalPageFactory(parent=festival_index, title="Bản nháp")
    draft.unpublish()
    html = client.get("/vi/festivals/").content.decode()
    sections = re.split(r'<h2 id="', html)
    by_section = {part.split('"')[0]: part for part in sections[1:]}
    assert "Tuần lễ Thiết kế" in by_section["current-title"]
    assert "Chương trình Tết" in by_section["upcoming-title"]
    assert "Mùa hè đã qua" in by_section["past-title"]
    assert "Bản nháp" not in html


def test_only_what_a_visitor_may_open(client, programme, centers, festival, network_calendar):
    centers["gamma"].unpublish()
    html = client.get("/vi/festivals/tuan-le-thiet-ke/").content.decode()
    assert "paid-gamma" not in event_links(html)
    data = json_ld(html)
    assert "Trung tâm Gamma" not in {place["name"] for place in data["location"]}
    assert not any("paid-gamma" in sub["url"] for sub in data["subEvent"])
    festival.unpublish()
    assert client.get("/vi/festivals/tuan-le-thiet-ke/").status_code == 404
    assert client.get("/api/v2/events/?festival=tuan-le-thiet-ke").status_code == 400
    assert "event__badge" not in client.get("/vi/alpha/events/free-alpha/").content.decode()
