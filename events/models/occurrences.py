"""Occurrences: each date of each published event as a row, so listings are queries."""

from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model
from wagtail.models import Page

from cms.visibility import hidden_branches, hidden_q
from network.models import CenterPage

from ..choices import EventStatus


class OccurrenceQuerySet(models.QuerySet):
    def visible(self, branches=None):
        """Leave out events a visitor may not open: behind a view restriction (a password,
        a group) or under an unpublished page (their center unpublished).

        Only live events have rows (unpublishing an event deletes them), and an event is
        a child of its calendar with no children of its own: a date is hidden when its
        calendar is in a hidden branch or its event is one (a restricted event). Both
        are small lists read through indexes (calendars by type, events by path), so the
        rows are still picked on the occurrence table's own indexes; with nothing hidden
        nothing is added."""
        EventIndexPage = _related_model(self.model, "calendar")
        EventPage = _related_model(self.model, "event")
        branches = hidden_branches() if branches is None else branches
        if not branches:
            return self
        calendars = Page.objects.type(EventIndexPage).filter(hidden_q(branches))
        events = Page.objects.type(EventPage).filter(path__in=branches)
        return self.exclude(calendar_id__in=calendars.values("pk")).exclude(
            event_id__in=events.values("pk")
        )

    def upcoming(self, now):
        return self.filter(end__gte=now).order_by("start", "pk")

    def past(self, now):
        return self.filter(end__lt=now).order_by("-start", "-pk")

    def overlapping(self, first, last):
        """Occurrences on any Hanoi day from ``first`` to ``last`` (dates, inclusive)."""
        return self.filter(local_date__lte=last, end_date__gte=first)

    def listing(self):
        """What a list entry needs in one query: the event and its center."""
        return self.select_related("event", "event__hero_image", "center").defer("event__body")

    def with_pages(self, renditions=()):
        """The rows, each with its event and center, one object per page (three queries).

        A month grid or a feed shows one event on many dates; ``listing()`` would build a
        page object (costly: modelcluster) for every row instead of every event. A list
        that shows pictures names their ``renditions``: they come in one more query, not
        one per picture.
        """
        EventPage = _related_model(self.model, "event")
        rows = list(self)
        events = EventPage.objects.filter(pk__in={row.event_id for row in rows})
        if renditions:
            images = get_image_model().objects.prefetch_renditions(*renditions)
            events = events.prefetch_related(Prefetch("hero_image", queryset=images))
        else:
            events = events.select_related("hero_image")
        events = events.defer_streamfields().in_bulk()
        centers = CenterPage.objects.all()
        if renditions:  # an event without a picture of its own shows its center's
            centers = centers.prefetch_related(Prefetch("hero_image", queryset=images))
        centers = centers.in_bulk({row.center_id for row in rows if row.center_id})
        for row in rows:
            row.event = events[row.event_id]
            if row.center_id:
                row.center = centers[row.center_id]
        return rows


def _related_model(model, name):
    """The page model behind an occurrence's foreign key (the event and calendar models
    import this module, so it reads them from the keys)."""
    return model._meta.get_field(name).related_model


class EventOccurrence(models.Model):
    """One date of one published event, in one language tree.

    Written only by :func:`events.schedule.materialise` (on publish, and by
    ``manage.py refresh_occurrences``); never edited by hand. ``start`` and ``end`` are
    UTC; ``local_date`` and ``end_date`` are the Hanoi days it covers. ``original_start``
    is where the series put it before any move, and names it in iCalendar UIDs.
    """

    event = models.ForeignKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="occurrences"
    )
    calendar = models.ForeignKey(
        "events.EventIndexPage", on_delete=models.CASCADE, related_name="+"
    )
    center = models.ForeignKey(
        "network.CenterPage", on_delete=models.CASCADE, related_name="+", null=True
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    all_day = models.BooleanField(_("all day"), default=False)
    local_date = models.DateField(_("date"))
    end_date = models.DateField(_("last day"))
    original_start = models.DateTimeField(_("scheduled start"))
    status = models.CharField(_("status"), max_length=20, choices=EventStatus.choices)
    moved = models.BooleanField(_("moved"), default=False)
    note = models.CharField(_("note"), max_length=255, blank=True)
    sequence = models.PositiveIntegerField(_("revision number"), default=0)
    fingerprint = models.CharField(max_length=64, editable=False)
    # When the row was created or last changed: the API's ``last_modified`` and
    # ``modified_since`` see dates added by the rolling horizon or a new closure day.
    modified = models.DateTimeField(default=timezone.now, db_index=True, editable=False)

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        verbose_name = _("occurrence")
        verbose_name_plural = _("occurrences")
        ordering = ["start", "pk"]
        indexes = [
            models.Index(fields=["locale", "start"], name="occurrence_locale_start"),
            models.Index(fields=["locale", "end"], name="occurrence_locale_end"),
            models.Index(fields=["calendar", "start"], name="occurrence_calendar_start"),
            models.Index(fields=["locale", "local_date"], name="occurrence_locale_date"),
            models.Index(fields=["event", "original_start"], name="occurrence_event_original"),
        ]

    def __str__(self):
        return f"{self.event_id} @ {self.start:%Y-%m-%d %H:%M}"

    @property
    def cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def multi_day(self):
        return self.end_date > self.local_date

    @property
    def picture(self):
        """The event's picture, else its center's: a list entry always shows a place."""
        if self.event.hero_image_id:
            return self.event.hero_image
        if self.center_id and self.center.hero_image_id:
            return self.center.hero_image
        return None
