"""Proposing events to a festival and deciding on them, on the center-scope rule."""

import pytest
from django.contrib.messages import get_messages

from festivals import membership
from festivals.models import EntryStatus, FestivalEntry


@pytest.fixture
def events(make_event):
    return {
        "alpha": make_event("alpha", "su-kien-alpha", 2),
        "beta": make_event("beta", "su-kien-beta", 3, is_free=True),
        "gamma": make_event("gamma", "su-kien-gamma", 4),
    }


def told(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_a_center_proposes_its_event_and_the_organiser_approves(client, festival, events, staff):
    client.force_login(staff["beta"])
    edit = client.get(f"/admin/pages/{events['beta'].pk}/edit/").content.decode()
    assert f"/admin/festivals/propose/?event={events['beta'].pk}" in edit
    page = client.get(f"/admin/festivals/propose/?event={events['beta'].pk}").content.decode()
    assert "su-kien-gamma" not in page and "Sự kiện su-kien-gamma" not in page
    client.post("/admin/festivals/propose/", {"event": events["beta"].pk, "festival": festival.pk})
    entry = FestivalEntry.objects.get(event=events["beta"])
    assert entry.status == EntryStatus.PROPOSED
    assert (
        "Sự kiện su-kien-beta" not in client.get("/vi/festivals/tuan-le-thiet-ke/").content.decode()
    )

    client.force_login(staff["gamma"])  # not an organiser of this festival
    refused = client.post(f"/admin/festivals/entries/{entry.pk}/approve/", follow=True)
    assert "Chỉ đơn vị tổ chức lễ hội mới duyệt được sự kiện của lễ hội." in told(refused)
    denied = client.get(f"/admin/festivals/{festival.pk}/events/")  # the admin's refusal
    assert (denied.status_code, denied["Location"]) == (302, "/admin/")
    entry.refresh_from_db()
    assert entry.status == EntryStatus.PROPOSED

    client.force_login(staff["alpha"])
    overview = client.get("/admin/festivals/").content.decode()
    assert f'href="/admin/festivals/{festival.pk}/events/"' in overview
    client.post(f"/admin/festivals/entries/{entry.pk}/approve/")
    entry.refresh_from_db()
    assert (entry.status, entry.decided_by) == (EntryStatus.APPROVED, staff["alpha"])
    client.logout()
    assert "Sự kiện su-kien-beta" in client.get("/vi/festivals/tuan-le-thiet-ke/").content.decode()


def test_no_one_proposes_another_centers_event(client, festival, events, staff):
    client.force_login(staff["beta"])
    response = client.post(
        "/admin/festivals/propose/", {"event": events["gamma"].pk, "festival": festival.pk}
    )
    assert "event" in response.context["form"].errors
    assert not FestivalEntry.objects.exists()
    with pytest.raises(membership.NotAllowed):
        membership.propose(staff["beta"], events["gamma"], festival)


def test_a_closed_festival_takes_only_its_organisers_events(festival, events, staff):
    festival.accepts_submissions = False
    festival.save_revision().publish()
    with pytest.raises(membership.NotAllowed, match="không nhận đề xuất"):
        membership.propose(staff["beta"], events["beta"], festival)
    entry = membership.propose(staff["alpha"], events["alpha"], festival)
    assert entry.status == EntryStatus.APPROVED  # an organiser's own event goes straight in


def test_one_festival_per_event_and_the_department_decides_anywhere(
    festival, festival_index, events, staff
):
    from tests.factories import FestivalPageFactory

    other = FestivalPageFactory(parent=festival_index, accepts_submissions=True)
    entry = membership.propose(staff["gamma"], events["gamma"], festival)
    with pytest.raises(membership.NotAllowed, match="đã thuộc một lễ hội"):
        membership.propose(staff["gamma"], events["gamma"], other)
    membership.approve(staff["department"], entry)
    membership.remove(staff["department"], entry)
    assert not FestivalEntry.objects.exists()
