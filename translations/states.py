"""The states a translation can be in, as the dashboard shows them."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class State(models.TextChoices):
    MISSING = "missing", _("Missing")
    OUTDATED = "outdated", _("Outdated")
    IN_PROGRESS = "in_progress", _("In progress")
    UP_TO_DATE = "up_to_date", _("Up to date")
    MANUAL = "manual", _("Translated by hand")


# Why an outdated translation is outdated.
SOURCE_EDITED = "source_edited"
NOT_APPLIED = "not_applied"

REASONS = {
    SOURCE_EDITED: _("The source was edited after the last sync."),
    NOT_APPLIED: _("Translated, but not yet saved to the page: open it and publish."),
}
