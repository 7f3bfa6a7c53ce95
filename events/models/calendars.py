"""Calendars: a center's (EventIndexPage) and the whole network's (NetworkEventsPage)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cms.models import BasePage
from cms.tree import in_subtree, parent_path, siblings
from network.models import CenterPage, CenterSectionPage, NetworkSectionPage

from .. import extensions
from .occurrences import EventOccurrence


class CalendarMixin(RoutablePageMixin):
    """A browsable calendar (list, month grid, filters) with its iCalendar feed."""

    def scope(self):
        """The occurrences this calendar shows, before the visitor's filters."""
        raise NotImplementedError

    @classmethod
    def get_subpage_urls(cls):
        """The calendar's routes (``events.extensions``), before Wagtail's own: its ``""``
        shows the list or month grid."""
        return (*extensions.calendar_routes, *super().get_subpage_urls())

    def offered_centers(self):
        """The centers the calendar's center filter offers: the network's (this page's
        siblings), in its language. A center's own calendar offers none."""
        return CenterPage.objects.visible().filter(siblings(self), locale_id=self.locale_id)

    def announced_events(self):
        """A ``Q`` over event pages: those its feeds of new events announce (the events
        under a center's calendar; the network's under its home)."""
        return in_subtree(self if self.center else parent_path(self))


class EventIndexPage(CalendarMixin, CenterSectionPage):
    """The calendar of one center (``/<lang>/<center>/events/``), with its closure days."""

    subpage_types = ["events.EventPage"]

    translatable_fields = [*BasePage.translatable_fields, TranslatableField("closures")]
    content_panels = [
        *BasePage.content_panels,
        InlinePanel("closures", heading=_("Closure days"), label=_("Closure")),
    ]

    class Meta:
        verbose_name = _("center calendar")
        verbose_name_plural = _("center calendars")

    def scope(self):
        return EventOccurrence.objects.filter(calendar=self)


class NetworkEventsPage(CalendarMixin, NetworkSectionPage):
    """What's on across every center (``/<lang>/events/``)."""

    class Meta:
        verbose_name = _("network calendar")
        verbose_name_plural = _("network calendars")

    center = None

    def scope(self):
        """Occurrences at the centers of this network (this page's siblings)."""
        # Found through the page table's content-type index: joining from CenterPage,
        # PostgreSQL walks every page of the network by primary key.
        centers = Page.objects.type(CenterPage).filter(siblings(self))
        # The ids as values, not a subquery: PostgreSQL estimated the subquery at one
        # center and read every date of each center to keep a month's worth.
        return EventOccurrence.objects.filter(
            locale_id=self.locale_id, center_id__in=list(centers.values_list("pk", flat=True))
        )


class ClosureDay(TranslatableMixin, Orderable):
    """Days a center is closed: its series skip them (public holidays are added on top)."""

    page = ParentalKey(EventIndexPage, on_delete=models.CASCADE, related_name="closures")
    first_day = models.DateField(_("from"))
    last_day = models.DateField(_("until"), null=True, blank=True, help_text=_("Empty: one day."))
    reason = models.CharField(_("reason"), max_length=200, blank=True)

    translatable_fields = [
        TranslatableField("reason"),
        SynchronizedField("first_day", overridable=False),
        SynchronizedField("last_day", overridable=False),
    ]
    panels = [
        FieldRowPanel([FieldPanel("first_day"), FieldPanel("last_day")]),
        FieldPanel("reason"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("closure")
        verbose_name_plural = _("closures")

    def __str__(self):
        return self.reason or str(self.first_day)
