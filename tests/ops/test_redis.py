"""Redis for cache and sessions; with Redis stopped the site still serves (real redis-server)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import override_settings

from tests.ops.conftest import redis_cache


def redis_settings(server):
    return override_settings(
        CACHES={"default": redis_cache(server, "hcc-test")},
        SESSION_ENGINE="django.contrib.sessions.backends.cached_db",
    )


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("bientap", "bt@example.com", "mat-khau-dai")


def test_cache_and_sessions_live_in_redis(redis_server, client, editor):
    import redis

    with redis_settings(redis_server):
        cache.set("greeting", "xin chào", 60)
        assert cache.get("greeting") == "xin chào"
        assert client.login(username="bientap", password="mat-khau-dai")
        keys = [k.decode() for k in redis.Redis.from_url(redis_server.url).keys("*")]
        assert any("greeting" in k for k in keys)
        assert any("django.contrib.sessions.cached_db" in k for k in keys)
        assert client.get("/admin/").status_code == 200


def test_site_serves_with_redis_stopped(redis_server, client, demo, editor):
    with redis_settings(redis_server):
        cache.set("before", 1, 60)
        assert cache.get("before") == 1
        redis_server.stop()

        # Every cache operation answers as a miss instead of raising.
        assert cache.get("before") is None
        assert cache.get("before", "fallback") == "fallback"
        cache.set("after", 2, 60)
        assert cache.add("after", 3) is False
        assert cache.get_many(["a", "b"]) == {}
        assert cache.delete("after") is False
        assert cache.get_or_set("computed", lambda: "fresh") == "fresh"
        with pytest.raises(ValueError):
            cache.incr("counter")

        home = client.get("/vi/")
        assert home.status_code == 200
        assert "Mạng lưới Trung tâm Công nghiệp Văn hóa Hà Nội" in home.content.decode()
        assert client.get("/en/complex-01/").status_code == 200
        # Sessions fall back to the database: an editor can still sign in and work.
        response = client.post("/admin/login/", {"username": "bientap", "password": "mat-khau-dai"})
        assert response.status_code == 302
        assert client.get("/admin/").status_code == 200

        # And Redis is used again as soon as it is back.
        redis_server.start()
        cache.set("back", "again", 60)
        assert cache.get("back") == "again"
