"""Occurrence rows: recurrence, UTC storage, exceptions, closures and translations."""

from datetime import UTC, date, datetime, timedelta
from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from events import schedule
from events.choices import EventStatus
from events.models import ClosureDay, EventDateException, EventOccurrence, EventPage
from events.schedule import materialise

from .conftest import hanoi


def _dates(event):
    return [o.local_date for o in event.occurrences.order_by("start")]


def test_single_event_is_stored_in_utc_and_shown_in_hanoi_time(make_event):
    event = make_event(start=hanoi(2026, 12, 5, 19, 30), end=hanoi(2026, 12, 5, 21, 0))
    occurrence = event.occurrences.get()
    assert occurrence.start == datetime(2026, 12, 5, 12, 30, tzinfo=UTC)
    raw = EventOccurrence.objects.filter(pk=occurrence.pk).values_list("start", flat=True)[0]
    assert raw.utcoffset() == timedelta(0) and raw.hour == 12
    assert occurrence.local_date == date(2026, 12, 5)
    assert timezone.localtime(occurrence.end).strftime("%H:%M") == "21:00"


def test_late_evening_event_keeps_its_hanoi_date(make_event):
    # 00:30 on 6 December in Hanoi is still 5 December in UTC.
    event = make_event(start=hanoi(2026, 12, 6, 0, 30))
    occurrence = event.occurrences.get()
    assert occurrence.start.astimezone(UTC).date() == date(2026, 12, 5)
    assert occurrence.local_date == date(2026, 12, 6)


def test_weekly_series_on_chosen_weekdays_until_a_date(make_event):
    event = make_event(
        start=hanoi(2027, 3, 6, 9, 0),
        end=hanoi(2027, 3, 6, 11, 0),
        repeat="weekly",
        repeat_weekdays=[5, 6],
        repeat_until=date(2027, 3, 21),
    )
    assert _dates(event) == [
        date(2027, 3, 6),
        date(2027, 3, 7),
        date(2027, 3, 13),
        date(2027, 3, 14),
        date(2027, 3, 20),
        date(2027, 3, 21),
    ]
    assert {timezone.localtime(o.start).hour for o in event.occurrences.all()} == {9}
    assert {o.end - o.start for o in event.occurrences.all()} == {timedelta(hours=2)}


def test_first_sunday_of_each_month(make_event):
    event = make_event(
        start=hanoi(2027, 3, 7, 8, 0),
        repeat="monthly",
        repeat_weekdays=[6],
        repeat_nth=1,
        repeat_until=date(2027, 6, 30),
    )
    assert _dates(event) == [date(2027, 3, 7), date(2027, 4, 4), date(2027, 5, 2), date(2027, 6, 6)]


def test_lunar_series_on_ram_and_mung_1_skips_tet(make_event):
    event = make_event(
        start=hanoi(2026, 12, 9, 6, 0),
        repeat="lunar",
        repeat_lunar_days="1,15",
        repeat_until=date(2027, 3, 31),
    )
    dates = _dates(event)
    # Mùng 1 Tết 2027 (6 February) is a public holiday: the series skips it.
    assert date(2027, 2, 6) not in dates
    assert dates == [
        date(2026, 12, 9),
        date(2026, 12, 23),
        date(2027, 1, 8),
        date(2027, 1, 22),
        date(2027, 2, 20),
        date(2027, 3, 8),
        date(2027, 3, 22),
    ]


def test_one_off_event_on_a_public_holiday_keeps_its_date(make_event):
    event = make_event(start=hanoi(2026, 9, 2, 20, 0))
    assert _dates(event) == [date(2026, 9, 2)]


def test_weekly_series_skips_public_holidays_and_center_closures(make_event, calendar):
    ClosureDay.objects.create(
        page=calendar,
        first_day=date(2026, 12, 19),
        last_day=date(2026, 12, 20),
        reason="Bảo trì sân khấu",
        locale=calendar.locale,
    )
    event = make_event(
        start=hanoi(2026, 12, 11, 18, 0),
        repeat="weekly",
        repeat_weekdays=[4, 5],
        repeat_until=date(2027, 1, 2),
    )
    # 19 December: the center is closed; 1 January 2027 (a Friday): New Year's Day.
    assert _dates(event) == [
        date(2026, 12, 11),
        date(2026, 12, 12),
        date(2026, 12, 18),
        date(2026, 12, 25),
        date(2026, 12, 26),
        date(2027, 1, 2),
    ]


def test_publishing_the_calendar_applies_new_closures(make_event, calendar):
    event = make_event(
        start=hanoi(2026, 12, 12, 9, 0), repeat="weekly", repeat_until=date(2026, 12, 26)
    )
    assert len(_dates(event)) == 3
    calendar.closures = [ClosureDay(first_day=date(2026, 12, 19), locale=calendar.locale)]
    calendar.save_revision().publish()
    assert _dates(event) == [date(2026, 12, 12), date(2026, 12, 26)]


def test_one_date_cancelled_one_moved_one_annotated(make_event):
    event = make_event(
        start=hanoi(2026, 12, 5, 9, 0),
        end=hanoi(2026, 12, 5, 11, 0),
        repeat="weekly",
        repeat_until=date(2026, 12, 26),
        exceptions=[
            EventDateException(date=date(2026, 12, 12), action="cancel", note="Nghệ sĩ ốm"),
            EventDateException(
                date=date(2026, 12, 19), action="move", new_start=hanoi(2026, 12, 20, 14, 0)
            ),
            EventDateException(date=date(2026, 12, 26), action="note", note="Có phiên dịch"),
        ],
    )
    rows = {o.original_start.astimezone(UTC).date(): o for o in event.occurrences.all()}
    assert len(rows) == 4
    cancelled = rows[date(2026, 12, 12)]
    assert cancelled.status == EventStatus.CANCELLED and cancelled.note == "Nghệ sĩ ốm"
    moved = rows[date(2026, 12, 19)]
    assert moved.moved and moved.local_date == date(2026, 12, 20)
    assert moved.start == datetime(2026, 12, 20, 7, 0, tzinfo=UTC)
    assert moved.end - moved.start == timedelta(hours=2)
    assert rows[date(2026, 12, 26)].note == "Có phiên dịch"
    untouched = rows[date(2026, 12, 5)]
    assert (untouched.status, untouched.note, untouched.moved) == ("scheduled", "", False)


def test_all_day_multi_day_event_covers_each_day(make_event):
    event = make_event(start=hanoi(2026, 12, 4, 0, 0), end=hanoi(2026, 12, 6, 0, 0), all_day=True)
    occurrence = event.occurrences.get()
    assert (occurrence.local_date, occurrence.end_date) == (date(2026, 12, 4), date(2026, 12, 6))
    assert occurrence.start == hanoi(2026, 12, 4, 0, 0)
    assert occurrence.end == hanoi(2026, 12, 7, 0, 0)
    assert event.occurrences.overlapping(date(2026, 12, 5), date(2026, 12, 5)).count() == 1
    assert event.occurrences.overlapping(date(2026, 12, 7), date(2026, 12, 7)).count() == 0


def test_series_stops_at_the_rolling_horizon(make_event):
    event = make_event(start=hanoi(2026, 1, 3, 9, 0), repeat="weekly", publish=False)
    event.save_revision().publish()
    last = event.occurrences.order_by("-start").first().local_date
    assert last <= timezone.localdate() + timedelta(days=schedule.HORIZON_DAYS)
    assert last > timezone.localdate() + timedelta(days=schedule.HORIZON_DAYS - 7)


def test_drafts_have_no_occurrences_and_unpublishing_removes_them(make_event):
    draft = make_event(publish=False)
    assert not draft.occurrences.exists()
    event = make_event()
    assert event.occurrences.count() == 1
    event.unpublish()
    assert not EventOccurrence.objects.filter(event=event).exists()


def test_sequence_grows_only_for_dates_that_change(make_event):
    event = make_event(
        start=hanoi(2026, 12, 5, 9, 0), repeat="weekly", repeat_until=date(2026, 12, 12)
    )
    assert set(event.occurrences.values_list("sequence", flat=True)) == {0}
    materialise(event)  # nothing changed
    assert set(event.occurrences.values_list("sequence", flat=True)) == {0}
    event.date_exceptions = [EventDateException(date=date(2026, 12, 12), action="cancel")]
    event.save_revision().publish()
    sequences = dict(event.occurrences.values_list("local_date", "sequence"))
    assert sequences == {date(2026, 12, 5): 0, date(2026, 12, 12): 1}
    event.title = "Tên mới"
    event.save_revision().publish()
    sequences = dict(event.occurrences.values_list("local_date", "sequence"))
    assert sequences == {date(2026, 12, 5): 1, date(2026, 12, 12): 2}


def test_each_language_has_its_own_occurrences_with_the_same_schedule(
    make_event, translate, english_center, calendar
):
    translate(calendar, {calendar.title: "Events", calendar.slug: calendar.slug})
    event = make_event(
        title="Đêm nhạc Trịnh",
        slug="dem-nhac-trinh",
        start=hanoi(2026, 12, 5, 19, 30),
        repeat="weekly",
        repeat_until=date(2026, 12, 19),
        exceptions=[EventDateException(date=date(2026, 12, 12), action="cancel", note="Mưa lớn")],
    )
    english = translate(
        event,
        {
            "Đêm nhạc Trịnh": "Trinh Cong Son night",
            "dem-nhac-trinh": "trinh-night",
            "Mưa lớn": "Heavy rain",
        },
    )
    assert english.locale.language_code == "en"
    rows = english.occurrences.order_by("start")
    assert [o.local_date for o in rows] == _dates(event)
    assert [o.start for o in rows] == [o.start for o in event.occurrences.order_by("start")]
    assert {o.locale_id for o in rows} == {english.locale_id}
    cancelled = rows.get(local_date=date(2026, 12, 12))
    assert (cancelled.status, cancelled.note) == ("cancelled", "Heavy rain")


def test_refresh_command_rebuilds_missing_rows(make_event, capsys):
    event = make_event(
        start=hanoi(2026, 12, 5, 9, 0), repeat="weekly", repeat_until=date(2026, 12, 26)
    )
    EventOccurrence.objects.all().delete()
    call_command("refresh_occurrences")
    assert event.occurrences.count() == 4
    live = EventPage.objects.live().count()
    assert (
        f"{live} events, {EventOccurrence.objects.count()} occurrences." in capsys.readouterr().out
    )


def test_validation_of_the_schedule_and_price(db):
    event = EventPage(
        title="x",
        slug="x",
        start=hanoi(2026, 12, 5, 9),
        end=hanoi(2026, 12, 4, 9),
        is_free=True,
        price_min=50000,
        attendance_mode="online",
        repeat="lunar",
        repeat_until=date(2026, 1, 1),
    )
    with mock.patch("wagtail.models.Page.clean"), pytest.raises(ValidationError) as error:
        event.clean()
    assert set(error.value.message_dict) == {
        "end",
        "price_min",
        "online_url",
        "repeat_lunar_days",
        "repeat_until",
    }
