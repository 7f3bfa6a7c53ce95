from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from opendata.views import bulk

from . import sitemaps
from .api import SchemaView, api_router
from .views import healthz, robots_txt

# A database lost while rendering outside a view still answers the friendly 503.
handler500 = "hanoi.middleware.server_error"
# An unknown API URL answers JSON (the admin's unknown URLs have Wagtail's own 404).
handler404 = "hanoi.middleware.page_not_found"

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemaps.section, name="sitemap_section"),
    path("api/v2/schema/", SchemaView.as_view(), name="api_schema"),
    path("open-data/<str:name>", bulk, name="open_data_bulk"),
    path("api/v2/", api_router.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("", include("events.urls")),
    path("", include("opendata.urls")),
    path("search/", include("sitesearch.urls")),
    path("feedback/", include("department.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
