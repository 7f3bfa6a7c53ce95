"""The demo network's residents: enough, across every center, bilingual."""

import pytest

from residents.models import ResidentPage

pytestmark = pytest.mark.django_db


def test_demo_residents_in_both_languages_across_all_centers(demo):
    vi = ResidentPage.objects.filter(locale__language_code="vi").visible()
    en = ResidentPage.objects.filter(locale__language_code="en").visible()
    assert vi.count() >= 24 and en.count() == vi.count()
    assert len({page.center.slug for page in vi}) == 6
    assert {page.kind for page in vi} == {
        "organisation",
        "studio",
        "startup",
        "collective",
        "artist",
        "service_provider",
    }
    assert vi.offering("legal").exists() and vi.offering("finance").exists()
    studio = en.get(slug="carp-game-studio")
    assert studio.title == "Carp Game Studio"
    assert studio.localized_space().slug == "40-m2-design-studio"
