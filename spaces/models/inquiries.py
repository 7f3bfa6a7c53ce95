"""Inquiries: a visitor's request to rent a space or to talk to a center's staff."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.submissions import MailStatus, Submission, mail_status_field
from network.models import CenterPage, Sector
from roles.scope import scope


class InquiryStatus(models.TextChoices):
    NEW = "new", _("New")
    ANSWERED = "answered", _("Answered")
    OFFER_MADE = "offer_made", _("Offer made")
    BOOKED = "booked", _("Booked")
    DECLINED = "declined", _("Declined")
    CLOSED = "closed", _("Closed")


# The name the inquiries' code and tests know the shared statuses by.
InquiryMailStatus = MailStatus


class InquiryQuerySet(models.QuerySet):
    def visible_to(self, user):
        """What ``user`` may see: every center's (the Department) or their centers'."""
        return scope(self, user)

    def overdue(self, today=None):
        today = today or timezone.localdate()
        return self.filter(status=InquiryStatus.NEW, respond_by__lt=today)

    def with_overdue(self, today=None):
        today = today or timezone.localdate()
        return self.annotate(
            is_overdue=models.ExpressionWrapper(
                Q(status=InquiryStatus.NEW, respond_by__lt=today),
                output_field=models.BooleanField(),
            )
        )

    def expired(self, now=None):
        """Closed inquiries older than the retention period."""
        now = now or timezone.now()
        days = settings.INQUIRY_RETENTION_DAYS
        return self.filter(
            status=InquiryStatus.CLOSED, updated_at__lt=now - timezone.timedelta(days=days)
        )


class Inquiry(Submission):
    """One request from a visitor, stored before anything else happens to it."""

    reference_prefix_setting = "INQUIRY_REFERENCE_PREFIX"
    reference_prefix_default = "HCC"
    submitted_fields = (
        "name",
        "email",
        "phone",
        "organisation",
        "sector",
        "date_from",
        "date_to",
        "people",
        "message",
        "consent",
    )

    center = models.ForeignKey(
        CenterPage, verbose_name=_("center"), on_delete=models.CASCADE, related_name="inquiries"
    )
    space = models.ForeignKey(
        "spaces.SpacePage",
        verbose_name=_("space"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="inquiries",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    sector = models.ForeignKey(
        Sector,
        verbose_name=_("sector"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    date_from = models.DateField(_("desired from"), null=True, blank=True)
    date_to = models.DateField(_("desired until"), null=True, blank=True)
    people = models.PositiveIntegerField(_("expected people"), null=True, blank=True)
    message = models.TextField(_("message"))
    consent = models.BooleanField(_("consents to be contacted"), default=False)

    status = models.CharField(
        _("status"), max_length=20, choices=InquiryStatus.choices, default=InquiryStatus.NEW
    )
    internal_notes = models.TextField(
        _("internal notes"), blank=True, help_text=_("Seen only by staff, never by the visitor.")
    )
    respond_by = models.DateField(_("respond by"))

    mail_status = mail_status_field(_("e-mail to the center"))
    # The acknowledgement to the visitor: its own record, so that a retry of one e-mail
    # never sends the other again.
    ack_status = mail_status_field(_("acknowledgement to the visitor"))
    ack_attempts = models.PositiveSmallIntegerField(
        _("acknowledgement sending attempts"), default=0
    )
    ack_error = models.TextField(_("last acknowledgement sending error"), blank=True)
    ack_sent_at = models.DateTimeField(_("acknowledgement sent"), null=True, blank=True)

    objects = InquiryQuerySet.as_manager()

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "respond_by"])]

    def __str__(self):
        return f"{self.reference} · {self.name}"

    @property
    def overdue(self):
        return self.status == InquiryStatus.NEW and self.respond_by < timezone.localdate()
