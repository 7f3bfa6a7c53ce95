"""Fixtures of the security tests: the shared world, one center with its public forms, a
redis-server."""

import pytest
from django.test import override_settings

from tests.department.test_feedback import form_data as complaint_form_data
from tests.ops.conftest import redis_cache, redis_server  # noqa: F401 (a fixture here too)
from tests.spaces.test_inquiries import form_data as inquiry_form_data

from .world import module_world

COMPLAINT = complaint_form_data()


@pytest.fixture(scope="module")
def shared_world(django_db_setup, django_db_blocker):
    """The world of ``world.py``, built once per test module that asks for it."""
    yield from module_world(django_db_blocker)


@pytest.fixture
def world(shared_world, db):
    return shared_world


@pytest.fixture
def center(center_factory):
    return center_factory(slug="alpha", title="Trung tâm Alpha")


def post_inquiry(client, address="203.0.113.7", lang="vi", center="alpha", **extra):
    data = inquiry_form_data(sector="", message="Chúng tôi muốn thuê hội trường tháng Một.")
    return client.post(f"/{lang}/{center}/inquiry/", data, REMOTE_ADDR=address, **extra)


def post_complaint(client, address="203.0.113.7", lang="vi", **extra):
    return client.post(f"/{lang}/feedback/alpha/", COMPLAINT, REMOTE_ADDR=address, **extra)


def limits_in_redis(server):
    """The production "limits" cache: Redis, falling back to the database."""
    from django.conf import settings

    return override_settings(
        CACHES={
            **settings.CACHES,
            "limits": redis_cache(server, "hcc-limits-test", FALLBACK="limits-database"),
        }
    )
