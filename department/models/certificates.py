"""Fire-safety certificates: who certified a center or space, until when, for how many."""

from django.db import models
from django.db.models import Exists, F, OuterRef, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .base import CenterRecord, CenterRecordQuerySet


class CertificateQuerySet(CenterRecordQuerySet):
    def with_place_key(self):
        return self.annotate(place_key=Coalesce(F("space_id"), Value(0)))

    def current(self):
        """Certificates not replaced by a later-expiring one for the same center and space."""
        newer = FireSafetyCertificate.objects.with_place_key().filter(
            center_id=OuterRef("center_id"),
            place_key=OuterRef("place_key"),
            expires_on__gt=OuterRef("expires_on"),
        )
        return self.with_place_key().filter(~Exists(newer))

    def valid_on(self, day):
        return self.filter(issued_on__lte=day, expires_on__gte=day)

    def expired(self, today=None):
        return self.filter(expires_on__lt=today or timezone.localdate())


class FireSafetyCertificate(CenterRecord):
    """A fire-prevention certificate (giấy chứng nhận thẩm duyệt / nghiệm thu PCCC)."""

    number = models.CharField(_("certificate number"), max_length=100)
    issuer = models.CharField(
        _("issued by"),
        max_length=200,
        help_text=_("For example: Hanoi Police, Fire Prevention and Rescue Department."),
    )
    issued_on = models.DateField(_("issued on"))
    expires_on = models.DateField(_("expires on"))
    max_occupancy = models.PositiveIntegerField(
        _("certified maximum occupancy"),
        help_text=_("How many people may be inside at once, as the certificate states."),
    )
    notes = models.TextField(_("notes"), blank=True)
    created_at = models.DateTimeField(_("recorded"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("fire-safety certificate")
        verbose_name_plural = _("fire-safety certificates")
        ordering = ["expires_on", "pk"]
        indexes = [models.Index(fields=["center", "expires_on"])]

    def __str__(self):
        return f"{self.number} · {self.place}"

    def clean_own_fields(self):
        errors = {}
        if self.issued_on and self.expires_on and self.expires_on <= self.issued_on:
            errors["expires_on"] = _(
                "The expiry date must come after the date of issue (%(issued)s)."
            ) % {"issued": self.issued_on.strftime("%d/%m/%Y")}
        if self.max_occupancy is not None and self.max_occupancy < 1:
            errors["max_occupancy"] = _("The certified occupancy must be at least 1 person.")
        return errors

    def is_expired(self, today=None):
        return self.expires_on < (today or timezone.localdate())

    def days_left(self, today=None):
        return (self.expires_on - (today or timezone.localdate())).days
