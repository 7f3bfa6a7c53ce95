"""An event held in one of its center's spaces: chosen in the admin, named and linked."""

import json
import re

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from events.models import EventPage
from spaces.models import SpaceIndexPage
from tests.spaces.factories import SpacePageFactory

from .conftest import hanoi


@pytest.fixture
def space(center):
    index = SpaceIndexPage.objects.child_of(center).get()
    return SpacePageFactory(parent=index, title="Sân khấu hộp đen", slug="san-khau-hop")


@pytest.fixture
def other_space(center_factory):
    other = center_factory(title="Trung tâm Khác", slug="khac")
    index = SpaceIndexPage.objects.child_of(other).get()
    return SpacePageFactory(parent=index, title="Phòng của nơi khác", slug="phong-khac")


def test_event_page_links_its_space_and_feeds_name_it(client, make_event, space, center):
    event = make_event(start=hanoi(2030, 12, 7, 19, 30), space=space, venue="")
    html = client.get(event.url).content.decode()
    assert f'href="{space.url}" class="event__space">Sân khấu hộp đen</a>' in html
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(raw)["location"]["name"] == f"Sân khấu hộp đen, {center.title}"
    ics = icalendar.Calendar.from_ical(client.get(event.url + "event.ics").content)
    (vevent,) = ics.walk("VEVENT")
    assert str(vevent["LOCATION"]).startswith(f"Sân khấu hộp đen, {center.title}")


def test_free_text_venue_when_no_space(client, make_event):
    event = make_event(start=hanoi(2030, 12, 7, 19, 30), venue="Sân trong")
    html = client.get(event.url).content.decode()
    assert "event__space" not in html
    assert ", Sân trong<br>" in html


def test_english_event_links_the_english_space(client, make_event, space):
    en = Locale.objects.get(language_code="en")
    event = make_event(start=hanoi(2030, 12, 7, 19, 30), space=space)
    en_space = space.copy_for_translation(en, copy_parents=True)
    en_space.title = "Black box stage"
    en_space.save_revision().publish()
    en_event = event.copy_for_translation(en, copy_parents=True)
    en_event.save_revision().publish()
    en_event = EventPage.objects.get(pk=en_event.pk)
    assert en_event.space_id == space.pk  # synchronised: the Vietnamese original
    html = client.get(en_event.url).content.decode()
    assert f'href="{en_space.url}" class="event__space">Black box stage</a>' in html
    assert "Sân khấu hộp đen" not in html


def _form(event, calendar, space):
    form_class = EventPage.get_edit_handler().get_form_class()
    user = get_user_model().objects.create_superuser("admin", "a@example.com", "x")
    data = {
        "title": event.title,
        "slug": event.slug,
        "start": "2030-12-07 19:30",
        "status": "scheduled",
        "attendance_mode": "offline",
        "space": space.pk,
        "body-count": "0",
        "date_exceptions-TOTAL_FORMS": "0",
        "date_exceptions-INITIAL_FORMS": "0",
        "date_exceptions-MIN_NUM_FORMS": "0",
        "date_exceptions-MAX_NUM_FORMS": "1000",
        "comments-TOTAL_FORMS": "0",
        "comments-INITIAL_FORMS": "0",
        "comments-MIN_NUM_FORMS": "0",
        "comments-MAX_NUM_FORMS": "1000",
    }
    return form_class(data, instance=event, parent_page=calendar, for_user=user)


def test_admin_form_accepts_a_space_of_the_center(make_event, calendar, space):
    form = _form(make_event(), calendar, space)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["space"] == space


def test_admin_form_refuses_another_centers_space(make_event, calendar, other_space):
    event = make_event()
    form = _form(event, calendar, other_space)
    assert not form.is_valid()
    assert form.errors["space"] == ["Hãy chọn một không gian của chính trung tâm này."]
    assert EventPage.objects.get(pk=event.pk).space_id is None


def test_calendar_list_names_the_space_without_a_query_per_event(
    client, make_event, calendar, space
):
    make_event(title="Ở sân khấu", start=hanoi(2030, 12, 7, 19, 30), space=space)
    make_event(title="Ở sân", start=hanoi(2030, 12, 8, 19, 30), venue="Sân trong")
    url = f"{calendar.url}?from=2030-12-01&to=2030-12-31"
    html = client.get(url).content.decode()
    assert "· Sân khấu hộp đen" in html and "· Sân trong" in html
    with CaptureQueriesContext(connection) as two:
        client.get(url)
    make_event(title="Lại ở sân khấu", start=hanoi(2030, 12, 9, 19, 30), space=space)
    with CaptureQueriesContext(connection) as three:
        client.get(url)
    assert len(three.captured_queries) == len(two.captured_queries)
