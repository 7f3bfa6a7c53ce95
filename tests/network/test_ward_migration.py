"""Moving the existing centers to their 2025 ward (network/migrations/0005)."""

import importlib

from django.apps import apps

from network.models import CenterPage

migration = importlib.import_module("network.migrations.0005_centers_to_wards")


def test_old_addresses_get_the_ward_that_absorbed_theirs():
    ward_for = migration.ward_for
    assert ward_for("299 Tây Sơn, phường Ngã Tư Sở, quận Đống Đa, Hà Nội") == 226
    assert ward_for("22 Hàng Buồm, phường Hàng Buồm, quận Hoàn Kiếm, Hà Nội") == 70
    assert ward_for("Xa Bat Trang, huyen Gia Lam, Ha Noi") == 583
    # A district alone was split among several wards: not guessed.
    assert ward_for("12 phố Huế, quận Hai Bà Trưng, Hà Nội") is None


def test_the_migration_sets_every_language_and_the_revision_the_admin_edits(
    center_factory, locales
):
    moved = center_factory(address="32 Hào Nam, phường Ô Chợ Dừa, quận Đống Đa, Hà Nội")
    unknown = center_factory(address="12 phố Huế, quận Hai Bà Trưng, Hà Nội")
    english = moved.copy_for_translation(locales["en"])
    CenterPage.objects.update(ward=None)
    moved.refresh_from_db()
    moved.save_revision()

    migration.forward(apps, None)

    assert set(
        CenterPage.objects.filter(translation_key=moved.translation_key).values_list(
            "ward", flat=True
        )
    ) == {190}
    assert CenterPage.objects.get(pk=english.pk).ward == 190
    assert CenterPage.objects.get(pk=unknown.pk).ward is None
    moved.refresh_from_db()
    assert moved.get_latest_revision().content["ward"] == 190
