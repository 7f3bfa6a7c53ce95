"""An event's translation follows its source's approval (approvals.checks.approval_reasons).

The English version of an event that needs the Department's approval cannot be published
by the center before the Vietnamese event is approved and live; once it is, and while the
English version carries the same dates, attendance and place, the center publishes it
without a second approval.
"""

import pytest
from wagtail.models import Page

from approvals.checks import approval_reasons
from events.models import EventIndexPage, EventPage
from network.demo.translate import TranslationMemory, translate_with_memory
from tests.factories import en

from .conftest import hanoi, login, make_event


@pytest.fixture
def english_event(world):
    """A large Vietnamese event, saved but not approved, and its English version."""
    center, calendar = world["a"], world["calendar_a"]
    event = make_event(
        calendar,
        publish=False,
        live=False,
        title="Đại nhạc hội Sông Hồng",
        slug="dai-nhac-hoi-song-hong",
        start=hanoi(2026, 12, 12, 19, 30),
        expected_attendance=800,
    )
    memory = TranslationMemory()
    for page in (center, calendar, event):
        memory.add(page.title, f"EN {page.title}")
        memory.add(page.slug, f"en-{page.slug}")
    memory.add(center.introduction, "A creative hub.")
    memory.add(center.address, "1 Trang Tien street")
    memory.add(center.district, "Hoan Kiem")
    translate_with_memory(center, en(), memory)
    translate_with_memory(EventIndexPage.objects.child_of(center).get(), en(), memory)
    english = translate_with_memory(event, en(), memory)
    return event, EventPage.objects.get(pk=english.pk)


def can_publish(page, user):
    return page.permissions_for_user(user).can_publish()


def approve(event):
    """What the Department's approval does: the Vietnamese event's draft goes live."""
    EventPage.objects.get(pk=event.pk).get_latest_revision().publish()


def test_before_the_source_is_approved_the_center_cannot_publish_the_translation(
    world, english_event
):
    event, english = english_event
    assert not EventPage.objects.get(pk=event.pk).live
    assert approval_reasons(english)  # the same rule as the Vietnamese event
    assert not can_publish(english, world["editor_a"])
    assert not can_publish(english, world["admin_a"])
    assert can_publish(english, world["department"])


def test_once_the_source_is_approved_the_translation_needs_no_second_approval(world, english_event):
    event, english = english_event
    approve(event)
    assert approval_reasons(english) == []
    assert can_publish(english, world["editor_a"])


def test_a_translation_carrying_other_numbers_than_the_live_source_is_judged_itself(
    world, english_event
):
    event, english = english_event
    approve(event)
    english.expected_attendance = 1500  # e.g. synced from a new Vietnamese draft
    reasons = approval_reasons(english)
    assert len(reasons) == 1 and "1500" in reasons[0]
    english.expected_attendance = 800
    english.start = hanoi(2026, 12, 19, 19, 30)  # another date than the approved one
    assert approval_reasons(english)


def test_the_translation_editor_refuses_the_centers_publish(
    client, world, english_event, django_capture_on_commit_callbacks
):
    """wagtail-localize's own editor asks Wagtail's permission tester before publishing."""
    event, english = english_event
    Page.objects.filter(pk=english.pk).update(live=False)
    login(client, world["editor_a"])
    url = f"/admin/pages/{english.pk}/edit/"
    assert "canPublish&quot;: false" in client.get(url).content.decode()
    refused = client.post(url, {"action": "publish"}, follow=True)
    assert "Rất tiếc, bạn không có quyền truy cập khu vực này" in refused.content.decode()
    assert not Page.objects.get(pk=english.pk).live
    approve(event)  # the Department approves the Vietnamese event: now the center may
    assert "canPublish&quot;: true" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes then
        client.post(url, {"action": "publish"})
    assert Page.objects.get(pk=english.pk).live


def test_small_events_translations_publish_freely(world):
    calendar = world["calendar_a"]
    event = make_event(calendar, publish=False, live=False, expected_attendance=40)
    memory = TranslationMemory()
    for page in (world["a"], calendar, event):
        memory.add(page.title, f"EN {page.title}")
        memory.add(page.slug, f"en-{page.slug}")
    memory.add(world["a"].introduction, "A creative hub.")
    memory.add(world["a"].address, "1 Trang Tien street")
    memory.add(world["a"].district, "Hoan Kiem")
    translate_with_memory(world["a"], en(), memory)
    translate_with_memory(calendar, en(), memory)
    english = EventPage.objects.get(pk=translate_with_memory(event, en(), memory).pk)
    assert approval_reasons(english) == []
    assert can_publish(english, world["editor_a"])
