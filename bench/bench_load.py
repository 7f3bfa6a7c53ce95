"""Load on the production stack: gunicorn (repo config, production settings) on loopback.

Creates a throwaway database (a new database on the PostgreSQL server of DATABASE_URL, or
a throwaway PostgreSQL cluster started through scripts/with_postgres.sh when the server
binaries are installed, else a temporary SQLite file), fills it with
``manage.py generate_network``, starts a redis-server of Debian's on a free port when one
is installed (else the local-memory cache), and runs gunicorn twice: with the page cache
off ("cold") and on ("cached"). Each page of the mix is driven for SECONDS_PER_PAGE with
keep-alive connections (cold: COLD_CONCURRENCY, one per worker by default, so latency is a
request's own time with every worker busy, not its wait in gunicorn's queue; cached:
CONCURRENCY), by wrk when it is installed (Debian: wrk), else by a Python client, after
WARM_SECONDS_PER_PAGE of unmeasured load on the same page. Prints requests/s, p50/p99
latency, errors, SQL queries per uncached request, and each page's throughput as a ratio
to a static file served by the same gunicorn (this stack's ceiling on this machine). Cold
pages still share the spaces finder's facet counts between requests until a publish (as
in production); the spaces pages are driven once more with them counted on every
request, and reported below the table.

    .venv/bin/python bench/bench_load.py              # small network, about 3 minutes
    .venv/bin/python bench/bench_load.py --full       # 20 centers, 100k occurrences, 20k spaces
    .venv/bin/python bench/bench_load.py --soak 600   # + 10 minutes of mixed load with publishing

``--soak N`` then runs the mixed load for N seconds against the cached gunicorn (workers
not recycled, so that memory growth shows) while a separate Django process publishes
pages every second, and prints each worker's RSS at the start and the end.
"""

import argparse
import gzip
import http.client
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from harness import ROOT, free_port, manage, wait_for_port

sys.path.insert(0, str(ROOT))

SECONDS = float(os.environ.get("SECONDS_PER_PAGE", "3"))
# Unmeasured load on each page just before its measured run, so that every worker has
# served it (lazy imports, connections, first renditions) and the run sees steady state.
WARM_SECONDS = float(os.environ.get("WARM_SECONDS_PER_PAGE", "1"))
CONCURRENCY = int(os.environ.get("CONCURRENCY", "8"))
WORKERS = os.environ.get("WEB_CONCURRENCY", str(max(2, os.cpu_count() or 2)))
COLD_CONCURRENCY = int(os.environ.get("COLD_CONCURRENCY", WORKERS))
SMALL = {"centers": 4, "occurrences": 5_000, "spaces": 1_000}
FULL = {"centers": 20, "occurrences": 100_000, "spaces": 20_000}

PAGES = [  # (label, path); "static" is filled in from the home page's stylesheet link
    ("home", "/vi/"),
    ("home en", "/en/"),
    ("network calendar", "/vi/events/"),
    ("center calendar", "/vi/trung-tam-02/events/"),
    ("month grid", "/vi/events/?view=month"),
    ("event page", "/vi/trung-tam-02/events/su-kien-2/"),
    ("spaces search", "/vi/spaces/?type=studio&period=month&sort=price"),
    ("all spaces", "/vi/spaces/"),
    ("spaces by size", "/vi/spaces/?sort=-area&capacity=20"),
    ("search", "/vi/search/?q=dem+nhac"),
    ("feed.ics", "/vi/trung-tam-02/events/feed.ics"),
    ("API events", "/api/v2/events/"),
    ("API pages", "/api/v2/pages/?type=events.EventPage&limit=20"),
    ("static", None),
]
# p99 target, uncached
LISTINGS = {
    "network calendar",
    "center calendar",
    "month grid",
    "spaces search",
    "all spaces",
    "spaces by size",
}
SPACES = ["spaces search", "all spaces", "spaces by size"]

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

PUBLISHER = """
import random, sys, time
from events.models import EventPage
from network.models import CenterPage
deadline = time.monotonic() + %f
pages = list(EventPage.objects.order_by("pk")[:200]) + list(CenterPage.objects.all())
rng = random.Random(7)
published = 0
while time.monotonic() < deadline:
    page = rng.choice(pages).specific_deferred
    page.refresh_from_db()
    page.title = page.title.split(" ·")[0] + f" · {published}"
    page.save_revision().publish()
    published += 1
    time.sleep(1)
print(published)
"""


def postgres_binaries():
    if shutil.which("initdb"):
        return True
    return any(Path("/usr/lib/postgresql").glob("*/bin/initdb"))


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


class Redis:
    """Debian's redis-server on a free port, or nothing (local-memory cache)."""

    def __init__(self, tmp):
        self.binary = shutil.which("redis-server")
        self.process = None
        self.url = ""
        if self.binary:
            port = free_port()
            self.process = subprocess.Popen(  # noqa: S603
                [self.binary, "--port", str(port), "--bind", "127.0.0.1", "--save", ""]
                + ["--appendonly", "no", "--dir", str(tmp)],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            wait_for_port(port, timeout=20)
            self.url = f"redis://127.0.0.1:{port}/0"

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)


class Gunicorn:
    def __init__(self, env, log_path):
        self.log_path = log_path
        self.log = log_path.open("w")
        self.process = subprocess.Popen(  # noqa: S603 - the venv's gunicorn
            [str(ROOT / ".venv/bin/gunicorn"), "hanoi.wsgi", "-c", "gunicorn.conf.py"],
            cwd=ROOT,
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        wait_for_port(int(env["GUNICORN_BIND"].rsplit(":", 1)[1]))

    def workers(self):
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children")
        return [int(p) for p in children.read_text().split()] if children.exists() else []

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)
        self.log.close()
        return [
            line
            for line in self.log_path.read_text().splitlines()
            if "Traceback" in line or "ERROR" in line
        ]


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


HEADERS = {"Host": "127.0.0.1", "X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path, headers=HEADERS)
    response = connection.getresponse()
    body = response.read()
    connection.close()
    if response.getheader("Content-Encoding") == "gzip":  # pages too, since GZipMiddleware
        body = gzip.decompress(body)
    return response, body


def hammer(port, paths, seconds, concurrency):
    """The Python client: ``concurrency`` keep-alive connections, each picking ``paths``."""
    latencies, errors, statuses = [], [0], {}
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker(seed):
        rng = random.Random(seed)  # noqa: S311
        mine, failed = [], 0
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < deadline:
            path = rng.choice(paths)
            start = time.perf_counter()
            try:
                connection.request("GET", path, headers=HEADERS)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    failed += 1
                    with lock:
                        statuses[(response.status, path)] = (
                            statuses.get((response.status, path), 0) + 1
                        )
            except (OSError, http.client.HTTPException) as error:
                failed += 1
                with lock:
                    statuses[(type(error).__name__, path)] = (
                        statuses.get((type(error).__name__, path), 0) + 1
                    )
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                continue
            mine.append(time.perf_counter() - start)
        connection.close()
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(concurrency)]
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
        "statuses": statuses,
    }


def _ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(port, path, seconds, concurrency):
    args = ["wrk", "-t1", f"-c{concurrency}", f"-d{max(1, round(seconds))}s", "--latency"]
    args += ["--timeout", "30s"]
    for name, value in HEADERS.items():
        args += ["-H", f"{name}: {value}"]
    out = subprocess.run(  # noqa: S603
        [*args, f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True
    ).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M))

    def parse(text):
        number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", text).groups()
        return _ms(number, unit)

    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    )
    return {
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": parse(latency["50"]),
        "p99": parse(latency["99"]),
        "errors": (int(bad.group(1)) if bad else 0)
        + (sum(map(int, socket_errors.groups())) if socket_errors else 0),
    }


def settle(port):
    """Wait until every worker is free: sync workers still owe the requests that were
    queued when the load stopped, which would otherwise slow the next page's run."""
    probes = [
        threading.Thread(target=get, args=(port, "/healthz")) for _ in range(int(WORKERS) * 2)
    ]
    for probe in probes:
        probe.start()
    for probe in probes:
        probe.join()


def drive(port, path, seconds, concurrency):
    if WARM_SECONDS:
        settle(port)
        hammer(port, [path], WARM_SECONDS, concurrency)
    settle(port)
    if shutil.which("wrk"):
        return wrk(port, path, seconds, concurrency)
    return hammer(port, [path], seconds, concurrency)


def measure(env, tmp, label, pages, concurrency):
    server = Gunicorn(env, tmp / f"gunicorn-{label}.log")
    try:
        states = {}
        for name, path in pages:  # warm: templates, renditions, and the cache when it is on
            get(int(env["PORT_NUMBER"]), path)
            response, _ = get(int(env["PORT_NUMBER"]), path)
            states[name] = f"{response.status} {response.getheader('X-Cache', '-')}"
        results = {
            name: drive(int(env["PORT_NUMBER"]), path, SECONDS, concurrency) for name, path in pages
        }
    finally:
        errors = server.stop()
    if errors:
        print("\n".join(errors[:20]))
    for name, state in states.items():
        results[name]["state"] = state
    return results


def soak(env, tmp, pages, seconds):
    env = {**env, "GUNICORN_MAX_REQUESTS": "0"}  # no recycling: growth must show
    server = Gunicorn(env, tmp / "gunicorn-soak.log")
    try:
        for _, path in pages:
            get(int(env["PORT_NUMBER"]), path)
        workers = server.workers()
        before = {pid: rss_mb(pid) for pid in workers}
        publisher = subprocess.Popen(  # noqa: S603
            [sys.executable, "manage.py", "shell", "-c", PUBLISHER % seconds],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        samples = []  # (seconds, {pid: RSS}) every minute: a leak climbs, a warm-up levels
        stop = threading.Event()

        def sample():
            began = time.monotonic()
            while not stop.wait(min(60.0, max(seconds / 10, 1.0))):
                alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()]
                samples.append((time.monotonic() - began, {pid: rss_mb(pid) for pid in alive}))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        result = hammer(
            int(env["PORT_NUMBER"]), [p for n, p in pages if n != "static"], seconds, CONCURRENCY
        )
        stop.set()
        sampler.join()
        out, err = publisher.communicate(timeout=120)
        published = int(out.strip().splitlines()[-1]) if out.strip() else f"failed: {err[-500:]}"
        after = {pid: rss_mb(pid) for pid in workers if Path(f"/proc/{pid}").exists()}
    finally:
        errors = server.stop()
    print(f"\nSoak: {seconds:.0f} s of mixed load ({CONCURRENCY} connections) while publishing")
    print(
        f"requests {result['requests']}, {result['rps']:.0f} req/s, p50 {result['p50']:.1f} ms, "
        f"p99 {result['p99']:.1f} ms, errors {result['errors']}, pages published {published}"
    )
    for (status, path), count in sorted(result["statuses"].items(), key=str):
        print(f"  error {status} x{count}: {path}")
    print(f"{'worker':>8} {'RSS start MB':>13} {'RSS end MB':>11} {'growth':>7}")
    for pid in workers:
        end = after.get(pid)
        growth = f"{end - before[pid]:+.1f}" if end is not None else "gone"
        print(f"{pid:>8} {before[pid]:>13.1f} {end or 0:>11.1f} {growth:>7}")
    print("RSS (MB) of each worker during the soak:")
    for elapsed, rss in samples:
        print(f"  {elapsed:>5.0f} s: " + ", ".join(f"{rss[pid]:.1f}" for pid in rss))
    if errors:
        print("\n".join(errors[:20]))
    return result["errors"] + (0 if isinstance(published, int) else 1)


def stack_env(tmp, database, redis, port, **extra):
    """The production settings' environment for a throwaway stack in ``tmp``."""
    env = {
        **{
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("DATABASE_", "REDIS_", "PAGE_CACHE"))
        },
        "DJANGO_SETTINGS_MODULE": "hanoi.settings.production",
        "SECRET_KEY": "bench-only-" + uuid.uuid4().hex * 2,
        "DATABASE_URL": database.url,
        "DATABASE_CONN_MAX_AGE": "600",
        "REDIS_URL": redis.url,
        "STATIC_ROOT": str(tmp / "static"),
        "MEDIA_ROOT": str(tmp / "media"),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_ACCESS_LOG": "",
        "GUNICORN_LOG_LEVEL": "warning",
        "PAGE_CACHE_STAMP_FILE": str(tmp / "pagecache.stamp"),
        **extra,
    }
    if not redis.url:
        del env["REDIS_URL"]
    return env


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--full", action="store_true", help="20 centers, 100k occurrences, 20k spaces"
    )
    parser.add_argument(
        "--soak", type=float, default=0, help="seconds of mixed load with publishing"
    )
    options = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if (
        not url.startswith("postgres")
        and not os.environ.get("HCC_BENCH_NO_PG")
        and postgres_binaries()
    ):
        # A throwaway PostgreSQL cluster for this run (removed afterwards).
        os.environ["HCC_BENCH_NO_PG"] = "1"
        script = str(ROOT / "scripts/with_postgres.sh")
        os.execv(script, [script, sys.executable, __file__, *sys.argv[1:]])  # noqa: S606

    sizes = FULL if options.full else SMALL
    started = time.monotonic()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="hcc-bench-") as tmp_name:
        tmp = Path(tmp_name)
        database = ThrowawayDatabase(tmp)
        redis = Redis(tmp)
        port = free_port()
        env = stack_env(tmp, database, redis, port, WEB_CONCURRENCY=WORKERS)
        try:
            manage(["migrate", "--noinput", "-v0"], env)
            manage(["collectstatic", "--noinput", "-v0"], env)
            generated = time.monotonic()
            manage(
                ["generate_network", *[f"--{k}={v}" for k, v in sizes.items()]],
                {**env, "PAGE_CACHE": "off"},
            )
            generated = time.monotonic() - generated
            cold_env = {**env, "PAGE_CACHE": "off", "PORT_NUMBER": str(port)}
            paths = [path for _, path in PAGES if path]
            counts = json.loads(
                manage(["shell", "-c", QUERIES % (paths,)], cold_env)
                .stdout.strip()
                .splitlines()[-1]
            )
            server = Gunicorn(cold_env, tmp / "gunicorn-probe.log")
            try:
                response, body = get(port, "/vi/")
                stylesheet = re.search(r'href="(/static/[^"]+\.css)"', body.decode()).group(1)
            finally:
                server.stop()
            pages = [(label, path or stylesheet) for label, path in PAGES]
            # Cold: one connection per worker, so p99 is the time a request takes with every
            # worker busy, not the time it waits behind others in gunicorn's queue.
            cold = measure(cold_env, tmp, "cold", pages, COLD_CONCURRENCY)
            # The spaces pages again, counting their facets on every request: cold above
            # shares them between requests until a publish (SPACES_FACET_CACHE_TIMEOUT).
            uncounted = measure(
                {**cold_env, "SPACES_FACET_CACHE_TIMEOUT": "0"},
                tmp,
                "cold-facets",
                [(label, path) for label, path in pages if label in SPACES],
                COLD_CONCURRENCY,
            )
            cached_env = {**env, "PAGE_CACHE": "on", "PORT_NUMBER": str(port)}
            cached = measure(cached_env, tmp, "cached", pages, CONCURRENCY)
            if options.soak:
                failures += soak(cached_env, tmp, pages, options.soak)
        finally:
            redis.stop()
            database.drop()

    client = "wrk" if shutil.which("wrk") else "Python client"
    print(
        f"Load on gunicorn ({WORKERS} workers, production settings, {database.engine}, "
        f"{'Redis' if redis.url else 'local-memory cache'}), {client}, "
        f"{SECONDS:.0f} s per page, loopback; {COLD_CONCURRENCY} connections cold (one per "
        f"worker), {CONCURRENCY} cached"
    )
    print(
        f"Network: {sizes['centers']} centers, {sizes['occurrences']:,} occurrences, "
        f"{sizes['spaces']:,} spaces (generated in {generated:.0f} s)"
    )
    header = f"{'req/s':>7} {'p50':>6} {'p99':>6} {'err':>4} {'vs static':>9} {'X-Cache':>8}"
    print(f"{'':<17} {'':>7} | {'cold (page cache off)':^46} | {'cached':^46}")
    print(f"{'page':<17} {'queries':>7} | {header} | {header}")
    for label, path in pages:
        queries = counts.get(path, ["", "-"])[1]
        row = f"{label:<17} {queries!s:>7}"
        for results in (cold, cached):
            r = results[label]
            ceiling = results["static"]["rps"] or 1
            row += (
                f" | {r['rps']:>7.0f} {r['p50']:>6.1f} {r['p99']:>6.1f} {r['errors']:>4} "
                f"{r['rps'] / ceiling:>9.0%} {r['state']:>8}"
            )
        print(row)
    print("(latencies in ms; queries: SQL queries of one uncached request)")
    print(
        "cold, facets counted on every request (SPACES_FACET_CACHE_TIMEOUT=0): "
        + "; ".join(
            f"{label} p50 {uncounted[label]['p50']:.1f} p99 {uncounted[label]['p99']:.1f}"
            for label in SPACES
        )
    )
    cacheable = [label for label in cold if label not in ("static", "search")]
    slow = [label for label in LISTINGS if cold[label]["p99"] >= 150]
    low = [
        label for label in cacheable if cached[label]["rps"] < 0.5 * (cached["static"]["rps"] or 1)
    ]
    print(
        "targets: uncached listings p99 < 150 ms: "
        + ("met" if not slow else f"missed by {', '.join(slow)}")
        + "; cached pages >= 50% of static: "
        + ("met" if not low else f"missed by {', '.join(low)}")
    )
    print(f"total {time.monotonic() - started:.0f} s")
    failures += sum(r["errors"] for results in (cold, uncounted, cached) for r in results.values())
    if failures:
        sys.exit("errors under load")


if __name__ == "__main__":
    main()
