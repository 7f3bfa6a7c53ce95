"""The clash check: large events of different centers overlapping in time."""

from events.choices import EventStatus
from reports.clashes import clashing_occurrences

from .conftest import hanoi, login, make_event


def titles(rows):
    return [row.event.title for row in rows]


def test_overlapping_large_events_of_different_centers_clash(world):
    calendar_a, calendar_b = world["calendar_a"], world["calendar_b"]
    concert = make_event(
        calendar_a,
        title="Hòa nhạc",
        slug="hoa-nhac",
        expected_attendance=800,
        start=hanoi(2026, 12, 12, 19, 0),
        end=hanoi(2026, 12, 12, 22, 0),
    )
    make_event(  # overlaps the concert: a clash
        calendar_b,
        title="Lễ hội đèn",
        slug="le-hoi-den",
        expected_attendance=400,
        start=hanoi(2026, 12, 12, 21, 0),
        end=hanoi(2026, 12, 12, 23, 0),
    )
    make_event(  # starts exactly when the concert ends: [start, end) do not overlap
        calendar_b,
        title="Chiếu phim khuya",
        slug="chieu-phim",
        expected_attendance=900,
        start=hanoi(2026, 12, 12, 23, 0),
        end=hanoi(2026, 12, 13, 1, 0),
    )
    make_event(  # overlaps but small
        calendar_b,
        title="Tọa đàm nhỏ",
        slug="toa-dam",
        expected_attendance=40,
        start=hanoi(2026, 12, 12, 19, 30),
    )
    make_event(  # overlaps but the same center
        calendar_a,
        title="Chợ phiên",
        slug="cho-phien",
        expected_attendance=1000,
        start=hanoi(2026, 12, 12, 18, 0),
        end=hanoi(2026, 12, 12, 20, 0),
    )
    make_event(  # overlaps but cancelled
        calendar_b,
        title="Diễu hành",
        slug="dieu-hanh",
        expected_attendance=2000,
        status=EventStatus.CANCELLED,
        start=hanoi(2026, 12, 12, 18, 0),
        end=hanoi(2026, 12, 12, 23, 30),
    )

    def clashes(**kwargs):
        # This network's only: the demo, when loaded earlier in the session, has its own.
        centers = {world["a"].pk, world["b"].pk}
        return [row for row in clashing_occurrences(**kwargs) if row.center_id in centers]

    rows = clashes(threshold=300, now=hanoi(2026, 12, 1, 0, 0))
    assert titles(rows) == ["Hòa nhạc", "Lễ hội đèn"]
    assert rows[0].event_id == concert.pk
    # A higher threshold leaves the 400-person festival out, and with it the clash.
    assert clashes(threshold=500, now=hanoi(2026, 12, 1)) == []
    # Once both have ended they are no longer listed.
    assert clashes(threshold=300, now=hanoi(2026, 12, 13, 2, 0)) == []


def test_the_report_is_the_departments(client, world):
    calendar_a, calendar_b = world["calendar_a"], world["calendar_b"]
    make_event(
        calendar_a,
        title="Hòa nhạc",
        slug="hoa-nhac",
        expected_attendance=800,
        start=hanoi(2030, 12, 12, 19, 0),
        end=hanoi(2030, 12, 12, 22, 0),
    )
    make_event(
        calendar_b,
        title="Lễ hội đèn",
        slug="le-hoi-den",
        expected_attendance=400,
        start=hanoi(2030, 12, 12, 20, 0),
        end=hanoi(2030, 12, 12, 23, 0),
    )
    login(client, world["editor_a"])
    assert client.get("/admin/reports/clashes/").status_code in (302, 403)
    login(client, world["department"])
    html = client.get("/admin/reports/clashes/").content.decode()
    assert "Hòa nhạc" in html and "Lễ hội đèn (Trung tâm B)" in html
    assert "Thứ Năm, 12 tháng 12 năm 2030, 19:00" in html
    response = client.get("/admin/reports/clashes/?export=csv")
    csv = b"".join(response.streaming_content).decode()
    (row,) = [line for line in csv.splitlines() if "Hòa nhạc," in line]
    assert "Lễ hội đèn (Trung tâm B)" in row
    assert row.startswith("2030-12-12 19:00,")  # a date a sheet can sort
