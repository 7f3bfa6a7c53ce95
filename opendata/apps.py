from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpenDataConfig(AppConfig):
    name = "opendata"
    verbose_name = _("Open data: API, feeds and widget")

    def ready(self):
        # The endpoints join the site's one API router (cms/api.py); registering them here
        # rather than there avoids an import cycle (they build on cms.api's bounds).
        from cms.api import api_router

        from .api_events import EventsAPIViewSet
        from .api_spaces import SpacesAPIViewSet

        api_router.register_endpoint("events", EventsAPIViewSet)
        api_router.register_endpoint("spaces", SpacesAPIViewSet)
