"""The page tree of DESIGN.md: what may be created under what."""

import pytest
from wagtail.models import Page

from events.models import EventIndexPage
from network.models import CenterPage, NetworkHomePage, StandardPage
from spaces.models import SpaceIndexPage


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (NetworkHomePage, Page, True),
        (CenterPage, NetworkHomePage, True),
        (StandardPage, NetworkHomePage, True),
        (CenterPage, Page, False),
        (CenterPage, CenterPage, False),
        (CenterPage, StandardPage, False),
        (EventIndexPage, CenterPage, True),
        (SpaceIndexPage, CenterPage, True),
        (StandardPage, CenterPage, True),
        (EventIndexPage, NetworkHomePage, False),
        (SpaceIndexPage, NetworkHomePage, False),
        (NetworkHomePage, CenterPage, False),
        (StandardPage, StandardPage, True),
        (StandardPage, EventIndexPage, False),
        (StandardPage, SpaceIndexPage, False),
    ],
)
def test_page_type_may_be_created_under(child, parent, allowed):
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed


def test_a_center_has_one_calendar_and_one_spaces_index(center_factory):
    center = center_factory()
    assert not EventIndexPage.can_create_at(center)
    assert not SpaceIndexPage.can_create_at(center)
    assert StandardPage.can_create_at(center)
