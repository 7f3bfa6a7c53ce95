"""Page tree, translate-or-synchronise decisions and the admin for event categories."""

import pytest
from django.contrib.auth.models import User
from wagtail.models import Page

from cms.models import BasePage
from events.models import (
    ClosureDay,
    EventCategory,
    EventDateException,
    EventIndexPage,
    EventPage,
    NetworkEventsPage,
)
from events.wagtail_hooks import EventCategoryViewSet, TaxonomyGroup
from network.models import CenterPage, NetworkHomePage


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (EventPage, EventIndexPage, True),
        (EventPage, CenterPage, False),
        (EventPage, NetworkEventsPage, False),
        (NetworkEventsPage, NetworkHomePage, True),
        (NetworkEventsPage, CenterPage, False),
        (EventIndexPage, CenterPage, True),
    ],
)
def test_page_tree(child, parent, allowed):
    assert (child in parent.allowed_subpage_models()) is allowed


@pytest.mark.parametrize(
    "model", [EventPage, EventIndexPage, NetworkEventsPage, EventDateException, ClosureDay]
)
def test_every_field_is_translated_or_synchronised(model):
    own = {
        f.name
        for f in model._meta.get_fields()
        if f.concrete and not f.auto_created and f.model is model
    }
    own -= {f.name for f in Page._meta.get_fields()} | {"page", "locale", "translation_key"}
    own -= {"sort_order"}
    decided = {field.field_name for field in model.translatable_fields}
    child_relations = {"date_exceptions", "closures"}
    assert own - decided == set()
    assert {name for name in decided if name not in child_relations} - own <= {
        f.name for f in BasePage._meta.get_fields()
    } | {f.name for f in Page._meta.get_fields()}


def test_event_categories_sit_beside_sectors_in_the_admin(client, locales):
    EventCategory.objects.create(name="Triển lãm thử", slug="test-exhibition", locale=locales["vi"])
    client.force_login(User.objects.create_superuser("admin", "a@example.vn", "pw"))
    listing = client.get("/admin/snippets/events/eventcategory/")
    assert listing.status_code == 200 and "Triển lãm thử" in listing.content.decode()
    dashboard = client.get("/admin/").content.decode()
    assert "/admin/snippets/events/eventcategory/" in dashboard
    assert "/admin/snippets/network/sector/" in dashboard
    assert EventCategoryViewSet in TaxonomyGroup.items
