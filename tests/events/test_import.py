"""iCalendar in: Google and Outlook exports, idempotent re-import, refused bad files."""

import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from wagtail.models import Page, Revision

from events.importer import CalendarImportError, import_calendar
from events.models import EventOccurrence, EventPage

from .conftest import hanoi

FIXTURES = Path(__file__).parent / "fixtures"


def read(name):
    return (FIXTURES / name).read_bytes()


def state():
    return (Page.objects.count(), Revision.objects.count(), EventOccurrence.objects.count())


def test_google_export_with_rrule_exdate_and_moved_override(calendar):
    result = import_calendar(calendar, read("google_export.ics"), live=True)
    assert len(result.created) == 2 and not result.warnings
    series = EventPage.objects.get(import_uid="4kq0c7f1k2l3m4n5o6p7q8r9s0@google.com")
    assert series.live and series.title == "Lớp gốm sáng thứ Bảy"
    assert series.venue == "Xưởng gốm tầng 1"
    assert series.start == hanoi(2027, 3, 6, 9, 0)
    assert (series.repeat, series.repeat_weekdays, series.repeat_until) == (
        "weekly",
        [5],
        date(2027, 3, 27),
    )
    rows = {o.original_start.date(): o for o in series.occurrences.all()}
    assert sorted(rows) == [
        date(2027, 3, 6),
        date(2027, 3, 13),
        date(2027, 3, 20),
        date(2027, 3, 27),
    ]
    assert rows[date(2027, 3, 13)].status == "cancelled"  # EXDATE
    moved = rows[date(2027, 3, 20)]  # RECURRENCE-ID override
    assert moved.moved and moved.start == datetime(2027, 3, 21, 7, 0, tzinfo=UTC)
    single = EventPage.objects.get(import_uid="7hh2b9x0q1w2e3r4t5y6u7i8o9@google.com")
    assert single.start == datetime(2027, 4, 10, 12, 0, tzinfo=UTC) and not single.repeat
    assert single.slug == "dem-gom-va-nhac"


def test_outlook_export_with_windows_timezone_count_and_cancelled_override(calendar):
    result = import_calendar(calendar, read("outlook_export.ics"), live=True)
    assert len(result.created) == 2
    coffee = EventPage.objects.get(title="Cà phê thiết kế")
    assert coffee.start == hanoi(2027, 3, 7, 8, 30)
    assert (coffee.repeat, coffee.repeat_weekdays, coffee.repeat_nth) == ("monthly", [6], 1)
    assert coffee.repeat_until == date(2027, 6, 6)  # COUNT=4
    statuses = dict(coffee.occurrences.values_list("local_date", "status"))
    assert statuses == {
        date(2027, 3, 7): "scheduled",
        date(2027, 4, 4): "cancelled",
        date(2027, 5, 2): "scheduled",
        date(2027, 6, 6): "scheduled",
    }
    fair = EventPage.objects.get(title="Chợ phiên thủ công")
    occurrence = fair.occurrences.get()
    assert fair.all_day and (occurrence.local_date, occurrence.end_date) == (
        date(2027, 4, 17),
        date(2027, 4, 18),
    )


def test_importing_again_changes_nothing_and_updates_by_uid(calendar):
    import_calendar(calendar, read("google_export.ics"), live=True)
    before = state()
    again = import_calendar(calendar, read("google_export.ics"), live=True)
    assert (len(again.created), len(again.updated), len(again.unchanged)) == (0, 0, 2)
    assert state() == before
    changed = read("google_export.ics").replace(
        "SUMMARY:Đêm gốm và nhạc".encode(), "SUMMARY:Đêm gốm và nhạc dân gian".encode()
    )
    update = import_calendar(calendar, changed, live=True)
    assert (len(update.created), len(update.updated)) == (0, 1)
    assert EventPage.objects.filter(import_uid__endswith="@google.com").count() == 2
    assert EventPage.objects.get(import_uid__startswith="7hh2").title == "Đêm gốm và nhạc dân gian"
    assert EventPage.objects.get(import_uid__startswith="7hh2").occurrences.get().sequence == 1


def test_draft_import_publishes_nothing(calendar):
    result = import_calendar(calendar, read("outlook_export.ics"))
    assert len(result.created) == 2
    imported = EventPage.objects.child_of(calendar)
    assert imported.count() == 2 and not imported.live().exists()
    assert not EventOccurrence.objects.filter(calendar=calendar).exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (read("malformed.ics"), "“broken-2@example.vn” không có thời điểm bắt đầu (DTSTART)"),
        (b"hello world", "không phải là tệp iCalendar"),
        (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", "Tệp không có sự kiện nào"),
    ],
)
def test_malformed_files_are_refused_and_change_nothing(calendar, data, message):
    before = state()
    with pytest.raises(CalendarImportError, match=re.escape(message)):
        import_calendar(calendar, data, live=True)
    assert state() == before


def test_command(calendar, center, capsys):
    call_command("import_ics", center.slug, str(FIXTURES / "google_export.ics"), "--live")
    assert "2 sự kiện mới, 0 được cập nhật, 0 không đổi" in capsys.readouterr().out
    call_command("import_ics", center.slug, str(FIXTURES / "google_export.ics"), "--live")
    assert "0 sự kiện mới, 0 được cập nhật, 2 không đổi" in capsys.readouterr().out
    with pytest.raises(CommandError, match="Nothing was imported: Sự kiện .broken-2"):
        call_command("import_ics", center.slug, str(FIXTURES / "malformed.ics"))
    with pytest.raises(CommandError, match="No center"):
        call_command("import_ics", "khong-co", str(FIXTURES / "google_export.ics"))


def test_admin_import_view(client, calendar):
    admin = User.objects.create_superuser("admin", "admin@example.vn", "pw")
    client.force_login(admin)
    page = client.get("/admin/events/import/")
    assert page.status_code == 200 and "Nhập lịch" in page.content.decode()
    with open(FIXTURES / "outlook_export.ics", "rb") as upload:
        response = client.post(
            "/admin/events/import/", {"calendar": calendar.pk, "file": upload, "live": "on"}
        )
    assert response.status_code == 302
    assert EventPage.objects.child_of(calendar).live().count() == 2
    with open(FIXTURES / "malformed.ics", "rb") as upload:
        refused = client.post("/admin/events/import/", {"calendar": calendar.pk, "file": upload})
    assert "Không có gì được nhập" in refused.content.decode()
    assert EventPage.objects.child_of(calendar).count() == 2
