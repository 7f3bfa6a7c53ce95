"""department.factories.generate(): a plausible register for each center, the same for the
same seed."""

import pytest

from department.factories import generate
from department.models import Complaint, FireSafetyCertificate, SafetyRecord

pytestmark = pytest.mark.django_db


def rows():
    return (
        list(FireSafetyCertificate.objects.values_list("center", "number", "expires_on")),
        list(SafetyRecord.objects.values_list("center", "date", "kind", "result", "violations")),
        list(Complaint.objects.values_list("center", "name", "subject")),
    )


def test_a_register_for_each_center_the_same_for_a_seed(network, today):
    centers = [network["alpha"], network["beta"]]
    made = generate(centers, 11, complaints=2, today=today)
    assert [c.center_id for c in made["certificates"]] == [c.pk for c in centers]
    assert all(c.expires_on > today and c.issued_on < today for c in made["certificates"])
    assert {r.center_id for r in made["records"]} == {c.pk for c in centers}
    assert all(r.date < today for r in made["records"])
    assert all(r.violations_count == len(r.violations.splitlines()) for r in made["records"])
    assert [c.reference[:3] for c in made["complaints"]] == ["GY-", "GY-"]
    first = rows()
    for model in (Complaint, SafetyRecord, FireSafetyCertificate):
        model.objects.all().delete()
    generate(centers, 11, complaints=2, today=today)
    assert rows() == first
