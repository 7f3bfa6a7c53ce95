"""The spaces finder's facet counts kept under the page cache's generation
(``SpaceListing._remembered`` through ``ops.pagecache.remember``).

The page cache is off here: these are pages rendered afresh that share one computation
of the facet groups, and that see a publish at once.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from .conftest import index_of
from .factories import SpacePageFactory
from .test_listing import count, facet, slugs

pytestmark = pytest.mark.django_db


@pytest.fixture
def facet_cache(tmp_path):
    with override_settings(
        SPACES_FACET_CACHE_TIMEOUT=600, PAGE_CACHE_STAMP_FILE=str(tmp_path / "pagecache.stamp")
    ):
        cache.clear()
        yield
        cache.clear()


def groups_queries(client, url):
    """The page, and how many times it ran the facet groups' query."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    runs = [q for q in queries.captured_queries if '"facet_0"' in q["sql"]]
    return response, len(runs)


def test_pages_sorts_and_facet_choices_share_one_computation(
    facet_cache, client, network, spaces_page
):
    first, runs = groups_queries(client, "/vi/spaces/")
    assert runs == 1
    for url in [
        "/vi/spaces/?type=studio",
        "/vi/spaces/?center=beta&sort=area",
        "/vi/spaces/?district=Đống Đa&period=month&page=2",
        "/vi/spaces/?type=studio&period=month&sort=price",
    ]:
        response, runs = groups_queries(client, url)
        assert runs == 0, url
    # The counts read from the cache are those computed afresh.
    with override_settings(SPACES_FACET_CACHE_TIMEOUT=0):
        fresh, runs = groups_queries(client, "/vi/spaces/?type=studio&period=month&sort=price")
    assert runs == 1
    assert facet(response, "type") == facet(fresh, "type") != {}
    assert facet(response, "center") == facet(fresh, "center") == {"alpha": 2, "beta": 0}
    assert count(response) == count(fresh) == 2


def test_filters_the_groups_depend_on_get_their_own_entry(
    facet_cache, client, network, spaces_page
):
    assert groups_queries(client, "/vi/spaces/")[1] == 1
    for url in [
        "/vi/spaces/?amenity=fast-wifi",
        "/vi/spaces/?min_area=100",
        "/vi/spaces/?capacity=100",
        "/vi/spaces/?sector=graphics",
        "/vi/spaces/?period=month&max_price=5000000",
    ]:
        response, runs = groups_queries(client, url)
        assert runs == 1, url
    # The order of repeated amenities does not matter; the center index is its own scope.
    assert groups_queries(client, "/vi/spaces/?amenity=speakers&amenity=fast-wifi")[1] == 1
    assert groups_queries(client, "/vi/spaces/?amenity=fast-wifi&amenity=speakers")[1] == 0
    assert groups_queries(client, "/vi/alpha/spaces/")[1] == 1
    # Blocked days change without a publish: a "free on" search is always counted afresh.
    day = network["today"].isoformat()
    assert groups_queries(client, f"/vi/spaces/?free_on={day}")[1] == 1
    assert groups_queries(client, f"/vi/spaces/?free_on={day}")[1] == 1


def test_a_publish_or_unpublish_is_counted_at_once(facet_cache, client, network, spaces_page):
    before, _runs = groups_queries(client, "/vi/spaces/?sort=area")
    assert facet(before, "type")["studio"] == 2
    assert groups_queries(client, "/vi/spaces/?type=studio")[1] == 0

    new = SpacePageFactory(
        parent=index_of(network["beta"]), slug="studio-c", space_type="studio", live=False
    )
    assert groups_queries(client, "/vi/spaces/?type=studio")[1] == 0  # a draft: no change
    new.save_revision().publish()
    after, runs = groups_queries(client, "/vi/spaces/?type=studio")
    assert runs == 1
    assert facet(after, "type")["studio"] == 3
    assert "studio-c" in slugs(after)

    network["spaces"]["studio-a"].unpublish()
    after, runs = groups_queries(client, "/vi/spaces/?type=studio")
    assert runs == 1
    assert facet(after, "type")["studio"] == 2
    assert facet(after, "center") == {"alpha": 1, "beta": 1}
