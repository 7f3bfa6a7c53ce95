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
"""

import os
import random
import statistics
import time
import uuid

from harness import setup_django, test_database

setup_django()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

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


if __name__ == "__main__":
    main()
