"""A festival's feeds, and ``festival=<slug>`` on the API and the widget."""

import re

import icalendar
import pytest


@pytest.fixture
def open_festival(programme, network_calendar):
    return programme


def summaries(ics):
    calendar = icalendar.Calendar.from_ical(ics)
    return {str(event["SUMMARY"]) for event in calendar.walk("VEVENT")}


def test_feed_ics_is_the_festival_with_its_filters(client, open_festival):
    response = client.get("/vi/festivals/tuan-le-thiet-ke/feed.ics")
    assert response["Content-Type"].startswith("text/calendar")
    assert summaries(response.content) == {
        "Sự kiện free-alpha",
        "Sự kiện paid-alpha",
        "Sự kiện free-beta",
        "Sự kiện paid-gamma",
    }
    free_beta = client.get("/vi/festivals/tuan-le-thiet-ke/feed.ics?free=1&center=beta")
    assert summaries(free_beta.content) == {"Sự kiện free-beta"}


def test_feed_rss_announces_the_festival_events(client, open_festival):
    response = client.get("/vi/festivals/tuan-le-thiet-ke/feed.rss")
    titles = set(re.findall(r"<item><title>([^<]+)</title>", response.content.decode()))
    assert titles == {
        "Sự kiện free-alpha",
        "Sự kiện paid-alpha",
        "Sự kiện free-beta",
        "Sự kiện paid-gamma",
    }


def test_api_festival_filter(client, open_festival):
    response = client.get("/api/v2/events/?festival=tuan-le-thiet-ke&free=1")
    assert response.status_code == 200, response.content
    titles = {item["title"] for item in response.json()["items"]}
    assert titles == {"Sự kiện free-alpha", "Sự kiện free-beta"}


def test_api_unknown_festival_is_a_400_naming_the_known(client, open_festival):
    response = client.get("/api/v2/events/?festival=khong-co")
    assert response.status_code == 400
    assert response.json() == {
        "message": "“khong-co” không phải là giá trị hợp lệ của “festival”; "
        "các giá trị hợp lệ: tuan-le-thiet-ke."
    }


def test_widget_shows_the_festival_and_names_a_typo(client, open_festival):
    html = client.get("/vi/widget/events/?festival=tuan-le-thiet-ke&limit=10").content.decode()
    shown = set(re.findall(r'class="whatson__event"><a href="[^"]+/events/([\w-]+)/"', html))
    assert shown == {"free-alpha", "paid-alpha", "free-beta", "paid-gamma"}
    typo = client.get("/vi/widget/events/?festival=tuan-le&limit=10").content.decode()
    assert "Không có “tuan-le” ở đây: bộ lọc này đã được bỏ qua." in typo
    assert "outside" in typo  # the typo is ignored: the network's events still show
