"""What the apps above the network add to every center, registered in their
``AppConfig.ready()``.

The network app imports no app above it. A center is created with its calendar (events)
and its spaces index (spaces), its page answers the inquiry routes (spaces), and its
administrators group follows its editors group (approvals): each of those apps registers
its part here, and :mod:`network.centers` and :class:`network.models.CenterPage` read it.
"""

from dataclasses import dataclass

from django.dispatch import Signal


@dataclass(frozen=True)
class IndexPage:
    """A page every center has under it, created with the center."""

    model: type
    slug: str
    title: str  # lazily translated: the center's language decides


# In their order under the center (the apps' order in INSTALLED_APPS).
index_pages = []
# URL patterns (``wagtail.contrib.routable_page.models.path``) answered under a center's
# page; the view is called as a method of the page: ``view(page, request, ...)``.
center_routes = []

# Steps the apps above add to the demo network (``network.demo.loader``): each is called
# as ``step(loader)`` after the centers and the steps named in the loader exist.
demo_steps = []

# Sent with ``center`` once ``network.centers.setup_center`` has given it its indexes,
# collection and editors group and granted that group's permissions.
center_set_up = Signal()
# Sent with ``center`` each time its editors group is granted its permissions (a center
# set up, or a new language version of it).
center_permissions_granted = Signal()


def register_index_page(model, slug, title):
    if all(entry.model is not model for entry in index_pages):
        index_pages.append(IndexPage(model, slug, title))


def index_page_model(slug):
    return next((entry.model for entry in index_pages if entry.slug == slug), None)


def register_center_route(route):
    if route not in center_routes:
        center_routes.append(route)


def register_demo_step(step):
    if step not in demo_steps:
        demo_steps.append(step)
