"""iCalendar out: event.ics and feed.ics parsed back with icalendar, field by field."""

from datetime import UTC, date, datetime

from icalendar import Calendar

from events.models import EventDateException

from .conftest import hanoi


def parse(response):
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def test_event_ics_field_by_field(client, make_event, center):
    event = make_event(
        title="Đêm nhạc Trịnh Công Sơn",
        introduction="Những tình khúc quen thuộc bên đàn guitar.",
        venue="Sân khấu ngoài trời",
        start=hanoi(2026, 12, 5, 19, 30),
        end=hanoi(2026, 12, 5, 21, 30),
    )
    cal = parse(client.get(event.url + "event.ics"))
    assert str(cal["version"]) == "2.0"
    assert str(cal["x-wr-timezone"]) == "Asia/Ho_Chi_Minh"
    [tz] = cal.walk("VTIMEZONE")
    assert str(tz["tzid"]) == "Asia/Ho_Chi_Minh"
    [vevent] = cal.walk("VEVENT")
    assert str(vevent["summary"]) == "Đêm nhạc Trịnh Công Sơn"
    start = vevent.decoded("dtstart")
    assert vevent["dtstart"].params["TZID"] == "Asia/Ho_Chi_Minh"
    assert start.astimezone(UTC) == datetime(2026, 12, 5, 12, 30, tzinfo=UTC)
    assert vevent.decoded("dtend").astimezone(UTC) == datetime(2026, 12, 5, 14, 30, tzinfo=UTC)
    assert (
        str(vevent["uid"])
        == f"{event.translation_key}-20261205T123000Z@events.hanoi-cultural-centers"
    )
    assert vevent.decoded("dtstamp") == event.last_published_at.replace(microsecond=0)
    assert vevent.decoded("sequence") == 0
    assert str(vevent["status"]) == "CONFIRMED"
    assert str(vevent["url"]) == event.get_full_url() == f"http://localhost{event.url}"
    assert "Sân khấu ngoài trời" in str(vevent["location"]) and center.title in str(
        vevent["location"]
    )
    assert "Những tình khúc quen thuộc" in str(vevent["description"])


def test_series_is_expanded_with_cancelled_dates_and_stable_uids(client, make_event):
    event = make_event(
        start=hanoi(2026, 12, 5, 9, 0),
        repeat="weekly",
        repeat_until=date(2026, 12, 19),
        exceptions=[
            EventDateException(date=date(2026, 12, 12), action="cancel"),
            EventDateException(
                date=date(2026, 12, 19), action="move", new_start=hanoi(2026, 12, 20, 15, 0)
            ),
        ],
    )
    vevents = parse(client.get(event.url + "event.ics")).walk("VEVENT")
    assert "RRULE" not in vevents[0]
    stamps = sorted(str(v["uid"]).split("@")[0].rsplit("-", 1)[-1] for v in vevents)
    assert stamps == ["20261205T020000Z", "20261212T020000Z", "20261219T020000Z"]
    statuses = {v.decoded("dtstart").date(): str(v["status"]) for v in vevents}
    assert statuses == {
        date(2026, 12, 5): "CONFIRMED",
        date(2026, 12, 12): "CANCELLED",
        date(2026, 12, 20): "CONFIRMED",
    }
    moved = next(v for v in vevents if v.decoded("dtstart").date() == date(2026, 12, 20))
    # The moved date keeps the UID of the date the series gave it.
    assert "20261219T020000Z" in str(moved["uid"])

    # One date of the series, as the event page offers it beside the whole series.
    one = parse(client.get(event.url + "event.ics?date=2026-12-20")).walk("VEVENT")
    assert [str(v["uid"]) for v in one] == [str(moved["uid"])]
    for wrong in ("2026-12-19", "ngay-mai", "2026-02-30"):
        assert client.get(f"{event.url}event.ics?date={wrong}").status_code == 404


def test_sequence_grows_after_a_change_and_uid_stays(client, make_event):
    event = make_event(start=hanoi(2026, 12, 5, 9, 0))
    first = parse(client.get(event.url + "event.ics")).walk("VEVENT")[0]
    event.status = "postponed"
    event.save_revision().publish()
    second = parse(client.get(event.url + "event.ics")).walk("VEVENT")[0]
    assert str(second["uid"]) == str(first["uid"])
    assert second.decoded("sequence") == first.decoded("sequence") + 1
    assert str(second["status"]) == "TENTATIVE"
    event.status = "cancelled"
    event.save_revision().publish()
    third = parse(client.get(event.url + "event.ics")).walk("VEVENT")[0]
    assert str(third["status"]) == "CANCELLED" and third.decoded("sequence") == 2


def test_all_day_event_uses_dates(client, make_event):
    event = make_event(start=hanoi(2026, 12, 4, 0, 0), end=hanoi(2026, 12, 6, 0, 0), all_day=True)
    [vevent] = parse(client.get(event.url + "event.ics")).walk("VEVENT")
    assert vevent.decoded("dtstart") == date(2026, 12, 4)
    assert vevent.decoded("dtend") == date(2026, 12, 7)  # exclusive, as RFC 5545 says


def test_feed_lists_the_calendar_in_the_visitors_language(
    client, make_event, english_center, calendar, translate
):
    english_calendar = translate(calendar, {calendar.title: "Events", "events": "events"})
    event = make_event(title="Hội chợ gốm", slug="hoi-cho-gom", start=hanoi(2030, 1, 5, 9, 0))
    english = translate(event, {"Hội chợ gốm": "Ceramics fair", "hoi-cho-gom": "ceramics-fair"})
    vi_feed = parse(client.get(calendar.url + "feed.ics"))
    en_feed = parse(client.get(english_calendar.url + "feed.ics"))
    [vi_event] = vi_feed.walk("VEVENT")
    [en_event] = en_feed.walk("VEVENT")
    assert str(vi_event["summary"]) == "Hội chợ gốm"
    assert str(en_event["summary"]) == "Ceramics fair"
    assert str(en_event["url"]) == english.get_full_url()
    assert str(en_event["url"]).startswith("http://localhost/en/")
    # Same real-world date, same UID in both languages.
    assert str(en_event["uid"]) == str(vi_event["uid"])


def test_the_zone_is_the_one_icalendar_would_add_and_only_when_a_date_is_timed(
    client, make_event, calendar
):
    """The feed adds the site zone's VTIMEZONE itself (made once per process): the same
    bytes as icalendar's add_missing_timezones(), and none when every date is all-day."""
    make_event(slug="dem-nhac", start=hanoi(2030, 1, 5, 19, 30), end=hanoi(2030, 1, 5, 21, 0))
    feed = parse(client.get(calendar.url + "feed.ics"))
    assert feed.get_missing_tzids() == set()
    [ours] = feed.walk("VTIMEZONE")
    theirs = Calendar()
    for item in feed.walk("VEVENT"):
        theirs.add_component(item)
    theirs.add_missing_timezones()
    assert ours.to_ical() == theirs.walk("VTIMEZONE")[0].to_ical()

    all_day = make_event(
        slug="hoi-cho", start=hanoi(2030, 2, 1, 0, 0), end=hanoi(2030, 2, 2, 0, 0), all_day=True
    )
    assert parse(client.get(all_day.url + "event.ics")).walk("VTIMEZONE") == []


def _icalendar_vevent(occurrence, event, url, center, place):
    """The same VEVENT built by icalendar's components (the reference for the writer)."""
    from django.utils import timezone
    from icalendar import Event

    from events.ical import ICAL_STATUS, hanoi, occurrence_uid

    item = Event()
    item.add("uid", occurrence_uid(event, occurrence.original_start))
    item.add("dtstamp", event.last_published_at)
    item.add("sequence", occurrence.sequence)
    item.add("summary", event.title)
    if occurrence.all_day:
        item.add("dtstart", occurrence.local_date)
        item.add("dtend", timezone.localtime(occurrence.end, hanoi()).date())
    else:
        item.add("dtstart", occurrence.start.astimezone(hanoi()))
        item.add("dtend", occurrence.end.astimezone(hanoi()))
    parts = [event.introduction, occurrence.note, url]
    item.add("description", "\n\n".join(part for part in parts if part))
    item.add("geo", (float(center.latitude), float(center.longitude)))
    item.add("location", ", ".join(p for p in [place, center.title, center.address] if p))
    item.add("url", url)
    item.add("status", ICAL_STATUS.get(occurrence.status, "CONFIRMED"))
    if occurrence.moved:
        item.add("x-hcc-moved", "TRUE")
    return item.to_ical()


def test_feed_dates_are_written_byte_for_byte_as_icalendar_writes_them(client, make_event, center):
    """The feed writes its VEVENTs itself (icalendar's components took most of a feed's
    time): the bytes are icalendar's, escapes, folding and all."""
    center.address = "Số 2, ngõ 17; phố Hàng Bông\\Hà Nội"
    center.save_revision().publish()
    long = "Đêm nhạc; tình khúc, bên đàn guitar\\ " * 4
    timed = make_event(
        title=long,
        introduction="Dòng một\nDòng hai",
        venue="Sân khấu, ngoài trời",
        start=hanoi(2026, 12, 5, 9, 0),
        repeat="weekly",
        repeat_until=date(2026, 12, 19),
        exceptions=[
            EventDateException(date=date(2026, 12, 12), action="cancel", note="Mưa; hoãn"),
            EventDateException(
                date=date(2026, 12, 19), action="move", new_start=hanoi(2026, 12, 20, 15, 0)
            ),
        ],
    )
    all_day = make_event(start=hanoi(2026, 12, 4, 0, 0), end=hanoi(2026, 12, 6), all_day=True)
    body = client.get(f"{center.url}events/feed.ics").content
    written = [
        b"BEGIN:VEVENT" + part.split(b"END:VEVENT")[0] for part in body.split(b"BEGIN:VEVENT")[1:]
    ]
    expected = [
        _icalendar_vevent(o, event, event.get_full_url(), center, event.venue).split(b"END:VEVENT")[
            0
        ]
        for event in (all_day, timed)
        for o in event.occurrences.order_by("start")
    ]
    assert sorted(written) == sorted(expected) and len(written) == 4
