"""Reporting periods, each center's sign-off of them, and the department's lock."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..access import center_keys_for
from ..periods import KIND_CHOICES, Span, span_for


class ReportingPeriod(models.Model):
    """A quarter, half-year or year the department reports on.

    Once a center has signed it off, or the department has locked it, that center's
    attendance in the period can no longer be changed (see :mod:`reports.models.locking`).
    """

    kind = models.CharField(_("kind"), max_length=10, choices=KIND_CHOICES)
    start = models.DateField(_("first day"))
    end = models.DateField(_("last day"))
    locked_at = models.DateTimeField(
        _("locked"),
        null=True,
        blank=True,
        help_text=_("Set by the department: no center can change this period's data any more."),
    )
    locked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("locked by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("reporting period")
        verbose_name_plural = _("reporting periods")
        ordering = ["-start", "kind"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "start"], name="reporting_period_unique")
        ]

    def __str__(self):
        return str(self.span.label)

    @property
    def span(self):
        number = 1
        if self.kind == "quarter":
            number = (self.start.month - 1) // 3 + 1
        elif self.kind == "half":
            number = 1 if self.start.month <= 6 else 2
        return Span(self.kind, self.start, self.end, number)

    @property
    def is_locked(self):
        return self.locked_at is not None

    def clean(self):
        super().clean()
        if self.kind and self.start:
            expected = span_for(self.kind, self.start.year, self.span.number)
            if (self.start, self.end) != (expected.start, expected.end):
                raise ValidationError(
                    {
                        "end": _("A %(kind)s runs from %(start)s to %(end)s.")
                        % {
                            "kind": self.get_kind_display().lower(),
                            "start": f"{expected.start:%d/%m/%Y}",
                            "end": f"{expected.end:%d/%m/%Y}",
                        }
                    }
                )

    @classmethod
    def get_for(cls, kind, year, number=1):
        span = span_for(kind, year, number)
        period, _created = cls.objects.get_or_create(
            kind=kind, start=span.start, defaults={"end": span.end}
        )
        return period

    def lock(self, user=None):
        self.locked_at = timezone.now()
        self.locked_by = user
        self.save(update_fields=["locked_at", "locked_by"])


class SignOffQuerySet(models.QuerySet):
    def visible_to(self, user):
        keys = center_keys_for(user)
        if keys is None:
            return self
        return self.filter(center__translation_key__in=keys)


class SignOff(models.Model):
    """A center's statement that its figures for a period are complete and correct."""

    period = models.ForeignKey(
        ReportingPeriod,
        verbose_name=_("reporting period"),
        on_delete=models.CASCADE,
        related_name="sign_offs",
    )
    center = models.ForeignKey(
        "network.CenterPage", verbose_name=_("center"), on_delete=models.CASCADE, related_name="+"
    )
    signed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signed off by"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    signed_at = models.DateTimeField(_("signed off"), default=timezone.now, editable=False)
    note = models.CharField(_("note"), max_length=255, blank=True)
    figures = models.JSONField(
        _("figures as signed off"),
        default=dict,
        blank=True,
        editable=False,
        encoder=DjangoJSONEncoder,
        help_text=_(
            "The center's figures for the period when it signed off: the report shows them."
        ),
    )

    objects = SignOffQuerySet.as_manager()

    class Meta:
        verbose_name = _("sign-off")
        verbose_name_plural = _("sign-offs")
        ordering = ["-signed_at"]
        constraints = [
            models.UniqueConstraint(fields=["period", "center"], name="sign_off_once_per_center")
        ]

    def __str__(self):
        return f"{self.center.title} · {self.period}"
