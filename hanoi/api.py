"""The site's one API router: each app's endpoint at its URL under /api/v2/."""

from django.utils import translation
from drf_spectacular.plumbing import build_mock_request
from drf_spectacular.renderers import OpenApiJsonRenderer, OpenApiYamlRenderer
from drf_spectacular.views import SpectacularAPIView
from rest_framework.response import Response
from wagtail.api.v2.router import WagtailAPIRouter

from cms.api import PublicImagesAPIViewSet, PublicPagesAPIViewSet
from events.api import EventsAPIViewSet
from network.api import CentersAPIViewSet
from residents.api import ResidentsAPIViewSet
from spaces.api import SpacesAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("centers", CentersAPIViewSet)
api_router.register_endpoint("events", EventsAPIViewSet)
api_router.register_endpoint("spaces", SpacesAPIViewSet)
api_router.register_endpoint("residents", ResidentsAPIViewSet)


def mock_request(method, path, view, original_request, **kwargs):
    """The request the schema's generator shows each endpoint, from this router as the
    router's own URLs would (Wagtail's serializers find nested endpoints through it)."""
    request = build_mock_request(method, path, view, original_request, **kwargs)
    request._request.wagtailapi_router = api_router
    return request


class SchemaView(SpectacularAPIView):
    """``/api/v2/schema/``: the OpenAPI 3 description of the endpoints above, generated
    from their code (``cms.api_schema``); JSON, or YAML with ``?format=yaml``.

    The description changes only with the code, so each process builds it once.
    """

    urlconf = "hanoi.api_urlconf"
    renderer_classes = [OpenApiJsonRenderer, OpenApiYamlRenderer]
    built = None

    def get(self, request, *args, **kwargs):
        if SchemaView.built is None or request.GET.get("lang"):
            with translation.override(request.GET.get("lang") or "en"):
                response = super().get(request, *args, **kwargs)
            if request.GET.get("lang"):
                return response
            SchemaView.built = response.data
        return Response(SchemaView.built)
