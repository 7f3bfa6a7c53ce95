"""The importer never crashes (issue 20): every calendar, however broken, is imported or
refused with a :class:`CalendarImportError` in the user's language, and a refused file
changes nothing in the database.

Two sources of odd files: ``ical_corpus/`` (every property the importer reads, broken in
the ways icalendar lets through, plus broken files as a whole), and calendars that
hypothesis puts together from odd values of the same properties.
"""

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from django.utils import translation
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page, PageLogEntry, Revision

from events.importer import CalendarImportError, import_calendar
from events.models import EventDateException, EventOccurrence, EventPage

CORPUS = Path(__file__).parent / "ical_corpus"
UID = "corpus-1@example.vn"


def snapshot():
    models = [Page, Revision, PageLogEntry, EventOccurrence, EventDateException]
    return {model.__name__: model.objects.count() for model in models}


def attempt(calendar, data, live):
    """``None`` when imported; the Vietnamese message when refused (checked to have
    changed nothing, and to be a translation, not the English text)."""
    before = snapshot()
    try:
        import_calendar(calendar, data, live=live)
    except CalendarImportError as error:
        assert snapshot() == before
        message = str(error)
        with translation.override("en"), pytest.raises(CalendarImportError) as english:
            import_calendar(calendar, data, live=live)
        assert message and message != str(english.value)
        return message
    return None


def page():
    """The corpus event as last imported (a draft is in its latest revision)."""
    return EventPage.objects.get(import_uid=UID).get_latest_revision_as_object()


# What some files must give: the start of the refusal, or a check of what was imported.
EXPECTED = {
    "empty.ics": "Đây không phải là tệp iCalendar đọc được",
    "binary_garbage.ics": "Tệp không phải là văn bản UTF-8",
    "windows_1258.ics": "Tệp không phải là văn bản UTF-8",
    "utf16_with_bom.ics": lambda: page().title == "Đêm nhạc",
    "nul_bytes.ics": lambda: page().title == "Đêm nhạc" and page().introduction == "ab",
    "control_characters.ics": lambda: page().title == "Đêm nhạc",
    "two_vcalendars.ics": "Đây không phải là tệp iCalendar đọc được",
    "no_vcalendar.ics": "Tệp phải chứa đúng một VCALENDAR",
    "too_many_events.ics": "Tệp có hơn 500 sự kiện",
    "uid_missing.ics": "Một sự kiện trong tệp không có UID",
    "uid_duplicate.ics": "Tệp có sự kiện “corpus-1@example.vn” hai lần",
    "summary_enormous.ics": lambda: len(page().title) == 255,
    "description_enormous.ics": lambda: len(page().introduction) == 10_000,
    "url_javascript.ics": lambda: page().ticket_url == "",
    "duration_not_a_duration.ics": "Không đọc được DURATION của sự kiện “corpus-1@example.vn”",
    "duration_is_a_date.ics": "DURATION của sự kiện “corpus-1@example.vn” không phải là một",
    "duration_negative.ics": "Sự kiện “corpus-1@example.vn” kết thúc trước khi bắt đầu",
    "duration_enormous.ics": "DURATION của sự kiện “corpus-1@example.vn” dài hơn",
    "dtend_before_dtstart.ics": "kết thúc trước khi bắt đầu",
    "dtstart_year_0.ics": "Không đọc được DTSTART",
    "dtstart_year_9999.ics": "DTSTART của sự kiện “corpus-1@example.vn” nằm ngoài các năm 1900–2199",
    "dtstart_time_only.ics": "DTSTART của sự kiện “corpus-1@example.vn” không phải là ngày",
    "rrule_freq_not_a_frequency.ics": "Không đọc được RRULE",
    "rrule_count_huge.ics": lambda: page().repeat and page().repeat_until is None,
    "rrule_until_year_9999.ics": lambda: page().repeat and page().repeat_until is None,
    "rrule_until_before_dtstart.ics": "kết thúc trước khi sự kiện bắt đầu",
    "rrule_monthly_count_1000.ics": lambda: page().repeat_until == date(2110, 6, 7),
    "exdate_period.ics": "EXDATE của sự kiện “corpus-1@example.vn” không phải là ngày",
    "tzid_unknown.ics": lambda: page().start == datetime(2027, 3, 6, 12, 0, tzinfo=UTC),
    "rdate_dates.ics": lambda: not page().repeat,
}


# Files about series are published, which builds their dates; the rest stay drafts.
SCHEDULE = ("rrule_", "exdate_", "override_", "recurrence_")


def test_every_corpus_file_is_imported_or_refused_cleanly(calendar):
    # Drafts first: once the event is published, every later update publishes it too.
    files = sorted(CORPUS.glob("*.ics"), key=lambda path: (path.name.startswith(SCHEDULE), path))
    assert len(files) > 100 and set(EXPECTED) <= {path.name for path in files}
    for path in files:
        refused = attempt(calendar, path.read_bytes(), live=path.name.startswith(SCHEDULE))
        expected = EXPECTED.get(path.name)
        if isinstance(expected, str):
            assert refused is not None and expected in refused, path.name
        elif expected is not None:
            assert refused is None and expected(), path.name


# Hypothesis: calendars made of the properties the importer reads, with odd values.


def ymd(day):
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


# Odd text: any character but those that end a line (a value that breaks its line is the
# rarer "broken file" case, which the cut and the encodings below also make).
LINE_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
text_characters = st.characters(blacklist_categories=["Cs"])  # no surrogates in a file
one_line = st.text(
    st.characters(blacklist_characters=LINE_BREAKS, blacklist_categories=["Cs"]), max_size=16
)
junk = st.one_of(one_line, one_line, one_line, st.text(text_characters, max_size=8))
dates = st.dates(min_value=date(1, 1, 1)).map(ymd)
times = st.tuples(dates, st.integers(0, 99), st.integers(0, 99), st.sampled_from(["", "Z"]))
datetimes = times.map(lambda t: f"{t[0]}T{t[1]:02d}{t[2]:02d}00{t[3]}")
moments = st.one_of(datetimes, dates, junk, st.lists(datetimes, max_size=3).map(",".join))
durations = st.one_of(
    st.sampled_from(["PT1H", "P1D", "-P1D", "P9999999W", "PT", "P1Y", "soon", "20270306"]), junk
)
rule_parts = st.one_of(
    st.sampled_from(["DAILY", "WEEKLY", "MONTHLY", "YEARLY", "SOMETIMES", ""]).map(
        "FREQ={}".format
    ),
    st.integers(-3, 10**12).map("COUNT={}".format),
    st.one_of(st.integers(-1, 3), junk).map("INTERVAL={}".format),
    st.one_of(dates, datetimes, junk).map("UNTIL={}".format),
    st.lists(st.sampled_from(["MO", "SA", "1SA", "-1FR", "5SU", "XX", ""]), max_size=3)
    .map(",".join)
    .map("BYDAY={}".format),
    st.sampled_from(["BYSETPOS=1", "BYSETPOS=x", "X-FOO=1", "WKST=SU"]),
)
rules = st.lists(rule_parts, max_size=5).map(";".join)
params = st.sampled_from(
    ["", "", "", "", ";VALUE=DATE", ";VALUE=TIME", ";VALUE=PERIOD", ";TZID=Asia/Ho_Chi_Minh",
     ";TZID=Mars/Olympus", ";TZID=", ';X-P="a']
)  # fmt: skip
VALUES = {
    "UID": st.one_of(st.sampled_from(["a@x", "b@x", ""]), junk),
    "SUMMARY": st.one_of(st.just("Đêm nhạc"), junk),
    "DESCRIPTION": junk,
    "LOCATION": junk,
    "URL": st.one_of(st.sampled_from(["https://example.vn/ve", "javascript:x", "http://"]), junk),
    "STATUS": st.one_of(st.sampled_from(["CANCELLED", "CONFIRMED"]), junk),
    "CATEGORIES": junk,
    "DTSTART": moments,
    "DTEND": moments,
    "DURATION": durations,
    "RRULE": rules,
    "EXDATE": moments,
    "RDATE": moments,
    "RECURRENCE-ID": moments,
}
lines = st.sampled_from(sorted(VALUES)).flatmap(
    lambda name: st.tuples(st.just(name), params, VALUES[name]).map(
        lambda line: f"{line[0]}{line[1]}:{line[2]}"
    )
)
usual = [["UID:a@x", "UID:b@x", "UID:c@x"], ["SUMMARY:Đêm nhạc"], ["DTSTART:20270306T190000"]]
# Each usual line is there most of the time, so that most events get as far as the odd ones.
kept = st.tuples(*[st.sampled_from(choices * 5 + [""]) for choices in usual])
events = st.tuples(
    kept.map(lambda found: [line for line in found if line]), st.lists(lines, max_size=5)
)
components = st.sampled_from(["VEVENT"] * 8 + ["VTODO", "X-ODD"])


@st.composite
def calendars(draw):
    """A calendar that parses, its events made of usual and odd property lines."""
    body = []
    for usual_lines, odd in draw(st.lists(events, min_size=1, max_size=3)):
        name = draw(components)
        body += [f"BEGIN:{name}", *usual_lines, *odd, f"END:{name}"]
    return "\r\n".join(["BEGIN:VCALENDAR", "VERSION:2.0", *body, "END:VCALENDAR", ""])


@st.composite
def broken_files(draw):
    """A calendar cut anywhere, in another encoding, or bytes that are no text at all."""
    text = draw(calendars())
    text = text[: draw(st.integers(0, len(text)))]
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1258", "latin-1"]))
    return draw(st.one_of(st.just(text.encode(encoding, errors="replace")), st.binary()))


SETTINGS = {
    "deadline": None,
    "database": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
}


@settings(max_examples=30, **SETTINGS)
@given(text=calendars(), live=st.booleans())
def test_generated_calendars_are_imported_or_refused_cleanly(calendar, text, live):
    attempt(calendar, text.encode(), live)


@settings(max_examples=40, **SETTINGS)
@given(data=broken_files())
def test_generated_broken_files_are_refused_cleanly(calendar, data):
    attempt(calendar, data, live=True)
