"""What a visitor may open, every public entry point, in both languages (issue 20, holes 3-4).

One small bilingual network with three centers, each with an event and a space in
Vietnamese and English:

- *Alpha*: public; every listing must show it (so an empty answer cannot pass);
- *Sigma*: private; a password set on the Vietnamese center after its English version
  existed (the restriction must cover the English version too);
- *Omega*: unpublished; only the center page, in both languages, as the admin does by
  default (its live calendar, event and space must go with it).

Markers are in titles (``Sigma``) and slugs (``sigma``): no answer may name a hidden one.
"""

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from events.models import EventIndexPage, EventPage, NetworkEventsPage
from spaces.models import NetworkSpacesPage, SpaceIndexPage
from tests.spaces.factories import SpacePageFactory

HIDDEN = ("sigma", "omega")
SHOWN = "alpha"
TITLES = {
    "vi": {
        "center": "Trung tâm {}",
        "calendar": "Lịch {}",
        "spaces": "Không gian {}",
        "event": "Hòa nhạc {}",
        "space": "Phòng tập {}",
    },
    "en": {
        "center": "{} Center",
        "calendar": "{} calendar",
        "spaces": "{} spaces",
        "event": "Concert {}",
        "space": "Rehearsal room {}",
    },
}
LANGUAGES = ("vi", "en")


def _publish_translation(page, locale, title):
    translated = page.copy_for_translation(locale)
    translated.title = title
    translated.save_revision().publish()
    return type(page).objects.get(pk=translated.pk)


def _translated(page, locale):
    return type(page).objects.get(translation_key=page.translation_key, locale=locale)


def _fresh(page):
    """``page`` as stored now (saving a stale copy would write back its old child count)."""
    return type(page).objects.get(pk=page.pk)


@pytest.fixture
def network(home, center_factory, locales):
    """The network above; returns ``{marker: {language: {kind: page}}}``."""
    en = locales["en"]
    for model, slug, title in (
        (NetworkEventsPage, "events", "Sự kiện"),
        (NetworkSpacesPage, "spaces", "Không gian"),
    ):
        page = model(title=title, slug=slug)
        home.add_child(instance=page)
        page.save_revision().publish()
        _publish_translation(page, en, title)
    start = timezone.localtime() + timedelta(days=3)
    pages = {}
    for marker in (SHOWN, *HIDDEN):
        name = marker.capitalize()
        center = center_factory(title=TITLES["vi"]["center"].format(name), slug=marker)
        calendar = EventIndexPage.objects.child_of(center).get()
        spaces = SpaceIndexPage.objects.child_of(center).get()
        for index, kind in ((calendar, "calendar"), (spaces, "spaces")):
            index.title = TITLES["vi"][kind].format(name)
            index.save_revision().publish()
        event = EventPage(
            title=TITLES["vi"]["event"].format(name), slug=f"hoa-nhac-{marker}", start=start
        )
        calendar.add_child(instance=event)
        event.save_revision().publish()
        space = SpacePageFactory(
            parent=spaces, title=TITLES["vi"]["space"].format(name), slug=f"phong-{marker}"
        )
        vi_pages = {
            "center": center,
            "calendar": calendar,
            "spaces": spaces,
            "event": event,
            "space": space,
        }
        en_pages = {}
        for kind, page in vi_pages.items():  # parents first
            title = TITLES["en"][kind].format(name)
            en_pages[kind] = _publish_translation(page, en, title)
        pages[marker] = {"vi": vi_pages, "en": en_pages}

    # Sigma: made private in Vietnamese, after its English version existed.
    PageViewRestriction.objects.create(
        page=pages["sigma"]["vi"]["center"],
        restriction_type=PageViewRestriction.PASSWORD,
        password="bi-mat",
    )
    # Omega: only the center unpublished, in each language.
    for language in LANGUAGES:
        _translated(pages["omega"]["vi"]["center"], locales[language]).unpublish()
    return pages


def _text(response):
    assert response.status_code == 200, (response.status_code, response.content[:300])
    return (b"".join(response) if response.streaming else response.content).decode()


def _sitemap(client, url):
    """Every ``<loc>`` of the sitemap at ``url``, following an index to its sitemaps."""
    root = ET.fromstring(_text(client.get(url)))
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    if root.tag.endswith("sitemapindex"):
        found = []
        for loc in root.findall("s:sitemap/s:loc", ns):
            found += _sitemap(client, loc.text.replace("http://localhost", ""))
        return found
    locations = [loc.text for loc in root.findall("s:url/s:loc", ns)]
    alternates = [link.get("href") for link in root.iter("{http://www.w3.org/1999/xhtml}link")]
    return locations + alternates


# Every place the public reads a list of pages or events, with what it is asked.
ENTRY_POINTS = {
    "network home": "/{lang}/",
    "network calendar": "/{lang}/events/",
    "month grid": "/{lang}/events/?view=month&month={month}",
    "calendar feed.ics": "/{lang}/events/feed.ics",
    "calendar feed.rss": "/{lang}/events/feed.rss",
    "calendar feed.atom": "/{lang}/events/feed.atom",
    "widget": "/{lang}/widget/events/",
    "spaces finder": "/{lang}/spaces/",
    "search events": "/{lang}/search/?q={event_word}",
    "search spaces": "/{lang}/search/?q={space_word}",
    "search centers": "/{lang}/search/?q={center_word}",
    "autocomplete": "/{lang}/search/autocomplete/?q={event_word}",
    "API pages": "/api/v2/pages/?locale={lang}&fields=title&limit=20",
    "API centers": "/api/v2/centers/?locale={lang}",
    "API events": "/api/v2/events/?locale={lang}",
    "API spaces": "/api/v2/spaces/?locale={lang}",
    "sitemap": "/sitemap.xml",
}
WORDS = {
    "vi": {"event_word": "hoa nhac", "space_word": "phong tap", "center_word": "trung tam"},
    "en": {"event_word": "concert", "space_word": "rehearsal", "center_word": "center"},
}


def test_every_list_shows_only_what_a_visitor_may_open(client, network):
    """Each entry point in each language; every failure is named, not only the first."""
    month = f"{timezone.localdate() + timedelta(days=3):%Y-%m}"
    failures = []
    for language in LANGUAGES:
        for entry, pattern in ENTRY_POINTS.items():
            url = pattern.format(lang=language, month=month, **WORDS[language])
            if entry == "sitemap":
                text = "\n".join(_sitemap(client, url))
            else:
                text = _text(client.get(url))
            folded = text.lower()
            if SHOWN not in folded:
                failures.append(f"{url}: lists nothing of the public center")
            failures += [f"{url}: names {marker}" for marker in HIDDEN if marker in folded]
    assert not failures, "\n".join(failures)


# Each page of the hidden centers at its own address, with the routes beside it.
ADDRESSES = [
    ("center", ""),
    ("calendar", ""),
    ("calendar", "feed.ics"),
    ("calendar", "feed.rss"),
    ("spaces", ""),
    ("event", ""),
    ("event", "event.ics"),
    ("space", ""),
]


def test_a_hidden_page_is_not_served(client, network):
    failures = []
    for language in LANGUAGES:
        for kind, route in ADDRESSES:
            for marker in HIDDEN:
                page = network[marker][language][kind]
                url = page.url + route
                response = client.get(url)
                body = response.content.decode()
                if marker == "omega" or route == "feed.rss":
                    expected = response.status_code == 404
                else:  # the password form, without the page
                    expected = response.status_code == 200 and 'name="password"' in body
                if not expected or page.title in body:
                    failures.append(f"{url}: {response.status_code}")
            # The same address of the public center answers (the route exists).
            shown = network[SHOWN][language][kind]
            assert SHOWN in _text(client.get(shown.url + route)).lower()
    assert not failures, "\n".join(failures)


def test_language_links_name_only_versions_a_visitor_may_open(client, network):
    """The language switch, hreflang links and the API's translations leave out a version
    whose center is unpublished in its language."""
    event = network[SHOWN]["vi"]["event"]
    gone = network[SHOWN]["en"]["event"]
    _fresh(network[SHOWN]["en"]["center"]).unpublish()
    body = _text(client.get(event.url))
    assert event.url in body  # its own hreflang link
    assert gone.url not in body
    items = client.get("/api/v2/events/", {"locale": "vi"}).json()["items"]
    assert [item["translations"] for item in items] == [{"vi": f"http://localhost{event.url}"}]
