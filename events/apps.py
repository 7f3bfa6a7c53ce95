from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events and calendars")

    def ready(self):
        from cms import navigation
        from network import extensions

        from . import extensions as events_extensions
        from . import signal_handlers
        from .calendar_routes import ROUTES
        from .models import EventIndexPage

        signal_handlers.connect()
        for route in ROUTES:
            events_extensions.register_calendar_route(route)
        navigation.register("events.NetworkEventsPage", _("What's on"), order=10)
        extensions.register_index_page(EventIndexPage, "events", _("Events"))
