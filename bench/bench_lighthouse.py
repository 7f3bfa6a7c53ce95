"""Lighthouse (npm lighthouse 12, mobile profile) on every public page type, in both languages.

Builds a throwaway SQLite database with the demo network, serves it with gunicorn on the
production settings (static files hashed and compressed by WhiteNoise) on a free
loopback port, and runs ``node_modules/.bin/lighthouse`` with Debian's chromium on the
network home, a center home, the network calendar, an event page, the spaces search,
the search page with a query, the residents directory, a resident, the open calls, an
open call with its form, a festival and the open-data page, in Vietnamese and English.
Prints the four scores per page and the targets of the issue (performance >= 95,
accessibility 100, best practices >= 95, SEO 100); exits 1 when a page misses one.
Lighthouse's own timing varies with the load on the machine (simulated throttling), so
run it on a quiet machine.

    make bench          # with the other benchmarks
    .venv/bin/python bench/bench_lighthouse.py                  # about 15 minutes
    PAGES=home,event LANGUAGES=vi .venv/bin/python bench/bench_lighthouse.py  # a subset
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

from harness import ROOT, free_port, manage, wait_for_port

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROME = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 100}

# The URLs are found in the loaded demo (the event's slug is the demo's own).
FIND_PAGES = """
import json
from wagtail.models import Locale
from events.models import EventPage
from festivals.models import FestivalPage
from network.models import CenterPage
from opencalls.pages import OpenCallPage
from residents.models import ResidentPage
searches = {"vi": "dem+nhac", "en": "exhibition"}
pages = {}
for code in ("vi", "en"):
    locale = Locale.objects.get(language_code=code)
    center = CenterPage.objects.live().get(locale=locale, slug="complex-01")
    event = EventPage.objects.live().filter(locale=locale).descendant_of(center).first()
    first = lambda model: model.objects.live().filter(locale=locale).order_by("path").first()
    pages[code] = {
        "home": f"/{code}/",
        "center": center.url,
        "calendar": f"/{code}/events/",
        "event": event.url,
        "spaces": f"/{code}/spaces/?type=studio",
        "search": f"/{code}/search/?q={searches[code]}",
        "residents": f"/{code}/residents/",
        "resident": first(ResidentPage).url,
        "calls": f"/{code}/calls/",
        "call": first(OpenCallPage).url,
        "festival": first(FestivalPage).url,
        "opendata": f"/{code}/open-data/",
    }
print(json.dumps(pages))
"""


def lighthouse(url, output):
    """Scores, timings and failing audits of one run; one retry when Chromium gives up."""
    for attempt in (1, 2):
        completed = subprocess.run(  # noqa: S603 - the pinned npm lighthouse
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                "--output=json",
                f"--output-path={output}",
                "--form-factor=mobile",
                "--only-categories=" + ",".join(CATEGORIES),
                f"--chrome-path={CHROME}",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage",
            ],
            check=False,
            capture_output=True,
            text=True,
            timeout=240,
        )
        if completed.returncode == 0:
            break
        print(f"lighthouse failed on {url} (attempt {attempt}): {completed.stderr[-500:]}")
    else:
        return None
    report = json.loads(Path(output).read_text())
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    failing = [
        audit["id"]
        for audit in report["audits"].values()
        if audit.get("score") is not None
        and audit["score"] < 1
        and audit.get("scoreDisplayMode") in ("binary", "metricSavings")
    ]
    metrics = report["audits"]
    timing = {
        "LCP": metrics["largest-contentful-paint"]["numericValue"],
        "TBT": metrics["total-blocking-time"]["numericValue"],
        "CLS": metrics["cumulative-layout-shift"]["numericValue"],
    }
    return scores, timing, failing


def main():
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE} is missing: run `make node_modules`.")
    started = time.monotonic()
    wanted = [name for name in os.environ.get("PAGES", "").split(",") if name]
    languages = [code for code in os.environ.get("LANGUAGES", "vi,en").split(",") if code]
    with tempfile.TemporaryDirectory(prefix="hcc-lighthouse-") as tmp_name:
        tmp = Path(tmp_name)
        port = free_port()
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("DATABASE_")},
            "DJANGO_SETTINGS_MODULE": "hanoi.settings.production",
            "SECRET_KEY": "bench-only-" + uuid.uuid4().hex * 2,
            "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
            "STATIC_ROOT": str(tmp / "static"),
            "MEDIA_ROOT": str(tmp / "media"),
            "ALLOWED_HOSTS": "localhost,127.0.0.1",
            # No tile server is reachable from here: the map shows its markers and list.
            "MAP_TILE_URL": "",
            # Plain HTTP on loopback: no redirect to https, no HSTS.
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_HSTS_SECONDS": "0",
            "WEB_CONCURRENCY": "2",
            "GUNICORN_BIND": f"127.0.0.1:{port}",
            "GUNICORN_ACCESS_LOG": "",
            "GUNICORN_LOG_LEVEL": "warning",
        }
        demo_env = {**env, "DEMO_DATA_ALLOWED": "1"}
        manage(["migrate", "--noinput", "-v0"], env)
        manage(["collectstatic", "--noinput", "-v0"], env)
        manage(["load_demo"], demo_env)
        found = json.loads(manage(["shell", "-c", FIND_PAGES], env).stdout.strip().splitlines()[-1])
        pages = {
            f"{code}:{name}": path
            for code in languages
            for name, path in found[code].items()
            if not wanted or name in wanted
        }
        prepared = time.monotonic() - started
        log = (tmp / "gunicorn.log").open("w")
        server = subprocess.Popen(  # noqa: S603 - the venv's gunicorn
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "lighthouse_wsgi:application",
                "--pythonpath",
                f"{ROOT},{ROOT / 'bench'}",
                "-c",
                "gunicorn.conf.py",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        results = {}
        try:
            wait_for_port(port)
            for name, path in pages.items():
                url = f"http://localhost:{port}{path}"
                # A first plain request makes the image renditions, as an earlier visitor would.
                urllib.request.urlopen(url, timeout=60).read()  # noqa: S310 - our own server
                results[name] = (path, lighthouse(url, tmp / f"{name}.json"))
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()

    print(f"\nLighthouse {lighthouse_version()}, mobile profile, chromium {CHROME}")
    print(f"(demo loaded in {prepared:.0f} s; total {time.monotonic() - started:.0f} s)\n")
    header = f"{'page':<13} {'path':<52} {'perf':>5} {'a11y':>5} {'b.p.':>5} {'SEO':>5}"
    print(header + f" {'LCP ms':>7} {'TBT ms':>7} {'CLS':>6}")
    print("-" * (len(header) + 23))
    missed = []
    for name, (path, outcome) in results.items():
        if outcome is None:
            print(f"{name:<13} {path[:52]:<52} lighthouse failed twice (see above)")
            missed.append(f"{name}: not measured")
            continue
        scores, timing, failing = outcome
        row = " ".join(f"{scores[category]:>5}" for category in CATEGORIES)
        print(
            f"{name:<13} {path[:52]:<52} {row} {timing['LCP']:>7.0f} {timing['TBT']:>7.0f}"
            f" {timing['CLS']:>6.3f}"
        )
        below = [c for c in CATEGORIES if scores[c] < TARGETS[c]]
        if below:
            missed.append(
                f"{name}: below target in {', '.join(below)}; failing audits: " + ", ".join(failing)
            )
    print("\ntargets: performance >= 95, accessibility 100, best practices >= 95, SEO 100")
    for line in missed:
        print("  " + line)
    return 1 if missed else 0


def lighthouse_version():
    return subprocess.run(  # noqa: S603
        [str(LIGHTHOUSE), "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()


if __name__ == "__main__":
    sys.exit(main())
