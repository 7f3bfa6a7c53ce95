"""hanoi.settings.production reads every part from the environment (real processes)."""

import importlib.util
import json

from tests.ops.conftest import manage, production_env

SCRIPT = """
import json
from django.conf import settings
print(json.dumps({
    "databases": {a: d["ENGINE"] for a, d in settings.DATABASES.items()},
    "routers": settings.DATABASE_ROUTERS,
    "cache": settings.CACHES["default"]["BACKEND"],
    "cache_location": settings.CACHES["default"].get("LOCATION"),
    "sessions": settings.SESSION_ENGINE,
    "frontend": getattr(settings, "WAGTAILFRONTENDCACHE", None),
    "email": [settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS],
    "from": settings.DEFAULT_FROM_EMAIL,
    "static": settings.STORAGES["staticfiles"]["BACKEND"],
    "proxy": settings.SECURE_PROXY_SSL_HEADER,
    "hsts": settings.SECURE_HSTS_SECONDS,
    "hsts_options": [settings.SECURE_HSTS_INCLUDE_SUBDOMAINS, settings.SECURE_HSTS_PRELOAD],
    "limits": [settings.CACHES["limits"]["BACKEND"], settings.CACHES["limits"].get("FALLBACK")],
    "limits_database": settings.CACHES["limits-database"]["BACKEND"],
    "img_src": settings.CONTENT_SECURITY_POLICY["img-src"],
}))
"""


def production_settings(**env):
    result = manage("shell", "-c", SCRIPT, env=production_env(**env))
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_embedded_defaults_on_sqlite():
    found = production_settings(DATABASE_URL="sqlite:////tmp/hcc-prod-test.sqlite3")
    assert found["databases"] == {"default": "django.db.backends.sqlite3"}
    assert found["routers"] == []
    assert found["cache"].endswith("LocMemCache")
    assert found["sessions"] == "django.contrib.sessions.backends.db"
    assert found["frontend"] is None
    assert found["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert found["proxy"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert found["hsts"] == 31536000
    assert found["hsts_options"] == [False, False]  # opt-in: SECURE_HSTS_*
    # Without Redis the limiter counts in the database, which every worker shares.
    assert found["limits"] == ["django.core.cache.backends.db.DatabaseCache", None]
    # The map's default tiles may load under the public pages' Content-Security-Policy.
    assert "https://tile.openstreetmap.org" in found["img_src"]


def test_a_tile_server_of_our_own_is_allowed_by_the_policy():
    found = production_settings(
        DATABASE_URL="sqlite:////tmp/hcc-prod-test.sqlite3",
        MAP_TILE_URL="https://{s}.tiles.hanoi.gov.vn/{z}/{x}/{y}.png",
    )
    assert "https://*.tiles.hanoi.gov.vn" in found["img_src"]
    assert "https://tile.openstreetmap.org" not in found["img_src"]


def test_every_distributed_part_from_the_environment():
    found = production_settings(
        DATABASE_URL="postgres://hcc:secret@db-primary:5432/hcc",
        DATABASE_REPLICA_URL="postgres://hcc:secret@db-replica:5432/hcc",
        REDIS_URL="redis://cache:6379/1",
        FRONTEND_CACHE_BACKEND="http",
        FRONTEND_CACHE_LOCATION="http://varnish:6081",
        FRONTEND_CACHE_HOSTNAMES="vanhoa.hanoi.gov.vn",
        EMAIL_HOST="smtp.hanoi.gov.vn",
        EMAIL_PORT="587",
        EMAIL_USE_TLS="true",
        DEFAULT_FROM_EMAIL="khong-tra-loi@vanhoa.hanoi.gov.vn",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="true",
        SECURE_HSTS_PRELOAD="true",
    )
    assert found["databases"] == {
        "default": "hanoi.db.postgresql",
        "replica": "hanoi.db.postgresql",
    }
    assert found["routers"] == ["hanoi.db_router.PrimaryReplicaRouter"]
    assert found["cache"] == "ops.cache.ResilientRedisCache"
    assert found["cache_location"] == "redis://cache:6379/1"
    assert found["sessions"] == "django.contrib.sessions.backends.cached_db"
    assert found["frontend"]["default"] == {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": "http://varnish:6081",
        "HOSTNAMES": ["vanhoa.hanoi.gov.vn"],
    }
    assert found["email"] == ["smtp.hanoi.gov.vn", 587, True]
    assert found["from"] == "khong-tra-loi@vanhoa.hanoi.gov.vn"
    assert found["hsts_options"] == [True, True]
    # The limiter's counts: Redis, and the database while Redis is down.
    assert found["limits"] == ["ops.cache.ResilientRedisCache", "limits-database"]
    assert found["limits_database"] == "django.core.cache.backends.db.DatabaseCache"


def test_an_unknown_cdn_backend_is_refused():
    result = manage("check", env=production_env(FRONTEND_CACHE_BACKEND="akamai-ish"), check=False)
    assert result.returncode != 0
    assert "FRONTEND_CACHE_BACKEND must be one of http, cloudflare, cloudfront" in result.stderr


def test_sentry_is_optional():
    """sentry-sdk is not a dependency: without it a DSN is refused loudly, not ignored."""
    with_dsn = manage(
        "check", env=production_env(SENTRY_DSN="https://key@sentry.example/1"), check=False
    )
    if importlib.util.find_spec("sentry_sdk") is None:
        assert with_dsn.returncode != 0
        assert "SENTRY_DSN is set but sentry-sdk is not installed" in with_dsn.stderr
    else:  # someone installed the `sentry` extra
        assert with_dsn.returncode == 0, with_dsn.stderr
    assert manage("check", env=production_env()).returncode == 0


def test_deployment_checklist_is_clean_with_every_part_configured():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env=production_env(
            DATABASE_URL="sqlite:////tmp/hcc-prod-test.sqlite3",
            DATABASE_REPLICA_URL="sqlite:////tmp/hcc-prod-test-replica.sqlite3",
            REDIS_URL="redis://127.0.0.1:1/0",
            FRONTEND_CACHE_BACKEND="http",
            FRONTEND_CACHE_LOCATION="http://127.0.0.1:1",
            SECURE_SSL_REDIRECT="true",
        ),
    )
    assert "no issues" in result.stdout


def test_task_queue_in_the_database_for_a_worker(tmp_path):
    env = production_env(
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
        TASKS_BACKEND="database",
        DJANGO_SETTINGS_MODULE="tests.ops.production_plain_static",
    )
    manage("migrate", "--noinput", "-v0", env=env)
    enqueue = (
        "from wagtail.tasks import update_reference_index_task as t;"
        "from wagtail.models import Page;"
        "r = t.enqueue('wagtailcore', 'page', str(Page.objects.first().pk));"
        "print(type(r).__module__, r.status)"
    )
    queued = manage("shell", "-c", enqueue, env=env).stdout.strip().splitlines()[-1]
    assert queued.startswith("django_tasks_db") and queued.endswith("READY")
    manage("db_worker", "--batch", "--no-startup-delay", env=env)
    done = manage(
        "shell",
        "-c",
        "from django_tasks_db.models import DBTaskResult as R; print(R.objects.get().status)",
        env=env,
    )
    assert done.stdout.strip().splitlines()[-1] == "SUCCESSFUL"
