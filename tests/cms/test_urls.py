"""The public URL contract of DESIGN.md: /, /healthz, /robots.txt, /sitemap.xml."""

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]


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
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": _database_down_url(),
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
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


def test_sitemap_lists_every_page_in_both_languages(client, center_factory, locales):
    center = center_factory(slug="complex-99")
    center.copy_for_translation(locales["en"]).save_revision().publish()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locations = {loc.text for loc in ET.fromstring(response.content).findall("s:url/s:loc", ns)}
    assert "http://localhost/vi/complex-99/" in locations
    assert "http://localhost/en/complex-99/" in locations
    assert "http://localhost/vi/complex-99/events/" in locations
    assert "http://localhost/en/" in locations and "http://localhost/vi/" in locations
