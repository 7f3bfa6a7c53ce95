"""The safety log: inspections, fire-safety training and drills, and what they found."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from reports.models.locking import closing_period

from .base import CenterRecord, CenterRecordQuerySet


class SafetyRecordKind(models.TextChoices):
    INSPECTION = "inspection", _("Inspection")
    TRAINING = "training", _("Fire-safety training")
    DRILL = "drill", _("Drill")


class SafetyResult(models.TextChoices):
    PASSED = "passed", _("Passed")
    PASSED_WITH_REMARKS = "remarks", _("Passed with remarks")
    FAILED = "failed", _("Did not pass")


class SafetyRecordQuerySet(CenterRecordQuerySet):
    def open(self):
        """Entries with a follow-up that is not closed yet."""
        return self.filter(follow_up_due__isnull=False, closed_on__isnull=True)

    def closed(self):
        return self.exclude(follow_up_due__isnull=False, closed_on__isnull=True)

    def overdue(self, today=None):
        return self.open().filter(follow_up_due__lt=today or timezone.localdate())


class SafetyRecord(CenterRecord):
    """One inspection, training session or drill at a center, with its follow-up."""

    date = models.DateField(_("date"))
    kind = models.CharField(_("kind"), max_length=20, choices=SafetyRecordKind.choices)
    result = models.CharField(_("result"), max_length=20, choices=SafetyResult.choices)
    conducted_by = models.CharField(
        _("conducted by"),
        max_length=200,
        blank=True,
        help_text=_("The inspecting authority, or who ran the training or drill."),
    )
    participants = models.PositiveIntegerField(
        _("participants"), null=True, blank=True, help_text=_("For training and drills.")
    )
    violations_count = models.PositiveIntegerField(_("violations found"), default=0)
    violations = models.TextField(
        _("violations"), blank=True, help_text=_("What was found, one violation per line.")
    )
    follow_up_due = models.DateField(
        _("follow-up due"),
        null=True,
        blank=True,
        help_text=_("By when the violations must be put right."),
    )
    closed_on = models.DateField(
        _("closed on"), null=True, blank=True, help_text=_("When the follow-up was completed.")
    )
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(_("recorded"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = SafetyRecordQuerySet.as_manager()

    class Meta:
        verbose_name = _("safety record")
        verbose_name_plural = _("safety records")
        ordering = ["-date", "-pk"]
        indexes = [
            models.Index(fields=["center", "date"]),
            models.Index(fields=["closed_on", "follow_up_due"]),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.place} · {self.date:%d/%m/%Y}"

    def clean_own_fields(self):
        errors = {}
        date_text = self.date.strftime("%d/%m/%Y") if self.date else ""
        if self.date and self.date > timezone.localdate():
            errors["date"] = _(
                "Record inspections, training and drills once they have taken place."
            )
        if self.date and self.follow_up_due and self.follow_up_due < self.date:
            errors["follow_up_due"] = _(
                "The follow-up cannot be due before the record's date (%(date)s)."
            ) % {"date": date_text}
        if self.date and self.closed_on and self.closed_on < self.date:
            errors["closed_on"] = _(
                "The follow-up cannot be closed before the record's date (%(date)s)."
            ) % {"date": date_text}
        if self.closed_on and self.closed_on > timezone.localdate():
            errors["closed_on"] = _("The closing date cannot be in the future.")
        if self.violations_count and not self.violations.strip():
            errors["violations"] = _("Describe the violations found (%(count)d in number).") % {
                "count": self.violations_count
            }
        if self.violations.strip() and not self.violations_count:
            errors["violations_count"] = _("Give the number of violations described.")
        if self.violations_count and not self.follow_up_due:
            errors["follow_up_due"] = _("Violations need a date by which they are put right.")
        errors.update(self.closed_period_errors())
        return errors

    COUNTED = ("center_id", "date", "kind", "violations_count", "closed_on")

    def closed_period_errors(self):
        """Refuse a change to what a signed-off or locked report counted (reports.models.locking).

        The stored values and the new ones are both checked, so a record can neither leave
        nor enter a closed period; a change to the fields no figure counts is free.
        """
        stored = type(self).objects.filter(pk=self.pk).select_related("center").first()
        if stored and all(getattr(stored, f) == getattr(self, f) for f in self.COUNTED):
            return {}
        center = self.center if self.center_id else None
        days = [(center, self.date), (center, self.closed_on)]
        if stored:
            days += [(stored.center, stored.date), (stored.center, stored.closed_on)]
        for place, day in days:
            period = closing_period(place, day) if place and day else None
            if period is not None:
                message = _(
                    "This record counts in %(period)s, a period that is signed off or "
                    "locked: ask the Department to reopen it first."
                ) % {"period": period}
                return {"date": message}
        return {}

    @property
    def is_open(self):
        return self.follow_up_due is not None and self.closed_on is None

    def is_overdue(self, today=None):
        return self.is_open and self.follow_up_due < (today or timezone.localdate())
