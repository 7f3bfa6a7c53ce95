"""The site's one API router: each app's endpoint at its URL under /api/v2/."""

from wagtail.api.v2.router import WagtailAPIRouter

from cms.api import PublicImagesAPIViewSet, PublicPagesAPIViewSet
from events.api import EventsAPIViewSet
from network.api import CentersAPIViewSet
from spaces.api import SpacesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("centers", CentersAPIViewSet)
api_router.register_endpoint("events", EventsAPIViewSet)
api_router.register_endpoint("spaces", SpacesAPIViewSet)
