import pytest
from django.core.cache import cache

from network.demo.translate import TranslationMemory, translate_with_memory
from tests import snapshots
from tests.factories import CenterPageFactory, NetworkHomePageFactory, en, make_site, vi
from tests.shared import module_transaction, shared_fixture  # noqa: F401 (a fixture)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache.

    Wagtail caches the sites' root paths; a test that moves the site root (the ``home``
    fixture) would otherwise leave later tests with URLs of pages that no longer route.
    """
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locales(db):
    return {"vi": vi(), "en": en()}


def home():
    """A Vietnamese network home set as the site root, with its English translation."""
    home = NetworkHomePageFactory(slug="mang-luoi")
    make_site(home)
    memory = TranslationMemory()
    memory.add(home.title, "Hanoi Cultural Industry Centers Network")
    memory.add(home.slug, "network")
    memory.add(home.introduction, "The shared portal of the centers.")
    translate_with_memory(home, en(), memory)
    return home


home, module_home = shared_fixture(home)


@pytest.fixture
def center_factory(home):
    def make(**kwargs):
        return CenterPageFactory(parent=home, **kwargs)

    return make


def _run_order(item):
    """Database tests first, those on the demo network after them, transactional ones last.

    ``demo_db`` commits the demo network for the rest of the session: a test that counts
    centers, groups or complaints must not run after it, so the tests that use it come
    after every other (rolled back) database test. Otherwise pytest-django's order.
    """
    from pytest_django.plugin import validate_django_db

    marker = item.get_closest_marker("django_db")
    settings = validate_django_db(marker) if marker else None
    fixtures = set(getattr(item, "fixturenames", ()))
    if (settings and (settings[0] or settings[1])) or {
        "transactional_db",
        "live_server",
    } & fixtures:
        return 2
    if settings is not None or "db" in fixtures:
        return 1 if "demo_db" in fixtures else 0
    return 3


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    items.sort(key=_run_order)


@pytest.fixture(scope="session")
def django_db_setup(request, django_db_setup, django_db_blocker):
    """The migrated test database, saved before any test writes to it; transactional tests
    start from it and put it back (tests/snapshots.py)."""
    with django_db_blocker.unblock():
        snapshots.take(snapshots.MIGRATED)
    with snapshots.restore_around_transactional_tests():
        yield
    if request.config.getoption("reuse_db"):
        with django_db_blocker.unblock():  # the next session finds it as migrated
            snapshots.restore(snapshots.MIGRATED)


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker):
    """The demo network loaded once per session on the migrated database, and saved.

    Read-only tests (``demo``) read it where it was loaded; live-server tests (``demo_live``)
    restore the saved copy, since each of them commits and the next starts afresh.
    """
    from network.demo.loader import load_demo

    with django_db_blocker.unblock():
        snapshots.restore(snapshots.MIGRATED)
        summary = load_demo()
        snapshots.take(snapshots.DEMO)
    return summary


@pytest.fixture(scope="session")
def demo_db(demo_snapshot):
    """The whole demo network, loaded once into the test database for read-only tests."""
    return demo_snapshot


@pytest.fixture
def demo(demo_db, db):
    return demo_db
