"""RSS and Atom feeds of new events, parsed back: titles, links in the right language, dates."""

import re
import xml.etree.ElementTree as ET
from datetime import timedelta
from email.utils import parsedate_to_datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from .conftest import soon

ATOM = "{http://www.w3.org/2005/Atom}"


def rss(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


def atom(response):
    assert response.status_code == 200, response.content
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    return feed, feed.findall(f"{ATOM}entry")


@pytest.fixture
def announced(make_event, other_calendar, category, network_calendar):
    """Three events published one after the other (the newest last)."""
    made = [
        make_event(title="Triển lãm gốm", slug="trien-lam-gom", start=soon(5)),
        make_event(
            parent=other_calendar,
            title="Chiếu phim tài liệu",
            slug="chieu-phim",
            start=soon(2),
            venue="Phòng chiếu",
        ),
        make_event(title="Đêm nhạc", slug="dem-nhac", start=soon(9), categories=[category]),
    ]
    base = timezone.now() - timedelta(days=3)
    for hours, event in enumerate(made):
        type(event).objects.filter(pk=event.pk).update(
            first_published_at=base + timedelta(hours=hours)
        )
        event.refresh_from_db()
    return made


def test_network_rss_lists_new_events_newest_first(client, announced, center):
    channel, items = rss(client.get("/vi/events/feed.rss"))
    assert channel.findtext("language") == "vi"
    assert channel.findtext("title") == "Sự kiện mới: Trung tâm Công nghiệp Văn hóa Hà Nội"
    assert channel.findtext("link") == "http://localhost/vi/events/"
    assert [item.findtext("title") for item in items] == [
        "Đêm nhạc",
        "Chiếu phim tài liệu",
        "Triển lãm gốm",
    ]
    newest = items[0]
    assert newest.findtext("link") == f"http://localhost/vi/{center.slug}/events/dem-nhac/"
    assert [c.text for c in newest.findall("category")] == ["Âm nhạc"]
    published = parsedate_to_datetime(newest.findtext("pubDate"))
    assert published == announced[2].first_published_at.replace(microsecond=0)
    when = timezone.localtime(soon(9))
    assert f"{when.day} tháng {when.month} năm {when.year}, 19:30" in newest.findtext("description")


def test_a_center_feed_has_only_its_events(client, announced, other_center):
    channel, items = rss(client.get(f"/vi/{other_center.slug}/events/feed.rss"))
    assert channel.findtext("title") == "Sự kiện mới: Trung tâm Thứ hai"
    assert [item.findtext("title") for item in items] == ["Chiếu phim tài liệu"]
    assert items[0].findtext("description").split(" · ")[1] == "Phòng chiếu"


def test_atom_in_english_with_english_links(client, announced, english, center):
    english(announced[2], {"Đêm nhạc": "Music night", "dem-nhac": "music-night"})
    feed, entries = atom(client.get("/en/events/feed.atom"))
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert feed.findtext(f"{ATOM}title") == "New events: Hanoi Cultural Industry Centers"
    assert [e.findtext(f"{ATOM}title") for e in entries] == ["Music night"]
    [entry] = entries
    assert entry.find(f"{ATOM}link").get("href") == (
        f"http://localhost/en/{center.slug}/events/music-night/"
    )
    assert entry.find(f"{ATOM}category").get("term") == "Live music"
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$", entry.findtext(f"{ATOM}updated"))
    english_calendar = f"/en/{center.slug}/events/feed.atom"
    assert [e.findtext(f"{ATOM}title") for e in atom(client.get(english_calendar))[1]] == [
        "Music night"
    ]


def test_calendar_pages_link_their_feeds(client, announced, network_calendar):
    html = client.get(network_calendar.url).content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Sự kiện (RSS)" '
        'href="/vi/events/feed.rss">' in html
    )
    assert 'type="application/atom+xml" title="Sự kiện (Atom)" href="/vi/events/feed.atom"' in html


@pytest.mark.parametrize(
    "url",
    [
        "/vi/khong-co/feed.rss",  # no such page
        "/vi/feed.atom",  # the network home is no calendar
        "/vi/thu-nghiem/feed.rss",  # nor is a center
        "/vi/events/feed.xml",
    ],
)
def test_no_feed_where_there_is_no_calendar(client, announced, url):
    assert client.get(url).status_code == 404


def test_private_and_unpublished_events_stay_out(client, announced, network_calendar):
    announced[0].unpublish()
    PageViewRestriction.objects.create(
        page=announced[1], restriction_type="password", password="secret"
    )
    _channel, items = rss(client.get("/vi/events/feed.rss"))
    assert [item.findtext("title") for item in items] == ["Đêm nhạc"]
    PageViewRestriction.objects.create(
        page=network_calendar, restriction_type="password", password="secret"
    )
    assert client.get("/vi/events/feed.rss").status_code == 404
