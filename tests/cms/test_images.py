"""Responsive images: WebP renditions in srcset, sizes set, lazy below the fold only, and
listings whose query count does not grow with the number of cards."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail_factories import ImageFactory

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def widths(srcset):
    """{url: width} from a srcset attribute."""
    candidates = (candidate.split() for candidate in srcset.split(","))
    return {url: int(descriptor.removesuffix("w")) for url, descriptor in candidates}


def test_a_center_hero_offers_webp_in_three_widths_and_loads_at_once(client, center_factory):
    center = center_factory(hero_image=ImageFactory(file__width=1600, file__height=900))
    picture = soup(client.get(center.url)).select_one("header picture")

    webp = widths(picture.select_one('source[type="image/webp"]')["srcset"])
    assert sorted(webp.values()) == [480, 800, 1200]
    assert all(url.endswith(".webp") for url in webp)
    img = picture.img
    assert img["class"] == ["hero-image"]
    assert (img["width"], img["height"]) == ("480", "200")
    assert sorted(widths(img["srcset"]).values()) == [480, 800, 1200]
    assert img["src"].endswith(".jpg")  # browsers without WebP
    assert img.get("loading") is None and img["fetchpriority"] == "high"
    assert "100vw" in img["sizes"]


def test_center_cards_on_the_home_page_are_lazy_webp(client, center_factory):
    center_factory(hero_image=ImageFactory())
    card = soup(client.get("/vi/")).select_one(".card picture")
    assert all(url.endswith(".webp") for url in widths(card.source["srcset"]))
    assert card.img["loading"] == "lazy"
    assert card.img["width"] and card.img["height"]


def test_the_home_page_makes_as_many_queries_for_12_cards_as_for_3(client, center_factory):
    # Cards of other centers in the database (a demo loaded by another test) add to both.
    def queries_and_cards(count):
        while len(centers) < count:
            centers.append(center_factory(hero_image=ImageFactory()))
        client.get("/vi/")  # the first view makes the renditions
        with CaptureQueriesContext(connection) as context:
            page = soup(client.get("/vi/"))
        return len(context.captured_queries), len(page.select(".card picture"))

    centers = []
    queries_for_3, cards_for_3 = queries_and_cards(3)
    queries_for_12, cards_for_12 = queries_and_cards(12)
    assert cards_for_12 - cards_for_3 == 9
    assert queries_for_3 == queries_for_12
