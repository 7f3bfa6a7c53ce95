from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FestivalsConfig(AppConfig):
    name = "festivals"
    verbose_name = _("Festivals and programmes")

    def ready(self):
        from cms import navigation
        from events import extensions

        from . import links

        extensions.events.register_narrowing(links.FESTIVAL_NARROWING)
        extensions.events.event_context.append(links.event_context)
        extensions.events.event_json_ld.append(links.event_json_ld)
        extensions.events.prepare_json_ld.append(links.prefetch_festivals)
        # In the header, after what's on: festival season is what many visitors come for.
        navigation.register("festivals.FestivalIndexPage", _("Festivals"), order=15)
