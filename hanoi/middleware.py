"""Middleware that every response passes through: security headers and the database-down page.

``SecurityHeadersMiddleware`` adds a Content-Security-Policy (strict on public pages,
relaxed for the Wagtail admin, which needs inline scripts), a Permissions-Policy that turns
off the browser features no page uses, and drops framing protection for the paths in
``FRAME_ANCESTORS_EXEMPT_PATHS``. Django's SecurityMiddleware already sets
X-Content-Type-Options, Referrer-Policy and, in production, HSTS.

``LocaleMiddleware`` is Django's, except that a 404 outside the language-prefixed site (the
admin, the API, documents, static and media files) stays that 404.

``TextGZipMiddleware`` compresses pages, feeds and JSON for visitors who take gzip.

``DatabaseUnavailableMiddleware`` turns a lost database connection on a public page into
a friendly bilingual 503 (with Retry-After) instead of a server error. A form sent to it
(an inquiry, a complaint) is not lost without a word: the page says it was not received and
gives back what the visitor wrote, in a form that sends it again.
"""

import sys
from urllib.parse import urlsplit

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.middleware.gzip import GZipMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.template.loader import render_to_string
from django.views import defaults


def _policy(directives):
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives.items())


def _origin(url_template):
    """The origin of a URL template such as a map tile server's ({s} becomes *)."""
    parts = urlsplit(url_template.replace("{s}", "*"))
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def _starts_with_any(path, prefixes):
    return path.startswith(tuple(prefixes))


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        path = request.path_info
        is_admin = _starts_with_any(path, settings.CSP_ADMIN_PATH_PREFIXES)
        directives = dict(
            settings.CONTENT_SECURITY_POLICY_ADMIN if is_admin else settings.CONTENT_SECURITY_POLICY
        )
        tiles = _origin(getattr(settings, "MAP_TILE_URL", "") or "")
        if tiles:  # the map's tile server (MAP_TILE_URL), wherever it is configured
            directives["img-src"] = [*directives.get("img-src", []), tiles]
        if _starts_with_any(path, settings.FRAME_ANCESTORS_EXEMPT_PATHS):
            directives["frame-ancestors"] = ["*"]
            response.xframe_options_exempt = True
            if "X-Frame-Options" in response:
                del response["X-Frame-Options"]
        response.headers.setdefault("Content-Security-Policy", _policy(directives))
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Opener-Policy", "same-origin")
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault(
            "Referrer-Policy", settings.SECURE_REFERRER_POLICY or "same-origin"
        )
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, without its "maybe the language is missing" redirect for paths that never
    have one: /admin/nothing/ answered a redirect to /vi/admin/nothing/ (a public page
    route), instead of the admin's, or the API's, 404."""

    def process_response(self, request, response):
        if response.status_code == 404 and _starts_with_any(
            request.path_info, settings.UNPREFIXED_PATHS
        ):
            return response
        return super().process_response(request, response)


def page_not_found(request, exception=None):
    """handler404: the API answers JSON, as its other errors; everything else the 404 page."""
    if request.path_info.startswith("/api/"):
        return JsonResponse({"message": "Not found."}, status=404)
    return defaults.page_not_found(request, exception)


class TextGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware (with its BREACH mitigation), for text only: pages, feeds,
    JSON. Documents and media (PDFs, pictures, archives) are already compressed, and a
    compressed download loses its length and its byte ranges."""

    COMPRESSIBLE = ("text/", "application/json", "application/xml", "application/ld+json")

    def process_response(self, request, response):
        content_type = response.get("Content-Type", "")
        if not content_type.startswith(self.COMPRESSIBLE):
            return response
        return super().process_response(request, response)


class DatabaseUnavailableMiddleware:
    """A database that cannot be reached gives public visitors a 503 they can understand."""

    retry_after_seconds = 60

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        if _starts_with_any(request.path_info, settings.CSP_ADMIN_PATH_PREFIXES):
            return None
        return database_unavailable_response(request)


# What a visitor sent that the 503 page gives back: never passwords, within bounds.
MAX_RETURNED_FIELDS = 50
MAX_RETURNED_LENGTH = 10_000
NOT_SHOWN = ("csrfmiddlewaretoken", "website")  # the token, and the forms' honeypot


def submitted_fields(request):
    if request is None or request.method != "POST":
        return []
    try:
        items = list(request.POST.lists())[:MAX_RETURNED_FIELDS]
    except Exception:  # an unreadable body: nothing to give back
        return []
    return [
        {"name": name, "value": value[:MAX_RETURNED_LENGTH], "shown": name not in NOT_SHOWN}
        for name, values in items
        if "password" not in name.lower()
        for value in values
    ]


def database_unavailable_response(request=None):
    # The template uses no database, no translation catalogue and no context processor.
    fields = submitted_fields(request)
    context = {
        "submitted": fields,
        "shown": [field for field in fields if field["shown"] and field["value"].strip()],
        "action": request.path if fields else "",
    }
    html = render_to_string("cms/unavailable.html", context)
    response = HttpResponse(html, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(DatabaseUnavailableMiddleware.retry_after_seconds)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request, *args, **kwargs):
    """handler500: a database that went away while rendering (e.g. inside the 404 page,
    outside any view) still gives the friendly 503; anything else the usual 500 page."""
    exception = sys.exc_info()[1]
    if isinstance(exception, OperationalError | InterfaceError):
        return database_unavailable_response(request)
    return defaults.server_error(request, *args, **kwargs)
