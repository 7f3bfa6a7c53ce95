"""The page cache for anonymous visitors (ops.pagecache): hits, invalidation, what is never
cached, and Redis down (a real redis-server)."""

import gzip
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import override_settings

from network.models import Sector
from ops import pagecache
from tests.factories import SectorFactory, StandardPageFactory

from .test_redis import redis_settings


@pytest.fixture
def page_cache(tmp_path):
    with override_settings(
        PAGE_CACHE_ENABLED=True, PAGE_CACHE_STAMP_FILE=str(tmp_path / "pagecache.stamp")
    ):
        cache.clear()
        yield
        cache.clear()


@pytest.fixture
def bilingual_center(center_factory, locales):
    center = center_factory(slug="kho-sang-tao", title="Kho Sáng tạo")
    english = center.copy_for_translation(locales["en"])
    english.title = "Creative Warehouse"
    english.save_revision().publish()
    center.refresh_from_db()
    english.refresh_from_db()
    return center, english


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def test_second_anonymous_view_is_a_hit_with_the_same_page(page_cache, bilingual_center, client):
    first = get(client, "/vi/kho-sang-tao/")
    assert first["X-Cache"] == "MISS"
    assert first["Cache-Control"] == "public, max-age=60"
    second = get(client, "/vi/kho-sang-tao/")
    assert second["X-Cache"] == "HIT"
    assert second["Cache-Control"] == "public, max-age=60"
    assert second.content == first.content
    assert "Kho Sáng tạo" in second.content.decode()
    # Security headers are added outside the cache, on hits too.
    assert "Content-Security-Policy" in second

    # The language is part of the key.
    english = get(client, "/en/kho-sang-tao/")
    assert english["X-Cache"] == "MISS"
    assert "Creative Warehouse" in english.content.decode()
    assert get(client, "/en/kho-sang-tao/")["X-Cache"] == "HIT"


def test_a_hit_makes_no_sql_query(page_cache, bilingual_center, client, django_assert_num_queries):
    get(client, "/vi/")
    with django_assert_num_queries(0):
        assert get(client, "/vi/")["X-Cache"] == "HIT"


def test_publishing_in_either_language_invalidates_both(page_cache, bilingual_center, client):
    center, english = bilingual_center
    for url in ("/vi/", "/en/", "/vi/kho-sang-tao/", "/en/kho-sang-tao/"):
        get(client, url)
        assert get(client, url)["X-Cache"] == "HIT"

    # The English version first, then the Vietnamese: each publish empties both languages.
    for page, title, home_url, others in [
        (english, "The Creative Warehouse", "/en/", ["/vi/", "/en/kho-sang-tao/"]),
        (center, "Kho Sáng tạo Mới", "/vi/", ["/en/"]),
    ]:
        page.title = title
        page.save_revision().publish()
        home = get(client, home_url)
        assert home["X-Cache"] == "MISS"
        assert title in home.content.decode()
        for url in others:
            assert get(client, url)["X-Cache"] == "MISS", url


def test_unpublish_move_and_delete_invalidate(page_cache, bilingual_center, center_factory, client):
    center, english = bilingual_center
    get(client, "/en/")
    english.unpublish()
    home = get(client, "/en/")
    assert home["X-Cache"] == "MISS"
    assert "Creative Warehouse" not in home.content.decode()

    other = center_factory(slug="xuong-in", title="Xưởng In")
    assert "Xưởng In" in get(client, "/vi/").content.decode()
    assert get(client, "/vi/")["X-Cache"] == "HIT"
    free_page = StandardPageFactory(parent=other, slug="tham-quan", title="Tham quan")
    assert get(client, "/vi/xuong-in/tham-quan/")["X-Cache"] == "MISS"
    assert get(client, "/vi/")["X-Cache"] == "MISS"
    free_page.move(center, pos="last-child")
    assert get(client, "/vi/")["X-Cache"] == "MISS"
    # The old address is not served from the cache: it redirects to the new one.
    assert client.get("/vi/xuong-in/tham-quan/").status_code == 301
    assert get(client, "/vi/kho-sang-tao/tham-quan/")["X-Cache"] == "MISS"

    assert get(client, "/vi/")["X-Cache"] == "HIT"
    other.delete()
    home = get(client, "/vi/")
    assert home["X-Cache"] == "MISS"
    assert "Xưởng In" not in home.content.decode()


def test_snippet_changes_invalidate(page_cache, home, client):
    get(client, "/vi/")
    assert get(client, "/vi/")["X-Cache"] == "HIT"
    sector = SectorFactory(name="Thiết kế")
    assert get(client, "/vi/")["X-Cache"] == "MISS"
    assert get(client, "/vi/")["X-Cache"] == "HIT"
    Sector.objects.get(pk=sector.pk).delete()
    assert get(client, "/vi/")["X-Cache"] == "MISS"


def test_logged_in_users_are_never_served_or_stored(page_cache, bilingual_center, client):
    editor = get_user_model().objects.create_superuser("bientap", "bt@example.com", "mat-khau")
    client.force_login(editor)
    for _ in range(2):
        response = get(client, "/vi/kho-sang-tao/")
        assert response["X-Cache"] == "BYPASS"
        assert response["Cache-Control"] == "private, no-cache"
    client.logout()
    client.cookies.clear()
    # Nothing the editor saw was stored for visitors.
    assert get(client, "/vi/kho-sang-tao/")["X-Cache"] == "MISS"
    # ...and a visitor's cached page is not served to an editor.
    assert get(client, "/vi/kho-sang-tao/")["X-Cache"] == "HIT"
    client.force_login(editor)
    assert get(client, "/vi/kho-sang-tao/")["X-Cache"] == "BYPASS"


def test_pages_with_a_form_are_not_cached(page_cache, bilingual_center, client):
    # A center's spaces page carries the inquiry form, with its CSRF token.
    first = get(client, "/vi/kho-sang-tao/spaces/")
    assert "csrfmiddlewaretoken" in first.content.decode()
    assert "csrftoken" in first.cookies
    assert first["Cache-Control"] == "private, no-cache"
    second = get(client, "/vi/kho-sang-tao/spaces/")
    assert second["X-Cache"] == "MISS"
    # The token in the page matches the visitor's own cookie: a POST goes through.
    assert second.cookies["csrftoken"].value
    response = client.post("/vi/kho-sang-tao/spaces/inquiry/", {})
    assert response.status_code != 403
    assert "X-Cache" not in response


def test_non_200_and_never_cache_views_are_not_stored(page_cache, home, client):
    for _ in range(2):
        missing = client.get("/vi/khong-co-trang-nay/")
        assert missing.status_code == 404
        assert missing["X-Cache"] == "MISS"
    for _ in range(2):
        suggestions = client.get("/vi/search/autocomplete/?q=nhac")
        assert suggestions.status_code == 200
        assert suggestions["X-Cache"] == "MISS"
        assert "no-cache" in suggestions["Cache-Control"]
    # The search is kept server-side only (sitesearch.views): browsers still keep nothing.
    for state in ("MISS", "HIT"):
        search = client.get("/vi/search/?q=nhac")
        assert search.status_code == 200
        assert search["X-Cache"] == state
        assert "no-store" in search["Cache-Control"] and "public" not in search["Cache-Control"]


def test_the_generation_stamp_is_shared_between_processes(page_cache):
    before = pagecache.generation()
    pagecache.invalidate()
    after = pagecache.generation()
    assert after != before
    # Another worker process reads the same stamp file and sees the same generation.
    assert pagecache.generation() == after


def test_cache_in_redis_and_site_serves_with_redis_stopped(
    page_cache, redis_server, bilingual_center, client
):
    import redis

    with redis_settings(redis_server):
        assert get(client, "/vi/")["X-Cache"] == "MISS"
        assert get(client, "/vi/")["X-Cache"] == "HIT"
        keys = [k.decode() for k in redis.Redis.from_url(redis_server.url).keys("*")]
        assert any(":pagecache:generation" in k for k in keys)
        assert sum(":pagecache:" in k for k in keys) == 2

        center, _ = bilingual_center
        center.title = "Kho Sáng tạo Hà Nội"
        center.save_revision().publish()
        assert get(client, "/vi/")["X-Cache"] == "MISS"

        redis_server.stop()
        for _ in range(2):
            response = get(client, "/vi/")
            assert response["X-Cache"] == "MISS"
            assert "Kho Sáng tạo Hà Nội" in response.content.decode()

        redis_server.start()  # empty again: a new generation, then hits
        assert get(client, "/vi/")["X-Cache"] == "MISS"
        assert get(client, "/vi/")["X-Cache"] == "HIT"


def test_the_daily_refresh_of_event_dates_drops_cached_pages(page_cache, bilingual_center, client):
    from django.core.management import call_command

    get(client, "/vi/kho-sang-tao/")
    assert get(client, "/vi/kho-sang-tao/")["X-Cache"] == "HIT"
    call_command("refresh_occurrences", stdout=StringIO())
    assert get(client, "/vi/kho-sang-tao/")["X-Cache"] == "MISS"


def test_compressed_and_plain_visitors_each_get_their_own_copy(
    page_cache, bilingual_center, client
):
    """GZipMiddleware runs inside the cache: a visitor who takes gzip gets the stored
    compressed page, one who does not never gets those bytes (the key says which)."""
    plain = get(client, "/vi/kho-sang-tao/")
    assert "Content-Encoding" not in plain
    packed = client.get("/vi/kho-sang-tao/", headers={"Accept-Encoding": "gzip, br"})
    assert packed["X-Cache"] == "MISS"  # not the plain copy
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    again = client.get("/vi/kho-sang-tao/", headers={"Accept-Encoding": "gzip"})
    assert again["X-Cache"] == "HIT"
    assert again["Content-Encoding"] == "gzip"
    assert gzip.decompress(again.content) == plain.content

    hit = get(client, "/vi/kho-sang-tao/")
    assert hit["X-Cache"] == "HIT"
    assert "Content-Encoding" not in hit
    assert hit.content == plain.content


def test_only_text_is_compressed(page_cache, bilingual_center, client, rf):
    """Pages, feeds and JSON are gzipped; a PDF or a picture keeps its length and ranges."""
    from io import BytesIO

    from django.http import FileResponse, HttpResponse

    from hanoi.middleware import TextGZipMiddleware

    pdf = b"%PDF-1.4\n" + b"0" * 5000 + b"\n%%EOF\n"
    request = rf.get("/", headers={"Accept-Encoding": "gzip"})
    served = TextGZipMiddleware(lambda r: FileResponse(BytesIO(pdf), filename="a.pdf"))(request)
    assert "Content-Encoding" not in served
    assert b"".join(served.streaming_content) == pdf
    text = TextGZipMiddleware(lambda r: HttpResponse(pdf.decode(), content_type="text/plain"))
    assert gzip.decompress(text(request).content) == pdf

    for url in ("/vi/kho-sang-tao/", "/api/v2/pages/?type=network.CenterPage"):
        response = client.get(url, headers={"Accept-Encoding": "gzip"})
        assert response.status_code == 200, url
        assert response["Content-Encoding"] == "gzip", url


def test_making_a_page_private_drops_it_from_the_cache(page_cache, bilingual_center, client):
    """A privacy setting is saved without a publish: it must drop cached copies too, or
    anonymous visitors would go on reading the page for PAGE_CACHE_TIMEOUT seconds."""
    from wagtail.models import PageViewRestriction

    center, _english = bilingual_center
    get(client, "/vi/kho-sang-tao/")
    assert get(client, "/vi/kho-sang-tao/")["X-Cache"] == "HIT"
    restriction = PageViewRestriction.objects.create(
        page=center, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau"
    )
    response = client.get("/vi/kho-sang-tao/")
    assert response["X-Cache"] == "MISS"
    assert "password" in response.content.decode().lower()
    restriction.delete()
    assert get(client, "/vi/kho-sang-tao/")["X-Cache"] == "MISS"


def test_parameters_a_page_does_not_read_get_the_cached_page(page_cache, bilingual_center, client):
    """A random query string is neither rendered nor stored again: the page never sees it
    and the cache answers with the page without it."""
    plain = get(client, "/vi/kho-sang-tao/")
    for junk in ("?utm_source=zalo", "?x=1&y=2", "?page=999999"):
        response = get(client, f"/vi/kho-sang-tao/{junk}")
        assert response["X-Cache"] == "HIT", junk
        assert response.content == plain.content
    # Not cached yet: rendered once for the plain address, then a hit for both.
    assert get(client, "/en/kho-sang-tao/?fbclid=abc")["X-Cache"] == "MISS"
    assert get(client, "/en/kho-sang-tao/")["X-Cache"] == "HIT"


def test_parameters_a_page_reads_keep_their_own_entry(page_cache, home, client):
    from events.models import NetworkEventsPage

    calendar = NetworkEventsPage(title="Sự kiện", slug="events")
    home.add_child(instance=calendar)
    calendar.save_revision().publish()
    get(client, "/vi/events/")
    filtered = get(client, "/vi/events/?when=today&utm_source=zalo")
    assert filtered["X-Cache"] == "MISS"  # "when" is read: a page of its own
    again = get(client, "/vi/events/?utm_medium=email&when=today")
    assert again["X-Cache"] == "HIT" and again.content == filtered.content
    # The feed beside it reads the filters only; the sitemap reads its file number.
    assert get(client, "/vi/events/feed.ics?when=today")["X-Cache"] == "MISS"
    assert get(client, "/vi/events/feed.ics?when=today&view=month")["X-Cache"] == "HIT"
    get(client, "/sitemap.xml")
    assert get(client, "/sitemap.xml?random=1")["X-Cache"] == "HIT"


def test_the_finder_declares_every_field_it_reads():
    """A finder field missing from FINDER_PARAMETERS would be dropped before the finder."""
    from spaces.listing import SpaceFilterForm
    from spaces.models.pages import FINDER_PARAMETERS

    assert {*SpaceFilterForm.base_fields, "page"} == FINDER_PARAMETERS
