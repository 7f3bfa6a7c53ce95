"""manage.py generate_network: a valid page tree, routable pages, counts, and no second run."""

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from events.models import EventOccurrence, EventPage
from network.models import CenterPage
from spaces.models import SpacePage


@pytest.fixture
def empty(db):
    """generate_network fills an empty database only: the session's demo network (loaded
    by other tests) is removed inside this test's transaction and comes back after it."""
    for page in Page.get_first_root_node().get_children():
        page.delete()


@pytest.fixture
def generated(empty):
    call_command("generate_network", centers=3, occurrences=600, spaces=45, verbosity=0)


def test_generates_a_valid_tree_with_the_asked_sizes(generated, client):
    assert CenterPage.objects.filter(locale__language_code="vi").count() == 3
    assert CenterPage.objects.filter(locale__language_code="en").count() == 3
    assert EventPage.objects.live().count() == 30
    assert EventOccurrence.objects.count() == 600
    assert SpacePage.objects.live().count() == 45
    # treebeard's own consistency check: paths, depths and child counts agree.
    assert all(not problems for problems in Page.find_problems())
    assert (
        Page.objects.get(pk=Page.objects.parent_of(SpacePage.objects.first()).get().pk).numchild
        == 15
    )

    event = EventPage.objects.order_by("pk").first()
    response = client.get(event.url)
    assert response.status_code == 200
    assert event.title in response.content.decode()
    listing = client.get("/vi/spaces/?type=studio&sort=price")
    assert listing.status_code == 200
    assert "Không gian" in listing.content.decode()
    assert client.get("/en/trung-tam-01/").status_code == 200
    search = client.get("/vi/search/?q=khong+gian").content.decode()
    assert "/spaces/khong-gian-" in search  # the bulk pages are in the search index


def test_refuses_a_database_that_holds_a_network(generated):
    with pytest.raises(CommandError, match="empty database only"):
        call_command("generate_network", centers=1, occurrences=0, spaces=0, verbosity=0)
    assert CenterPage.objects.filter(locale__language_code="vi").count() == 3
