"""Settings shared by every environment.

Everything that differs between a laptop and a cluster is read from the environment
(``DATABASE_URL``, ``REDIS_URL``, ``ALLOWED_HOSTS``, ...). With nothing set, the project
runs on its embedded defaults: SQLite, Wagtail's database search, a local-memory cache
and media on disk. Values here are safe by default: ``DEBUG`` is off unless a settings
module for development turns it on.
"""

import ipaddress
import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cms",
    "roles",
    "network",
    "events",
    "spaces",
    "residents",
    "ops",
    "translations",
    "approvals",
    "sitesearch",
    "department",
    "reports",
    "festivals",
    "opendata",
    "opencalls",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "rest_framework",
    "drf_spectacular",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django_ratelimit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "hanoi.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "hanoi.middleware.DatabaseUnavailableMiddleware",
    "hanoi.db_router.PrimaryReplicaMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "hanoi.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "axes.middleware.AxesMiddleware",  # failed sign-ins (AXES_* below)
    "ops.middleware.PasswordResetLimitMiddleware",
    "ops.pagecache.PageCacheMiddleware",  # anonymous page views (PAGE_CACHE_* below)
    # Inside the page cache, so that a cached page is stored compressed once and not
    # compressed again on every hit (the cache key says whether the visitor takes gzip).
    "hanoi.middleware.TextGZipMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "hanoi.urls"
WSGI_APPLICATION = "hanoi.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "cms" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: SQLite beside the code unless DATABASE_URL names another.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}


def without_jit(database):
    """PostgreSQL without JIT compilation (unless the URL's ``options`` mention jit).

    JIT compiles any query whose estimated cost passes ``jit_above_cost``; a page's short
    queries (the spaces finder's facet query on a large network) then spend more time
    compiling than running (bench/README.md).
    """
    if database.get("ENGINE", "").endswith("postgresql"):
        options = database.setdefault("OPTIONS", {})
        if "jit" not in options.get("options", ""):
            options["options"] = f"{options.get('options', '')} -c jit=off".strip()
    return database


def tuned(database):
    """A database setting as this platform runs it: on PostgreSQL, without JIT and through
    ``hanoi.db.postgresql`` (Django's backend reading dates with psycopg's compiled loader)."""
    if database.get("ENGINE") == "django.db.backends.postgresql":
        database["ENGINE"] = "hanoi.db.postgresql"
    return without_jit(database)


tuned(DATABASES["default"])
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, local memory otherwise. The Redis backend answers
# "miss" instead of raising while Redis is down (ops.cache), so the site keeps serving;
# sessions then live in the database with the cache in front (cached_db).
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "ops.cache.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "hcc",
            "OPTIONS": {
                "socket_connect_timeout": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.5")),
                "socket_timeout": float(os.environ.get("REDIS_TIMEOUT", "1")),
            },
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Vietnamese first. The same two languages for the interface and the content.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# The project's catalogue first (it wins), then complete Vietnamese for the libraries' admin
# strings, which their own catalogues leave mostly English (scripts/library_catalogues.py).
LOCALE_PATHS = [BASE_DIR / "locale"] + [
    BASE_DIR / "locale" / "libraries" / library
    for library in ("wagtail", "wagtail_localize", "django", "django_filters", "taggit")
]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Ho_Chi_Minh"

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "cms" / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Where `manage.py export_open_data` writes the bulk ZIP served at /open-data/ (a directory
# every web host reads: on several hosts, a shared volume, or run the command on each).
OPEN_DATA_DIR = Path(os.environ.get("OPEN_DATA_DIR", MEDIA_ROOT / "open-data"))
MEDIA_URL = os.environ.get("MEDIA_URL", "/media/")

# Files visitors send that only staff may read (an application's attachments): never
# under MEDIA_URL; an admin view that checks the user's center serves them.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": None},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = _("Hanoi Cultural Industry Centers")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

# The open data's OpenAPI description (/api/v2/schema/, built by drf-spectacular from the
# endpoints' code: cms.api_schema). OpenAPI 3.1, so its schemas are plain JSON Schema.
SPECTACULAR_SETTINGS = {
    "TITLE": "Hanoi Cultural Industry Centers: open data",
    "DESCRIPTION": (
        "Read-only open data of Hanoi's network of Cultural Industry Centers: its centers, "
        "their events (one item per date) and spaces, in Vietnamese and English. Free to "
        "reuse under CC BY 4.0. Keep a copy in sync with `modified_since` and conditional "
        "requests (ETag / If-None-Match); see /en/open-data/."
    ),
    "VERSION": "2",
    "OAS_VERSION": "3.1.0",
    "LICENSE": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
    "SERVE_INCLUDE_SCHEMA": False,
    "AUTHENTICATION_WHITELIST": [],
    "SORT_OPERATION_PARAMETERS": False,
    "GET_MOCK_REQUEST": "hanoi.api.mock_request",
    # Its `check --deploy` builds a schema of every DRF view, Wagtail's admin API (not ours,
    # not documented) included, and fails on it; the test suite builds and validates ours.
    "ENABLE_DJANGO_DEPLOY_CHECK": False,
}

# Dates in the admin ------------------------------------------------------------------
# What every admin date widget shows (and its picker writes), in both admin languages.
# Django parses the submitted text with the active language's input formats, so the
# project's format modules (cms/format_modules/<lang>/formats.py, read before Django's
# own) start with exactly these; cms.checks refuses to start when they disagree.
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
FORMAT_MODULE_PATH = ["cms.format_modules"]
# The same formats for code that parses with localisation off.
from cms.format_modules import (  # noqa: E402, F401
    DATE_INPUT_FORMATS,
    DATETIME_INPUT_FORMATS,
    TIME_INPUT_FORMATS,
)

# Map tiles: none by default (nothing is fetched from outside; the map shows its markers
# on a plain background). Production sets OpenStreetMap's or the city's own tile server.
MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "")
MAP_TILE_ATTRIBUTION = os.environ.get(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
)


def allow_map_tiles(url, policy):
    """Let the public pages' Content-Security-Policy load the map's tiles from ``url``.

    Leaflet's ``{s}`` subdomain pattern becomes a wildcard (``https://*.tile.example``).
    """
    if not url:
        return
    parts = urlsplit(url.replace("{s}.", "*.").replace("{s}", "*"))
    if parts.scheme in {"http", "https"} and parts.netloc:
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in policy["img-src"]:
            policy["img-src"].append(origin)


# Uploads: documents other than PDF are served as attachments, through Django (so the
# headers below apply), never inline; SVG is accepted neither as an image nor a document.
WAGTAILDOCS_SERVE_METHOD = os.environ.get("WAGTAILDOCS_SERVE_METHOD", "serve_view")
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]

# Security headers (hanoi.middleware.SecurityHeadersMiddleware). Public pages get a strict
# Content-Security-Policy without 'unsafe-inline'; the Wagtail admin, which needs inline
# scripts and styles, gets its own. Paths in FRAME_ANCESTORS_EXEMPT_PATHS (prefixes, e.g.
# a future embeddable widget) may be framed by any site.
CSP_EXTRA_SOURCES = env_list("CSP_EXTRA_SOURCES")  # e.g. the S3 / CDN origin of media
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:", *CSP_EXTRA_SOURCES],
    "media-src": ["'self'", *CSP_EXTRA_SOURCES],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}
allow_map_tiles(MAP_TILE_URL, CONTENT_SECURITY_POLICY)
CONTENT_SECURITY_POLICY_ADMIN = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],
    "media-src": ["'self'", "blob:", *CSP_EXTRA_SOURCES],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'", "https:"],
    "frame-src": ["'self'", "https:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}
CSP_ADMIN_PATH_PREFIXES = ["/admin/", "/django-admin/"]
FRAME_ANCESTORS_EXEMPT_PATHS = env_list("FRAME_ANCESTORS_EXEMPT_PATHS")
# Open data (opendata): the "what's on" widget is the one page other sites may frame.
FRAME_ANCESTORS_EXEMPT_PATHS += [f"/{code}/widget/" for code, _name in LANGUAGES]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Browser features no page of ours uses (the map does not locate the visitor), off for the
# page and anything it frames; browsing-topics: no advertising interest groups.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)
# Paths outside the language-prefixed site: a 404 there is never redirected to /vi/...
UNPREFIXED_PATHS = ["/admin/", "/django-admin/", "/api/", "/documents/", "/static/", MEDIA_URL]

# Limits (ops.limits) -----------------------------------------------------------------
# Who the client is: the socket's address, unless the socket's peer is one of
# TRUSTED_PROXIES (addresses or networks); then the address TRUSTED_PROXY_COUNT hops from
# the right of X-Forwarded-For (each proxy in front of gunicorn appends one hop).
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.1,::1")
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError as _error:
        from django.core.exceptions import ImproperlyConfigured

        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES: {_proxy!r} is not an address or a network."
        ) from _error

# How often: django-ratelimit's windows, counted in the "limits" cache, which every worker
# and host shares and which keeps counting while Redis is down: Redis with the database
# as FALLBACK (ops.cache), or the database alone without Redis. The database cache's table
# is made by ops' migration. django-ratelimit's check calls the database cache's increment
# not atomic: concurrent requests may each read the same count, so a burst can pass a few
# more than the limit while Redis is down; a limit that keeps counting is what matters.
LIMITS_DATABASE_CACHE = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "hcc_limits",
    "TIMEOUT": 24 * 60 * 60,
    # Culling (a third of the entries, in key order) would reset live counts.
    "OPTIONS": {"MAX_ENTRIES": 1_000_000},
}
CACHES["limits-database"] = LIMITS_DATABASE_CACHE
if os.environ.get("REDIS_URL"):
    CACHES["limits"] = {
        **CACHES["default"],
        "KEY_PREFIX": "hcc-limits",
        "FALLBACK": "limits-database",
    }
else:
    CACHES["limits"] = LIMITS_DATABASE_CACHE
RATELIMIT_USE_CACHE = "limits"
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
# Password reset links: per client network, and per e-mail address typed (count, seconds).
PASSWORD_RESET_RATE_LIMIT = (10, 60 * 60)
PASSWORD_RESET_EMAIL_RATE_LIMIT = (3, 60 * 60)

# Sign-in (django-axes, in the database): LOGIN_FAILURE_LIMIT failures from one client
# network, or for one username from anywhere, lock that network or username out for
# LOGIN_LOCKOUT_SECONDS (each failure during the lock starts it again); a successful
# sign-in clears them. `manage.py axes_reset_username <name>` lifts a lock at once.
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "10"))
LOGIN_LOCKOUT_SECONDS = int(os.environ.get("LOGIN_LOCKOUT_SECONDS", str(15 * 60)))
AUTHENTICATION_BACKENDS = [
    "ops.auth.LoginLockoutBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(seconds=LOGIN_LOCKOUT_SECONDS)
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_CLIENT_IP_CALLABLE = "ops.limits.client_network"
AXES_USERNAME_CALLABLE = "ops.limits.login_username"
AXES_LOCKOUT_CALLABLE = "ops.limits.login_locked"
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # successful sign-ins are not ours to keep

# Site search (sitesearch): Wagtail's database backend unless SEARCH_URL (OpenSearch) or
# ELASTICSEARCH_URL names an engine; see sitesearch/engines.py.
from sitesearch.engines import search_backends  # noqa: E402

WAGTAILSEARCH_BACKENDS = search_backends(os.environ)
SITESEARCH_FALLBACK_BACKEND = "database" if "database" in WAGTAILSEARCH_BACKENDS else None

# Demo data loading is allowed only where a settings module says so.
DEMO_DATA_ALLOWED = env_bool("DEMO_DATA_ALLOWED", False)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Spaces and inquiries ----------------------------------------------------------------
# Background tasks (django-tasks, installed with Wagtail: inquiry mail, a center's
# translation sync): run at once in the request.
# Production queues them with TASKS_BACKEND=database (see production.py: needs the
# `worker` extra and a `manage.py db_worker` process beside gunicorn).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
INQUIRY_REFERENCE_PREFIX = "HCC"
INQUIRY_DEFAULT_RESPONSE_DAYS = 2
INQUIRY_MAX_MESSAGE_LENGTH = 5000
INQUIRY_RATE_LIMIT = (5, 60 * 60)  # inquiries per address, per seconds
INQUIRY_MAIL_MAX_ATTEMPTS = 5
INQUIRY_RETENTION_DAYS = int(os.environ.get("INQUIRY_RETENTION_DAYS", "365"))
INQUIRY_FALLBACK_RECIPIENTS = env_list("INQUIRY_FALLBACK_RECIPIENTS")

# Open calls and applications (opencalls/) -----------------------------------------------
APPLICATION_REFERENCE_PREFIX = "DT"  # đơn tham gia
APPLICATION_RATE_LIMIT = (5, 60 * 60)  # applications per address, per seconds
APPLICATION_MAIL_MAX_ATTEMPTS = 5
# Accepted and declined applications are deleted this many days after their last change
# (`manage.py delete_old_inquiries`, daily).
APPLICATION_RETENTION_DAYS = int(os.environ.get("APPLICATION_RETENTION_DAYS", "365"))

# Page cache (ops.pagecache) -----------------------------------------------------------
# Anonymous GET views of public pages are kept in the default cache (Redis with REDIS_URL,
# else local memory) for PAGE_CACHE_TIMEOUT seconds, keyed by URL, language and day, and
# dropped at once by any publish, unpublish, move, delete or snippet change. Browsers and
# CDNs may keep them PAGE_CACHE_MAX_AGE seconds. PAGE_CACHE=off turns it off.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", True)
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_STAMP_FILE = os.environ.get("PAGE_CACHE_STAMP_FILE", "")  # local-memory cache only
PAGE_CACHE_EXCLUDED_PATHS = [
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/healthz",
    "/static/",
    "/open-data/",
]
# The spaces finder's facet counts, shared by every page, sort and facet choice of one
# search, are kept under the same generation for this many seconds (0: not kept).
SPACES_FACET_CACHE_TIMEOUT = int(os.environ.get("SPACES_FACET_CACHE_TIMEOUT", "600"))

# Safety and compliance register (department/): complaints, notifications, reminders.
COMPLAINT_REFERENCE_PREFIX = "GY"  # góp ý
COMPLAINT_RATE_LIMIT = (5, 60 * 60)  # complaints per address, per seconds
COMPLAINT_MAX_MESSAGE_LENGTH = 5000
COMPLAINT_MAIL_MAX_ATTEMPTS = 5
COMPLAINT_FALLBACK_RECIPIENTS = env_list("COMPLAINT_FALLBACK_RECIPIENTS")
SAFETY_REMINDER_DAYS = 60  # certificates expiring within this many days are reminded
