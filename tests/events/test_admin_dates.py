"""The event editor gives back the dates it shows: re-saving changes none of them."""

from datetime import date

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from events.models import EventDateException, EventPage

from .conftest import hanoi

pytestmark = pytest.mark.django_db


def form_as_submitted(html, form_id="page-edit-form"):
    """The fields of the admin form as a browser submits them, without running its scripts."""
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.has_attr("disabled"):
            continue
        if field.name == "select":
            chosen = [
                o.get("value", o.text) for o in field.find_all("option") if o.has_attr("selected")
            ]
            if not chosen and not field.has_attr("multiple"):
                first = field.find("option")
                chosen = [first.get("value", first.text)] if first else []
            data.setdefault(name, []).extend(chosen)
        elif field.name == "textarea":
            data.setdefault(name, []).append(field.text.removeprefix("\n"))
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.get("type") not in ("submit", "button", "file", "image"):
            data.setdefault(name, []).append(field.get("value", ""))
    # A StreamField is drawn by its script from JSON; the events here have an empty body.
    data.setdefault("body-count", ["0"])
    return data


def form_errors(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [e.get_text(" ", strip=True) for e in page.select(".error-message, .help-critical")]


@pytest.fixture
def editor(client):
    def log_in(language):
        user = get_user_model().objects.create_superuser(f"admin-{language}", "a@example.vn", "pw")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return client

    return log_in


def dates_of(event):
    exceptions = sorted(
        (e.date, e.action, e.new_start, e.new_end) for e in event.date_exceptions.all()
    )
    return (event.start, event.end, event.repeat_until, exceptions)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_saving_an_event_unchanged_leaves_every_date_as_it_was(editor, make_event, language):
    # Days above 12 and days that read as months (9 December, 3 January) alike.
    event = make_event(
        start=hanoi(2026, 12, 9, 19, 30),
        end=hanoi(2026, 12, 9, 21, 45),
        repeat="weekly",
        repeat_until=date(2027, 1, 27),
        exceptions=[
            EventDateException(date=date(2026, 12, 23), action="cancel"),
            EventDateException(
                date=date(2027, 1, 6),
                action="move",
                new_start=hanoi(2027, 1, 3, 18, 0),
                new_end=hanoi(2027, 1, 3, 20, 15),
            ),
        ],
    )
    before = dates_of(event)
    client = editor(language)
    url = f"/admin/pages/{event.pk}/edit/"
    data = form_as_submitted(client.get(url).content.decode())
    assert data["start"] == ["09/12/2026 19:30"]  # shown day first
    response = client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    reloaded = EventPage.objects.get(pk=event.pk)
    assert reloaded.latest_revision_id != event.latest_revision_id  # saved a new revision
    assert dates_of(reloaded.get_latest_revision_as_object()) == before


def test_typing_25_12_in_the_event_editor_saves_25_december(editor, make_event):
    event = make_event(start=hanoi(2026, 12, 9, 19, 30), repeat="weekly")
    client = editor("vi")
    url = f"/admin/pages/{event.pk}/edit/"
    data = form_as_submitted(client.get(url).content.decode())
    data.update(
        {
            "start": ["25/12/2026 19:30"],
            "repeat_until": ["05/02/2027"],
            "date_exceptions-TOTAL_FORMS": ["1"],
            "date_exceptions-0-id": [""],
            "date_exceptions-0-ORDER": ["1"],
            "date_exceptions-0-DELETE": [""],
            "date_exceptions-0-date": ["15/01/2027"],
            "date_exceptions-0-action": ["cancel"],
            "date_exceptions-0-new_start": [""],
            "date_exceptions-0-new_end": [""],
            "date_exceptions-0-note": [""],
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, form_errors(response)
    saved = EventPage.objects.get(pk=event.pk).get_latest_revision_as_object()
    assert saved.start == hanoi(2026, 12, 25, 19, 30)
    assert saved.repeat_until == date(2027, 2, 5)
    assert [e.date for e in saved.date_exceptions.all()] == [date(2027, 1, 15)]


def test_publishing_an_event_whose_dates_have_all_passed_asks_first(editor, make_event):
    event = make_event(start=hanoi(2025, 3, 14, 19, 30), publish=False, live=False)
    client = editor("vi")
    url = f"/admin/pages/{event.pk}/edit/"
    page = client.get(url).content.decode()
    assert 'name="publish_past_dates"' not in page  # no tick box on an ordinary edit
    data = {**form_as_submitted(page), "action-publish": ["publish"]}

    response = client.post(url, data)
    assert response.status_code == 200
    assert any("14/03/2025" in error for error in form_errors(response))
    assert 'name="publish_past_dates"' in response.content.decode()
    assert not EventPage.objects.get(pk=event.pk).live

    response = client.post(url, {**data, "publish_past_dates": ["on"]})
    assert response.status_code == 302, form_errors(response)
    assert EventPage.objects.get(pk=event.pk).live


def test_a_past_series_with_a_date_moved_ahead_publishes_without_asking(editor, make_event):
    event = make_event(
        start=hanoi(2025, 3, 5, 19, 30),
        repeat="weekly",
        repeat_until=date(2025, 3, 26),
        exceptions=[
            EventDateException(
                date=date(2025, 3, 26), action="move", new_start=hanoi(2099, 1, 2, 19, 30)
            )
        ],
        publish=False,
        live=False,
    )
    client = editor("vi")
    url = f"/admin/pages/{event.pk}/edit/"
    data = {**form_as_submitted(client.get(url).content.decode()), "action-publish": ["publish"]}
    assert client.post(url, data).status_code == 302
    assert EventPage.objects.get(pk=event.pk).live


# Vocabularies in the event editor ------------------------------------------------------
def test_categories_and_sectors_are_ticked_in_the_pages_language_only(
    editor, make_event, category, locales
):
    from events.models import EventCategory
    from network.models import Sector

    music = EventCategory.objects.create(
        name="Music",
        slug="live-music",
        locale=locales["en"],
        translation_key=category.translation_key,
    )
    design = Sector.objects.create(name="Thiết kế", slug="design", locale=locales["vi"])
    Sector.objects.create(
        name="Design", slug="design", locale=locales["en"], translation_key=design.translation_key
    )
    event = make_event(categories=[category], sectors=[design])
    client = editor("vi")
    url = f"/admin/pages/{event.pk}/edit/"
    page = BeautifulSoup(client.get(url).content, "html.parser")
    for name, vietnamese, english in [
        ("categories", "Âm nhạc", "Music"),
        ("sectors", "Thiết kế", "Design"),
    ]:
        boxes = page.select(f'input[type="checkbox"][name="{name}"]')
        labels = {box.find_parent("label").get_text(strip=True): box for box in boxes}
        assert vietnamese in labels and english not in labels
        assert labels[vietnamese].has_attr("checked")
    # A term of the other language is refused, not stored.
    data = form_as_submitted(str(page))
    response = client.post(url, {**data, "categories": [str(music.pk)]})
    assert response.status_code == 200
    assert list(
        EventPage.objects.get(pk=event.pk).get_latest_revision_as_object().categories.all()
    ) == [category]
