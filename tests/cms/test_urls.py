"""The public URL contract of DESIGN.md: /, /healthz, /robots.txt, /sitemap.xml."""

import json
import os
import xml.etree.ElementTree as ET

import pytest
from django.conf import settings

from tests.ops.conftest import run_python


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [
        ("en-US,en;q=0.9", "/en/"),
        ("en-GB", "/en/"),
        ("vi-VN,vi;q=0.9,en;q=0.5", "/vi/"),
        ("fr-FR,de;q=0.8", "/vi/"),  # neither language offered: Vietnamese
        ("", "/vi/"),
        ("*", "/vi/"),
    ],
)
def test_root_redirects_by_browser_language(client, home, accept_language, target):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response.get("Vary", "")


def test_healthz_answers_when_the_database_does(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def _database_down_url():
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        return "sqlite:////nonexistent-directory/for-sure/db.sqlite3"
    return "postgres://nobody@127.0.0.1:1/nothing"  # nothing listens on port 1


def test_healthz_answers_503_when_the_database_is_down(tmp_path):
    """A real process with a database that cannot be reached (no mock)."""
    script = (
        "import django; django.setup();"
        "from django.test import Client;"
        "r = Client().get('/healthz');"
        "print(r.status_code); print(r.content.decode())"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "hanoi.settings.test",
        "DATABASE_URL": _database_down_url(),
    }
    result = run_python("-c", script, env=env, timeout=120, check=False)
    status, body = result.stdout.strip().split("\n", 1)
    assert status == "503", result.stderr[-2000:]
    assert json.loads(body)["database"] == "unavailable"


def test_robots_txt_points_at_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


SITEMAP = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
XHTML = "{http://www.w3.org/1999/xhtml}link"


def sitemap_files(client):
    """{address of each file the index names: its parsed XML}."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    index = ET.fromstring(response.content)
    files = {}
    for loc in index.findall("s:sitemap/s:loc", SITEMAP):
        answer = client.get(loc.text.replace("http://testserver", ""))
        assert answer.status_code == 200, loc.text
        files[loc.text] = ET.fromstring(answer.content)
    return files


def test_sitemap_lists_every_page_in_both_languages(client, center_factory, locales):
    center = center_factory(slug="complex-99")
    center.copy_for_translation(locales["en"]).save_revision().publish()
    files = sitemap_files(client)
    assert "http://testserver/sitemap-vi-pages.xml" in files
    assert "http://testserver/sitemap-en-pages.xml" in files
    urls = [url for root in files.values() for url in root.findall("s:url", SITEMAP)]
    locations = {url.find("s:loc", SITEMAP).text for url in urls}
    assert "http://localhost/vi/complex-99/" in locations
    assert "http://localhost/en/complex-99/" in locations
    assert "http://localhost/vi/complex-99/events/" in locations
    assert "http://localhost/en/" in locations and "http://localhost/vi/" in locations
    # Each address lists its language versions, itself included.
    [center_url] = [u for u in urls if u.find("s:loc", SITEMAP).text.endswith("/vi/complex-99/")]
    assert {(link.get("hreflang"), link.get("href")) for link in center_url.iter(XHTML)} == {
        ("vi", "http://localhost/vi/complex-99/"),
        ("en", "http://localhost/en/complex-99/"),
    }


def test_sitemap_files_are_bounded_and_numbered(client, center_factory, monkeypatch):
    """Files of at most SITEMAP_URLS addresses, per language and section; past the last
    one, or a file number that is not one, is a 404 (and never a file of everything)."""
    monkeypatch.setattr("hanoi.sitemaps.SITEMAP_URLS", 2)
    center_factory(slug="complex-98")  # the home, the center, its calendar and spaces
    files = sitemap_files(client)
    pages = [name for name in files if "sitemap-vi-pages.xml" in name]
    first = "http://testserver/sitemap-vi-pages.xml"
    assert pages == [first] + [f"{first}?p={n}" for n in range(2, len(pages) + 1)]
    sizes = [len(files[name].findall("s:url", SITEMAP)) for name in pages]
    assert sum(sizes) >= 4 and all(1 <= size <= 2 for size in sizes), sizes
    for bad in (f"?p={len(pages) + 1}", "?p=0", "?p=abc", "?p=%C2%B2"):
        assert client.get(f"/sitemap-vi-pages.xml{bad}").status_code == 404, bad
    assert client.get("/sitemap-fr-pages.xml").status_code == 404
