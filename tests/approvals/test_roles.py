"""Who may do what, on which center: a matrix through the admin's real URLs.

Rows are the roles (the Department, center A's administrators and editors, the
translators, center B's editors); columns the actions; each cell is tried on center A's
and center B's pages and the page's state is checked afterwards, not only the answer.
"""

import pytest
from wagtail.models import Page

from network.models import StandardPage

from .conftest import login, page_form

ACTIONS = ["edit", "publish", "unpublish", "delete", "delete_tree", "add_child"]
ALLOWED = {
    # role: {center: actions it may do there}
    "department": {
        "a": {"edit", "publish", "unpublish", "delete", "add_child"},
        "b": {"edit", "publish", "unpublish", "delete", "add_child"},
    },
    "admin_a": {"a": set(ACTIONS), "b": set()},
    "editor_a": {"a": {"edit", "publish", "unpublish", "delete", "add_child"}, "b": set()},
    "translator": {"a": {"edit"}, "b": {"edit"}},
    "editor_b": {"a": set(), "b": {"edit", "publish", "unpublish", "delete", "add_child"}},
}


def attempt(client, world, action, center):
    """Do ``action`` on ``center``'s pages; return whether the page state changed."""
    leaf = world[f"leaf_{center}"]
    tree = world[f"tree_{center}"]
    if action == "edit":
        client.post(f"/admin/pages/{leaf.pk}/edit/", page_form(leaf, title="Bản nháp mới"))
        return Page.objects.get(pk=leaf.pk).draft_title == "Bản nháp mới"
    if action == "publish":
        client.post(
            f"/admin/pages/{leaf.pk}/edit/",
            page_form(leaf, title="Đã xuất bản mới", **{"action-publish": "publish"}),
        )
        return Page.objects.get(pk=leaf.pk).title == "Đã xuất bản mới"
    if action == "unpublish":
        client.post(f"/admin/pages/{leaf.pk}/unpublish/")
        return not Page.objects.get(pk=leaf.pk).live
    if action == "delete":
        client.post(f"/admin/pages/{leaf.pk}/delete/")
        return not Page.objects.filter(pk=leaf.pk).exists()
    if action == "delete_tree":
        client.post(f"/admin/pages/{tree.pk}/delete/")
        return not Page.objects.filter(pk=tree.pk).exists()
    if action == "add_child":
        center_page = world[center]
        client.post(
            f"/admin/pages/add/network/standardpage/{center_page.pk}/",
            page_form(StandardPage(title="Trang mới", slug="trang-moi"), introduction="Mới."),
        )
        return StandardPage.objects.child_of(center_page).filter(slug="trang-moi").exists()
    raise AssertionError(action)


@pytest.mark.parametrize("center", ["a", "b"])
@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", list(ALLOWED))
def test_role_matrix(client, world, role, action, center):
    login(client, world[role])
    assert attempt(client, world, action, center) is (action in ALLOWED[role][center])


def test_center_administrators_group_is_created_with_the_center(world):
    group = world["a"].administrators.group
    assert group.name == "Trung tâm A — quản trị"
    english_names = {
        (permission.page_id, permission.permission.codename)
        for permission in group.page_permissions.select_related("permission")
    }
    assert (world["a"].pk, "bulk_delete_page") in english_names
    assert (world["a"].pk, "publish_page") in english_names
    assert group.collection_permissions.filter(
        collection_id=world["a"].collection_id, permission__codename="delete_image"
    ).exists()


def test_a_translated_center_gives_its_administrators_the_english_tree(world, locales):
    english = world["a"].copy_for_translation(locales["en"])
    group = world["a"].administrators.group
    assert group.page_permissions.filter(
        page=english, permission__codename="bulk_delete_page"
    ).exists()
