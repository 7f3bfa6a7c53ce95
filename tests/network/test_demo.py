"""The demo network: bilingual through wagtail-localize, and safe to load twice."""

from django.contrib.auth.models import Group
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from network import wards
from network.demo import content
from network.demo.loader import load_demo
from network.models import Amenity, CenterPage, Sector


def _counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "collections": Collection.objects.count(),
        "groups": Group.objects.count(),
        "sectors": Sector.objects.count(),
        "amenities": Amenity.objects.count(),
        "translations": Translation.objects.count(),
        "strings": StringTranslation.objects.count(),
    }


def test_demo_has_six_real_centers_in_both_languages(demo):
    centers_vi = CenterPage.objects.filter(locale__language_code="vi").live()
    assert {c.slug for c in centers_vi} == {c["slug"] for c in content.CENTERS}
    for center in centers_vi:
        english = center.get_translations().get(locale__language_code="en").specific
        assert english.live and english.title != center.title
        assert english.address != center.address
        assert center.hero_image is not None and center.sectors.exists()
        assert center.opening_hours.exists() and center.contacts.exists()
        assert -90 < center.latitude < 90 and 100 < center.longitude < 110
        children = {p.specific_class.__name__ for p in center.get_children().live()}
        assert children == {
            "EventIndexPage",
            "SpaceIndexPage",
            "ResidentIndexPage",
            "CallIndexPage",
            "StandardPage",
        }
        assert center.get_children().count() == english.get_children().count() == 5


def test_english_is_made_by_wagtail_localize_and_fully_translated(demo):
    complex01 = CenterPage.objects.get(slug="complex-01", locale__language_code="vi")
    translation = Translation.objects.get(
        source__object_id=complex01.translation_key, target_locale__language_code="en"
    )
    total, translated = translation.get_progress()
    assert total > 5 and translated == total
    english = complex01.get_translations().get().specific
    assert english.title == "Complex 01 Creative Hub"
    assert english.contacts.first().role == "Space rentals"


def test_twelve_sectors_translated(demo):
    assert Sector.objects.filter(locale__language_code="vi").count() == 12
    assert Sector.objects.filter(locale__language_code="en").count() == 12
    cinema_vi = Sector.objects.get(slug="cinema", locale__language_code="vi")
    cinema_en = cinema_vi.get_translations().get(locale__language_code="en")
    assert (cinema_vi.name, cinema_en.name) == ("Điện ảnh", "Cinema")


def test_loading_again_changes_nothing(demo):
    before = _counts()
    summary = load_demo()
    assert sum(summary.created.values()) == 0
    assert _counts() == before


def test_demo_centers_carry_their_ward_in_every_language(demo):
    expected = {center["slug"]: center["ward"] for center in content.CENTERS}
    for center in CenterPage.objects.filter(locale__language_code="vi"):
        english = center.get_translations().get(locale__language_code="en").specific
        assert center.ward == english.ward == expected[center.slug]
    assert english.ward_name() == wards.get(english.ward).name_en
