"""Playwright driving Debian's chromium against pytest-django's live server.

No browser is downloaded: the tests use the system's chromium (``CHROMIUM_PATH`` or
/usr/bin/chromium). A missing browser fails the run; it is never skipped.
"""

import os
import shutil
import threading
from pathlib import Path

import pytest
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
# between browser steps are synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

LIVE_DB = pytest.mark.django_db(transaction=True)
HERE = Path(__file__).parent


class OneRequestAtATimeOnSharedSQLite(ThreadedWSGIServer):
    """The live server, answering one request at a time when its threads share the test
    database's connection (in-memory SQLite).

    Two requests on that one connection at once (the admin home and its figures panel,
    which the page fetches as it loads) could wait for each other forever. Connections
    are still threaded (the browser keeps several open); only the application is taken in
    turn. PostgreSQL gives each thread its own connection and is left as it is.
    """

    lock = threading.Lock()

    def set_app(self, application):
        if not self.connections_override:
            return super().set_app(application)
        lock = self.lock

        def in_turn(environ, start_response):
            with lock:
                return application(environ, start_response)

        return super().set_app(in_turn)


LiveServerThread.server_class = OneRequestAtATimeOnSharedSQLite


@pytest.hookimpl(tryfirst=True)  # before ``-m`` selects on the marker
def pytest_collection_modifyitems(items):
    """Every test in this directory is a browser test (``make test`` runs them once)."""
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.browser)


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium_path():
    path = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(path):
        pytest.fail(f"Chromium not found at {path}: install Debian's 'chromium' package.")
    return path


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def demo_live(live_server, transactional_db, demo_snapshot, django_db_blocker):
    """The demo network in the live server's database: the session's saved copy, restored
    (each journey commits, so each starts from the copy)."""
    from tests import snapshots

    with django_db_blocker.unblock():
        snapshots.restore(snapshots.DEMO)
    return live_server


def restore_migration_data():
    """Put back what the migrations created, if a flush removed it.

    A transactional test starts from the migrated database (tests/snapshots.py), so this
    finds the rows there; it matters for a test that keeps Django's flush.
    """
    from django.conf import settings
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.core.management.sql import emit_post_migrate_signal
    from wagtail.models import Collection, Locale, Page

    if Locale.objects.exists():
        return
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    for app_label, model, codename in [
        ("wagtailadmin", "admin", "access_admin"),
        ("wagtail_localize", "translation", "submit_translation"),
    ]:
        content_type, _created = ContentType.objects.get_or_create(app_label=app_label, model=model)
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": codename}
        )
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")


@pytest.fixture(scope="session")
def screenshots():
    """Where the journeys leave their screenshots for people to look at: ``SCREENSHOT_DIR``
    or ``test-artifacts/screenshots/<database>/`` in the project (not committed)."""
    from django.conf import settings
    from django.db import connection

    default = Path(settings.BASE_DIR) / "test-artifacts" / "screenshots" / connection.vendor
    directory = Path(os.environ.get("SCREENSHOT_DIR") or default)
    directory.mkdir(parents=True, exist_ok=True)
    return directory


@pytest.fixture
def new_page(browser):
    contexts = []

    def make(**options):
        context = browser.new_context(**options)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
