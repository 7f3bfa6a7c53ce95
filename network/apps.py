from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Network and centers")

    def ready(self):
        from . import signal_handlers

        signal_handlers.connect()
