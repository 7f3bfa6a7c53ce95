"""Scheduled publishing and expiry, for events and for plain pages, with Wagtail's
``publish_scheduled`` command: the calendar (occurrence rows) follows."""

from datetime import timedelta
from unittest import mock

from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from events.models import EventOccurrence, EventPage

from .conftest import event_form, login, page_form
from .test_workflow import comments


def publish_scheduled_at(moment):
    """Run Wagtail's command as the scheduler would at ``moment`` (the clock moved on)."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled")


def test_a_scheduled_event_joins_the_calendar_only_when_it_goes_live(client, world):
    login(client, world["editor_a"])
    go_live = (timezone.localtime() + timedelta(days=2)).strftime("%Y-%m-%d %H:%M")
    client.post(
        f"/admin/pages/add/events/eventpage/{world['calendar_a'].pk}/",
        event_form(
            comments=comments(),
            expected_attendance="120",
            go_live_at=go_live,
            **{"action-publish": "publish"},
        ),
    )
    event = EventPage.objects.get(slug="dai-nhac-hoi-song-hong")
    assert not event.live
    assert event.go_live_at is not None
    assert not EventOccurrence.objects.filter(event=event).exists()

    call_command("publish_scheduled")  # not yet time
    assert not EventPage.objects.get(pk=event.pk).live

    publish_scheduled_at(event.go_live_at + timedelta(minutes=1))
    assert EventPage.objects.get(pk=event.pk).live
    assert EventOccurrence.objects.filter(event=event).count() == 1
    assert client.get("/vi/a/events/").content.decode().count("Đại nhạc hội Sông Hồng") >= 1


def test_an_expired_event_leaves_the_calendar(client, world):
    login(client, world["editor_a"])
    client.post(
        f"/admin/pages/add/events/eventpage/{world['calendar_a'].pk}/",
        event_form(comments=comments(), expected_attendance="120", **{"action-publish": "1"}),
    )
    event = EventPage.objects.get(slug="dai-nhac-hoi-song-hong")
    assert event.live and EventOccurrence.objects.filter(event=event).exists()
    assert "Đại nhạc hội Sông Hồng" in client.get("/vi/a/events/").content.decode()

    Page.objects.filter(pk=event.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled")
    event.refresh_from_db()
    assert (event.live, event.expired) == (False, True)
    assert not EventOccurrence.objects.filter(event=event).exists()
    assert "Đại nhạc hội Sông Hồng" not in client.get("/vi/a/events/").content.decode()


def test_a_plain_page_is_scheduled_and_expires(client, world):
    leaf = world["leaf_a"]
    login(client, world["editor_a"])
    expire = (timezone.localtime() + timedelta(days=30)).strftime("%Y-%m-%d %H:%M")
    go_live = (timezone.localtime() + timedelta(days=1)).strftime("%Y-%m-%d %H:%M")
    client.post(
        f"/admin/pages/{leaf.pk}/edit/",
        page_form(
            leaf,
            title="Giờ mở cửa mùa đông",
            go_live_at=go_live,
            expire_at=expire,
            **{"action-publish": "publish"},
        ),
    )
    assert Page.objects.get(pk=leaf.pk).title == leaf.title  # the old version stays live
    publish_scheduled_at(timezone.now() + timedelta(days=1, minutes=5))
    page = Page.objects.get(pk=leaf.pk)
    assert (page.title, page.live) == ("Giờ mở cửa mùa đông", True)

    Page.objects.filter(pk=leaf.pk).update(expire_at=timezone.now() - timedelta(minutes=1))
    call_command("publish_scheduled")
    assert not Page.objects.get(pk=leaf.pk).live
