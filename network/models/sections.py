"""The abstract pages an app hangs under a center or under the network home.

Each app that lists something per center (calendar, spaces, residents, open calls) has a
section page under every center (``/<lang>/<center>/<section>/``) and, most of them, one
page under the network home that lists the same across the centers
(``/<lang>/<section>/``). What those pages share is declared here once.
"""

from django.utils.functional import cached_property
from wagtail.models import Page

from cms.models import BasePage

from .pages import CenterPage


class CenterSectionPage(BasePage):
    """One center's section: a single page directly under the center."""

    parent_page_types = ["network.CenterPage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    @cached_property
    def center(self):
        return Page.objects.parent_of(self).specific().first()


class NetworkSectionPage(BasePage):
    """The network's section: a single page under the network home, across its centers."""

    parent_page_types = ["network.NetworkHomePage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def network_centers(self):
        """The centers this page lists across: the visible centers under its home."""
        # .type(): through the page table's content-type index. Without it PostgreSQL
        # merges on the primary key and walks every page (the English centers' ids are
        # the newest).
        return (
            CenterPage.objects.child_of(self.get_parent())
            .type(CenterPage)
            .visible()
            .order_by("path")
        )
