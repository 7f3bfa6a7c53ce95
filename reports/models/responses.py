"""When a center first answered an inquiry, for the median response time."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class InquiryResponse(models.Model):
    """The moment an inquiry first left the state "New" (recorded by a signal handler)."""

    inquiry = models.OneToOneField(
        "spaces.Inquiry",
        verbose_name=_("inquiry"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="first_response",
    )
    responded_at = models.DateTimeField(_("first answered"), default=timezone.now)

    class Meta:
        verbose_name = _("inquiry response")
        verbose_name_plural = _("inquiry responses")

    def __str__(self):
        return f"{self.inquiry_id} @ {self.responded_at:%Y-%m-%d %H:%M}"
