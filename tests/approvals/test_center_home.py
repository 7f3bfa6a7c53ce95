"""A center's staff see their own center's work on the admin home: next events, pages
awaiting approval, open inquiries and untranslated pages; no other center's."""

from datetime import timedelta

from bs4 import BeautifulSoup
from django.utils import timezone

from tests.factories import StandardPageFactory

from .conftest import login, make_event, make_inquiry, submit_for_approval


def panel(client):
    soup = BeautifulSoup(client.get("/admin/").content.decode(), "html.parser")
    return soup.find("section", class_="center-overview")


def listed(found, name):
    return [
        a.get_text(strip=True) for a in found.find("div", attrs={"data-list": name}).select("li a")
    ]


def test_center_staff_see_their_centers_work(client, world):
    now = timezone.localtime()
    make_event(
        world["calendar_a"], title="Đêm nhạc A", slug="dem-nhac", start=now + timedelta(days=2)
    )
    make_event(world["calendar_a"], title="Đã qua A", slug="da-qua", start=now - timedelta(days=2))
    make_event(
        world["calendar_b"], title="Đêm nhạc B", slug="dem-nhac", start=now + timedelta(days=1)
    )
    make_inquiry(world["a"], "HCC-A-1", days_left=-2)  # overdue
    make_inquiry(world["a"], "HCC-A-2", days_left=3, status="closed")
    make_inquiry(world["b"], "HCC-B-1", days_left=3)
    StandardPageFactory(
        parent=world["a"], title="Nội quy A", slug="noi-quy"
    ).save_revision().publish()
    submit_for_approval(client, world["editor_a"], world["a"], world["leaf_a"], "Tham quan mới")

    found = panel(client)
    assert found["data-center"] == "a"
    assert listed(found, "events") == ["Đêm nhạc A"]
    assert listed(found, "pending") == ["Tham quan mới"]  # as it was submitted
    assert listed(found, "inquiries") == ["HCC-A-1 · Nguyễn Thị Hoa"]
    assert "đã quá hạn trả lời" in found.find("div", attrs={"data-list": "inquiries"}).get_text()
    assert "Nội quy A" in listed(found, "untranslated")
    assert not any(
        "B" in title for name in ("events", "inquiries") for title in listed(found, name)
    )

    # The center's administrators see the same; the Department and translators do not get it.
    login(client, world["admin_a"])
    assert panel(client)["data-center"] == "a"
    for user in ("department", "translator"):
        login(client, world[user])
        assert panel(client) is None
