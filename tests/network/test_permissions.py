"""Center staff edit their own center and nothing of another's, through the real admin URLs."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset

from network.models import StandardPage
from tests.approvals.conftest import page_form
from tests.factories import StandardPageFactory


def center_form(center, **changes):
    fields = {
        "address": center.address,
        "ward": str(center.ward or 70),
        "district": center.district,
        "latitude": str(center.latitude),
        "longitude": str(center.longitude),
        "opening_hours": inline_formset([]),
        "contacts": inline_formset([]),
        "action-publish": "publish",
    }
    return page_form(center, **fields | changes)


@pytest.fixture
def two_centers(center_factory):
    return center_factory(title="Trung tâm A", slug="a"), center_factory(
        title="Trung tâm B", slug="b"
    )


@pytest.fixture
def staff_of_a(client, two_centers):
    center_a, _center_b = two_centers
    user = get_user_model().objects.create_user("bien-tap-a", password="mat-khau-an-toan-1")
    user.groups.add(center_a.editors_group)
    client.force_login(user)
    return client


def test_staff_edit_and_publish_their_own_center(staff_of_a, two_centers):
    center_a, _ = two_centers
    assert staff_of_a.get(f"/admin/pages/{center_a.pk}/edit/").status_code == 200
    response = staff_of_a.post(
        f"/admin/pages/{center_a.pk}/edit/", center_form(center_a, title="Trung tâm A mới")
    )
    assert response.status_code == 302
    center_a.refresh_from_db()
    assert (center_a.title, center_a.live) == ("Trung tâm A mới", True)


def test_staff_can_add_pages_inside_their_center(staff_of_a, two_centers):
    center_a, center_b = two_centers
    assert (
        staff_of_a.get(f"/admin/pages/add/network/standardpage/{center_a.pk}/").status_code == 200
    )
    denied = staff_of_a.get(f"/admin/pages/add/network/standardpage/{center_b.pk}/")
    assert denied.status_code in (302, 403)


@pytest.mark.parametrize("action", ["edit", "move", "delete", "copy", "unpublish"])
def test_staff_cannot_open_another_centers_page_actions(staff_of_a, two_centers, action):
    _, center_b = two_centers
    response = staff_of_a.get(f"/admin/pages/{center_b.pk}/{action}/")
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert f"/admin/pages/{center_b.pk}/" not in response["Location"]


def test_staff_cannot_change_another_center(staff_of_a, two_centers):
    _, center_b = two_centers
    before = (center_b.title, center_b.latest_revision_id)
    response = staff_of_a.post(
        f"/admin/pages/{center_b.pk}/edit/", center_form(center_b, title="Bị sửa trái phép")
    )
    assert response.status_code in (302, 403)
    center_b.refresh_from_db()
    assert (center_b.title, center_b.latest_revision_id) == before


def test_staff_cannot_move_another_centers_pages(staff_of_a, two_centers):
    center_a, center_b = two_centers
    events_b = center_b.get_children().get(slug="events")
    response = staff_of_a.post(f"/admin/pages/{events_b.pk}/move/{center_a.pk}/confirm/")
    assert response.status_code in (302, 403)
    assert Page.objects.get(pk=events_b.pk).get_parent().pk == center_b.pk


def test_staff_cannot_move_their_pages_into_another_center(staff_of_a, two_centers):
    center_a, center_b = two_centers
    visit = StandardPageFactory(parent=center_a, title="Tham quan", slug="tham-quan")
    assert StandardPage.can_create_at(center_b)  # only the permission stands in the way
    response = staff_of_a.post(f"/admin/pages/{visit.pk}/move/{center_b.pk}/confirm/")
    assert response.status_code in (302, 403)
    assert Page.objects.get(pk=visit.pk).get_parent().pk == center_a.pk


def test_staff_edit_the_english_version_of_their_center(staff_of_a, two_centers, locales):
    center_a, center_b = two_centers
    english_a = center_a.copy_for_translation(locales["en"])
    english_b = center_b.copy_for_translation(locales["en"])
    assert staff_of_a.get(f"/admin/pages/{english_a.pk}/edit/").status_code == 200
    assert staff_of_a.get(f"/admin/pages/{english_b.pk}/edit/").status_code in (302, 403)
