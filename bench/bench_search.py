"""Benchmark the network search at 10,000 and 50,000 indexed pages.

Run with ``make bench`` (SQLite) or ``scripts/with_postgres.sh make bench`` (PostgreSQL);
``DJANGO_SETTINGS_MODULE=hanoi.settings.test``. The data goes into a throwaway test database
(created and destroyed here): five centers made by the real service, then free pages
written straight into the tree (paths computed, one multi-row insert per batch) and
indexed through the search backend in bulk, as ``update_index`` would.

Prints median and p95 time and the number of SQL queries of: a full search as the page
runs it (first page of results, total, facets by center/type/sector), with and without
diacritics, and an autocomplete. Target: p95 under 100 ms at 10,000 pages on PostgreSQL.

``BENCH_EXPLAIN=1`` also prints, for the first search and autocomplete at each size, every
SQL query the search ran with its time and (on PostgreSQL) its ``EXPLAIN ANALYZE`` plan,
to see where the time goes.

``--demo`` measures the search page itself on the demo network (``load_demo``), in one run
on a throwaway database (SQLite, or a new database on the PostgreSQL server of
DATABASE_URL) with production settings and Redis (Debian's redis-server, when installed):

- unique searches (titles of the demo typed as written and without diacritics, and a few
  words; the page cache on, as in production, but each search made once, so each is a
  miss and logged as a new term): SQL queries and server CPU ms of
  the whole request through Django's middleware (gzip included), median, p95 and worst;
  targets 10 queries and 15 ms;
- repeated anonymous searches under load, against a static file in the same gunicorn
  (2 workers, 8 connections, :mod:`bench_load`'s client and server): requests/s of each
  and their ratio, target 0.5.

``BENCH_EXPLAIN=1`` with ``--demo`` lists the SQL of the unique search with the most queries.
"""

import argparse
import os
import random
import statistics
import sys
import time
import uuid

from harness import setup_django, test_database

if "--demo" not in sys.argv:
    setup_django()

    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext
    from wagtail.models import Locale, Page
    from wagtail.search.backends import get_search_backend

SIZES = [int(n) for n in os.environ.get("BENCH_SIZES", "10000,50000").split(",")]
REPEAT = int(os.environ.get("BENCH_REPEAT", "7"))
# Broad queries take seconds each at 50,000 pages on SQLite: fewer runs keep the whole
# benchmark near three minutes.
REPEAT_LARGE = int(os.environ.get("BENCH_REPEAT_LARGE", "3"))
EXPLAIN = os.environ.get("BENCH_EXPLAIN", "") not in ("", "0")
BATCH = 1000
SUBJECTS = [
    "Triển lãm",
    "Đêm nhạc",
    "Hội thảo",
    "Xưởng gốm",
    "Bảo tàng",
    "Chợ phiên",
    "Chiếu phim",
    "Lớp vẽ",
    "Không gian",
    "Tọa đàm",
    "Biểu diễn",
    "Workshop",
]
THEMES = [
    "Hà Nội",
    "phố cổ",
    "mùa thu",
    "nghệ thuật đương đại",
    "thủ công",
    "thiết kế trẻ",
    "âm nhạc dân gian",
    "nhiếp ảnh",
    "ca trù",
    "sân khấu",
    "điện ảnh độc lập",
    "gốm Bát Tràng",
]
# Body text: real words, so the index holds what pages hold (not single letters).
BODY = (
    "sáng tạo trung tâm nghệ sĩ công chúng cuối tuần miễn phí đăng ký giới thiệu tác phẩm "
    "mới cộng đồng trải nghiệm học hỏi chia sẻ câu chuyện văn hóa di sản đô thị"
)
WORDS = BODY.split()
QUERIES = [
    ("search", "dem nhac"),
    ("search", "Đêm nhạc"),
    ("search", "bao tang ha noi"),
    ("search", "Bảo tàng Hà Nội"),
    ("search", "trien lam nghe thuat duong dai"),
    ("search", "gom bat trang"),
    ("search", "khong co gi"),
    ("autocomplete", "dem nh"),
    ("autocomplete", "Bảo tà"),
]


def make_centers(home):
    from network.centers import create_center

    centers = []
    for number in range(5):
        centers.append(
            create_center(
                home,
                title=f"Trung tâm Công nghiệp Văn hóa số {number + 1}",
                slug=f"trung-tam-{number + 1}",
                introduction="Trung tâm sáng tạo của mạng lưới.",
                address=f"{number + 1} phố Tràng Tiền, Hoàn Kiếm, Hà Nội",
                district="Hoàn Kiếm",
                latitude="21.0285",
                longitude="105.8542",
            )
        )
    return centers


def add_pages(centers, start, count, rng):
    """Write ``count`` live StandardPages under the centers, then index them in bulk."""
    from network.models import StandardPage

    vi = Locale.objects.get(language_code="vi")
    content_type = ContentType.objects.get_for_model(StandardPage)
    backend = get_search_backend()
    fields = list(StandardPage._meta.local_concrete_fields)
    for offset in range(start, start + count, BATCH):
        bases, rows = [], []
        for number in range(offset, min(offset + BATCH, start + count)):
            center = centers[number % len(centers)]
            step = number // len(centers) + 100  # after the center's own children
            title = f"{rng.choice(SUBJECTS)} {rng.choice(THEMES)} {number}"
            slug = f"trang-{number}"
            bases.append(
                Page(
                    title=title,
                    draft_title=title,
                    slug=slug,
                    content_type=content_type,
                    path=Page._get_path(center.path, center.depth + 1, step),
                    depth=center.depth + 1,
                    numchild=0,
                    url_path=f"{center.url_path}{slug}/",
                    live=True,
                    locale=vi,
                    translation_key=uuid.uuid4(),
                )
            )
        with transaction.atomic():
            Page.objects.bulk_create(bases)
            for base in bases:
                intro = " ".join(rng.choice(WORDS) for _ in range(14)).capitalize() + "."
                row = StandardPage(page_ptr=base, introduction=intro, body=[])
                row.__dict__.update(base.__dict__)
                row.introduction = intro
                rows.append(row)
            StandardPage._base_manager._insert(rows, fields=fields)
        backend.add_bulk(StandardPage, rows)
    for center in centers:
        Page.objects.filter(pk=center.pk).update(numchild=center.get_children().count())
    if connection.vendor == "postgresql":
        # What autovacuum does on a real server after a bulk load: without statistics the
        # planner guesses one matching row and picks its plans from that guess.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def timed(function, repeat=REPEAT):
    times, queries = [], 0
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            function()
            times.append((time.perf_counter() - started) * 1000)
        queries = len(captured)
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return statistics.median(times), p95, queries


def explain(label, function):
    """Each query ``function`` runs, with its time and its plan (PostgreSQL)."""
    with CaptureQueriesContext(connection) as captured:
        function()
    print(f"## {label}: {len(captured)} queries")
    for number, query in enumerate(captured.captured_queries, 1):
        sql = query["sql"]
        print(f"-- {number}. {float(query['time']) * 1000:.1f} ms: {sql[:300]}")
        if connection.vendor != "postgresql" or not sql.lstrip().upper().startswith("SELECT"):
            continue
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql)
            for (line,) in cursor.fetchall():
                print(f"   {line}")


def main():
    from network.models import CenterPage, NetworkHomePage
    from sitesearch.search import Filters, autocomplete_pages, search_pages

    with test_database():
        vi = Locale.objects.get_or_create(language_code="vi")[0]
        Locale.objects.get_or_create(language_code="en")
        rng = random.Random(2026)  # noqa: S311 - sample text, not secrets
        home = NetworkHomePage(title="Mạng lưới", slug="mang-luoi", locale=vi)
        Page.get_first_root_node().add_child(instance=home)
        centers = make_centers(home)
        centers = list(CenterPage.objects.filter(pk__in=[c.pk for c in centers]))
        print(
            f"search benchmark on {connection.vendor}: {REPEAT} runs per query, "
            f"{REPEAT_LARGE} above 10,000 pages"
        )
        print(
            f"{'pages':>7} {'kind':<13} {'query':<32} {'results':>7} {'median ms':>10} "
            f"{'p95 ms':>8} {'queries':>7}"
        )
        made = 0
        for size in SIZES:
            started = time.perf_counter()
            add_pages(centers, made, size - made, rng)
            made = size
            repeat = REPEAT if size <= 10_000 else REPEAT_LARGE
            print(f"# {size} pages written and indexed in {time.perf_counter() - started:.1f} s")
            if EXPLAIN:
                explain(
                    f"search 'dem nhac' at {size}", lambda: search_pages("dem nhac", vi, Filters())
                )
                explain(
                    f"autocomplete 'dem nh' at {size}", lambda: autocomplete_pages("dem nh", vi)
                )
            for kind, text in QUERIES:
                if kind == "search":
                    outcome = search_pages(text, vi, Filters())
                    found = outcome.total
                    median, p95, queries = timed(
                        lambda t=text: search_pages(t, vi, Filters()), repeat
                    )
                else:
                    found = len(autocomplete_pages(text, vi)[0])
                    median, p95, queries = timed(lambda t=text: autocomplete_pages(t, vi), repeat)
                print(
                    f"{size:>7} {kind:<13} {text:<32} {found:>7} {median:>10.1f} {p95:>8.1f} "
                    f"{queries:>7}"
                )


# Run by ``manage.py shell`` on the demo's database (production settings): each search
# once, through the whole middleware stack as a browser asks for it.
UNIQUE_SEARCHES = """
import json, os, time
from urllib.parse import urlencode
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from sitesearch.folding import fold_vietnamese

client = Client(headers={"x-forwarded-proto": "https", "accept-encoding": "gzip"},
                HTTP_HOST="127.0.0.1")
wanted, seen = [], set()
pages = Page.objects.live().filter(depth__gt=2).select_related("locale").order_by("path")
for page in pages:
    for text in (page.title, fold_vietnamese(page.title)):
        key = (page.locale.language_code, text.casefold())
        if key not in seen:
            seen.add(key)
            wanted.append((page.locale.language_code, text))
wanted = wanted[:: max(1, len(wanted) // int(os.environ.get("BENCH_UNIQUE", "60")))]
for language, text in [("vi", "dem nhac"), ("vi", "trien lam"), ("vi", "gom"),
                       ("en", "workshop"), ("en", "exhibitions"), ("vi", "khong co gi nhu the"),
                       ("en", "nothing like this at all"), ("vi", "ca tru")]:
    wanted.append((language, text))
for text in ("khởi động", "warm up", "nghe thuat"):  # templates, catalogues, connections
    client.get("/vi/search/?" + urlencode({"q": text}))
rows, worst = [], None
for language, text in wanted:
    path = f"/{language}/search/?" + urlencode({"q": text})
    with CaptureQueriesContext(connection) as queries:
        wall, cpu = time.perf_counter(), time.process_time()
        response = client.get(path)
        cpu = (time.process_time() - cpu) * 1000
        wall = (time.perf_counter() - wall) * 1000
    rows.append([language, text, response.status_code, len(queries), cpu, wall])
    if worst is None or len(queries) > len(worst[1]):
        worst = (path, [q["sql"][:160] for q in queries.captured_queries])
print(json.dumps({"rows": rows, "worst": worst}))
"""


def quantile(values, share):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(share * (len(values) - 1))))]


def demo():
    """``--demo``: the search page on the demo network, unique and repeated, one run."""
    import json
    import re
    import tempfile
    from pathlib import Path

    import bench_load
    from harness import free_port, manage

    started = time.monotonic()
    load = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="hcc-bench-search-") as tmp_name:
        tmp = Path(tmp_name)
        database = bench_load.ThrowawayDatabase(tmp)
        redis = bench_load.Redis(tmp)
        port = free_port()
        env = bench_load.stack_env(
            tmp,
            database,
            redis,
            port,
            DEMO_DATA_ALLOWED="1",
            WEB_CONCURRENCY="2",
            PORT_NUMBER=str(port),
        )
        try:
            manage(["migrate", "--noinput", "-v0"], env)
            manage(["collectstatic", "--noinput", "-v0"], env)
            manage(["load_demo"], env)
            unique = json.loads(
                manage(["shell", "-c", UNIQUE_SEARCHES], {**env, "PAGE_CACHE": "on"})
                .stdout.strip()
                .splitlines()[-1]
            )
            server = bench_load.Gunicorn({**env, "PAGE_CACHE": "on"}, tmp / "gunicorn.log")
            try:
                _response, body = bench_load.get(port, "/vi/")
                stylesheet = re.search(r'href="(/static/[^"]+\.css)"', body.decode()).group(1)
                repeated = "/vi/search/?q=dem+nhac"
                states = {}
                for label, path in (("static", stylesheet), ("search", repeated)):
                    bench_load.get(port, path)
                    response, _body = bench_load.get(port, path)
                    states[label] = f"{response.status} {response.getheader('X-Cache', '-')}"
                results = {
                    label: bench_load.drive(port, path, bench_load.SECONDS, bench_load.CONCURRENCY)
                    for label, path in (("static", stylesheet), ("search", repeated))
                }
            finally:
                errors = server.stop()
        finally:
            redis.stop()
            database.drop()

    rows = unique["rows"]
    queries = [row[3] for row in rows]
    cpus = [row[4] for row in rows]
    walls = [row[5] for row in rows]
    print(
        f"search on the demo network: {database.engine}, "
        f"{'Redis' if redis.url else 'local-memory cache'}, production settings; "
        f"load average at the start {load[0]:.1f}, {load[1]:.1f}, {load[2]:.1f}"
    )
    print(f"unique searches (each once: a page cache miss, a new term logged): {len(rows)}")
    print(f"{'':<12} {'median':>8} {'p95':>8} {'worst':>8} {'target':>8}")
    print(
        f"{'queries':<12} {statistics.median(queries):>8.0f} {quantile(queries, 0.95):>8} "
        f"{max(queries):>8} {10:>8}"
    )
    print(
        f"{'CPU ms':<12} {statistics.median(cpus):>8.1f} {quantile(cpus, 0.95):>8.1f} "
        f"{max(cpus):>8.1f} {15:>8}"
    )
    print(
        f"{'wall ms':<12} {statistics.median(walls):>8.1f} {quantile(walls, 0.95):>8.1f} "
        f"{max(walls):>8.1f}"
    )
    bad = [row for row in rows if row[2] != 200]
    if bad:
        print(f"not 200: {bad[:5]}")
    slowest = sorted(rows, key=lambda row: -row[4])[:3]
    print("slowest: " + "; ".join(f"/{r[0]}/ {r[1]!r} {r[4]:.1f} ms {r[3]} q" for r in slowest))
    if EXPLAIN:
        path, sqls = unique["worst"]
        print(f"## {path}: {len(sqls)} queries")
        for number, sql in enumerate(sqls, 1):
            print(f"-- {number}. {sql}")
    ceiling = results["static"]["rps"] or 1
    print(
        f"under load: gunicorn (2 workers), {bench_load.CONCURRENCY} connections, "
        f"{bench_load.SECONDS:.0f} s each, Python client on the same cores"
    )
    print(f"{'':<28} {'req/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'err':>4} {'X-Cache':>8}")
    for label, path in (("static file", "static"), ("repeated search (cached)", "search")):
        r = results[path]
        print(
            f"{label:<28} {r['rps']:>7.0f} {r['p50']:>7.1f} {r['p99']:>7.1f} {r['errors']:>4} "
            f"{states[path]:>8}"
        )
    ratio = results["search"]["rps"] / ceiling
    print(f"repeated search / static file: {ratio:.2f}x (target 0.5x)")
    print(
        f"targets: unique search <= 10 queries: {'met' if max(queries) <= 10 else 'missed'}"
        f"; <= 15 ms CPU (median): {'met' if statistics.median(cpus) <= 15 else 'missed'}"
        f"; repeated >= 0.5x static: {'met' if ratio >= 0.5 else 'missed'}"
    )
    print(f"load average at the end {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    print(f"total {time.monotonic() - started:.0f} s")
    if errors:
        print("\n".join(errors[:20]))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--demo", action="store_true", help="the search page on the demo")
    if parser.parse_args().demo:
        demo()
    else:
        main()
