"""The demo register: a certificate per demo center, reminders to show, loaded once."""

import pytest

from department.models import Complaint, FireSafetyCertificate, SafetyRecord
from department.reminders import expiring_certificates, overdue_follow_ups
from department.rules import over_capacity
from network.demo.loader import load_demo
from network.models import CenterPage


@pytest.fixture
def empty_register():
    """Keep the demo's register: it is what these tests look at."""


def test_every_demo_center_has_a_certificate_and_the_reminders_have_something(demo):
    centers = CenterPage.objects.filter(locale__language_code="vi")
    certified = set(
        FireSafetyCertificate.objects.filter(space__isnull=True).values_list("center", flat=True)
    )
    assert certified == set(centers.values_list("pk", flat=True))
    assert [c.center.slug for c in expiring_certificates()] == ["heritage-space"]
    overdue = list(overdue_follow_ups())
    assert [r.center.slug for r in overdue] == ["bat-trang-craft-villages"]
    assert overdue[0].violations_count == 2
    assert SafetyRecord.objects.count() >= 3
    complaint = Complaint.objects.get()
    assert complaint.reference.startswith("GY-") and complaint.center.slug == "hang-buom-22"


def test_demo_stage_has_its_own_certified_occupancy(demo):
    from events.models import EventPage

    stage = FireSafetyCertificate.objects.get(space__isnull=False)
    assert stage.space.slug == "san-khau-hop" and stage.max_occupancy == 120
    event = EventPage(
        title="x",
        slug="x",
        expected_attendance=200,
        space=stage.space,
        locale=stage.space.locale,
    )
    event.center = stage.center  # an unsaved draft at the complex, on its stage
    assert "120" in over_capacity(event)


def test_second_load_creates_nothing(demo):
    before = (
        FireSafetyCertificate.objects.count(),
        SafetyRecord.objects.count(),
        Complaint.objects.count(),
    )
    summary = load_demo()
    assert summary.created["safety certificates"] == 0
    assert summary.created["safety records"] == summary.created["complaints"] == 0
    after = (
        FireSafetyCertificate.objects.count(),
        SafetyRecord.objects.count(),
        Complaint.objects.count(),
    )
    assert after == before
