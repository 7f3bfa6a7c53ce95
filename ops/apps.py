from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    """Running the platform in production: caches, login limits, CDN purge, backups."""

    name = "ops"
    verbose_name = _("Operations")

    def ready(self):
        from . import signal_handlers, spreadsheets

        signal_handlers.connect()
        spreadsheets.install()
