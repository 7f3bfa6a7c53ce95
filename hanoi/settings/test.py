"""Tests: fast password hashing, local-memory cache, no real mail."""

import os

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    # The limiter's counts in the test database: rolled back with each test.
    "limits": LIMITS_DATABASE_CACHE,  # noqa: F405
    "limits-database": LIMITS_DATABASE_CACHE,  # noqa: F405
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# One media directory per database, so the SQLite and PostgreSQL runs of `make test` (at
# the same time) never share files; subprocesses inherit DATABASE_URL and agree.
MEDIA_ROOT = BASE_DIR / (  # noqa: F405
    "media-test-postgres"
    if os.environ.get("DATABASE_URL", "").startswith("postgres")
    else "media-test"
)
DEMO_DATA_ALLOWED = True
ALLOWED_HOSTS = ["*"]
WAGTAILADMIN_BASE_URL = "http://testserver"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PAGE_CACHE_ENABLED = False  # tests of the page cache turn it on (tests/ops/test_pagecache.py)
SPACES_FACET_CACHE_TIMEOUT = 0  # tests/spaces/test_facet_cache.py turns it on
# Applications' attachments (STORAGES["private"]): one directory per database, as media.
PRIVATE_MEDIA_ROOT = MEDIA_ROOT.with_name(MEDIA_ROOT.name.replace("media", "private-media"))
STORAGES = {
    **STORAGES,  # noqa: F405
    "private": {**STORAGES["private"], "OPTIONS": {"location": PRIVATE_MEDIA_ROOT}},  # noqa: F405
}
