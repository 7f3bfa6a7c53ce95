"""spaces.factories.generate(): plausible spaces and inquiries, the same for the same seed."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from network import wards
from spaces.factories import TYPE_NAMES, generate, generate_inquiries
from spaces.models import Inquiry, SpacePage

from .conftest import index_of

pytestmark = pytest.mark.django_db


def described(made):
    return [
        (
            page.title,
            page.slug,
            page.space_type,
            page.area,
            page.price_period,
            page.price,
            [a.slug for a in page.amenities.all()],
            [s.slug for s in page.sectors.all()],
            [(b.start, b.end) for b in page.blocked_periods.all()],
        )
        for pages in made.values()
        for page in pages
    ]


def test_the_same_seed_builds_the_same_spaces(network, taxonomy):
    centers = [network["alpha"], network["beta"]]
    kinds = {
        "amenities": list(taxonomy["amenities"].values()),
        "sectors": list(taxonomy["sectors"].values()),
    }
    first = generate(centers, 12, 7, create=False, **kinds)
    assert described(first) == described(generate(centers, 12, 7, create=False, **kinds))
    assert described(first) != described(generate(centers, 12, 8, create=False, **kinds))
    assert [len(pages) for pages in first.values()] == [6, 6]  # the centers in turn
    pages = [page for pages in first.values() for page in pages]
    assert all(page.pk is None for page in pages)  # built, not saved
    assert all(page.title.startswith(TYPE_NAMES[page.space_type][0]) for page in pages)
    for center in centers:  # where it is: the center and its ward
        where = f"{center.title}, {wards.get(center.ward).name_vi}."
        assert all(page.introduction.endswith(where) for page in first[center.pk])
    assert sum(1 for page in pages if page.blocked_periods.all()) == 4  # one in three
    assert all(len(page.amenities.all()) == 3 and len(page.sectors.all()) == 2 for page in pages)


def test_created_spaces_are_pages_of_the_centers(network, taxonomy):
    before = SpacePage.objects.count()
    made = generate(
        [network["alpha"]], 2, 1, amenities=list(taxonomy["amenities"].values()), create=True
    )
    (pages,) = made.values()
    assert SpacePage.objects.count() == before + 2
    assert {page.get_parent().pk for page in pages} == {index_of(network["alpha"]).pk}
    assert SpacePage.objects.get(pk=pages[0].pk).amenities.count() == 3


def test_generated_inquiries_are_numbered_and_bilingual(network):
    now = datetime(2026, 3, 1, 9, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    spaces = list(network["spaces"].values())
    centers = [network["alpha"], network["beta"]]
    made = generate_inquiries(centers, 16, 3, spaces=spaces, now=now)
    assert Inquiry.objects.filter(pk__in=[i.pk for i in made]).count() == 16
    assert all(i.reference.startswith("HCC-") for i in made)
    assert {i.language for i in made} == {"vi", "en"}
    assert all(i.space is None or i.space.get_parent().get_parent().pk == i.center_id for i in made)
    assert all(i.respond_by > i.created_at.date() for i in made)

    def values(items):
        return [(i.center_id, i.name, i.language, i.message, i.status, i.created_at) for i in items]

    Inquiry.objects.filter(pk__in=[i.pk for i in made]).delete()
    assert values(generate_inquiries(centers, 16, 3, spaces=spaces, now=now)) == values(made)
