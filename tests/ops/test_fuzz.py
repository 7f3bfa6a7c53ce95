"""Hostile input on every public URL: never a 500, never reflected markup.

Data-driven: add URLs to PUBLIC_URLS (and values to HOSTILE) as the site grows.
"""

from urllib.parse import quote

import pytest
from django.test import Client

from tests.ops.conftest import DEMO_PAGES

PUBLIC_URLS = [
    "/",
    *DEMO_PAGES,
    "/en/complex-01/spaces/",
    "/healthz",
    "/robots.txt",
    "/sitemap.xml",
]

# Query parameters the site uses now or will (pages, searches, calendar filters).
PARAMETERS = ["page", "q", "from", "to", "date", "center", "category", "sector", "free"]

MARKUP = '<script>alert("x")</script>'
HOSTILE = [
    "99999999999999999999999999999",
    "-1",
    "0",
    "1e308",
    "NaN",
    "2026-02-30",
    "2026-13-01",
    "0000-00-00",
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "{{ settings.SECRET_KEY }}",
    "{% debug %}",
    MARKUP,
    '"><img src=x onerror=alert(1)>',
    "a\x00b",
    "\u202eolleh\u202c",  # right-to-left override
    "Ha\u0300\u0301\u0302\u0303\u0309\u0323 No\u0323i",  # stacked combining marks
    "đêm nhạc " * 1200,  # about 10 kB
    "../../etc/passwd",
    "%00%ff%fe",
    "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"),  # a lone surrogate's bytes
]

METHODS = ["post", "put", "patch", "delete", "options"]


def reflected(body):
    return MARKUP.encode() in body or b"<img src=x onerror" in body


def check(response, label, failures):
    if response.status_code >= 500:
        failures.append(f"{label}: {response.status_code}")
    elif reflected(response.content):
        failures.append(f"{label}: reflects markup")


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_hostile_query_strings(demo, url):
    client = Client()
    failures = []
    for value in HOSTILE:
        query = "&".join(f"{name}={quote(value, safe='')}" for name in PARAMETERS)
        check(client.get(f"{url}?{query}"), f"GET {url}?…={value[:30]!r}", failures)
        check(client.get(url, {"page": value}), f"GET {url}?page={value[:30]!r}", failures)
    assert failures == []


@pytest.mark.parametrize("url", [u for u in PUBLIC_URLS if u.endswith("/") and u != "/"])
def test_hostile_slugs(demo, url):
    client = Client()
    failures = []
    for value in HOSTILE:
        path = f"{url}{quote(value, safe='')}/"
        response = client.get(path)
        check(response, f"GET {path[:60]!r}", failures)
        if response.status_code not in {301, 302, 404}:
            failures.append(f"GET {path[:60]!r}: {response.status_code}, expected 404")
    assert failures == []


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_wrong_methods(demo, url):
    client = Client(enforce_csrf_checks=True)
    failures = []
    for method in METHODS:
        response = getattr(client, method)(
            url, data=f"q={quote(MARKUP)}", content_type="application/x-www-form-urlencoded"
        )
        check(response, f"{method.upper()} {url}", failures)
    assert failures == []


@pytest.mark.parametrize("url", ["/vi/", "/en/complex-01/"])
def test_hostile_headers(demo, url):
    client = Client()
    failures = []
    for value in ["", "*", "xx-YY;q=abc", "vi;q=99999999999999999999", MARKUP, "a" * 10_000]:
        response = client.get(url, headers={"accept-language": value, "referer": value})
        check(response, f"Accept-Language {value[:30]!r}", failures)
    assert failures == []
