"""Admin login is rate-limited per address and username, through the real /admin/login/."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache

LOGIN = "/admin/login/"


@pytest.fixture
def editor(db):
    cache.clear()
    yield get_user_model().objects.create_superuser("bientap", "bt@example.com", "dung-mat-khau")
    cache.clear()


def attempt(client, password, username="bientap", address="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_ten_failures_lock_the_pair_even_for_the_right_password(client, editor, settings):
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        assert attempt(client, "sai").status_code == 200  # the form again, with its error
    assert attempt(client, "sai").status_code == 200  # the tenth failure locks
    locked = attempt(client, "dung-mat-khau")
    assert locked.status_code == 429
    assert locked["Retry-After"] == str(15 * 60)
    body = locked.content.decode()
    assert "Đăng nhập sai quá nhiều lần" in body
    assert "15 phút" in body
    assert "_auth_user_id" not in client.session


def test_lock_is_per_address_and_username(client, editor, settings):
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        attempt(client, "sai")
    assert attempt(client, "dung-mat-khau").status_code == 429
    # Another address, or another username from the same address, is not locked.
    assert attempt(client, "dung-mat-khau", address="198.51.100.2").status_code == 302
    assert attempt(client, "sai", username="khac").status_code == 200


def test_english_interface_gets_the_message_in_english(client, editor, settings):
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        attempt(client, "sai")
    client.cookies["django_language"] = "en"
    locked = client.post(
        LOGIN,
        {"username": "bientap", "password": "dung-mat-khau"},
        REMOTE_ADDR="203.0.113.7",
        headers={"accept-language": "en"},
    )
    assert locked.status_code == 429
    assert "Too many failed sign-in attempts" in locked.content.decode()


def test_a_success_before_the_limit_clears_the_count(client, editor, settings):
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        attempt(client, "sai")
    assert attempt(client, "dung-mat-khau").status_code == 302
    client.logout()
    for _ in range(settings.LOGIN_FAILURE_LIMIT - 1):
        attempt(client, "sai")
    assert attempt(client, "dung-mat-khau").status_code == 302


def test_behind_a_proxy_the_forwarded_address_counts(client, editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for _ in range(settings.LOGIN_FAILURE_LIMIT):
        client.post(
            LOGIN,
            {"username": "bientap", "password": "sai"},
            REMOTE_ADDR="10.0.0.1",
            headers={"x-forwarded-for": "203.0.113.9"},
        )
    from_the_same_visitor = client.post(
        LOGIN,
        {"username": "bientap", "password": "dung-mat-khau"},
        REMOTE_ADDR="10.0.0.2",
        headers={"x-forwarded-for": "203.0.113.9"},
    )
    assert from_the_same_visitor.status_code == 429
    another_visitor = client.post(
        LOGIN,
        {"username": "bientap", "password": "dung-mat-khau"},
        REMOTE_ADDR="10.0.0.1",
        headers={"x-forwarded-for": "203.0.113.10"},
    )
    assert another_visitor.status_code == 302
