"""Questions about the page tree, answered from treebeard's paths in one place.

Every page's ``path`` is its ancestors' paths followed by one step of ``Page.steplen``
characters, so "is this page under that one" is a prefix test and "the ancestor at depth
n" is the first n steps. Asking through the path rather than Wagtail's ``get_parent()``
or ``ancestor_of()`` reads no other page, and a prefix test uses the path index.

The network's tree is root / network home / center / calendar or spaces index / event or
space, so a page's center is the ancestor (or the page itself) at :data:`CENTER_DEPTH`.

``page_or_path`` arguments take a page or its path.
"""

from django.db.models import Q
from django.db.models.functions import Substr
from wagtail.models import Page

STEPLEN = Page.steplen

# root (1) / network home (2) / center (3)
CENTER_DEPTH = 3


def _path(page_or_path):
    return page_or_path if isinstance(page_or_path, str) else page_or_path.path


def depth_of(page_or_path):
    """The tree depth of a page (the root is 1), read from its path."""
    return len(_path(page_or_path)) // STEPLEN


def path_at_depth(page_or_path, depth):
    """The path of the page's ancestor at ``depth`` (the page's own when it is shallower)."""
    return _path(page_or_path)[: STEPLEN * depth]


def parent_path(page_or_path):
    """The path of the page's parent."""
    return _path(page_or_path)[:-STEPLEN]


def center_path(page_or_path):
    """The path of the center a page is in (the page's own for a center or above)."""
    return path_at_depth(page_or_path, CENTER_DEPTH)


def ancestor_paths(page_or_path, from_depth=1, inclusive=False):
    """Paths of the page's ancestors from ``from_depth`` down, shallowest first; with
    ``inclusive``, the page's own path last."""
    path = _path(page_or_path)
    end = len(path) + STEPLEN if inclusive else len(path)
    return [path[:stop] for stop in range(STEPLEN * from_depth, end, STEPLEN)]


def is_within(page_or_path, root):
    """Whether the page is ``root`` (a page or a path) or under it."""
    return _path(page_or_path).startswith(_path(root))


def outermost(paths):
    """The paths, in tree order, that are under none of the others: the subtrees they
    span, each once."""
    kept = []
    for path in sorted(paths):
        if not any(path.startswith(root) for root in kept):
            kept.append(path)
    return kept


class Subtrees:
    """Values keyed by the paths of some subtree roots (``{root path: value}``), found
    for any page at or under a root without a query: e.g. a page's center among the
    centers read once. When roots nest, the outermost wins."""

    def __init__(self, roots):
        self.roots = dict(roots)
        # One prefix per root depth, rather than one per ancestor of each page looked up.
        self.lengths = sorted({len(path) for path in self.roots})

    @property
    def depths(self):
        """The depths the roots are at, shallowest first."""
        return [length // STEPLEN for length in self.lengths]

    def holding(self, page_or_path, default=None):
        """The value of the root the page is at or under, or ``default``."""
        path = _path(page_or_path)
        for length in self.lengths:
            prefix = path[:length]
            if prefix in self.roots:
                return self.roots[prefix]
        return default


# In queries ----------------------------------------------------------------------------


def in_subtree(root, field="path"):
    """A ``Q`` for the pages at or under ``root`` (a page or a path); ``field`` is the path
    lookup (``"page__path"`` for rows pointing at a page)."""
    return Q(**{f"{field}__startswith": _path(root)})


def in_subtrees(roots, field="path"):
    """A ``Q`` for the pages at or under any of ``roots`` (pages or paths); it matches
    nothing when there are none."""
    condition = Q(pk__in=[])
    for root in roots:
        condition |= in_subtree(root, field)
    return condition


def siblings(page_or_path):
    """A ``Q`` for the page and its siblings, by its path: Wagtail's ``sibling_of()``
    reads the parent page first."""
    return Q(path__startswith=parent_path(page_or_path), depth=depth_of(page_or_path))


def ancestor_path_expression(depth, field="path"):
    """An expression giving each row's ancestor path at ``depth`` (its own when it is
    shallower): rows can be grouped by it in one query."""
    return Substr(field, 1, STEPLEN * depth)


def center_path_expression(field="path"):
    """An expression giving the path of each row's center (see :func:`center_path`)."""
    return ancestor_path_expression(CENTER_DEPTH, field)
