"""A small known network for search tests: two centers, a few pages in vi, some in en."""

import pytest
from wagtail.models import Page

from network.models import NetworkHomePage, Sector
from tests import factories
from tests.factories import CenterPageFactory, SectorFactory, StandardPageFactory
from tests.shared import shared_fixture


def sector(slug, vi_name, en_name, locales):
    """The sector with this slug (the demo, when loaded earlier in the session, has it)."""
    found = Sector.objects.filter(slug=slug, locale=locales["vi"]).first()
    if found is None:
        found = SectorFactory(name=vi_name, slug=slug)
        SectorFactory(
            name=en_name, slug=slug, locale=locales["en"], translation_key=found.translation_key
        )
    return found


def hide_other_networks(*homes):
    """Searches span the whole database: take any other network (the demo, loaded once per
    session by other tests) out of the results, inside this test's transaction.

    Unpublished with one UPDATE, not deleted: deleting the demo with its translations took
    seconds per test on PostgreSQL.
    """
    for other in NetworkHomePage.objects.exclude(pk__in=[home.pk for home in homes]):
        Page.objects.filter(path__startswith=other.path).update(live=False)


def corpus(home):
    vi, en = factories.vi(), factories.en()
    locales = {"vi": vi, "en": en}
    en_home = home.get_translation(en)
    hide_other_networks(home, en_home)
    design = sector("design", "Thiết kế", "Design", locales)
    music = sector("music", "Âm nhạc", "Music", locales)

    sang_tao = CenterPageFactory(
        parent=home,
        title="Trung tâm Sáng tạo Hà Nội",
        slug="sang-tao",
        introduction="Nơi gặp gỡ của các nhà thiết kế trẻ.",
    )
    sang_tao.sectors.set([design])
    sang_tao.save()
    di_san = CenterPageFactory(
        parent=home,
        title="Không gian Di sản",
        slug="di-san",
        introduction="Đêm nhạc ca trù mỗi tối thứ Bảy trong ngôi nhà cổ.",
    )
    di_san.sectors.set([music])
    di_san.save()

    pages = {
        "museum": StandardPageFactory(
            parent=sang_tao,
            title="Bảo tàng Hà Nội",
            slug="bao-tang-ha-noi",
            introduction="Triển lãm ảnh về phố cổ.",
        ),
        "storm": StandardPageFactory(
            parent=sang_tao,
            title="Bão tăng cường",
            slug="bao-tang-cuong",
            introduction="Bản tin thời tiết cho khách tham quan.",
        ),
        "music": StandardPageFactory(
            parent=di_san,
            title="Đêm nhạc acoustic",
            slug="dem-nhac-acoustic",
            introduction="Âm nhạc dưới mái nhà cổ.",
        ),
        "venue": StandardPageFactory(
            parent=home,
            title="ĐỊA ĐIỂM TRIỂN LÃM",
            slug="dia-diem-trien-lam",
            introduction="Danh sách phòng trưng bày của mạng lưới.",
        ),
        "draft": StandardPageFactory(
            parent=sang_tao, title="Bảo tàng bí mật", slug="bao-tang-bi-mat", live=False
        ),
    }
    pages["en_museum"] = StandardPageFactory(
        parent=en_home,
        title="Hanoi Museum (Bảo tàng Hà Nội)",
        slug="hanoi-museum",
        locale=en,
        translation_key=pages["museum"].translation_key,
        introduction="Photography exhibitions about the old quarter.",
    )
    pages["en_exhibition"] = StandardPageFactory(
        parent=en_home,
        title="Call for an exhibition",
        slug="call-for-an-exhibition",
        locale=en,
        introduction="Artists may propose a show.",
    )
    return {
        "vi": vi,
        "en": en,
        "centers": {"sang-tao": sang_tao, "di-san": di_san},
        "sectors": {"design": design, "music": music},
        **pages,
    }


corpus, module_corpus = shared_fixture(corpus)


@pytest.fixture(autouse=True)
def forget_cached_site_roots():
    """Wagtail caches the site root paths; the ``home`` fixture's site change is rolled back
    with the test's transaction but the cache is not, which would leave later tests (the
    browser journeys) with pages whose URL is None."""
    yield
    from django.core.cache import cache

    cache.clear()
