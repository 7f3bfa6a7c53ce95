"""The Department's approval settings, edited in the admin (Settings > Approvals)."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting


@register_setting(icon="tasks")
class ApprovalSettings(BaseGenericSetting):
    """Thresholds the Department sets for approvals and for its clash check."""

    attendance_threshold = models.PositiveIntegerField(
        _("attendance threshold"),
        default=500,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Events expecting more people than this need the Department's approval "
            "before they are published."
        ),
    )
    clash_threshold = models.PositiveIntegerField(
        _("clash size threshold"),
        default=300,
        validators=[MinValueValidator(1)],
        help_text=_(
            "The clash check lists overlapping events of different centers when each "
            "expects more people than this."
        ),
    )

    class Meta:
        verbose_name = _("approval settings")
        verbose_name_plural = _("approval settings")


class CenterAdministrators(models.Model):
    """A center's administrators group ("<center> — quản trị"), beside its editors group.

    Created by :func:`approvals.centers.setup_administrators` when a center is set up.
    Administrators have the editors' rights plus deleting whole branches of the center
    (``bulk_delete``) and deleting its images and documents.
    """

    center = models.OneToOneField(
        "network.CenterPage",
        verbose_name=_("center"),
        on_delete=models.CASCADE,
        related_name="administrators",
    )
    group = models.OneToOneField(
        "auth.Group",
        verbose_name=_("group"),
        on_delete=models.CASCADE,
        related_name="administered_center",
    )

    class Meta:
        verbose_name = _("center administrators")
        verbose_name_plural = _("center administrators")

    def __str__(self):
        return self.group.name
