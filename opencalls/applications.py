"""Applications to open calls: a :class:`cms.submissions.Submission`, stored first with its
reference (``DT-2026-000123``), then mailed; its files kept where no public URL reaches.
"""

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.submissions import Submission, mail_status_field
from network.models import CenterPage, Sector
from roles.scope import scope

# What an applicant may attach: the type's name, the first bytes of such a file, and the
# file name endings that go with it. The bytes decide: a renamed file is refused.
ATTACHMENT_TYPES = {
    "pdf": ("PDF", (b"%PDF-",), (".pdf",)),
    "jpeg": ("JPEG", (b"\xff\xd8\xff",), (".jpg", ".jpeg")),
    "png": ("PNG", (b"\x89PNG\r\n\x1a\n",), (".png",)),
}


def private_storage():
    """Attachments are never under MEDIA_URL: only an admin view serves them."""
    return storages["private"]


class ApplicationStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    SHORTLISTED = "shortlisted", _("Shortlisted")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class ApplicationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """What ``user`` may see: every application (the Department) or their centers'."""
        return scope(self, user)

    def expired(self, now=None):
        """Decided applications older than the retention period."""
        now = now or timezone.now()
        days = settings.APPLICATION_RETENTION_DAYS
        return self.filter(
            status__in=[ApplicationStatus.ACCEPTED, ApplicationStatus.DECLINED],
            updated_at__lt=now - timezone.timedelta(days=days),
        )


class Application(Submission):
    """One application to an open call, stored before anything else happens to it."""

    reference_prefix_setting = "APPLICATION_REFERENCE_PREFIX"
    reference_prefix_default = "DT"
    submitted_fields = ("name", "email", "phone", "date_of_birth", "sector", "answers")

    call = models.ForeignKey(
        "opencalls.OpenCallPage",
        verbose_name=_("call"),
        on_delete=models.CASCADE,
        related_name="applications",
    )
    # The center that published the call (empty for the Department's): whose staff see it.
    center = models.ForeignKey(
        CenterPage,
        verbose_name=_("center"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="applications",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    sector = models.ForeignKey(
        Sector,
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # [{"id": question's block id, "question": as the applicant read it, "answer": ...}]
    answers = models.JSONField(_("answers"), default=list, blank=True)

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.RECEIVED,
    )
    notes = models.TextField(
        _("notes"), blank=True, help_text=_("Seen only by staff, never by the applicant.")
    )
    # {criterion's block id: score 0-10}
    scores = models.JSONField(_("scores"), default=dict, blank=True)
    decision_message = models.TextField(_("message to the applicant"), blank=True)

    mail_status = mail_status_field(_("acknowledgement to the applicant"))
    # The decision mailed to the applicant (a bulk decline): its own record of sending.
    decision_status = mail_status_field(_("decision e-mail"))
    decision_attempts = models.PositiveSmallIntegerField(_("decision sending attempts"), default=0)
    decision_error = models.TextField(_("last decision sending error"), blank=True)
    decision_sent_at = models.DateTimeField(_("decision sent"), null=True, blank=True)
    # The resident profile made from the application once accepted (opencalls.outcomes).
    resident = models.ForeignKey(
        "residents.ResidentPage",
        verbose_name=_("resident profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["call", "email"], name="one_application_per_email")
        ]

    def __str__(self):
        return f"{self.reference} · {self.name}"

    def answer_rows(self):
        return [(row.get("question", ""), row.get("answer", "")) for row in self.answers]

    def score_rows(self):
        """``[(criterion, score or None)]`` in the call's order."""
        return [(label, self.scores.get(key)) for key, label in self.call.criteria_list()]

    @property
    def total_score(self):
        values = [value for value in self.scores.values() if isinstance(value, int)]
        return sum(values) if values else None

    @property
    def answers_text(self):
        return "\n\n".join(f"{question}\n{answer}" for question, answer in self.answer_rows())


class ApplicationAttachment(models.Model):
    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    file = models.FileField(
        _("file"), storage=private_storage, upload_to="applications/%Y/%m/", max_length=255
    )
    original_name = models.CharField(_("file name"), max_length=255)
    file_type = models.CharField(_("type"), max_length=10)
    size = models.PositiveIntegerField(_("size (bytes)"))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["pk"]

    def __str__(self):
        return self.original_name

    @property
    def content_type(self):
        return {"pdf": "application/pdf", "jpeg": "image/jpeg", "png": "image/png"}[self.file_type]
