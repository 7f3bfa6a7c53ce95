"""The page-tree helper on a small tree of plain pages (no network, no translations)."""

from types import SimpleNamespace

import pytest
from django.db.models import Count
from wagtail.models import Page, PageViewRestriction

from cms import tree


@pytest.fixture
def pages(db):
    """root / home / (center a / calendar / event, center b / spaces), and a second home."""
    root = Page.get_first_root_node()

    def add(parent, slug):
        return parent.add_child(instance=Page(title=slug, slug=f"tree-{slug}"))

    home = add(root, "home")
    a = add(home, "a")
    calendar = add(a, "calendar")
    event = add(calendar, "event")
    b = add(home, "b")
    spaces = add(b, "spaces")
    other = add(root, "other")
    nephew = add(other, "nephew")
    return SimpleNamespace(
        **{name: page for name, page in locals().items() if name not in ("db", "add")}
    )


def test_paths_of_ancestors(pages):
    assert tree.depth_of(pages.event) == pages.event.depth == 5
    assert tree.parent_path(pages.event) == pages.calendar.path
    assert tree.parent_path(pages.a.path) == pages.home.path
    assert tree.center_path(pages.event) == tree.center_path(pages.a) == pages.a.path
    assert tree.center_path(pages.home) == pages.home.path
    assert tree.path_at_depth(pages.event.path, 2) == pages.home.path
    assert tree.ancestor_paths(pages.event) == [
        pages.root.path,
        pages.home.path,
        pages.a.path,
        pages.calendar.path,
    ]
    assert tree.ancestor_paths(pages.event, from_depth=2, inclusive=True) == [
        pages.home.path,
        pages.a.path,
        pages.calendar.path,
        pages.event.path,
    ]
    assert tree.ancestor_paths(pages.root) == []


def test_is_within_and_subtrees(pages):
    assert tree.is_within(pages.event, pages.a)
    assert tree.is_within(pages.a, pages.a.path)
    assert not tree.is_within(pages.spaces, pages.a)
    paths = [pages.event.path, pages.b.path, pages.a.path, pages.spaces.path, pages.calendar.path]
    assert tree.outermost(paths) == [pages.a.path, pages.b.path]
    centers = tree.Subtrees({pages.a.path: "a", pages.b.path: "b"})
    assert centers.depths == [3]
    assert centers.holding(pages.event) == "a"
    assert centers.holding(pages.b.path) == "b"
    assert centers.holding(pages.home) is None
    assert centers.holding(pages.nephew, default="-") == "-"
    nested = tree.Subtrees({pages.calendar.path: "inner", pages.a.path: "a", pages.home.path: ""})
    assert nested.depths == [2, 3, 4]
    assert nested.holding(pages.event) == ""  # the outermost, even when its value is falsy
    assert nested.holding(pages.other) is None


def _slugs(queryset):
    return {slug.removeprefix("tree-") for slug in queryset.values_list("slug", flat=True)}


def test_subtree_conditions(pages):
    assert _slugs(Page.objects.filter(tree.in_subtree(pages.a))) == {"a", "calendar", "event"}
    both = Page.objects.filter(tree.in_subtrees([pages.calendar, pages.b.path]))
    assert _slugs(both) == {"calendar", "event", "b", "spaces"}
    assert not Page.objects.filter(tree.in_subtrees([])).exists()
    # Excluded: every page but those.
    ours = Page.objects.filter(slug__startswith="tree-")
    outside = ours.exclude(tree.in_subtrees([pages.home]))
    assert _slugs(outside) == {"other", "nephew"}
    restriction = PageViewRestriction.objects.create(page=pages.calendar, restriction_type="login")
    rows = PageViewRestriction.objects.filter(tree.in_subtrees([pages.a], field="page__path"))
    assert list(rows) == [restriction]
    assert not PageViewRestriction.objects.filter(tree.in_subtree(pages.b, field="page__path"))


def test_siblings_without_reading_the_parent(pages, django_assert_num_queries):
    with django_assert_num_queries(0):
        condition = tree.siblings(pages.a)
    # The nephew is at the same depth under another parent.
    assert _slugs(Page.objects.filter(condition)) == {"a", "b"}
    assert _slugs(Page.objects.filter(tree.siblings(pages.calendar.path))) == {"calendar"}


def test_center_of_each_row_in_one_grouped_query(pages, django_assert_num_queries):
    rows = Page.objects.filter(tree.in_subtree(pages.home)).annotate(
        center=tree.center_path_expression()
    )
    assert {page.pk: page.center for page in rows} == {
        page.pk: tree.center_path(page) for page in rows
    }
    with django_assert_num_queries(1):
        groups = (
            Page.objects.filter(depth__gte=tree.CENTER_DEPTH)
            .order_by()
            .values(center=tree.center_path_expression())
            .annotate(n=Count("pk"))
        )
        counts = {group["center"]: group["n"] for group in groups}
    assert counts == {pages.a.path: 3, pages.b.path: 2, pages.nephew.path: 1}
    at_home = PageViewRestriction.objects.annotate(
        home=tree.ancestor_path_expression(2, field="page__path")
    )
    PageViewRestriction.objects.create(page=pages.spaces, restriction_type="login")
    assert [row.home for row in at_home] == [pages.home.path]
