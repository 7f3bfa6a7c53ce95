"""A center's administrators see what its editors see: its inquiries and translations."""

from spaces.models import Inquiry
from translations.access import visible_center_keys

from .test_dashboard import inquiry


def test_administrators_see_their_own_centers_inquiries_only(world):
    mine, theirs = inquiry(world["a"], days_late=1), inquiry(world["b"], days_late=1)
    visible = set(Inquiry.objects.visible_to(world["admin_a"]))
    assert mine in visible and theirs not in visible
    assert set(Inquiry.objects.visible_to(world["editor_a"])) == visible


def test_administrators_get_their_centers_translation_rows(world):
    assert visible_center_keys(world["admin_a"]) == {str(world["a"].translation_key)}
    assert visible_center_keys(world["admin_a"]) == visible_center_keys(world["editor_a"])
