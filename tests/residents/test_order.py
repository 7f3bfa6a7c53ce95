"""Residents in Vietnamese alphabetical order (a < ă < â, d < đ, then tones), by the
database, the same on SQLite and PostgreSQL: the directory, a center's residents, the
center page and the API."""

import importlib
import re

from django.apps import apps

from residents.models import ResidentPage
from residents.ordering import sort_name
from tests.factories import ResidentPageFactory

from .conftest import index_of, publish

# In a Vietnamese dictionary's order; by code point it would be Anh, Dương, Đông, Ấn.
NAMES = ["Anh", "Ấn", "Dương", "Đông"]
ALPHA = [*NAMES, "Phòng tư vấn pháp lý", "Studio game Cá Chép"]


def add_names(network):
    for slug, title in zip(
        ["dong", "an", "anh", "duong"], ["Đông", "Ấn", "Anh", "Dương"], strict=True
    ):
        publish(ResidentPageFactory(parent=index_of(network["alpha"]), title=title, slug=slug))


def titles(response):
    slugs = re.findall(r'class="resident-card" data-slug="([^"]+)"', response.content.decode())
    found = dict(ResidentPage.objects.filter(slug__in=slugs).values_list("slug", "title"))
    return [found[slug] for slug in slugs]


def test_the_key_follows_the_vietnamese_alphabet_and_tones():
    words = ["Anh", "ăn", "Ấn", "bà", "ba", "Dương", "Đông", "đa", "ô", "ơ", "u", "Ư", "Yến"]
    expected = ["Anh", "ăn", "Ấn", "ba", "bà", "Dương", "đa", "Đông", "ô", "ơ", "u", "Ư", "Yến"]
    assert sorted(words, key=lambda word: sort_name(word, "vi")) == expected
    assert sort_name("An", "vi") < sort_name("An Bình", "vi") < sort_name("Anh", "vi")
    assert set(sort_name("Studio Cá Chép 40 m²", "vi")) <= set("0123456789abcdef")


def test_other_languages_sort_without_accents_then_with_them():
    words = ["Zebra", "école", "Ecole", "apple", "Fashion"]
    assert sorted(words, key=lambda word: sort_name(word, "en")) == [
        "apple",
        "Ecole",
        "école",
        "Fashion",
        "Zebra",
    ]


def test_the_directory_the_center_and_the_api_in_vietnamese_order(client, network):
    add_names(network)
    index = index_of(network["alpha"])
    assert titles(client.get(index.url)) == ALPHA
    assert titles(client.get(network["alpha"].url)) == ALPHA  # the center's short list
    directory = titles(client.get(network["directory"].url, {"center": "alpha"}))
    assert directory == ALPHA
    items = client.get("/api/v2/residents/", {"center": "alpha"}).json()["items"]
    assert [item["title"] for item in items] == ALPHA


def test_a_renamed_resident_moves_and_the_migration_fills_old_rows(network):
    add_names(network)
    page = ResidentPage.objects.get(slug="anh")
    page.title = "Ước Mơ"
    page.save_revision().publish()
    alpha = ResidentPage.objects.descendant_of(network["alpha"]).alphabetical()
    assert list(alpha.values_list("title", flat=True))[-1] == "Ước Mơ"

    ResidentPage.objects.update(sort_name="")
    migration = importlib.import_module("residents.migrations.0002_sort_name")
    migration.fill_sort_names(apps, None)
    assert list(alpha.values_list("title", flat=True)) == [
        "Ấn",
        "Dương",
        "Đông",
        "Phòng tư vấn pháp lý",
        "Studio game Cá Chép",
        "Studio Nháp",  # the draft too: the column is every page's
        "Ước Mơ",
    ]
