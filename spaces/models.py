"""A center's spaces. Spaces themselves arrive with the spaces issue."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms.models import BasePage


class SpaceIndexPage(BasePage):
    """The spaces a center lets (``/<lang>/<center>/spaces/``)."""

    parent_page_types = ["network.CenterPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("center spaces")
        verbose_name_plural = _("center spaces")

    @cached_property
    def center(self):
        return Page.objects.parent_of(self).specific().first()
