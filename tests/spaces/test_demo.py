"""The demo network's spaces: enough, varied, bilingual, and findable."""

import re

import pytest

from spaces.models import SpacePage

pytestmark = pytest.mark.django_db


def test_demo_has_twenty_spaces_in_both_languages_across_all_centers(demo):
    vi = SpacePage.objects.filter(locale__language_code="vi").live()
    en = SpacePage.objects.filter(locale__language_code="en").live()
    assert vi.count() >= 20 and en.count() == vi.count()
    centers = {space.get_parent().get_parent().slug for space in vi}
    assert len(centers) == 6
    assert {s.space_type for s in vi} >= {"studio", "gallery", "stage", "desk", "workshop"}


def test_demo_variety(demo):
    studio = SpacePage.objects.get(locale__language_code="vi", slug="xuong-ve-12m2")
    assert (studio.area, studio.price, studio.price_period) == (12, 3_000_000, "month")
    assert "natural-light" in {a.slug for a in studio.amenities.all()}
    hall = SpacePage.objects.get(locale__language_code="vi", slug="dai-sanh-biet-thu")
    assert hall.capacity_seated == 300 and hall.price_period == "day"
    kiln = SpacePage.objects.get(locale__language_code="vi", slug="xuong-gom-lo-nung")
    assert kiln.center.slug == "bat-trang-craft-villages"
    assert "kiln" in {a.slug for a in kiln.amenities.all()}


def test_english_finder_on_the_demo(client, demo):
    html = client.get(
        "/en/spaces/?type=studio&period=month&max_price=5000000&amenity=natural-light&sort=price"
    ).content.decode()
    found = re.findall(r'<li class="space-result[^"]*" data-slug="([^"]+)"', html)
    assert found == ["small-glazing-studio", "12-m2-studio", "daylight-studio"]  # by price
    assert "<strong>3,000,000 VND</strong> per month" in html
    page = client.get("/en/complex-01/spaces/12-m2-studio/").content.decode()
    assert "Small 12 m² studio" in page and "Natural light" in page
    assert '<html lang="en">' in page


def test_vietnamese_network_spaces_page(client, demo):
    html = client.get("/vi/spaces/").content.decode()
    assert "Không gian cho thuê" in html
    count = int(re.search(r'data-count="(\d+)"', html).group(1))
    assert count == SpacePage.objects.filter(locale__language_code="vi").live().count()
