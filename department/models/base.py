"""What every register entry shares: a center (its Vietnamese original), maybe one of its spaces.

Register entries are records, not content: they are not translated, and they always point
at the Vietnamese original of a center and of a space, whatever language the visitor or the
editor used. Who sees which rows is the rule of :mod:`roles.scope` (``visible_to``).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from cms.tree import is_within
from roles.scope import scope


class CenterRecordQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Everything for the Department; a center's staff see their center's."""
        return scope(self, user)


class CenterRecord(models.Model):
    """Abstract: a row of the register about one center and, optionally, one of its spaces."""

    center = models.ForeignKey(
        "network.CenterPage",
        verbose_name=_("center"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("The Vietnamese version of the center."),
    )
    space = models.ForeignKey(
        "spaces.SpacePage",
        verbose_name=_("space"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty when the entry concerns the whole center."),
    )

    objects = CenterRecordQuerySet.as_manager()

    class Meta:
        abstract = True

    def clean_center_and_space(self):
        """Errors (by field) when the center is a translation or the space is another center's."""
        errors = {}
        default_locale = Locale.get_default()
        if self.center_id and self.center.locale_id != default_locale.pk:
            errors["center"] = _("Choose the Vietnamese version of the center.")
        if self.space_id and self.center_id:
            space = self.space
            if space.locale_id != default_locale.pk:
                errors["space"] = _("Choose the Vietnamese version of the space.")
            elif not is_within(space, self.center):
                errors["space"] = _(
                    "“%(space)s” belongs to another center, not to “%(center)s”."
                ) % {"space": space.title, "center": self.center.title}
        return errors

    def clean(self):
        super().clean()
        errors = self.clean_center_and_space()
        errors.update(self.clean_own_fields())
        if errors:
            raise ValidationError(errors)

    def clean_own_fields(self):
        return {}

    @property
    def place(self):
        """Center, and space when there is one, as staff read it."""
        if self.space_id:
            return f"{self.center.title} · {self.space.title}"
        return self.center.title
