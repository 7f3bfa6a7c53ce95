"""Database down: public pages answer a friendly bilingual 503, /healthz says so (no mock)."""

from tests.ops.conftest import production_env, run_python

SCRIPT = """
import django; django.setup()
from django.test import Client
client = Client(raise_request_exception=False)  # as a real server answers
for url in {urls!r}:
    r = client.get(url, headers={{"accept-language": "en"}})
    print("###", url, r.status_code, r.get("Retry-After"), r.get("Content-Security-Policy", "")[:20])
    print(r.content.decode()[:3000].replace("\\n", " "))
"""

URLS = [
    "/",  # fails inside the 404 page that precedes the language redirect: handler500
    "/vi/",
    "/en/",
    "/vi/complex-01/",
    "/en/complex-01/visit/",
    "/vi/?page=2",
    "/sitemap.xml",
    "/healthz",
]


def run_with_unreachable_database(database_url):
    # Test settings (no collectstatic manifest needed); the middleware is the same.
    env = production_env(DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="hanoi.settings.test")
    result = run_python("-c", SCRIPT.format(urls=URLS), env=env, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    answers = {}
    for block in result.stdout.split("### ")[1:]:
        head, body = block.split("\n", 1)
        url, status, retry_after, policy = head.split(" ", 3)
        answers[url] = (int(status), retry_after, policy, body)
    return answers


def assert_friendly(answers):
    for url in URLS[:-1]:
        status, retry_after, policy, body = answers[url]
        assert status == 503, (url, body[:500])
        assert retry_after == "60"
        assert policy.startswith("default-src 'self'")
        assert "Trang web đang tạm thời gián đoạn" in body
        assert "The site is temporarily unavailable" in body
        assert "Traceback" not in body and "OperationalError" not in body
    status, _, _, body = answers["/healthz"]
    assert status == 503 and '"database": "unavailable"' in body


def test_sqlite_database_that_cannot_be_opened():
    assert_friendly(run_with_unreachable_database("sqlite:////nonexistent-dir/for-sure/db.sqlite3"))


def test_postgresql_server_that_does_not_answer():
    # Nothing listens on port 1: the connection is refused, as when the server is down.
    assert_friendly(run_with_unreachable_database("postgres://nobody@127.0.0.1:1/nothing"))
