from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkConfig(AppConfig):
    name = "network"
    verbose_name = _("Network and centers")

    def ready(self):
        from cms import navigation

        from . import signal_handlers

        signal_handlers.connect()
        # The home page lists the centers and their map under this fragment.
        navigation.register("network.NetworkHomePage", _("Centers"), order=30, fragment="centers")
