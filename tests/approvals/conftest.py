"""Fixtures for the approvals tests: two centers, their staff, the Department."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import transaction
from django.utils import timezone, translation
from wagtail.models import WorkflowPage
from wagtail.test.utils.form_data import nested_form_data, streamfield

from approvals.workflow import department_workflow
from department.factories import FireSafetyCertificateFactory
from events.factories import EventPageFactory
from events.models import EventIndexPage, EventPage
from network.demo.translate import TranslationMemory, translate_with_memory
from roles.groups import department_group, translators_group
from spaces.factories import InquiryFactory
from tests.factories import (
    CenterPageFactory,
    NetworkHomePageFactory,
    StandardPageFactory,
    en,
    make_site,
)

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
PASSWORD = "mat-khau-an-toan-1"


def hanoi(*args):
    return datetime(*args, tzinfo=HANOI)


@pytest.fixture(autouse=True)
def vietnamese():
    cache.clear()
    with translation.override("vi"):
        yield


def build_network():
    """A home, centers A and B (with a live leaf page and a live page with a child)."""
    home = NetworkHomePageFactory(slug="mang-luoi")
    make_site(home)
    memory = TranslationMemory()
    memory.add(home.title, "Hanoi Cultural Industry Centers Network")
    memory.add(home.slug, "network")
    memory.add(home.introduction, "The shared portal of the centers.")
    translate_with_memory(home, en(), memory)
    world = {"home": home}
    for key in ("a", "b"):
        center = CenterPageFactory(parent=home, title=f"Trung tâm {key.upper()}", slug=key)
        leaf = StandardPageFactory(parent=center, title=f"Tham quan {key}", slug="tham-quan")
        tree = StandardPageFactory(parent=center, title=f"Lưu trữ {key}", slug="luu-tru")
        StandardPageFactory(parent=tree, title=f"Năm 2025 {key}", slug="nam-2025")
        for page in (leaf, tree, *tree.get_children().specific()):
            page.save_revision().publish()
        world[key] = center
        world[f"leaf_{key}"] = leaf
        world[f"tree_{key}"] = tree
        world[f"calendar_{key}"] = EventIndexPage.objects.child_of(center).get()
        # A valid fire-safety certificate on record, so that only the rule a test is about
        # asks for approval (the register's own rules are tested in tests/department).
        FireSafetyCertificateFactory(
            center=center, number=f"PC07-{key.upper()}", expires_in=3650, max_occupancy=5000
        )
    users = get_user_model().objects
    department = department_group()
    translators = translators_group()
    roles = {
        "department": [department],
        "admin_a": [world["a"].administrators.group],
        "editor_a": [world["a"].editors_group],
        "translator": [translators],
        "editor_b": [world["b"].editors_group],
    }
    for username, groups in roles.items():
        user = users.create_user(username, f"{username}@example.vn", PASSWORD)
        user.groups.add(*groups)
        world[username] = user
    return world


@pytest.fixture(scope="module")
def network_world(django_db_setup, django_db_blocker):
    """Built once per module inside a transaction each test rolls back to (savepoints)."""
    with django_db_blocker.unblock(), transaction.atomic():
        world = build_network()
        yield world
        transaction.set_rollback(True)


@pytest.fixture
def world(network_world, db):
    return network_world


@pytest.fixture
def fresh_world(db):
    """The same network, built inside the test (for tests that need commits or many users)."""
    return build_network()


def login(client, user):
    client.force_login(user)
    return client


def page_form(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "introduction": getattr(page, "introduction", ""),
        "hero_image_alt": "",
        "body": streamfield([]),
    }
    data.update(changes)
    return nested_form_data(data)


def submit_for_approval(client, editor, center, page, title):
    """``center`` goes through the Department's workflow; ``editor`` retitles ``page`` and
    submits it."""
    WorkflowPage.objects.create(workflow=department_workflow(), page=center)
    login(client, editor)
    return client.post(
        f"/admin/pages/{page.pk}/edit/",
        page_form(page, title=title, **{"action-submit": "submit"}),
    )


def make_inquiry(center, reference, days_left, status="new"):
    """An inquiry to ``center`` that must be answered in ``days_left`` days (< 0: overdue)."""
    return InquiryFactory(
        reference=reference,
        center=center,
        message="Xin báo giá thuê xưởng.",
        status=status,
        respond_by=timezone.localdate() + timedelta(days=days_left),
    )


def event_form(**changes):
    """The fields of the event editor, as the admin posts them."""
    from wagtail.test.utils.form_data import inline_formset

    data = {
        "title": "Đại nhạc hội Sông Hồng",
        "slug": "dai-nhac-hoi-song-hong",
        "introduction": "Đêm nhạc ngoài trời bên sông Hồng.",
        "hero_image_alt": "",
        "start": "2026-12-12 19:30",
        "end": "2026-12-12 22:00",
        "repeat": "",
        "date_exceptions": inline_formset([]),
        "status": "scheduled",
        "body": streamfield([]),
        "venue": "Sân khấu ngoài trời",
        "attendance_mode": "offline",
        "expected_attendance": "800",
    }
    data.update(changes)
    return nested_form_data(data)


def make_event(calendar, publish=True, **fields):
    fields.setdefault("title", "Triển lãm Phố cổ")
    fields.setdefault("slug", "trien-lam-pho-co")
    fields.setdefault("start", hanoi(2026, 12, 5, 19, 30))
    event = EventPageFactory(parent=calendar, publish=publish, **fields)
    return EventPage.objects.get(pk=event.pk)
