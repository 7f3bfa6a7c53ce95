"""The API's URLs alone, without language prefixes.

A 404 from an endpoint (an unknown id) names this URLconf on its request, so that
Django's LocaleMiddleware, which sees no ``i18n_patterns`` here, answers the JSON 404
instead of redirecting to ``/vi/api/...`` (a page route that does not exist either).
"""

from django.urls import path

from .api import api_router

urlpatterns = [path("api/v2/", api_router.urls)]
