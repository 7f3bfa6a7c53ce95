"""The demo's festivals: bilingual, across centers, their events inside their dates."""

from festivals.models import FestivalPage


def test_demo_festivals_hold_their_events_in_both_languages(demo):
    festivals = FestivalPage.objects.live().select_related("locale")
    assert {(f.locale.language_code, f.slug) for f in festivals} == {
        ("vi", "le-hoi-thiet-ke-sang-tao"),
        ("vi", "chuong-trinh-don-tet"),
        ("en", "creative-design-festival"),
        ("en", "tet-programme"),
    }
    for festival in festivals:
        dates = list(festival.scope().values_list("local_date", "end_date", "center_id"))
        assert len({center for _first, _last, center in dates}) >= 3, festival
        assert all(
            festival.first_day <= first and last <= festival.last_day for first, last, _c in dates
        ), festival
