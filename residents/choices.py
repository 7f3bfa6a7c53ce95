"""The fixed vocabularies of a resident: its kind and the services it offers."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ResidentKind(models.TextChoices):
    ORGANISATION = "organisation", _("Organisation")
    STUDIO = "studio", _("Studio")
    STARTUP = "startup", _("Startup")
    COLLECTIVE = "collective", _("Collective")
    ARTIST = "artist", _("Artist")
    SERVICE_PROVIDER = "service_provider", _("Service provider")


class Service(models.TextChoices):
    """What a center offers or hosts for the businesses and artists working there."""

    LEGAL = "legal", _("Legal advice")
    TECHNOLOGY = "technology", _("Technology support")
    FINANCE = "finance", _("Finance and investment")
    TRAINING = "training", _("Training")


# Each service is a boolean column: the directory filters by any of them on every database.
SERVICE_FIELDS = {
    Service.LEGAL: "offers_legal_advice",
    Service.TECHNOLOGY: "offers_technology_support",
    Service.FINANCE: "offers_finance",
    Service.TRAINING: "offers_training",
}
