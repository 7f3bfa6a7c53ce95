from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    name = "opendata"
    verbose_name = _("Open data: API, feeds and widget")

    def ready(self):
        from .datasets import register_network_datasets

        register_network_datasets()
