"""An accepted application becomes a resident profile (a prefilled draft, made once) and
blocks the allocated space's dates; only the call's center's staff do either."""

from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page

from network.models import Sector
from opencalls.models import Application, CallIndexPage
from residents.models import ResidentIndexPage, ResidentPage
from spaces.models import BlockedPeriod, SpaceIndexPage, SpacePage
from tests.factories import ApplicationFactory, OpenCallPageFactory
from tests.spaces.factories import SpacePageFactory

pytestmark = pytest.mark.django_db


def staff(name, group):
    user = get_user_model().objects.create_user(name, f"{name}@example.vn", "pw")
    user.groups.add(group)
    return user


@pytest.fixture
def world(center_factory):
    alpha = center_factory(slug="alpha", title="Trung tâm Alpha")
    beta = center_factory(slug="beta", title="Trung tâm Beta")
    studio = SpacePageFactory(
        parent=SpaceIndexPage.objects.child_of(alpha).get(), title="Xưởng gốm", slug="xuong-gom"
    )
    studio.save_revision().publish()
    call = OpenCallPageFactory(
        parent=CallIndexPage.objects.child_of(alpha).get(),
        slug="phan-bo",
        kind="allocation",
        period_start=date(2027, 3, 1),
        period_end=date(2027, 8, 31),
    )
    call.spaces.set([studio])
    call.save_revision().publish()
    sector = Sector.objects.create(name="Thủ công mỹ nghệ", slug="thu-cong")
    application = ApplicationFactory(
        call=call,
        name="Xưởng Gốm Đất Việt",
        email="gom@example.vn",
        phone="0912345678",
        sector=sector,
        answers=[
            {"id": "q1", "question": "Dự án của bạn là gì?", "answer": "Gốm men lam <thủ công>."},
            {"id": "q2", "question": "Trang web?", "answer": "Xem https://gomdatviet.vn/du-an."},
        ],
    )
    Application.objects.filter(pk=application.pk).update(status="accepted")
    application.refresh_from_db()
    return {
        "alpha": alpha,
        "call": call,
        "studio": studio,
        "application": application,
        "staff_a": staff("staff_a", alpha.editors_group),
        "staff_b": staff("staff_b", beta.editors_group),
    }


def resident_url(world):
    return reverse("applications:resident", args=[world["application"].pk])


def allocate_url(world):
    return reverse("applications:allocate", args=[world["application"].pk])


def test_staff_create_the_prefilled_draft_once_then_open_it(client, world):
    client.force_login(world["staff_a"])
    edit = client.get(reverse("applications:edit", args=[world["application"].pk]))
    assert resident_url(world) in edit.content.decode()
    assert "Tạo hồ sơ thành viên" in client.get(resident_url(world)).content.decode()
    assert not ResidentPage.objects.exists()  # a GET makes nothing

    response = client.post(resident_url(world))
    page = ResidentPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    index = ResidentIndexPage.objects.child_of(world["alpha"]).get()
    assert page.get_parent().pk == index.pk and not page.live
    assert page.title == "Xưởng Gốm Đất Việt" and page.slug == "xuong-gom-dat-viet"
    assert page.kind == "studio"
    assert [s.slug for s in page.sectors.all()] == ["thu-cong"]
    assert "Gốm men lam &lt;thủ công&gt;." in page.description
    assert page.introduction == "Gốm men lam <thủ công>."
    assert page.website == "https://gomdatviet.vn/du-an"
    assert (page.contact_email, page.contact_phone) == ("gom@example.vn", "0912345678")
    assert page.contact_public is False
    assert page.space_id == world["studio"].pk and page.resident_since == date(2027, 3, 1)
    assert page.get_latest_revision() is not None
    assert Application.objects.get(pk=world["application"].pk).resident_id == page.pk

    again = client.post(resident_url(world))
    assert again["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert client.get(resident_url(world))["Location"] == again["Location"]
    assert ResidentPage.objects.count() == 1
    editor = client.get(again["Location"])
    assert editor.status_code == 200 and "Xưởng Gốm Đất Việt" in editor.content.decode()


def test_an_undecided_or_festival_application_does_not_become_a_resident(client, world):
    client.force_login(world["staff_a"])
    Application.objects.filter(pk=world["application"].pk).update(status="shortlisted")
    assert client.post(resident_url(world)).status_code == 404
    Application.objects.filter(pk=world["application"].pk).update(status="accepted")
    type(world["call"]).objects.filter(pk=world["call"].pk).update(kind="festival")
    assert "Chỉ hồ sơ đã được chấp nhận" in client.get(resident_url(world)).content.decode()
    response = client.post(resident_url(world))
    assert response.status_code == 302 and not ResidentPage.objects.exists()


def test_another_centers_staff_get_404_and_change_nothing(client, world):
    client.force_login(world["staff_b"])
    for url in (resident_url(world), allocate_url(world)):
        assert client.get(url).status_code == 404
        assert client.post(url, {"space": world["studio"].pk}).status_code == 404
    assert not ResidentPage.objects.exists() and not BlockedPeriod.objects.exists()


def test_allocation_blocks_the_space_in_its_revision_and_live(client, world):
    client.force_login(world["staff_a"])
    form = client.get(allocate_url(world)).content.decode()
    assert "2027-03-01" in form and "2027-08-31" in form and "Xưởng gốm" in form
    data = {"space": world["studio"].pk, "start": "2027-03-01", "end": "2027-08-31"}
    response = client.post(allocate_url(world), data)
    assert response.status_code == 302
    (period,) = BlockedPeriod.objects.all()
    assert (period.start, period.end, period.reason) == (
        date(2027, 3, 1),
        date(2027, 8, 31),
        "booked",
    )
    assert period.allocation == world["application"].reference
    studio = SpacePage.objects.get(pk=world["studio"].pk)
    assert not studio.has_unpublished_changes
    # the editor reads the latest revision: the period is there, publishing keeps it
    draft = studio.get_latest_revision_as_object()
    assert [p.allocation for p in draft.blocked_periods.all()] == [period.allocation]
    draft.save_revision().publish()
    assert BlockedPeriod.objects.filter(allocation=period.allocation).count() == 1

    again = client.post(allocate_url(world), data)
    assert again.status_code == 200 and "đã được khóa" in again.content.decode()
    assert BlockedPeriod.objects.count() == 1


def test_allocation_refuses_dates_that_clash_and_keeps_a_waiting_draft(client, world):
    studio = SpacePage.objects.get(pk=world["studio"].pk)
    studio.blocked_periods.add(
        BlockedPeriod(start=date(2027, 3, 10), end=date(2027, 3, 12), reason="maintenance")
    )
    studio.save_revision().publish()
    client.force_login(world["staff_a"])
    data = {"space": studio.pk, "start": "2027-03-01", "end": "2027-08-31"}
    response = client.post(allocate_url(world), data)
    assert response.status_code == 200 and "Bảo trì" in response.content.decode()
    assert not BlockedPeriod.objects.filter(allocation__gt="").exists()

    studio = SpacePage.objects.get(pk=studio.pk)
    studio.title = "Xưởng gốm (bản nháp)"
    studio.save_revision()  # an editor's change waiting to be published
    data["start"] = "2027-04-01"
    assert client.post(allocate_url(world), data).status_code == 302
    studio = SpacePage.objects.get(pk=studio.pk)
    assert studio.title == "Xưởng gốm" and studio.has_unpublished_changes  # not published
    assert studio.blocked_periods.filter(allocation__gt="").count() == 1  # visitors see it
    draft = studio.get_latest_revision_as_object()
    assert draft.title == "Xưởng gốm (bản nháp)"
    assert sorted(p.reason for p in draft.blocked_periods.all()) == ["booked", "maintenance"]
    draft.save_revision().publish()
    live = Page.objects.get(pk=studio.pk).specific
    assert sorted(p.reason for p in live.blocked_periods.all()) == ["booked", "maintenance"]
