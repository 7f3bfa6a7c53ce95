"""Both languages render real translated text, and the switch leads to the same page."""

import re
from pathlib import Path

import polib
import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("url", "lang", "expected"),
    [
        (
            "/vi/",
            "vi",
            ["Mạng lưới Trung tâm Công nghiệp Văn hóa Hà Nội", "Các trung tâm trong mạng lưới"],
        ),
        ("/en/", "en", ["Hanoi Cultural Industry Centers Network", "Centers of the network"]),
        (
            "/vi/complex-01/",
            "vi",
            ["Tổ hợp sáng tạo Complex 01", "Giờ mở cửa", "Thứ Hai", "Thiết kế"],
        ),
        ("/en/complex-01/", "en", ["Complex 01 Creative Hub", "Opening hours", "Monday", "Design"]),
        ("/vi/complex-01/tham-quan/", "vi", ["Thông tin tham quan"]),
        ("/en/complex-01/visit/", "en", ["Visitor information"]),
        ("/vi/complex-01/events/", "vi", ["Sự kiện"]),
        ("/en/complex-01/spaces/", "en", ["Spaces"]),
    ],
)
def test_page_renders_in_its_language(client, demo, url, lang, expected):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    for text in expected:
        assert text in html


def test_english_pages_carry_no_vietnamese_interface_text(client, demo):
    html = client.get("/en/complex-01/").content.decode()
    for vietnamese in ("Giờ mở cửa", "Liên hệ", "Thứ Hai", "Địa chỉ"):
        assert vietnamese not in html


@pytest.mark.parametrize(
    ("url", "other"),
    [
        ("/vi/", "/en/"),
        ("/en/heritage-space/", "/vi/heritage-space/"),
        ("/vi/complex-01/tham-quan/", "/en/complex-01/visit/"),
        ("/en/hang-buom-22/ca-tru-and-xam-nights/", "/vi/hang-buom-22/dem-ca-tru-va-xam/"),
        ("/vi/vicas-art-studio/events/", "/en/vicas-art-studio/events/"),
    ],
)
def test_language_switch_leads_to_the_same_page(client, demo, url, other):
    html = client.get(url).content.decode()
    links = re.findall(r'<a href="([^"]+)" lang="(vi|en)" hreflang="\2" rel="alternate">', html)
    assert links == [(other, other[1:3])]
    assert Client().get(other).status_code == 200


@pytest.mark.parametrize(
    ("url", "other"),
    [
        ("/vi/search/?q=trien+lam", "/en/search/?q=trien+lam"),
        ("/vi/events/?when=weekend&free=1", "/en/events/?when=weekend&amp;free=1"),
        ("/en/events/?view=month&month=2026-12", "/vi/events/?view=month&amp;month=2026-12"),
        ("/vi/spaces/?type=studio", "/en/spaces/?type=studio"),
    ],
)
def test_language_switch_keeps_the_search_filters_and_month(client, demo, url, other):
    html = client.get(url).content.decode()
    links = re.findall(r'<a href="([^"]+)" lang="(?:vi|en)" hreflang="(?:vi|en)" rel', html)
    assert links == [other]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "/vi/complex-01/",
            [
                ("/vi/events/", "Sự kiện"),
                ("/vi/festivals/", "Lễ hội"),
                ("/vi/spaces/", "Không gian"),
                ("/vi/#centers", "Trung tâm"),
                ("/vi/residents/", "Cộng đồng sáng tạo"),
                ("/vi/calls/", "Kêu gọi tham gia"),
            ],
        ),
        (
            "/en/spaces/",
            [
                ("/en/events/", "What's on"),
                ("/en/festivals/", "Festivals"),
                ("/en/spaces/", "Spaces"),
                ("/en/#centers", "Centers"),
                ("/en/residents/", "Residents"),
                ("/en/calls/", "Open calls"),
            ],
        ),
    ],
)
def test_header_leads_to_whats_on_festivals_spaces_and_centers(client, demo, url, expected):
    html = client.get(url).content.decode()
    nav = html.split('<nav class="site-nav"', 1)[1].split("</nav>", 1)[0]
    links = re.findall(r'<a class="site-nav__link" href="([^"]+)"[^>]*>([^<]+)</a>', nav)
    assert [(href, text.replace("&#x27;", "'")) for href, text in links] == expected
    assert ('aria-current="page">Spaces<' in nav) == url.startswith("/en/spaces/")
    assert html.index('class="site-nav"') < html.index('class="site-search"')
    footer = html.split('<nav class="footer-nav"', 1)[1].split("</nav>", 1)[0]
    footer_links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', footer)
    assert [href for href, _text in footer_links] == [
        *[href for href, _text in expected],
        {"/vi": "/vi/gioi-thieu/", "/en": "/en/about/"}[url[:3]],
        f"{url[:3]}/open-data/",
    ]  # the header's destinations again, the story of the network and its open data


def test_switch_on_an_untranslated_page_says_so_and_offers_the_home(client, center_factory):
    center = center_factory(slug="chi-tieng-viet")
    html = client.get(center.url).content.decode()
    assert '<a href="/en/" lang="en" hreflang="en" rel="alternate"' in html
    assert "(chưa được dịch)" in html


def test_a_hidden_translation_is_neither_switched_to_nor_announced(client, center_factory, locales):
    """The language switch and the hreflang links offer the same versions: those a visitor
    may open, read once for both. An English version under an unpublished English center
    is announced by neither. (A private version makes every version private: they share
    their view restriction.)"""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from network.models import CenterPage
    from tests.factories import StandardPageFactory

    center = center_factory(slug="rieng-tu")
    english_center = center.copy_for_translation(locales["en"])
    english_center.save_revision().publish()
    page = StandardPageFactory(parent=center, slug="tham-quan", title="Tham quan")
    english = page.copy_for_translation(locales["en"])
    english.save_revision().publish()
    english.refresh_from_db()
    html = client.get(page.url).content.decode()
    assert re.search(f'hreflang="en" href="https?://[^/"]+{re.escape(english.url)}"', html)
    assert f'<a href="{english.url}" lang="en" hreflang="en" rel="alternate">' in html

    CenterPage.objects.get(pk=english_center.pk).unpublish()  # only the center
    with CaptureQueriesContext(connection) as captured:
        html = client.get(page.url).content.decode()
    assert 'hreflang="en"' not in html.split("</head>")[0]
    assert '<a href="/en/" lang="en" hreflang="en" rel="alternate"' in html
    assert "(chưa được dịch)" in html
    key = page.translation_key
    versions = [
        q["sql"]
        for q in captured.captured_queries
        if str(key) in q["sql"] or key.hex in q["sql"]  # PostgreSQL's form, SQLite's
    ]
    assert len(versions) == 1, versions


def catalogues():
    """The project's Vietnamese catalogues: one at the root, one per app that has its own."""
    found = [ROOT / "locale/vi/LC_MESSAGES/django.po"]
    found += sorted(ROOT.glob("*/locale/vi/LC_MESSAGES/django.po"))
    return found


@pytest.mark.parametrize("path", catalogues(), ids=lambda p: str(p.relative_to(ROOT)))
def test_vietnamese_catalogue_is_complete(path):
    """Every interface string has a Vietnamese translation that is not marked fuzzy."""
    catalogue = polib.pofile(str(path))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == [] and fuzzy == []
    assert len(catalogue) > 0


def test_every_interface_string_is_in_the_catalogue(monkeypatch):
    """makemessages finds no string that the committed catalogue lacks (or has dropped)."""
    from django.core.management import call_command

    committed = {path: path.read_bytes() for path in catalogues()}
    monkeypatch.chdir(ROOT)
    try:
        call_command(
            "makemessages",
            locale=["vi"],
            ignore_patterns=[".venv/*", "media*", "static/*", "node_modules/*", "tests/*"],
            no_location=True,
            verbosity=0,
        )
        extracted = {path: polib.pofile(str(path)) for path in catalogues()}
    finally:
        for path, content in committed.items():
            path.write_bytes(content)
        for path in set(catalogues()) - set(committed):
            path.unlink()
    missing = {}
    for path, catalogue in extracted.items():
        committed_ids = (
            {entry.msgid for entry in polib.pofile(committed[path].decode())}
            if path in committed
            else set()
        )
        new = sorted({e.msgid for e in catalogue if not e.obsolete} - committed_ids)
        if new:
            missing[str(path.relative_to(ROOT))] = new
    assert missing == {}


@pytest.mark.parametrize(
    ("url", "locale", "title"),
    [
        ("/vi/complex-01/", "vi_VN", "Tổ hợp sáng tạo Complex 01"),
        ("/en/complex-01/", "en_US", "Complex 01 Creative Hub"),
    ],
)
def test_open_graph_meta_in_the_page_language(client, demo, url, locale, title):
    html = client.get(url).content.decode()
    assert f'<meta property="og:title" content="{title}">' in html
    assert f'<meta property="og:locale" content="{locale}">' in html
    og_url = re.search(r'<meta property="og:url" content="([^"]+)">', html).group(1)
    assert og_url.startswith("http") and og_url.endswith(url)
    image = re.search(r'<meta property="og:image" content="(http://testserver/media/[^"]+)">', html)
    assert image and image.group(1).endswith(".jpg")
    assert '<meta name="twitter:card" content="summary_large_image">' in html
