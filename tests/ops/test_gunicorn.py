"""The production stack as deployed: gunicorn with the repo's config, production settings on
SQLite, static files from whitenoise with hashed names and far-future cache headers.

The workers here are recycled every 10 requests or so (``GUNICORN_MAX_REQUESTS``), as a
busy site recycles them every 2,000: the config's hooks (warm-up before forking, quick
exit) are exercised by every test of the module."""

import gzip
import re
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.ops.conftest import ROOT, free_port, manage, production_env, wait_for_port

SETUP = """
from tests.factories import NetworkHomePageFactory, make_site
home = NetworkHomePageFactory(slug="trang-chu", title="Mạng lưới trên gunicorn")
make_site(home)
"""


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def fetch(url, **headers):
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, headers={"Host": "127.0.0.1", **headers})  # noqa: S310
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def gunicorn(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gunicorn")
    port = free_port()
    env = production_env(
        DATABASE_URL=f"sqlite:///{tmp / 'site.sqlite3'}",
        STATIC_ROOT=str(tmp / "static"),
        MEDIA_ROOT=str(tmp / "media"),
        SECURE_SSL_REDIRECT="true",
        WEB_CONCURRENCY="2",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_MAX_REQUESTS="10",
    )
    manage("migrate", "--noinput", "-v0", env=env)
    manage("collectstatic", "--noinput", "-v0", env=env)
    manage("shell", "-c", SETUP, env={**env, "DJANGO_SETTINGS_MODULE": "hanoi.settings.dev"})
    log = tmp / "gunicorn.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [str(ROOT / ".venv/bin/gunicorn"), "hanoi.wsgi", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for_port(port, process, timeout=60)
        yield f"http://127.0.0.1:{port}", log
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_healthz(gunicorn):
    base, _ = gunicorn
    status, headers, body = fetch(f"{base}/healthz")
    assert status == 200
    assert body == b'{"status": "ok", "database": "ok"}'


def test_plain_http_is_sent_to_https_and_https_gets_hsts(gunicorn):
    base, _ = gunicorn
    status, headers, _ = fetch(f"{base}/vi/")
    assert status == 301 and headers["Location"] == "https://127.0.0.1/vi/"
    status, headers, body = fetch(f"{base}/vi/", **{"X-Forwarded-Proto": "https"})
    assert status == 200
    assert "Mạng lưới trên gunicorn" in body.decode()
    # includeSubDomains and preload are opt-in (SECURE_HSTS_*).
    assert headers["Strict-Transport-Security"] == "max-age=31536000"
    assert "script-src 'self'" in headers["Content-Security-Policy"]


def test_static_files_have_hashed_names_and_far_future_headers(gunicorn):
    base, _ = gunicorn
    _, _, body = fetch(f"{base}/vi/", **{"X-Forwarded-Proto": "https"})
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', body.decode())
    assert stylesheet, "the page links the hashed stylesheet"
    status, headers, css = fetch(
        f"{base}{stylesheet.group(1)}",
        **{"Accept-Encoding": "gzip", "X-Forwarded-Proto": "https"},
    )
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert "max-age=315360000" in headers["Cache-Control"]
    assert "immutable" in headers["Cache-Control"]
    unhashed = Path(ROOT / "cms/static/css/site.css").read_bytes()
    assert gzip.decompress(css) == unhashed


def test_requests_are_in_the_access_log(gunicorn):
    base, log = gunicorn
    fetch(f"{base}/robots.txt", **{"X-Forwarded-Proto": "https"})
    line = re.compile(r'"GET /robots.txt HTTP/1.1" 200 \d+ \d+ms')
    for _ in range(50):  # the worker writes the line just after answering
        if line.search(log.read_text()):
            break
        time.sleep(0.1)
    assert line.search(log.read_text()), log.read_text()[-2000:]


def test_recycled_workers_are_replaced_and_no_request_is_lost(gunicorn):
    base, log = gunicorn
    statuses = [fetch(f"{base}/vi/", **{"X-Forwarded-Proto": "https"})[0] for _ in range(40)]
    assert statuses == [200] * 40
    for _ in range(50):  # the arbiter logs the last replacement just after it
        text = log.read_text()
        if text.count("Booting worker with pid") >= 5:
            break
        time.sleep(0.1)
    assert text.count("Autorestarting worker after current request") >= 3, text[-3000:]
    assert text.count("Booting worker with pid") >= 5
    # A recycled worker leaves through the config's worker_exit (os._exit) with status 0:
    # the arbiter logs any other status, and any failure of the hook.
    assert "exited with code" not in text
    assert "Exception during worker exit" not in text
    # The arbiter warmed the app up once, before forking the first worker.
    warmed = re.findall(r"warm-up: (\d+) templates compiled before forking workers", text)
    assert len(warmed) == 1 and int(warmed[0]) > 10
