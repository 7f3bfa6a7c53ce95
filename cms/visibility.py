"""What the public may see: one rule for serving a page and for every list that shows it.

A page is visible when it is live, no view restriction covers it (on itself or on an
ancestor: a password, a login, groups) and every ancestor is live. Unpublishing a center
hides its calendar, events and spaces with it, in every list, feed and API, and at their
own addresses, without touching them: publishing the center again brings them back.
Expiry is unpublishing (``manage.py publish_scheduled`` unpublishes an expired page), so
a page under an expired one is hidden the same way.

View restrictions are kept the same on every language version of a page
(:mod:`translations.restrictions`), so Wagtail's own checks (its ``public()``, the
password form) cover both languages.

The rule is written once, as the paths of the *hidden branches*: the pages whose
subtree the public may not see (restricted pages, and unpublished pages of the types
that have children).
A queryset leaves them out with ``path`` prefixes, as Wagtail's ``public()`` does with
restrictions, so every search backend can apply it; a site has a handful of them.
"""

from wagtail.models import Page, PageViewRestriction
from wagtail.query import PageQuerySet

from .memo import per_request
from .tree import ancestor_paths, in_subtrees, outermost


def _branch_types():
    """Content types of the page models that may have children."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import get_page_models

    models = [model for model in get_page_models() if model.allowed_subpage_models()]
    return [
        content_type.pk for content_type in ContentType.objects.get_for_models(*models).values()
    ]


def hidden_branches():
    """Tree paths of the pages whose whole subtree is hidden from the public, none under
    another (one query, as Wagtail's ``public()`` reads its restrictions).

    Unpublished pages are looked for among the page types that may have children only:
    expired and draft events and spaces, which may number thousands, hide nothing but
    themselves, and the content-type index finds the others without reading them.
    """
    unpublished = Page.objects.filter(
        # The tree's root (depth 1) is no page anyone publishes.
        content_type_id__in=_branch_types(),
        live=False,
        depth__gt=1,
    )
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    return outermost(
        unpublished.order_by().values_list("path", flat=True).union(restricted.order_by())
    )


def hidden_branches_for(request):
    """:func:`hidden_branches`, read once per request (every item of an API answer, and
    the language links of a page, ask)."""
    memo = per_request(request, "_hidden_branches")
    if "paths" not in memo:
        memo["paths"] = hidden_branches()
    return memo["paths"]


def hidden_q(branches=None):
    """A ``Q`` matching the pages in a hidden branch (never matching when there is none)."""
    return in_subtrees(hidden_branches() if branches is None else branches)


def visible(queryset, branches=None):
    """``queryset`` (of any page model) limited to the pages the public may see.

    ``branches``: :func:`hidden_branches`, when the caller has read them already."""
    return queryset.live().exclude(hidden_q(branches))


def has_unpublished_ancestor(page):
    """Whether an ancestor of ``page`` is not live (``BasePage.route`` refuses to serve
    such a page; this is for pages found otherwise)."""
    # Below the tree's root, which is no page anyone publishes.
    return Page.objects.filter(path__in=ancestor_paths(page, from_depth=2), live=False).exists()


def is_visible(page):
    """Whether the public may see ``page`` (itself, its ancestors, restrictions)."""
    return (
        page.live
        and not has_unpublished_ancestor(page)
        and not page.get_view_restrictions().exists()
    )


class VisiblePageQuerySet(PageQuerySet):
    """Page querysets of the project's page models: Wagtail's, plus :meth:`visible`."""

    def visible(self, branches=None):
        """Live, public, with every ancestor live: what a visitor may open."""
        return visible(self, branches)
