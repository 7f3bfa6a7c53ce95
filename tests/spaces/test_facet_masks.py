"""Sector and amenity counts from each space's bit masks (spaces.facets), kept in step
with the link tables, which stay the truth: every facet count is also checked against
what choosing it lists in test_listing.py."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from network.models import Amenity, Sector
from network.models.taxonomy import FACET_BITS
from spaces.models import SpacePage
from tests.factories import AmenityFactory, SectorFactory

from .test_listing import facet, ours

pytestmark = pytest.mark.django_db


def masks(space):
    return SpacePage.objects.filter(pk=space.pk).values_list("amenity_bits", "sector_bits").get()


def bit(entry):
    return 1 << entry.facet_bit


def test_each_entry_gets_its_own_bit_and_its_translations_share_it(taxonomy, locales):
    amenities = list(taxonomy["amenities"].values())
    bits = [amenity.facet_bit for amenity in amenities]
    assert None not in bits and len(set(bits)) == len(bits)
    english = amenities[0].copy_for_translation(locales["en"])
    english.save()
    assert english.facet_bit == amenities[0].facet_bit
    taken = set(Amenity.objects.exclude(facet_bit=None).values_list("facet_bit", flat=True))
    newcomer = AmenityFactory(slug="lo-nung-thu", name="Lò nung thử")
    assert newcomer.facet_bit == min(set(range(FACET_BITS)) - taken)


def test_a_vocabulary_past_63_entries_leaves_the_rest_without_a_bit(locales):
    taken = set(Sector.objects.exclude(facet_bit=None).values_list("facet_bit", flat=True))
    for n in range(FACET_BITS - len(taken)):
        assert SectorFactory(slug=f"nganh-{n}", name=f"Ngành {n}").facet_bit is not None
    assert SectorFactory(slug="nganh-thua", name="Ngành thừa").facet_bit is None


def test_masks_follow_the_published_links(network, taxonomy):
    hall = network["spaces"]["hall"]
    a, s = taxonomy["amenities"], taxonomy["sectors"]
    assert masks(hall) == (bit(a["fast-wifi"]) | bit(a["speakers"]), bit(s["stagecraft"]))
    hall.amenities = [a["daylight"]]
    hall.sectors = []
    hall.save_revision().publish()
    assert masks(hall) == (bit(a["daylight"]), 0)


def test_a_deleted_entry_leaves_no_bit_behind(network, taxonomy):
    hall = network["spaces"]["hall"]
    speakers = taxonomy["amenities"]["speakers"]
    speakers.delete()
    assert masks(hall)[0] == bit(taxonomy["amenities"]["fast-wifi"])
    gone = 1 << speakers.facet_bit
    assert not [m for (m,) in SpacePage.objects.values_list("amenity_bits") if m & gone]
    # Its bit is free again, and the amenity that takes it counts no space yet.
    assert AmenityFactory(slug="lo-nung-thu", name="Lò nung thử").facet_bit == speakers.facet_bit


def test_a_deleted_entry_recomputes_only_the_spaces_carrying_its_bit(network, taxonomy, locales):
    hall = network["spaces"]["hall"]
    speakers = taxonomy["amenities"]["speakers"]
    without = [
        pk for pk, m in SpacePage.objects.values_list("pk", "amenity_bits") if not m & bit(speakers)
    ]
    assert hall.pk not in without and without
    # A deliberately stale mask on the spaces without the bit: left alone, it stays stale.
    stale = 1 << (FACET_BITS - 1)
    SpacePage.objects.filter(pk__in=without).update(amenity_bits=stale)
    english = speakers.copy_for_translation(locales["en"])
    english.save()
    english.delete()  # it shares the bit with the Vietnamese entry, which keeps its links
    assert masks(hall)[0] == bit(speakers) | bit(taxonomy["amenities"]["fast-wifi"])
    assert set(SpacePage.objects.filter(pk__in=without).values_list("amenity_bits", flat=True)) == {
        stale
    }


def test_the_finder_reads_no_link_table_to_count(client, network, spaces_page):
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/vi/spaces/?type=studio")
    assert ours(facet(response, "amenity")) == {"daylight": 2, "fast-wifi": 1, "speakers": 0}
    tables = ("spaces_spacepage_amenities", "spaces_spacepage_sectors")
    assert not [q["sql"] for q in queries.captured_queries if any(t in q["sql"] for t in tables)]


def test_without_bits_the_counts_come_from_the_links_and_agree(client, network, spaces_page):
    queries = ["", "type=studio", "sector=graphics", "center=beta&amenity=fast-wifi"]
    masked = {q: client.get(f"/vi/spaces/?{q}") for q in queries}
    Amenity.objects.update(facet_bit=None)
    Sector.objects.update(facet_bit=None)
    for query, response in masked.items():
        linked = client.get(f"/vi/spaces/?{query}")
        for name in ("amenity", "sector"):
            assert ours(facet(linked, name)) == ours(facet(response, name)), (query, name)
