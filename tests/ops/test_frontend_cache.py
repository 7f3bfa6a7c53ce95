"""CDN purge on publish, unpublish, move and privacy, for both languages, against a local
HTTP server that records the PURGE requests it gets (as Varnish or a CDN's purge endpoint
would)."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory


class PurgeRecorder(BaseHTTPRequestHandler):
    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        self.server.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def purge_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.purged = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    location = f"http://127.0.0.1:{server.server_address[1]}"
    with override_settings(
        WAGTAILFRONTENDCACHE={
            "default": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": location,
            }
        }
    ):
        yield server.purged
    server.shutdown()
    server.server_close()


@pytest.fixture
def bilingual_center(center_factory, locales):
    center = center_factory(slug="kho-sang-tao")
    center.copy_for_translation(locales["en"]).save_revision().publish()
    visit = StandardPageFactory(parent=center, slug="tham-quan", title="Tham quan")
    visit.copy_for_translation(locales["en"]).save_revision().publish()
    return center, visit


def paths(purged):
    assert all(host == "localhost" for host, _ in purged)
    return {path for _, path in purged}


def test_publishing_purges_the_page_in_both_languages_and_its_parents(
    bilingual_center, purge_server
):
    center, _ = bilingual_center
    center.title = "Kho Sáng tạo (mới)"
    center.save_revision().publish()
    assert paths(purge_server) == {"/vi/kho-sang-tao/", "/en/kho-sang-tao/", "/vi/", "/en/"}


def test_unpublishing_purges_the_page_that_disappears(bilingual_center, purge_server, locales):
    _, visit = bilingual_center
    english = visit.get_translation(locales["en"])
    english.unpublish()
    purged = paths(purge_server)
    assert "/en/kho-sang-tao/tham-quan/" in purged
    assert "/en/kho-sang-tao/" in purged  # its parent's listing no longer shows it
    assert "/vi/kho-sang-tao/tham-quan/" in purged  # the other language's switch changes


def test_moving_purges_old_and_new_addresses(bilingual_center, center_factory, purge_server):
    _, visit = bilingual_center
    other = center_factory(slug="xuong-gom")
    child = StandardPageFactory(parent=visit, slug="gio-mo-cua", title="Giờ mở cửa")
    purge_server.clear()
    visit.move(other, pos="last-child")
    purged = paths(purge_server)
    assert {
        "/vi/kho-sang-tao/tham-quan/",
        "/vi/kho-sang-tao/tham-quan/gio-mo-cua/",
        "/vi/xuong-gom/tham-quan/",
        "/vi/xuong-gom/tham-quan/gio-mo-cua/",
        "/vi/xuong-gom/",
    } <= purged
    assert child.pk  # the child moved with its parent


# Wagtail's purge sends every address under each language prefix (its tasks.py).
RESTRICTED = {
    f"/{language}/kho-sang-tao/tham-quan/{child}"
    for language in ("vi", "en")
    for child in ("", "gio-mo-cua/")
}


def test_making_a_page_private_purges_it_and_the_pages_under_it(bilingual_center, purge_server):
    _, visit = bilingual_center
    StandardPageFactory(parent=visit, slug="gio-mo-cua", title="Giờ mở cửa")
    purge_server.clear()
    restriction = PageViewRestriction.objects.create(
        page=visit, restriction_type=PageViewRestriction.PASSWORD, password="bi-mat"
    )
    assert paths(purge_server) == RESTRICTED
    purge_server.clear()
    restriction.restriction_type = PageViewRestriction.LOGIN
    restriction.save()  # a changed restriction: still nothing public may stay cached
    assert paths(purge_server) == RESTRICTED


def test_making_a_page_private_purges_its_other_language_versions(
    bilingual_center, purge_server, locales
):
    """The restriction is mirrored onto the English version (its own address here)."""
    _, visit = bilingual_center
    english = visit.get_translation(locales["en"])
    english.slug = "visit"
    english.save_revision().publish()
    purge_server.clear()
    PageViewRestriction.objects.create(
        page=visit, restriction_type=PageViewRestriction.PASSWORD, password="bi-mat"
    )
    assert {"/en/kho-sang-tao/visit/", "/vi/kho-sang-tao/tham-quan/"} <= paths(purge_server)
