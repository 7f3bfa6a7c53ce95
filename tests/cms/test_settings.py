"""Settings chosen by the environment; production refuses to start unsafe."""

import os

from tests.ops.conftest import manage as ops_manage


def manage(*args, **env):
    # The browser tests allow sync ORM calls beside Playwright's event loop in this process;
    # a production check must not inherit that (check --deploy warns about it).
    dropped = {"SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    environment = {k: v for k, v in os.environ.items() if k not in dropped}
    environment.update(env)
    return ops_manage(*args, env=environment, timeout=120, check=False)


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_SETTINGS_MODULE="hanoi.settings.production")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_passes_the_deployment_checklist():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="hanoi.settings.production",
        SECRET_KEY="a-long-random-production-secret-" + "x9Q" * 20,
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_database_url_chooses_the_database():
    script = "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'])"
    base = {"DJANGO_SETTINGS_MODULE": "hanoi.settings.dev"}
    sqlite = manage("shell", "-c", script, **base)
    postgres = manage(
        "shell", "-c", script, DATABASE_URL="postgres://u:p@db.example:5432/hcc", **base
    )
    assert sqlite.stdout.strip().endswith("sqlite3")
    assert postgres.stdout.strip().endswith("postgresql")
