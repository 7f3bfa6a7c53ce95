"""Events and spaces in the network search: their dates, prices and the date facet.

Uses the ``corpus`` of conftest.py plus, at "Không gian Di sản" (sector music): an
upcoming event, a past event, a cancelled upcoming event and a stage space.
"""

import re
from datetime import timedelta

import pytest
from django.utils import timezone

from events.models import EventIndexPage, EventPage
from events.presentation import when_text
from sitesearch.search import Filters, autocomplete_pages, search_pages
from spaces.models import SpaceIndexPage
from tests.spaces.factories import SpacePageFactory

pytestmark = pytest.mark.django_db

UPCOMING = "Đêm nhạc ca trù mùa đông"
PAST = "Đêm nhạc mùa hè đã qua"
CANCELLED = "Đêm nhạc bị hủy"
STAGE = "Sân khấu đêm nhạc"
MUSIC = "Đêm nhạc acoustic"
DI_SAN = "Không gian Di sản"


def publish_event(calendar, title, slug, start, **fields):
    event = EventPage(title=title, slug=slug, start=start, **fields)
    event.sectors = fields.pop("sectors", [])
    calendar.add_child(instance=event)
    event.save_revision().publish()
    return EventPage.objects.get(pk=event.pk)


@pytest.fixture
def typed(corpus):
    center = corpus["centers"]["di-san"]
    music = corpus["sectors"]["music"]
    calendar = EventIndexPage.objects.child_of(center).get()
    now = timezone.now().replace(microsecond=0)
    upcoming = publish_event(
        calendar, UPCOMING, "ca-tru-mua-dong", now + timedelta(days=10), price_min=150_000
    )
    upcoming.sectors.set([music])
    upcoming.save_revision().publish()
    past = publish_event(calendar, PAST, "mua-he", now - timedelta(days=40), is_free=True)
    cancelled = publish_event(
        calendar, CANCELLED, "bi-huy", now + timedelta(days=3), status="cancelled"
    )
    stage = SpacePageFactory(
        parent=SpaceIndexPage.objects.child_of(center).get(),
        title=STAGE,
        slug="san-khau",
        space_type="stage",
        area=120,
        capacity_seated=80,
        price_period="day",
        price=1_500_000,
        sectors=[music],
    )
    return {**corpus, "upcoming": upcoming, "past": past, "cancelled": cancelled, "stage": stage}


def titles(outcome):
    return {page.title for page in outcome.page.object_list}


def test_upcoming_by_default_past_on_request(typed):
    vi = typed["vi"]
    upcoming = search_pages("dem nhac", vi, Filters())
    assert titles(upcoming) == {UPCOMING, CANCELLED, STAGE, MUSIC, DI_SAN}
    assert upcoming.past == 1  # left out, and counted for the offer
    assert upcoming.facets["when"] == ["upcoming", "past"]
    past = search_pages("dem nhac", vi, Filters(when="past"))
    # The date filter applies to events only: pages without dates stay.
    assert titles(past) == {PAST, STAGE, MUSIC, DI_SAN}


@pytest.mark.parametrize("query", [PAST, "dem nhac mua he da qua", "ĐÊM NHẠC MÙA HÈ ĐÃ QUA"])
def test_a_past_event_typed_by_its_title_is_found_first(typed, query):
    outcome = search_pages(query, typed["vi"], Filters())
    assert [page.title for page in outcome.page.object_list] == [PAST]
    assert outcome.past == 0


def test_past_events_are_offered_when_they_match(client, typed):
    html = client.get("/vi/search/", {"q": "dem nhac"}).content.decode()
    assert PAST not in cards_by_title(html)
    assert (
        '<p class="search-past">1 sự kiện đã qua cũng khớp: '
        '<a href="?q=dem+nhac&amp;when=past">xem</a></p>'
    ) in html
    # Only past events match: the offer, not "nothing matched".
    html = client.get("/vi/search/", {"q": "mua he"}).content.decode()
    assert cards_by_title(html) == {}
    assert '<a href="?q=mua+he&amp;when=past">xem</a>' in html
    assert "Không tìm thấy" not in html and 'class="search-empty"' not in html
    html = client.get("/vi/search/", {"q": "mua he", "when": "past"}).content.decode()
    assert list(cards_by_title(html)) == [PAST]
    assert 'class="search-past"' not in html


def test_type_and_sector_facets_count_across_types(typed):
    outcome = search_pages("dem nhac", typed["vi"], Filters())
    types = {item["key"]: item["count"] for item in outcome.facets["type"]}
    assert types == {
        "events.eventpage": 2,
        "spaces.spacepage": 1,
        "network.standardpage": 1,
        "network.centerpage": 1,
    }
    sectors = {item["key"]: item["count"] for item in outcome.facets["sector"]}
    assert sectors == {"music": 3}  # the center, the upcoming event and the stage
    by_music = search_pages("dem nhac", typed["vi"], Filters(sector=typed["sectors"]["music"]))
    assert titles(by_music) == {UPCOMING, STAGE, DI_SAN}


def test_event_cards_show_the_next_date_status_and_admission(client, typed):
    event = typed["upcoming"]
    occurrence = event.occurrences.get()
    expected = when_text(occurrence.start, occurrence.end, occurrence.all_day, "vi")
    assert re.search(r"tháng \d+ năm \d{4}, \d{2}:\d{2}", expected)
    html = client.get("/vi/search/", {"q": "dem nhac", "type": "events.eventpage"}).content
    cards = cards_by_title(html.decode())
    assert cards[UPCOMING] == [expected, "150.000 ₫"]
    assert cards[CANCELLED][1] == "Đã hủy"
    assert PAST not in cards


def test_past_event_card_says_it_ended(client, typed):
    occurrence = typed["past"].occurrences.get()
    ended = when_text(occurrence.start, occurrence.end, occurrence.all_day, "vi")
    html = client.get("/vi/search/", {"q": "dem nhac", "when": "past"}).content.decode()
    assert cards_by_title(html)[PAST] == [f"Đã kết thúc: {ended}", "Vào cửa miễn phí"]


def test_space_cards_show_type_area_capacity_and_price(client, typed):
    html = client.get("/vi/search/", {"q": "san khau"}).content.decode()
    assert cards_by_title(html)[STAGE] == [
        "Sân khấu, hội trường · 120 m² · tối đa 80 người",
        "1.500.000 ₫ mỗi ngày",
    ]
    assert "Không gian · Không gian Di sản" in html


def test_space_meta_in_english(typed):
    from spaces.searching import result_meta
    from tests.factories import en

    stage = typed["stage"]
    stage.price, stage.capacity_seated = 12_500_000, 1200
    stage.locale = en()
    assert result_meta(stage) == [
        "Stage or hall · 120 m² · up to 1,200 people",
        "12,500,000 VND per day",
    ]


def test_a_bad_date_filter_is_reported_and_upcoming_applies(client, typed):
    html = client.get("/vi/search/", {"q": "dem nhac", "when": "yesterday'"}).content.decode()
    assert 'class="search-notice"' in html
    cards = cards_by_title(html)
    assert UPCOMING in cards and PAST not in cards


def test_no_results_offer_the_next_events_not_past_or_cancelled(client, typed):
    response = client.get("/vi/search/", {"q": "khong tim thay gi ca"})
    suggested = [page.title for page in response.context["suggested_upcoming"]]
    assert suggested == [UPCOMING]
    assert f">{UPCOMING}</a>" in response.content.decode()


def cards_by_title(html):
    """{title: [meta lines]} from the search results' HTML."""
    cards = {}
    for card in re.findall(r'<li class="search-result">(.*?)</li>', html, re.S):
        title = re.sub(r"<[^>]+>", "", re.search(r"<h2[^>]*>(.*?)</h2>", card, re.S).group(1))
        cards[title.strip()] = re.findall(r'<p class="search-result__meta">(.*?)</p>', card)
    return cards


def test_event_cards_take_no_query_each(client, corpus):
    """The cards' next dates are read together (events.searching.prepare_results); the
    language and the event come free: six event cards take the queries of one."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    center = corpus["centers"]["di-san"]
    calendar = EventIndexPage.objects.child_of(center).get()
    now = timezone.now().replace(microsecond=0)

    def search():
        with CaptureQueriesContext(connection) as captured:
            response = client.get("/vi/search/", {"q": "hoi cho"})
        assert response.status_code == 200
        return len(captured)

    publish_event(calendar, "Hội chợ sách 1", "hoi-cho-1", now + timedelta(days=5))
    search()  # the first search of a term also creates its row in the query log
    one = search()
    for number in range(2, 7):
        publish_event(
            calendar,
            f"Hội chợ sách {number}",
            f"hoi-cho-{number}",
            now + timedelta(days=5 + number),
        )
    six = search()
    assert six == one


def test_the_scope_does_not_grow_with_past_events_or_sector_members(typed):
    """SQLite refuses more than 32,766 parameters: the scope names no ids one by one."""
    from sitesearch.search import scope

    calendar = typed["past"].get_parent()
    music = typed["sectors"]["music"]

    def parameters():
        filters = Filters(sector=music, when="upcoming")
        return len(scope(typed["vi"], filters).query.sql_with_params()[1])

    before = parameters()
    ago = timezone.now() - timedelta(days=60)
    for n in range(12):
        old = publish_event(calendar, f"Đêm nhạc cũ {n}", f"cu-{n}", ago + timedelta(hours=n))
        old.sectors.set([music])
        old.save_revision().publish()
    assert parameters() == before
    outcome = search_pages("dem nhac", typed["vi"], Filters(sector=music, when="past"))
    types = {item["key"]: item["count"] for item in outcome.facets["type"]}
    assert types["events.eventpage"] == 12  # the old ones: PAST is in no sector


def test_a_series_card_shows_its_next_date(typed):
    """Read together, each card still gets its own date: a series its next one."""
    from sitesearch.cards import build_cards

    calendar = EventIndexPage.objects.child_of(typed["centers"]["di-san"]).get()
    weekly = publish_event(
        calendar,
        "Lớp gốm hằng tuần",
        "lop-gom",
        timezone.now().replace(microsecond=0) - timedelta(days=15),
        repeat="weekly",
        repeat_until=(timezone.now() + timedelta(days=30)).date(),
    )
    upcoming = weekly.occurrences.filter(end__gte=timezone.now()).order_by("start").first()
    assert weekly.occurrences.order_by("start").first().start < timezone.now() < upcoming.end
    cards = build_cards([typed["upcoming"], typed["past"], weekly], [], typed["vi"])
    by_title = {card.page.title: card.meta for card in cards}
    assert by_title["Lớp gốm hằng tuần"][0] == when_text(
        upcoming.start, upcoming.end, upcoming.all_day, "vi"
    )
    assert by_title[PAST][0].startswith("Đã kết thúc: ")


def test_autocomplete_lists_pages_and_spaces_before_events(typed):
    titles = [page.title for page in autocomplete_pages("dem nh", typed["vi"])[0]]
    events = [titles.index(title) for title in (UPCOMING, PAST, CANCELLED) if title in titles]
    assert events and titles.index(MUSIC) < titles.index(STAGE) < min(events)
