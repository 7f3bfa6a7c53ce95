"""Complaints and feedback from the public about a center, stored first, with a reference."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from cms.submissions import Submission

from .base import CenterRecord, CenterRecordQuerySet


class ComplaintStatus(models.TextChoices):
    NEW = "new", _("New")
    IN_PROGRESS = "in_progress", pgettext_lazy("complaint status", "In progress")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


OPEN_STATUSES = [ComplaintStatus.NEW, ComplaintStatus.IN_PROGRESS]


class ComplaintQuerySet(CenterRecordQuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def closed(self):
        return self.exclude(status__in=OPEN_STATUSES)


class Complaint(CenterRecord, Submission):
    """What a visitor wrote through a center's feedback form (``/<lang>/feedback/<center>/``)."""

    reference_prefix_setting = "COMPLAINT_REFERENCE_PREFIX"
    reference_prefix_default = "GY"  # góp ý
    submitted_fields = ("name", "email", "phone", "subject", "message")

    name = models.CharField(_("full name"), max_length=120)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(_("message"))

    status = models.CharField(
        _("status"), max_length=20, choices=ComplaintStatus.choices, default=ComplaintStatus.NEW
    )
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("handled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    answer = models.TextField(
        _("answer"), blank=True, help_text=_("What was answered to the visitor, or decided.")
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    objects = ComplaintQuerySet.as_manager()

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints and feedback")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self):
        return f"{self.reference} · {self.subject}"

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    def record_handling(self, user):
        """Called when staff save a change: who handled it, and when it was first answered."""
        self.handled_by = user
        if (
            self.status in (ComplaintStatus.ANSWERED, ComplaintStatus.CLOSED)
            and not self.answered_at
        ):
            self.answered_at = timezone.now()
