from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResidentsConfig(AppConfig):
    name = "residents"
    verbose_name = _("Residents and services")

    def ready(self):
        from cms import extensions as page_extensions
        from cms import navigation
        from network import extensions

        from . import demo, sections
        from .models import ResidentIndexPage

        navigation.register("residents.NetworkResidentsPage", _("Residents"), order=23)
        extensions.register_index_page(ResidentIndexPage, "residents", _("Residents"))
        extensions.register_demo_step(demo.load)
        page_extensions.register_section(
            "center", "residents/includes/center_residents.html", sections.center_residents
        )
        page_extensions.register_section(
            "space", "residents/includes/space_residents.html", sections.space_residents
        )
