"""Two centers (alpha, beta) with a space each, their staff, and a department member.

| center | space   | certificate (center-wide)      | certificate (space)        |
| alpha  | hall-a  | A-001: 400 people, +200 days   | A-HALL: 150 people, +30 d  |
| beta   | hall-b  | B-001: 250 people, -10 days    |                            |
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from department.factories import FireSafetyCertificateFactory, SafetyRecordFactory
from department.models import Complaint, FireSafetyCertificate, SafetyRecord
from roles.groups import department_group as department_group_of_roles
from spaces.models import SpaceIndexPage
from tests.factories import CenterPageFactory
from tests.shared import shared_fixture
from tests.spaces import conftest as spaces_fixtures
from tests.spaces.factories import SpacePageFactory

# Each test starts and ends with an empty cache (site root paths, rate limits).
fresh_cache = spaces_fixtures.fresh_cache


@pytest.fixture(autouse=True)
def empty_register(db):
    """Each test starts from an empty register (inside its own rolled-back transaction).

    The demo network, once loaded for the session (``demo_db``), stays in the database
    with its certificates, records and complaint; these tests count rows exactly.
    ``test_demo.py`` overrides this fixture to keep them.
    """
    for model in (Complaint, SafetyRecord, FireSafetyCertificate):
        model.objects.all().delete()


@pytest.fixture
def today():
    return timezone.localdate()


def network(home):
    alpha = CenterPageFactory(
        parent=home, slug="alpha", title="Trung tâm Alpha", district="Đống Đa"
    )
    beta = CenterPageFactory(parent=home, slug="beta", title="Trung tâm Beta", district="Hoàn Kiếm")
    hall_a = SpacePageFactory(
        parent=SpaceIndexPage.objects.child_of(alpha).get(), slug="hall-a", title="Hội trường A"
    )
    hall_b = SpacePageFactory(
        parent=SpaceIndexPage.objects.child_of(beta).get(), slug="hall-b", title="Hội trường B"
    )
    return {"alpha": alpha, "beta": beta, "hall_a": hall_a, "hall_b": hall_b}


network, module_network = shared_fixture(network)


def certificate(center, number, occupancy, expires_in, today, space=None):
    """Issued 700 days before ``today``, by the factory's issuer."""
    return FireSafetyCertificateFactory(
        center=center,
        space=space,
        number=number,
        issued_on=today - timedelta(days=700),
        expires_on=today + timedelta(days=expires_in),
        max_occupancy=occupancy,
    )


@pytest.fixture
def certificates(network, today):
    return {
        "alpha": certificate(network["alpha"], "A-001", 400, 200, today),
        "alpha_hall": certificate(
            network["alpha"], "A-HALL", 150, 30, today, space=network["hall_a"]
        ),
        "beta": certificate(network["beta"], "B-001", 250, -10, today),
    }


@pytest.fixture
def records(network, today):
    return {
        "alpha_drill": SafetyRecordFactory(
            center=network["alpha"], date=today - timedelta(days=20)
        ),
        "beta_inspection": SafetyRecordFactory(
            center=network["beta"],
            date=today - timedelta(days=40),
            kind="inspection",
            result="remarks",
            violations_count=2,
            violations="Bình chữa cháy hết hạn\nLối thoát hiểm bị chắn",
            follow_up_due=today - timedelta(days=5),
        ),
    }


def member_of(group, django_user_model, username, email=None):
    user = django_user_model.objects.create_user(
        username, password="pw", email=email or f"{username}@example.com"
    )
    user.groups.add(group)
    return user


@pytest.fixture
def department_group(db):
    """The Department's group as the migrations leave it (found by its permission)."""
    return department_group_of_roles()


@pytest.fixture
def alpha_staff(client, network, django_user_model):
    client.force_login(member_of(network["alpha"].editors_group, django_user_model, "alpha"))
    return client


@pytest.fixture
def department_client(client, department_group, django_user_model):
    client.force_login(member_of(department_group, django_user_model, "so-vhtt"))
    return client
