"""What a space is and how its price is counted: read by the models, the finder, the
search card and the schema.org description alike."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SpaceType(models.TextChoices):
    STUDIO = "studio", _("Studio")
    GALLERY = "gallery", _("Gallery or exhibition room")
    STAGE = "stage", _("Stage or hall")
    DESK = "desk", _("Co-working desk")
    WORKSHOP = "workshop", _("Workshop or classroom")
    OUTDOOR = "outdoor", _("Outdoor space")
    SCREENING = "screening", _("Recording or screening room")


class PricePeriod(models.TextChoices):
    HOUR = "hour", _("per hour")
    DAY = "day", _("per day")
    MONTH = "month", _("per month")
    REQUEST = "request", _("on request")
