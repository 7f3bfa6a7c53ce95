"""The create-center service: a center always comes with its calendar, spaces, media and staff."""

import re

import pytest
from django.contrib.auth.models import Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from events.models import EventIndexPage
from network.centers import setup_center
from network.models import CenterPage
from spaces.models import SpaceIndexPage


def test_create_center_makes_indexes_collection_and_group(center_factory):
    center = center_factory(title="Không gian Sáng tạo Long Biên", slug="long-bien")
    center.refresh_from_db()

    events = EventIndexPage.objects.child_of(center).get()
    spaces = SpaceIndexPage.objects.child_of(center).get()
    assert (events.slug, events.title, events.live) == ("events", "Sự kiện", True)
    assert (spaces.slug, spaces.title, spaces.live) == ("spaces", "Không gian", True)
    assert events.url == "/vi/long-bien/events/"

    assert center.collection.name == "Không gian Sáng tạo Long Biên"
    assert center.collection.get_parent() == Collection.get_first_root_node()
    assert center.editors_group.name == "Biên tập viên: Không gian Sáng tạo Long Biên"


def test_editors_group_covers_the_center_alone(center_factory):
    center = center_factory()
    other = center_factory()
    group = center.editors_group

    page_permissions = GroupPagePermission.objects.filter(group=group)
    assert set(page_permissions.values_list("page_id", flat=True)) == {center.pk}
    assert set(page_permissions.values_list("permission__codename", flat=True)) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    collection_permissions = GroupCollectionPermission.objects.filter(group=group)
    assert set(collection_permissions.values_list("collection_id", flat=True)) == {
        center.collection_id
    }
    assert set(collection_permissions.values_list("permission__codename", flat=True)) == {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    }
    assert not GroupPagePermission.objects.filter(group=group, page=other).exists()
    assert group.permissions.filter(codename="access_admin").exists()


def test_setup_center_is_idempotent(center_factory):
    center = center_factory()
    counts = (
        center.get_children().count(),
        Collection.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
    )
    setup_center(CenterPage.objects.get(pk=center.pk))
    assert counts == (
        center.get_children().count(),
        Collection.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
    )


def test_translated_center_belongs_to_the_same_group(center_factory, locales):
    center = center_factory()
    translation = center.copy_for_translation(locales["en"])
    assert translation.editors_group_id == center.editors_group_id
    assert GroupPagePermission.objects.filter(
        group=center.editors_group,
        page=translation,
        permission=Permission.objects.get(
            codename="change_page", content_type__app_label="wagtailcore"
        ),
    ).exists()


def new_center_form(**changes):
    """The admin's form for a new center (Gia Lâm), published; a change of None leaves a
    field out."""
    form = {
        "title": "Trung tâm Sáng tạo Gia Lâm",
        "slug": "gia-lam",
        "introduction": "",
        "hero_image_alt": "",
        "body-count": "0",
        "address": "Gia Lâm, Hà Nội",
        "ward": "565",
        "district": "Gia Lâm",
        "latitude": "21.0300",
        "longitude": "105.9300",
        **{
            f"{inline}-{count}": value
            for inline in ("opening_hours", "contacts")
            for count, value in [
                ("TOTAL_FORMS", "0"),
                ("INITIAL_FORMS", "0"),
                ("MIN_NUM_FORMS", "0"),
                ("MAX_NUM_FORMS", "1000"),
            ]
        },
        "action-publish": "publish",
        **changes,
    }
    return {name: value for name, value in form.items() if value is not None}


@pytest.mark.django_db
def test_center_created_in_the_admin_is_set_up(admin_client, home):
    response = admin_client.post(
        f"/admin/pages/add/network/centerpage/{home.pk}/", new_center_form()
    )
    assert response.status_code == 302, response.content[:2000]
    center = CenterPage.objects.get(slug="gia-lam")
    assert center.live
    assert center.collection is not None and center.editors_group is not None
    assert {p.slug for p in center.get_children().live()} == {
        "events",
        "spaces",
        "residents",
        "calls",
    }


def test_open_now_is_computed_in_hanoi_time(center_factory):
    from datetime import UTC, datetime, time

    from network.models import OpeningHours

    center = center_factory()
    OpeningHours.objects.create(page=center, weekday=1, opens=time(8), closes=time(17))
    center = CenterPage.objects.get(pk=center.pk)
    # Tuesday 1 Dec 2026: 01:30 UTC is 08:30 in Hanoi (open), 10:30 UTC is 17:30 (closed).
    assert center.is_open_at(datetime(2026, 12, 1, 1, 30, tzinfo=UTC))
    assert not center.is_open_at(datetime(2026, 12, 1, 10, 30, tzinfo=UTC))
    # Monday 30 Nov 2026 at 20:30 UTC is already Tuesday 03:30 in Hanoi: closed, not Monday.
    assert not center.is_open_at(datetime(2026, 11, 30, 20, 30, tzinfo=UTC))


@pytest.mark.django_db
def test_a_new_center_must_name_its_ward_or_commune(admin_client, home):
    form = new_center_form(ward=None)
    response = admin_client.post(f"/admin/pages/add/network/centerpage/{home.pk}/", form)
    assert response.status_code == 200
    assert "Hà Nội không còn quận, huyện" in response.content.decode()
    assert not CenterPage.objects.filter(slug="gia-lam").exists()
    # The select offers Hanoi's wards and communes, in Vietnamese order.
    page = admin_client.get(f"/admin/pages/add/network/centerpage/{home.pk}/").content.decode()
    assert (
        page.index(">Xã An Khánh<") < page.index(">Phường Ba Đình<") < page.index(">Xã Bát Tràng<")
    )


def test_center_page_names_its_ward_and_former_district(client, center_factory):
    center = center_factory(district="Đống Đa", ward=226)
    html = client.get(center.get_url()).content.decode()
    assert re.search(r"<dt>Phường/xã</dt>\s*<dd>Phường Kim Liên</dd>", html)
    assert re.search(r"<dt>Quận/huyện cũ \(trước ngày 1/7/2025\)</dt>\s*<dd>Đống Đa</dd>", html)
