"""Security headers on every response; public pages work under a CSP without unsafe-inline."""

from html.parser import HTMLParser

import pytest
from django.test import override_settings

from tests.ops.conftest import DEMO_PAGES

PUBLIC_URLS = [
    *DEMO_PAGES,
    "/vi/complex-01/spaces/",
    "/vi/khong-co-trang-nay/",  # the 404 page
]


def csp(response):
    return {
        name: sources
        for name, *sources in (
            part.split() for part in response["Content-Security-Policy"].split(";") if part.strip()
        )
    }


class InlineFinder(HTMLParser):
    """Collects what a CSP without 'unsafe-inline' would block."""

    def __init__(self):
        super().__init__()
        self.blocked = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # Data blocks (JSON, JSON-LD) are never executed, so CSP does not apply to them.
        data_block = attrs.get("type") in {"application/json", "application/ld+json"}
        if tag == "script" and "src" not in attrs and not data_block:
            self.blocked.append("inline <script>")
        if tag == "style":
            self.blocked.append("inline <style>")
        for name, value in attrs.items():
            if name == "style":
                self.blocked.append(f"style attribute on <{tag}>")
            if name.startswith("on"):
                self.blocked.append(f"{name} handler on <{tag}>")
            if name in {"href", "src", "action"} and (value or "").startswith("javascript:"):
                self.blocked.append(f"javascript: URL on <{tag}>")


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_public_pages_get_a_strict_policy_and_need_nothing_inline(client, demo, url):
    response = client.get(url)
    assert response.status_code in {200, 404}
    policy = csp(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    finder = InlineFinder()
    finder.feed(response.content.decode())
    assert finder.blocked == []


@pytest.mark.parametrize("url", ["/healthz", "/robots.txt", "/sitemap.xml", "/"])
def test_every_other_response_has_the_headers_too(client, demo, url):
    response = client.get(url)
    assert csp(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_admin_has_its_own_policy_that_lets_it_run(admin_client, demo):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    policy = csp(response)
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]  # the page preview frames the admin


def test_login_page_uses_the_admin_policy(client, db):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in csp(response)["style-src"]


def test_exempt_paths_may_be_framed_by_other_sites(client, demo):
    with override_settings(FRAME_ANCESTORS_EXEMPT_PATHS=["/vi/complex-01/"]):
        exempt = client.get("/vi/complex-01/")
        other = client.get("/vi/heritage-space/")
    assert csp(exempt)["frame-ancestors"] == ["*"]
    assert "X-Frame-Options" not in exempt
    assert csp(exempt)["script-src"] == ["'self'"]  # still strict otherwise
    assert csp(other)["frame-ancestors"] == ["'none'"]
    assert other["X-Frame-Options"] == "DENY"


def test_the_map_tile_server_may_serve_images(client, demo, settings):
    settings.MAP_TILE_URL = "https://{s}.tile.example.org/{z}/{x}/{y}.png"
    policy = csp(client.get("/vi/"))
    assert policy["img-src"] == ["'self'", "data:", "https://*.tile.example.org"]
    assert policy["script-src"] == ["'self'"]


@pytest.mark.parametrize("url", ["/vi/", "/admin/login/"])
def test_permissions_policy_turns_off_unused_browser_features(client, home, url):
    response = client.get(url)
    policy = dict(part.strip().split("=", 1) for part in response["Permissions-Policy"].split(","))
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert policy[feature] == "()"
