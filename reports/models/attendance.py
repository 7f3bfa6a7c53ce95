"""How many people came to an event, recorded by its center afterwards.

Kept apart from the event page on purpose: attendance is a report figure, not content,
so page revisions, translations and publishing never carry or change it.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale

from events.models import EventOccurrence

from ..access import center_keys_for
from .locking import refuse_if_locked


class AttendanceQuerySet(models.QuerySet):
    def visible_to(self, user):
        keys = center_keys_for(user)
        if keys is None:
            return self
        return self.filter(center__translation_key__in=keys)

    def between(self, first, last):
        return self.filter(date__gte=first, date__lte=last)


class EventAttendance(models.Model):
    """The attendance of one event on one day (a series gets one record per date)."""

    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="attendance_records",
    )
    center = models.ForeignKey(
        "network.CenterPage",
        verbose_name=_("center"),
        on_delete=models.CASCADE,
        related_name="+",
        editable=False,
        help_text=_("The event's center, set when the record is saved."),
    )
    date = models.DateField(_("date"), help_text=_("The day of the event this count is for."))
    total = models.PositiveIntegerField(_("total attendance"))
    ticketed = models.PositiveIntegerField(
        _("with a ticket"), null=True, blank=True, help_text=_("Optional: paying visitors.")
    )
    free = models.PositiveIntegerField(
        _("free admission"), null=True, blank=True, help_text=_("Optional: visitors admitted free.")
    )
    note = models.CharField(_("note"), max_length=255, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = AttendanceQuerySet.as_manager()

    class Meta:
        verbose_name = _("attendance record")
        verbose_name_plural = pgettext_lazy("records", "attendance")
        ordering = ["-date", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event", "date"], name="attendance_one_per_event_day")
        ]
        indexes = [models.Index(fields=["center", "date"], name="attendance_center_date")]

    def __str__(self):
        return f"{self.event.title} · {self.date:%d/%m/%Y}"

    def save(self, *args, **kwargs):
        if self.event_id:
            self.center = self.event.center
        refuse_if_locked(self)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        refuse_if_locked(self, deleting=True)
        return super().delete(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        event = self.event if self.event_id else None
        if event is not None and event.locale_id != _default_locale_id():
            errors["event"] = _("Record attendance on the Vietnamese version of the event.")
        if self.date and self.date > timezone.localdate():
            errors["date"] = _("Attendance is recorded after the event, not before.")
        elif event is not None and self.date and not _has_date(event, self.date):
            errors["date"] = _("The event does not take place on this day.")
        parts = [value for value in (self.ticketed, self.free) if value is not None]
        if self.total is not None and sum(parts) > self.total:
            errors["total"] = _("Ticketed and free visitors add up to more than the total.")
        elif self.total is not None and len(parts) == 2 and sum(parts) != self.total:
            errors["total"] = _("Ticketed and free visitors should add up to the total.")
        if errors:
            raise ValidationError(errors)
        if event is not None and self.date:
            refuse_if_locked(self)


def _default_locale_id():
    return Locale.get_default().pk


def _has_date(event, day):
    occurrences = EventOccurrence.objects.filter(event=event)
    if not occurrences.exists():
        start = timezone.localtime(event.start).date()
        end = timezone.localtime(event.end or event.start).date()
        return start <= day <= max(start, end)
    return occurrences.overlapping(day, day).exists()
