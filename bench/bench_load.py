"""Load on the production stack: gunicorn (repo config, production settings) on loopback.

Creates a throwaway database (a temporary SQLite file, or a new database on the server of
DATABASE_URL when that is PostgreSQL, dropped afterwards), a small network (home, one
center, one free page), runs gunicorn on a free loopback port, and drives each page with
a bounded Python load generator (CONCURRENCY keep-alive connections for SECONDS each).
Prints requests/s, p50/p99 latency, errors, SQL queries per request, and each page's
throughput as a ratio to a static file served by the same gunicorn (this stack's ceiling
on this machine). Events, spaces and search pages join the PAGES list once they exist.

    .venv/bin/python bench/bench_load.py            # about 80 s
    SECONDS_PER_PAGE=3 CONCURRENCY=4 .venv/bin/python bench/bench_load.py
"""

import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SECONDS = float(os.environ.get("SECONDS_PER_PAGE", "6"))
CONCURRENCY = int(os.environ.get("CONCURRENCY", "8"))
WORKERS = os.environ.get("WEB_CONCURRENCY", str(max(2, os.cpu_count() or 2)))

PAGES = [  # (label, path); "static" is filled in from the home page's stylesheet link
    ("home", "/vi/"),
    ("center", "/vi/trung-tam-thu/"),
    ("free page", "/vi/trung-tam-thu/tham-quan/"),
    ("healthz", "/healthz"),
    ("static", None),
]

SETUP = """
from tests.factories import (
    CenterPageFactory, NetworkHomePageFactory, StandardPageFactory, make_site,
)
home = NetworkHomePageFactory(slug="trang-chu", title="Mạng lưới (đo tải)")
make_site(home)
center = CenterPageFactory(parent=home, title="Trung tâm thử", slug="trung-tam-thu")
StandardPageFactory(parent=center, title="Tham quan", slug="tham-quan")
"""

QUERIES = """
import json
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client(headers={"x-forwarded-proto": "https"}, HTTP_HOST="127.0.0.1")
counts = {}
for path in %r:
    client.get(path)  # warm
    with CaptureQueriesContext(connection) as queries:
        status = client.get(path).status_code
    counts[path] = [status, len(queries)]
print(json.dumps(counts))
"""


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run(args, env, **kwargs):
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        **kwargs,
    )


class ThrowawayDatabase:
    def __init__(self, tmp):
        self.url = os.environ.get("DATABASE_URL", "")
        self.created = None
        if self.url.startswith(("postgres://", "postgresql://")):
            import dj_database_url
            import psycopg

            server = dj_database_url.parse(self.url)
            self.created = f"hcc_bench_{uuid.uuid4().hex[:8]}"
            self.admin = psycopg.connect(self.url, autocommit=True)
            self.admin.execute(f'CREATE DATABASE "{self.created}"')
            self.url = self.url.rsplit("/", 1)[0] + "/" + self.created
            self.engine = f"PostgreSQL on {server['HOST']}:{server['PORT']}"
        else:
            self.url = f"sqlite:///{tmp / 'bench.sqlite3'}"
            self.engine = "SQLite"

    def drop(self):
        if self.created:
            self.admin.execute(f'DROP DATABASE IF EXISTS "{self.created}" WITH (FORCE)')
            self.admin.close()


def hammer(port, path, seconds, concurrency):
    latencies, errors = [], [0]
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    headers = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}

    def worker():
        mine, failed = [], 0
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline:
            start = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    failed += 1
            except (OSError, http.client.HTTPException):
                failed += 1
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            mine.append(time.perf_counter() - start)
        connection.close()
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - began
    latencies.sort()
    quantile = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0] * 99
    return {
        "requests": len(latencies),
        "rps": len(latencies) / elapsed,
        "p50": quantile[49] * 1000,
        "p99": quantile[98] * 1000,
        "errors": errors[0],
    }


def main():
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="hcc-bench-") as tmp_name:
        tmp = Path(tmp_name)
        database = ThrowawayDatabase(tmp)
        port = free_port()
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("DATABASE_")},
            "DJANGO_SETTINGS_MODULE": "cms.settings.production",
            "SECRET_KEY": "bench-only-" + uuid.uuid4().hex * 2,
            "DATABASE_URL": database.url,
            "STATIC_ROOT": str(tmp / "static"),
            "MEDIA_ROOT": str(tmp / "media"),
            "ALLOWED_HOSTS": "127.0.0.1",
            "WEB_CONCURRENCY": WORKERS,
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_ACCESS_LOG": "",
            "GUNICORN_LOG_LEVEL": "warning",
        }
        gunicorn = None
        try:
            run(["migrate", "--noinput", "-v0"], env)
            run(["collectstatic", "--noinput", "-v0"], env)
            run(["shell", "-c", SETUP], {**env, "DJANGO_SETTINGS_MODULE": "cms.settings.dev"})
            paths = [path for _, path in PAGES if path]
            counts = json.loads(
                run(["shell", "-c", QUERIES % (paths,)], env).stdout.strip().splitlines()[-1]
            )
            log = (tmp / "gunicorn.log").open("w")
            gunicorn = subprocess.Popen(  # noqa: S603 - the venv's gunicorn
                [str(ROOT / ".venv/bin/gunicorn"), "cms.wsgi", "-c", "gunicorn.conf.py"],
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            for _ in range(300):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.1)
            home = http.client.HTTPConnection("127.0.0.1", port)
            home.request("GET", "/vi/", headers={"Host": "127.0.0.1", "X-Forwarded-Proto": "https"})
            stylesheet = re.search(
                r'href="(/static/[^"]+\.css)"', home.getresponse().read().decode()
            )
            pages = [(label, path or stylesheet.group(1)) for label, path in PAGES]
            results = {label: hammer(port, path, SECONDS, CONCURRENCY) for label, path in pages}
        finally:
            if gunicorn is not None:
                gunicorn.terminate()
                gunicorn.wait(timeout=30)
                log.close()
                errors = [
                    line
                    for line in (tmp / "gunicorn.log").read_text().splitlines()
                    if "Traceback" in line or "ERROR" in line
                ]
                print("\n".join(errors[:20]))
            database.drop()

    ceiling = results["static"]["rps"] or 1
    print(
        f"Load on gunicorn ({WORKERS} workers, production settings, {database.engine}), "
        f"{CONCURRENCY} connections x {SECONDS:.0f} s per page, loopback"
    )
    print(
        f"{'page':<10} {'path':<32} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
        f"{'errors':>6} {'queries':>7} {'vs static':>9}"
    )
    for label, path in pages:
        r = results[label]
        queries = counts.get(path, ["", "-"])[1]
        print(
            f"{label:<10} {path[:32]:<32} {r['rps']:>8.0f} {r['p50']:>8.1f} {r['p99']:>8.1f} "
            f"{r['errors']:>6} {queries!s:>7} {r['rps'] / ceiling:>9.0%}"
        )
    print(f"total {time.monotonic() - started:.0f} s")
    if any(r["errors"] for r in results.values()):
        sys.exit("errors under load")


if __name__ == "__main__":
    main()
