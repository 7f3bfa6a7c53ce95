"""Production: every part comes from the environment; a missing SECRET_KEY is refused.

| part | variables |
| --- | --- |
| database | ``DATABASE_URL`` (SQLite or PostgreSQL), ``DATABASE_REPLICA_URL`` (optional) |
| cache and sessions | ``REDIS_URL`` (see base.py; without it: local memory, sessions in the db) |
| media | ``AWS_STORAGE_BUCKET_NAME`` and ``AWS_*`` / ``S3_*`` (else ``MEDIA_ROOT`` on disk) |
| CDN purge | ``FRONTEND_CACHE_BACKEND`` = http / cloudflare / cloudfront, ``FRONTEND_CACHE_*`` |
| e-mail | ``EMAIL_HOST``, ``EMAIL_PORT``, ``EMAIL_HOST_USER``, ``EMAIL_USE_TLS``, ... |
| errors | ``SENTRY_DSN`` (used only when sentry-sdk is installed) |
| task queue | ``TASKS_BACKEND=database`` (a ``db_worker`` process runs the tasks) |
"""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    CONTENT_SECURITY_POLICY,
    CONTENT_SECURITY_POLICY_ADMIN,
    DATABASES,
    INSTALLED_APPS,
    SILENCED_SYSTEM_CHECKS,
    STORAGES,
    env_bool,
    env_list,
    tuned,
)

DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")

# Database: DATABASE_URL is read in base.py; a replica takes the public pages' reads.
DATABASES["default"].setdefault("CONN_HEALTH_CHECKS", True)
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = tuned(
        dj_database_url.parse(
            os.environ["DATABASE_REPLICA_URL"],
            conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
            conn_health_checks=True,
        )
    )
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
    DATABASE_ROUTERS = ["hanoi.db_router.PrimaryReplicaRouter"]

# Static files: hashed, compressed names served by whitenoise with far-future headers.
STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365

MAP_TILE_URL = os.environ.get("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
allow_map_tiles(MAP_TILE_URL, CONTENT_SECURITY_POLICY)  # noqa: F405

# Media on S3-compatible storage when a bucket is named (django-storages reads AWS_*).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or os.environ.get("S3_ENDPOINT_URL")
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or os.environ.get("S3_REGION")
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_LOCATION = os.environ.get("AWS_LOCATION", "media")
    AWS_DEFAULT_ACL = os.environ.get("AWS_DEFAULT_ACL") or None
    AWS_QUERYSTRING_AUTH = env_bool("AWS_QUERYSTRING_AUTH", False)
    AWS_S3_FILE_OVERWRITE = False
    AWS_S3_OBJECT_PARAMETERS = {"CacheControl": "max-age=31536000, public"}
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    WAGTAILDOCS_SERVE_METHOD = os.environ.get("WAGTAILDOCS_SERVE_METHOD", "serve_view")
    media_origin = AWS_S3_CUSTOM_DOMAIN and f"https://{AWS_S3_CUSTOM_DOMAIN}"
    for origin in filter(None, [media_origin, AWS_S3_ENDPOINT_URL]):
        CONTENT_SECURITY_POLICY["img-src"].append(origin)
        CONTENT_SECURITY_POLICY["media-src"].append(origin)
        CONTENT_SECURITY_POLICY_ADMIN["media-src"].append(origin)

# CDN purge on publish, unpublish and move (ops.frontend_cache).
_frontend = os.environ.get("FRONTEND_CACHE_BACKEND", "").lower()
_frontend_backends = {
    "http": (
        "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        {"LOCATION": "FRONTEND_CACHE_LOCATION"},
    ),
    "cloudflare": (
        "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        {
            "BEARER_TOKEN": "FRONTEND_CACHE_CLOUDFLARE_TOKEN",
            "ZONEID": "FRONTEND_CACHE_CLOUDFLARE_ZONEID",
        },
    ),
    "cloudfront": (
        "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        {"DISTRIBUTION_ID": "FRONTEND_CACHE_CLOUDFRONT_DISTRIBUTION_ID"},
    ),
}
if _frontend:
    if _frontend not in _frontend_backends:
        raise ImproperlyConfigured(
            f"FRONTEND_CACHE_BACKEND must be one of {', '.join(_frontend_backends)}."
        )
    _backend, _params = _frontend_backends[_frontend]
    WAGTAILFRONTENDCACHE = {
        "default": {"BACKEND": _backend, **{k: os.environ[v] for k, v in _params.items()}}
    }
    if os.environ.get("FRONTEND_CACHE_HOSTNAMES"):
        WAGTAILFRONTENDCACHE["default"]["HOSTNAMES"] = env_list("FRONTEND_CACHE_HOSTNAMES")

# Background tasks (Wagtail's and ours): run in the request unless TASKS_BACKEND=database,
# which queues them in the database for `manage.py db_worker` (the compose "worker";
# needs the `worker` extra: django-tasks-db).
if os.environ.get("TASKS_BACKEND", "").lower() == "database":
    INSTALLED_APPS = [*INSTALLED_APPS, "django_tasks_db"]
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# HTTPS behind a load balancer that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
# Opt-in: includeSubDomains binds every subdomain (other services of the domain) to HTTPS,
# and preload is a submission to the browsers' built-in lists that takes months to undo.
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# The deployment checklist's reminders of these two: a decision for the domain's owner.
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "security.W005", "security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "no-reply@localhost")
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)

LOGGING["loggers"] = {  # noqa: F405
    "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
}

# Error reports to Sentry, only when a DSN is given and sentry-sdk is installed.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
if SENTRY_DSN:
    try:
        import sentry_sdk
    except ImportError as error:
        raise ImproperlyConfigured(
            "SENTRY_DSN is set but sentry-sdk is not installed (pip install sentry-sdk)."
        ) from error
    sentry_sdk.init(
        dsn=SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        traces_sample_rate=float(os.environ.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
        send_default_pii=False,
    )
