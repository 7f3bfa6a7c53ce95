"""The publishing checks, called directly: over capacity, and after the certificate expires.

The conftest's certificates: alpha's whole center 400 people (+200 days), alpha's hall-a
150 people (+30 days); beta's whole center 250 people, expired 10 days ago.
"""

from datetime import datetime, time, timedelta

import pytest
from django.utils import timezone, translation

from department.factories import FireSafetyCertificateFactory
from department.rules import after_certificate_expiry, event_dates, over_capacity
from events.models import EventIndexPage, EventPage
from network.demo.translate import TranslationMemory, translate_with_memory
from tests.factories import en

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def vietnamese():
    with translation.override("vi"):
        yield


@pytest.fixture
def make_event(network, today):
    counter = {"n": 0}

    def make(center="alpha", days=10, publish=False, **fields):
        counter["n"] += 1
        fields.setdefault("title", f"Sự kiện {counter['n']}")
        fields.setdefault("slug", f"su-kien-{counter['n']}")
        start = datetime.combine(today + timedelta(days=days), time(19, 30))
        fields.setdefault("start", timezone.make_aware(start))
        exceptions = fields.pop("exceptions", [])
        event = EventPage(**fields)
        event.date_exceptions = exceptions
        EventIndexPage.objects.child_of(network[center]).get().add_child(instance=event)
        revision = event.save_revision()
        if publish:
            revision.publish()
        return EventPage.objects.get(pk=event.pk)

    return make


def test_within_capacity_passes(make_event, certificates, network):
    assert over_capacity(make_event(expected_attendance=400)) is None
    assert over_capacity(make_event(expected_attendance=150, space=network["hall_a"])) is None
    assert over_capacity(make_event()) is None  # nobody said how many


def test_over_the_centers_capacity_names_both_numbers(make_event, certificates):
    reason = over_capacity(make_event(expected_attendance=1200))
    assert reason == (
        "Số người dự kiến (1.200 người) vượt sức chứa tối đa được chứng nhận của "
        "Trung tâm Alpha (400 người, giấy chứng nhận A-001)."
    )


def test_a_space_is_judged_by_its_own_certificate(make_event, certificates, network):
    # 300 fit in the center (400) but not in hall A (150).
    reason = over_capacity(make_event(expected_attendance=300, space=network["hall_a"]))
    assert "(300 người)" in reason and "Hội trường A (150 người" in reason and "A-HALL" in reason


def test_a_space_without_its_own_certificate_falls_back_to_the_center(
    make_event, certificates, network
):
    event = make_event("beta", expected_attendance=260, space=network["hall_b"])
    assert "Trung tâm Beta (250 người" in over_capacity(event)


def test_reason_in_english(make_event, certificates):
    event = make_event(expected_attendance=500)
    with translation.override("en"):
        assert over_capacity(event) == (
            "Expected attendance (500 people) is above the certified maximum occupancy of "
            "Trung tâm Alpha (400 people, certificate A-001)."
        )


def test_before_expiry_passes_after_expiry_fails(make_event, certificates, network, today):
    assert after_certificate_expiry(make_event(days=100)) is None
    event = make_event(days=201)
    expiry = certificates["alpha"].expires_on
    reason = after_certificate_expiry(event)
    assert reason.startswith("Sự kiện diễn ra vào ")
    assert f"{expiry.day} tháng {expiry.month} năm {expiry.year}" in reason
    assert "A-001 hết hạn" in reason
    # In hall A the space's own certificate (30 days) is the one that counts.
    assert "A-HALL" in after_certificate_expiry(make_event(days=40, space=network["hall_a"]))
    assert after_certificate_expiry(make_event(days=20, space=network["hall_a"])) is None


def test_expired_certificate_and_no_certificate(make_event, certificates, network):
    assert "B-001" in after_certificate_expiry(make_event("beta", days=1))
    certificates["alpha"].delete()
    certificates["alpha_hall"].delete()
    assert after_certificate_expiry(make_event(days=5)) == (
        "Trung tâm Alpha chưa có giấy chứng nhận PCCC nào trong sổ theo dõi."
    )


def test_renewal_counts(make_event, certificates, network, today):
    FireSafetyCertificateFactory(
        center=network["beta"],
        number="B-002",
        issued_on=today - timedelta(days=5),
        expires_on=today + timedelta(days=5 * 365),
        max_occupancy=300,
    )
    event = make_event("beta", days=30, expected_attendance=280)
    assert after_certificate_expiry(event) is None and over_capacity(event) is None


def test_a_weekly_series_is_judged_on_every_date(make_event, certificates, network, today):
    """Hall A's certificate ends in 30 days: a weekly series from day 10 runs past it."""
    series = make_event(
        days=10, space=network["hall_a"], repeat="weekly", repeat_until=today + timedelta(days=60)
    )
    dates = event_dates(series)
    assert dates[0] == today + timedelta(days=10) and dates[-1] > today + timedelta(days=30)
    reason = after_certificate_expiry(series)
    first_late = next(day for day in dates if day > today + timedelta(days=30))
    assert f"{first_late.day} tháng {first_late.month}" in reason

    short = make_event(
        days=10, space=network["hall_a"], repeat="weekly", repeat_until=today + timedelta(days=25)
    )
    assert after_certificate_expiry(short) is None


def test_english_event_finds_the_vietnamese_register(make_event, certificates, network):
    event = make_event(expected_attendance=900, publish=True)
    memory = TranslationMemory()
    for page in (network["alpha"], EventIndexPage.objects.child_of(network["alpha"]).get(), event):
        memory.add(page.title, f"EN {page.title}")
        memory.add(page.slug, f"en-{page.slug}")
    alpha = network["alpha"]
    memory.add(alpha.introduction, "A creative space.")
    memory.add(alpha.address, "1 Hang Bong street")
    memory.add(alpha.district, "Dong Da")
    english_center = translate_with_memory(network["alpha"], en(), memory)
    translate_with_memory(EventIndexPage.objects.child_of(network["alpha"]).get(), en(), memory)
    english = translate_with_memory(event, en(), memory)
    assert english.center.pk == english_center.pk
    with translation.override("en"):
        reason = over_capacity(english)
    assert "(900 people)" in reason and "EN Trung tâm Alpha (400 people" in reason


def test_a_draft_is_judged_on_its_own_dates_cancelled_ones_left_out(
    make_event, certificates, network, today
):
    from events.models import EventDateException

    # Hall A's certificate ends in 30 days; the series runs from day 10 to day 31.
    expiry = today + timedelta(days=30)
    series = make_event(
        days=10,
        space=network["hall_a"],
        repeat="weekly",
        repeat_until=today + timedelta(days=31),
        publish=True,
    )
    dates = event_dates(series)
    late = [day for day in dates if day > expiry]
    assert (after_certificate_expiry(series) is None) == (not late)

    # A new draft cancels the dates after the expiry: judged on the draft, it passes.
    draft = series.get_latest_revision_as_object()
    for day in late:
        draft.date_exceptions.add(EventDateException(date=day, action="cancel"))
    assert after_certificate_expiry(draft) is None

    # ... and moving an early date past the expiry makes it fail again, naming that date.
    moved_to = today + timedelta(days=35)
    draft.date_exceptions.add(
        EventDateException(
            date=dates[0],
            action="move",
            new_start=timezone.make_aware(datetime.combine(moved_to, time(19, 30))),
        )
    )
    assert moved_to in event_dates(draft)
    reason = after_certificate_expiry(draft)
    assert reason is not None and f"{moved_to.day} tháng {moved_to.month}" in reason
