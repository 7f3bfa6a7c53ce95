"""Vietnamese-first interface: hreflang, sitemap alternates, alphabetical order, admin language."""

import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest
from wagtail.users.models import UserProfile

from tests.factories import SectorFactory

from .conftest import translate

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


class HeadLinks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.in_head = False
        self.alternates = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self.in_head = True
        # Language versions only: a calendar also links its iCalendar feed as an alternate.
        if (
            self.in_head
            and tag == "link"
            and attrs.get("rel") == "alternate"
            and "hreflang" in attrs
        ):
            self.alternates.append((attrs["hreflang"], attrs["href"]))

    def handle_endtag(self, tag):
        if tag == "head":
            self.in_head = False


def head_alternates(html):
    parser = HeadLinks()
    parser.feed(html)
    return parser.alternates


def test_every_page_head_lists_its_language_versions(client, visit_page):
    expected = [
        ("vi", "http://localhost/vi/thu-nghiem/tham-quan/"),
        ("en", "http://localhost/en/test-center/visit/"),
        ("x-default", "http://localhost/vi/thu-nghiem/tham-quan/"),
    ]
    assert head_alternates(client.get("/vi/thu-nghiem/tham-quan/").content.decode()) == expected
    assert head_alternates(client.get("/en/test-center/visit/").content.decode()) == expected


def test_an_untranslated_page_lists_only_itself(client, center):
    calendar = center.get_children().get(slug="events")
    assert head_alternates(client.get(calendar.url).content.decode()) == [
        ("vi", "http://localhost/vi/thu-nghiem/events/"),
        ("x-default", "http://localhost/vi/thu-nghiem/events/"),
    ]


def test_sitemap_lists_each_page_once_per_language_with_alternates(client, visit_page):
    index = ET.fromstring(client.get("/sitemap.xml").content)  # the sitemaps' index
    urls = []
    for loc in index.findall(f"{{{SITEMAP}}}sitemap/{{{SITEMAP}}}loc"):
        root = ET.fromstring(client.get(loc.text).content)  # well-formed XML or this raises
        urls += root.findall(f"{{{SITEMAP}}}url")
    entries = {}
    for url in urls:
        location = url.find(f"{{{SITEMAP}}}loc").text
        assert location not in entries, f"{location} listed twice"
        entries[location] = sorted(
            (link.get("hreflang"), link.get("href"), link.get("rel"))
            for link in url.findall(f"{{{XHTML}}}link")
        )
    both = sorted(
        [
            ("en", "http://localhost/en/test-center/visit/", "alternate"),
            ("vi", "http://localhost/vi/thu-nghiem/tham-quan/", "alternate"),
        ]
    )
    assert entries["http://localhost/vi/thu-nghiem/tham-quan/"] == both
    assert entries["http://localhost/en/test-center/visit/"] == both
    assert entries["http://localhost/vi/thu-nghiem/events/"] == [
        ("vi", "http://localhost/vi/thu-nghiem/events/", "alternate")
    ]
    assert "http://localhost/en/thu-nghiem/events/" not in entries


def test_home_lists_centers_in_vietnamese_alphabetical_order(client, home, center_factory):
    for title in ["Ô Quan Chưởng", "Đình làng", "Dệt may", "Bảo tàng", "Ánh Dương", "Zô"]:
        center_factory(title=title)
    html = client.get("/vi/").content.decode()
    found = [
        title
        for title in ["Ánh Dương", "Bảo tàng", "Dệt may", "Đình làng", "Ô Quan Chưởng", "Zô"]
        if title in html
    ]
    positions = [html.index(f">{title}<") for title in found]
    assert found == ["Ánh Dương", "Bảo tàng", "Dệt may", "Đình làng", "Ô Quan Chưởng", "Zô"]
    assert positions == sorted(positions)


def test_center_sectors_are_in_alphabetical_order_of_the_page_language(
    client, center_factory, locales
):
    sectors = [
        SectorFactory(name=name, sort_order=n)
        for n, name in enumerate(["Điện ảnh", "Dệt", "Âm nhạc", "Ánh sáng"])
    ]
    center = center_factory(title="Trung tâm Ngành", slug="nganh", sectors=sectors)
    html = client.get(center.url).content.decode()
    tags = re.findall(r"<li>([^<]+)</li>", html[html.index('class="tags"') :])[:4]
    assert tags == ["Ánh sáng", "Âm nhạc", "Dệt", "Điện ảnh"]
    english_names = {
        "Điện ảnh": "Cinema",
        "Dệt": "Textiles",
        "Âm nhạc": "Music",
        "Ánh sáng": "Light",
    }
    for sector in sectors:
        translate(sector, locales["en"], **{sector.name: english_names[sector.name]})
    english = translate(center, locales["en"])
    html = client.get(english.url).content.decode()
    tags = re.findall(r"<li>([^<]+)</li>", html[html.index('class="tags"') :])[:4]
    assert tags == ["Cinema", "Light", "Music", "Textiles"]


@pytest.mark.parametrize(
    ("language", "expected", "absent"),
    [("vi", "Trang tổng quan", "Dashboard"), ("en", "Dashboard", "Trang tổng quan")],
)
def test_the_admin_speaks_the_users_preferred_language(
    client, make_user, language, expected, absent, db
):
    user = make_user(f"user-{language}", superuser=True)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)
    html = client.get("/admin/").content.decode()
    assert f'<html lang="{language}"' in html
    assert expected in html and absent not in html
