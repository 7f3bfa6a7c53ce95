"""A center's calendar. Events themselves arrive with the events issue."""

from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cms.models import BasePage


class EventIndexPage(BasePage):
    """The calendar of one center (``/<lang>/<center>/events/``)."""

    parent_page_types = ["network.CenterPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("center calendar")
        verbose_name_plural = _("center calendars")

    @cached_property
    def center(self):
        return Page.objects.parent_of(self).specific().first()
