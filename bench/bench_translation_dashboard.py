"""How the translation dashboard scales: queries and time against the number of pages.

Builds its own data in a throwaway test database (SQLite unless DATABASE_URL says
otherwise), then times TranslationStatus().rows() and a GET of the admin dashboard.
The query count must not grow with the pages. Run with `make bench`.
"""

import statistics
import time

from harness import setup_django, test_database

setup_django()

from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

SIZES = [50, 150, 400]
RUNS = 7


def build(home, center, locales, target, made):
    from network.models import StandardPage
    from tests.translations.conftest import translate

    while made < target:
        page = StandardPage(title=f"Trang thử {made}", slug=f"trang-thu-{made}", live=True)
        center.add_child(instance=page)
        if made % 4 == 0:
            translate(page, locales["en"])
        made += 1
    return made


def measure(function):
    timings = []
    with CaptureQueriesContext(connection) as queries:
        function()
    count = len(queries)
    for _ in range(RUNS):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return count, statistics.median(timings), p95


def main():
    setup_test_environment()
    with test_database():
        from django.contrib.auth import get_user_model
        from django.test import Client
        from wagtail.models import Locale

        from network.demo.translate import TranslationMemory, translate_with_memory
        from tests.factories import CenterPageFactory, NetworkHomePageFactory, make_site
        from translations.status import TranslationStatus

        locales = {code: Locale.objects.get(language_code=code) for code in ("vi", "en")}
        home = NetworkHomePageFactory(slug="mang-luoi")
        make_site(home)
        memory = TranslationMemory()
        for text in (home.title, home.slug, home.introduction):
            memory.add(text, f"EN {text}")
        translate_with_memory(home, locales["en"], memory)
        center = CenterPageFactory(parent=home, title="Trung tâm Đo", slug="do")
        from tests.translations.conftest import translate

        translate(center, locales["en"])
        admin = get_user_model().objects.create_superuser("bench", password=None)
        client = Client()
        client.force_login(admin)

        print(
            f"{'pages':>6} {'rows':>6} | {'status q':>8} {'median ms':>9} {'p95 ms':>7} |"
            f" {'view q':>6} {'median ms':>9} {'p95 ms':>7}"
        )
        made = 0
        for size in SIZES:
            made = build(home, center, locales, size, made)
            rows = len(TranslationStatus().rows())
            status = measure(lambda: TranslationStatus().rows())
            view = measure(lambda: client.get("/admin/translations/"))
            print(
                f"{made:>6} {rows:>6} | {status[0]:>8} {status[1]:>9.1f} {status[2]:>7.1f} |"
                f" {view[0]:>6} {view[1]:>9.1f} {view[2]:>7.1f}"
            )


if __name__ == "__main__":
    main()
