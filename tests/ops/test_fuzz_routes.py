"""Hostile input on every kind of public route the site has grown since ``test_fuzz``:
calendars and their feeds, events, the spaces finder and its inquiry forms, search, the
widget, the feedback form and the open-data API. Never a 500, never reflected markup.

The routes are found in the demo network (``demo_routes``), so a route whose page
disappears fails here instead of going untested. Each hostile value is sent in every
parameter at once, and each parameter alone gets the values most likely to reach a
query (numbers, dates, syntax, markup, NUL, 10 kB), so an early error on one parameter
cannot hide a crash on another.

It found four faults, fixed with it: the API's unbounded ``?search=`` (10 kB: a
RecursionError, 500) and a NUL in it (SQLite's MATCH failed, taken for a lost database:
503), the feedback form's space id past a database integer (OverflowError on SQLite),
and autocomplete's JSON echoing raw ``<`` ``>`` ``&``.
"""

from urllib.parse import quote

from django.test import Client

from .test_fuzz import HOSTILE, MARKUP, check

# Every query parameter a public route reads (calendars, finder, search, feeds, API).
PARAMETERS = [
    # calendars
    "when", "from", "to", "center", "category", "sector", "free", "accessible", "mode",
    "view", "month", "past",
    # spaces finder
    "type", "ward", "district", "min_area", "capacity", "period", "max_price", "amenity",
    "free_on", "sort",
    # search, paging, confirmation pages
    "q", "page", "ref",
    # the API (Wagtail's own and ours)
    "limit", "offset", "fields", "format", "locale", "order", "search", "child_of",
    "descendant_of", "id",
]  # fmt: skip

ALONE = [
    "99999999999999999999999999999",
    "-1",
    "2026-02-30",
    "' OR 1=1 --",
    "{% debug %}",
    MARKUP,
    "a\x00b",
    "đêm nhạc " * 1200,
]

FORM_FIELDS = [
    "name", "email", "phone", "organisation", "message", "subject", "people", "date_from",
    "date_to", "space", "consent", "website", "url", "kind",
]  # fmt: skip


def demo_routes():
    """{label: url} of one page of every kind of public route, in the demo network."""
    from events.models import EventPage
    from network.models import CenterPage
    from spaces.models import SpaceIndexPage, SpacePage

    def first_live(model):
        page = model.objects.live().filter(locale__language_code="vi").order_by("path").first()
        assert page is not None, f"the demo has no live {model.__name__}"
        return page

    event = first_live(EventPage)
    space = first_live(SpacePage)
    index = first_live(SpaceIndexPage)
    center = first_live(CenterPage)
    return {
        "network calendar": "/vi/events/",
        "english calendar": "/en/events/",
        "center calendar": f"{center.url}events/",
        "event": event.url,
        "event ics": f"{event.url}event.ics",
        "feed ics": "/vi/events/feed.ics",
        "feed rss": "/vi/events/feed.rss",
        "feed atom": "/vi/events/feed.atom",
        "network spaces": "/vi/spaces/",
        "english spaces": "/en/spaces/",
        "center spaces": index.url,
        "space": space.url,
        "space inquiry": f"{space.url}inquiry/",
        "center inquiry": f"{index.url}inquiry/",
        "inquiry sent": f"{space.url}inquiry/sent/",
        "search": "/vi/search/",
        "english search": "/en/search/",
        "autocomplete": "/vi/search/autocomplete/",
        "widget": "/vi/widget/events/",
        "feedback": f"/vi/feedback/{center.slug}/",
        "feedback sent": f"/vi/feedback/{center.slug}/sent/",
        "api events": "/api/v2/events/",
        "api spaces": "/api/v2/spaces/",
        "api centers": "/api/v2/centers/",
        "api pages": "/api/v2/pages/",
        "api images": "/api/v2/images/",
    }


def test_every_route_answers_its_plain_url(demo):
    """The routes exist: each answers its plain URL without an error, so the hostile
    requests below reach the views and not a 404."""
    client = Client()
    answers = {label: client.get(url).status_code for label, url in demo_routes().items()}
    assert {label: status for label, status in answers.items() if status >= 400} == {}


def rotated(values, by):
    by %= len(values)
    return values[by:] + values[:by]


def test_hostile_values_in_every_parameter(demo):
    """Every value in every parameter at once; then each parameter alone with two of the
    ALONE values, a different two on each route, so that across the routes each
    parameter meets every one of them (all of them on every route is too slow to run)."""
    client = Client(raise_request_exception=False)  # a crash is a 500 in the list
    failures = []
    for route, (label, url) in enumerate(demo_routes().items()):
        for value in HOSTILE:
            query = "&".join(f"{name}={quote(value, safe='')}" for name in PARAMETERS)
            check(client.get(f"{url}?{query}"), f"{label} all={value[:20]!r}", failures)
        for number, name in enumerate(PARAMETERS):
            for value in rotated(ALONE, number + route)[:2]:
                response = client.get(url, {name: value})
                check(response, f"{label} {name}={value[:20]!r}", failures)
    assert failures == [], "\n".join(failures)


def test_hostile_form_posts(demo):
    """Every public form, posted with hostile values in every field (CSRF checks off, so
    the values reach the form): never a 500, never markup echoed back unescaped."""
    client = Client(raise_request_exception=False)
    routes = demo_routes()
    failures = []
    for label in ("space inquiry", "center inquiry", "feedback"):
        for value in HOSTILE:
            data = dict.fromkeys(FORM_FIELDS, value)
            check(client.post(routes[label], data), f"POST {label} {value[:20]!r}", failures)
    assert failures == [], "\n".join(failures)


def test_api_search_is_bounded_with_a_message(demo):
    """The API's ``?search=`` takes what the site search takes; longer or with control
    characters it answers 400 and says why (it was a 500 and a 503 "database down")."""
    client = Client()
    assert client.get("/api/v2/pages/", {"search": "Complex"}).status_code == 200
    for value, message in [
        ("đêm nhạc " * 1200, "at most 200 characters"),
        (" ".join(["nhạc"] * 13), "12 words"),
        ("a\x00b", "control characters"),
    ]:
        for endpoint in ("pages", "centers", "images"):
            response = client.get(f"/api/v2/{endpoint}/", {"search": value})
            assert response.status_code == 400, (endpoint, value[:10])
            assert message in response.json()["message"]


def test_autocomplete_echoes_the_query_without_markup(demo):
    response = Client().get("/vi/search/autocomplete/", {"q": '"><img src=x> & đêm'})
    assert response["Content-Type"].startswith("application/json")
    assert b"<img" not in response.content and b"&" not in response.content
    assert response.json()["query"] == '"><img src=x> & đêm'  # the same text, once parsed
