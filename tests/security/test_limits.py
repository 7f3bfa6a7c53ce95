"""Limits count the right people: one client address, one limiter, login and password reset.

Through the real views (inquiries, the admin's sign-in and password reset); a real
redis-server for the Redis-down case.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.test import RequestFactory

from ops.limits import client_address, client_network
from spaces.models import Inquiry

from .conftest import limits_in_redis, post_inquiry

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
RESET = "/admin/password_reset/"
PROXY = "10.0.0.2"  # the reverse proxy in front of gunicorn


@pytest.fixture
def behind_one_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]


def request_from(peer, forwarded=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=peer, **headers)


@pytest.mark.parametrize(
    ("peer", "forwarded", "expected"),
    [
        # Anyone reaching gunicorn directly: the header is theirs to write, so it is ignored.
        ("203.0.113.7", "198.51.100.1", "203.0.113.7"),
        ("203.0.113.7", "10.0.0.2", "203.0.113.7"),
        # Through the proxy: the hop it appended, not what the client sent before it.
        (PROXY, "198.51.100.1", "198.51.100.1"),
        (PROXY, "6.6.6.6, 198.51.100.1", "198.51.100.1"),
        (PROXY, "not-an-address", PROXY),
        (PROXY, None, PROXY),
    ],
)
def test_the_address_is_read_from_the_header_only_from_a_trusted_proxy(
    behind_one_proxy, peer, forwarded, expected
):
    assert client_address(request_from(peer, forwarded)) == expected


def test_two_proxies_and_ipv6_networks(settings):
    settings.TRUSTED_PROXY_COUNT = 2  # a CDN, then the reverse proxy
    settings.TRUSTED_PROXIES = ["::1", "10.0.0.0/24"]
    request = request_from("::1", "6.6.6.6, 2001:db8:1:2::99, 192.0.2.50")
    assert client_address(request) == "2001:db8:1:2::99"
    # One machine holds a whole /64: limits count it as one.
    assert client_network(request) == "2001:db8:1:2::"
    assert client_network(request_from("2001:db8:1:2:aaaa::1")) == "2001:db8:1:2::"


def test_behind_one_proxy_each_visitor_has_their_own_inquiry_limit(
    client, center, behind_one_proxy, settings
):
    settings.INQUIRY_RATE_LIMIT = (2, 3600)
    first = {"address": PROXY, "headers": {"x-forwarded-for": "198.51.100.1"}}
    second = {"address": PROXY, "headers": {"x-forwarded-for": "198.51.100.2"}}
    assert [post_inquiry(client, **first).status_code for _ in range(3)] == [302, 302, 429]
    # Another visitor through the same proxy is not refused because of the first.
    assert post_inquiry(client, **second).status_code == 302
    # The first cannot start afresh by writing another address before the proxy's.
    spoofed = {"address": PROXY, "headers": {"x-forwarded-for": "1.1.1.1, 198.51.100.1"}}
    assert post_inquiry(client, **spoofed).status_code == 429
    assert Inquiry.objects.count() == 3


def test_the_counts_live_in_the_database_that_every_worker_shares(client, center, settings):
    settings.INQUIRY_RATE_LIMIT = (1, 3600)
    assert post_inquiry(client).status_code == 302
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM hcc_limits")
        assert cursor.fetchone()[0] == 1
    # A worker with its own memory (the local-memory cache emptied) still refuses.
    from django.core.cache import caches

    caches["default"].clear()
    assert post_inquiry(client).status_code == 429


def test_with_redis_down_the_limit_still_counts_in_the_database(
    client, center, settings, redis_server
):
    import redis

    settings.INQUIRY_RATE_LIMIT = (2, 3600)
    with limits_in_redis(redis_server):
        assert post_inquiry(client).status_code == 302
        assert redis.Redis.from_url(redis_server.url).keys("*hcc-limits-test*")
        redis_server.stop()
        statuses = [post_inquiry(client).status_code for _ in range(3)]
    # Counting starts again in the database, and refuses past the limit there.
    assert statuses == [302, 302, 429]
    assert Inquiry.objects.count() == 3


# Sign-in ---------------------------------------------------------------------------------


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("bientap", "bt@example.com", "dung-mat-khau")


def attempt(client, password, username="bientap", address="203.0.113.7", **extra):
    data = {"username": username, "password": password}
    return client.post(LOGIN, data, REMOTE_ADDR=address, **extra)


def fail_limit_times(client, settings, **kwargs):
    return [
        attempt(client, "sai", **kwargs).status_code for _ in range(settings.LOGIN_FAILURE_LIMIT)
    ]


def test_failures_lock_the_account_even_for_the_right_password(client, editor, settings):
    statuses = fail_limit_times(client, settings)
    assert statuses == [200] * (settings.LOGIN_FAILURE_LIMIT - 1) + [429]
    locked = attempt(client, "dung-mat-khau")
    assert locked.status_code == 429
    assert locked["Retry-After"] == str(15 * 60)
    body = locked.content.decode()
    assert "Đăng nhập sai quá nhiều lần" in body and "15 phút" in body
    assert "_auth_user_id" not in client.session
    english = attempt(client, "dung-mat-khau", headers={"accept-language": "en"})
    assert "Too many failed sign-in attempts" in english.content.decode()


def test_spraying_one_password_over_many_usernames_is_locked(client, editor, settings):
    for number in range(settings.LOGIN_FAILURE_LIMIT):
        attempt(client, "Matkhau@2026", username=f"nguoi-dung-{number}")
    # That address may try no more accounts, the real one included...
    assert attempt(client, "dung-mat-khau").status_code == 429
    # ...while the account itself, from anywhere else, is not locked.
    assert attempt(client, "dung-mat-khau", address="198.51.100.2").status_code == 302


def test_one_username_from_many_addresses_is_locked(client, editor, settings):
    for number in range(settings.LOGIN_FAILURE_LIMIT):
        attempt(client, "sai", address=f"198.51.100.{number + 1}")
    assert attempt(client, "dung-mat-khau", address="192.0.2.1").status_code == 429
    # Typed in capitals, it is the same account.
    assert (
        attempt(client, "dung-mat-khau", username="BienTap ", address="192.0.2.2").status_code
        == 429
    )


def test_a_forged_forwarded_for_does_not_escape_the_lock(
    client, editor, behind_one_proxy, settings
):
    # gunicorn reached directly, a new X-Forwarded-For and username on every try.
    for number in range(settings.LOGIN_FAILURE_LIMIT):
        attempt(
            client, "sai", username=f"u{number}", headers={"x-forwarded-for": f"192.0.2.{number}"}
        )
    forged = attempt(client, "dung-mat-khau", headers={"x-forwarded-for": "192.0.2.200"})
    assert forged.status_code == 429


def test_a_success_before_the_limit_clears_the_count(client, editor, settings):
    for _ in range(2):
        for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
            attempt(client, "sai")
        assert attempt(client, "dung-mat-khau").status_code == 302
        client.logout()


# Password reset --------------------------------------------------------------------------


def test_password_reset_mails_are_limited_per_address_and_per_email(client, editor, settings):
    settings.PASSWORD_RESET_RATE_LIMIT = (3, 3600)
    settings.PASSWORD_RESET_EMAIL_RATE_LIMIT = (2, 3600)

    def reset(email, address):
        return client.post(RESET, {"email": email}, REMOTE_ADDR=address).status_code

    # One inbox: two links, then no more, whichever address asks.
    assert [reset("bt@example.com", f"198.51.100.{n}") for n in range(1, 4)] == [302, 302, 429]
    assert reset("BT@example.com ", "198.51.100.9") == 429
    assert len(mail.outbox) == 2
    # One address: three requests, whatever inboxes it names.
    statuses = [reset(f"khac{n}@example.com", "203.0.113.7") for n in range(4)]
    assert statuses == [302, 302, 302, 429]
    refused = client.post(RESET, {"email": "x@example.com"}, REMOTE_ADDR="203.0.113.7")
    assert refused["Retry-After"] == "3600"
    assert "Quá nhiều yêu cầu đặt lại mật khẩu" in refused.content.decode()


def test_a_request_without_an_address_can_still_sign_in(client, editor):
    # force_login makes a request without REMOTE_ADDR, as a unix socket gives; PostgreSQL
    # refused the "unknown" address this used to be counted under.
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    assert client_network(RequestFactory().get("/", REMOTE_ADDR="")) is None
