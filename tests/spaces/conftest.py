"""A small known network: two centers in two districts and seven spaces.

The taxonomy slugs are the tests' own (daylight, fast-wifi, speakers; painting, graphics,
stagecraft), so they never meet the demo network a session may have loaded.

| space    | center | type     | m²  | seated/standing | price           | amenities            | sector     | blocked      |
| studio-a | alpha  | studio   | 12  | 2 / -           | 3,000,000/month | daylight, fast-wifi  | painting   | today..+2    |
| studio-b | alpha  | studio   | 30  | 4 / -           | 6,000,000/month | daylight             | graphics   |              |
| desk     | alpha  | desk     | 4   | 1 / -           | 1,500,000/month | fast-wifi            | graphics   |              |
| hall     | beta   | stage    | 300 | 300 / 450       | 40,000,000/day  | fast-wifi, speakers  | stagecraft | +10 (maint.) |
| gallery  | beta   | gallery  | 120 | - / 100         | 4,000,000/day   | daylight             | painting   |              |
| seminar  | beta   | workshop | 60  | 40 / -          | 500,000/hour    | fast-wifi, speakers  |            |              |
| garden   | beta   | outdoor  | 400 | - / 300         | on request      |                      |            |              |
"""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from network.factories import AmenityFactory, CenterPageFactory, SectorFactory
from spaces.factories import BlockedPeriodFactory, SpacePageFactory
from spaces.models import SpaceIndexPage
from tests.shared import shared_fixture


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts and ends with an empty cache.

    Wagtail caches the sites' root paths and these tests point the site at their own
    network home inside a rolled-back transaction; a stale entry would send later tests
    (the browser journeys) to pages that no longer exist. The inquiry rate limit lives
    in the cache too.
    """
    cache.clear()
    yield
    cache.clear()


def taxonomy():
    amenities = {
        slug: AmenityFactory(slug=slug, name=name)
        for slug, name in [
            ("daylight", "Ánh sáng tự nhiên"),
            ("fast-wifi", "Wi-Fi"),
            ("speakers", "Âm thanh"),
        ]
    }
    sectors = {
        slug: SectorFactory(slug=slug, name=name)
        for slug, name in [
            ("painting", "Mỹ thuật"),
            ("graphics", "Thiết kế"),
            ("stagecraft", "Nghệ thuật biểu diễn"),
        ]
    }
    return {"amenities": amenities, "sectors": sectors}


taxonomy, module_taxonomy = shared_fixture(taxonomy)


def index_of(center):
    return SpaceIndexPage.objects.child_of(center).get()


def network(home, taxonomy):
    alpha = CenterPageFactory(
        parent=home, slug="alpha", title="Trung tâm Alpha", district="Đống Đa", ward=190
    )
    beta = CenterPageFactory(
        parent=home, slug="beta", title="Trung tâm Beta", district="Hoàn Kiếm", ward=70
    )
    a, s = taxonomy["amenities"], taxonomy["sectors"]
    today = timezone.localdate()
    rows = [
        (
            "studio-a",
            alpha,
            "studio",
            12,
            2,
            None,
            "month",
            3_000_000,
            ["daylight", "fast-wifi"],
            ["painting"],
        ),
        (
            "studio-b",
            alpha,
            "studio",
            30,
            4,
            None,
            "month",
            6_000_000,
            ["daylight"],
            ["graphics"],
        ),
        ("desk", alpha, "desk", 4, 1, None, "month", 1_500_000, ["fast-wifi"], ["graphics"]),
        (
            "hall",
            beta,
            "stage",
            300,
            300,
            450,
            "day",
            40_000_000,
            ["fast-wifi", "speakers"],
            ["stagecraft"],
        ),
        (
            "gallery",
            beta,
            "gallery",
            120,
            None,
            100,
            "day",
            4_000_000,
            ["daylight"],
            ["painting"],
        ),
        ("seminar", beta, "workshop", 60, 40, None, "hour", 500_000, ["fast-wifi", "speakers"], []),
        ("garden", beta, "outdoor", 400, None, 300, "request", None, [], []),
    ]
    spaces = {}
    for slug, center, kind, area, seated, standing, period, price, ams, secs in rows:
        spaces[slug] = SpacePageFactory(
            parent=index_of(center),
            slug=slug,
            title=slug.replace("-", " ").title(),
            space_type=kind,
            area=area,
            capacity_seated=seated,
            capacity_standing=standing,
            price_period=period,
            price=price,
            amenities=[a[x] for x in ams],
            sectors=[s[x] for x in secs],
        )
    BlockedPeriodFactory(page=spaces["studio-a"], start=today)  # three days, booked
    BlockedPeriodFactory(
        page=spaces["hall"],
        start=today + timedelta(days=10),
        end=today + timedelta(days=10),
        reason="maintenance",
    )
    return {"alpha": alpha, "beta": beta, "spaces": spaces, "today": today}


network, module_network = shared_fixture(network)


def spaces_page(home):
    from spaces.models import NetworkSpacesPage

    page = NetworkSpacesPage(title="Không gian", slug="spaces")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


spaces_page, module_spaces_page = shared_fixture(spaces_page)
