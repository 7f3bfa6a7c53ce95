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
        # A visitor's destinations first (what's on, festivals, spaces, centers: one row on
        # a phone), then the artists' (residents, open calls).
        navigation.register("network.NetworkHomePage", _("Centers"), order=22, fragment="centers")
