"""Every figure of a known quarter, whole and filtered by center, sector and category."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reports.figures import (
    EXTRA_FIGURES,
    Figure,
    figures,
    figures_by_center,
    median_response_hours,
)
from spaces.models import Inquiry

from .conftest import Q3_END, Q3_START, hanoi, inquiry

NETWORK = {
    "events_held": 3,
    "occurrences_held": 5,
    "events_cancelled": 1,
    "occurrences_cancelled": 2,
    "attendance": 395,
    "attendance_ticketed": 65,
    "attendance_free": 130,
    "free_share": 66.7,
    "accessible_share": 33.3,
    "inquiries_received": 4,
    "inquiries_answered": 3,
    "inquiries_booked": 1,
    "median_response_hours": 10.0,
    "booked_days": 9,
}


def both(quarter):
    return [quarter["alpha"], quarter["beta"]]


def test_every_figure_of_the_quarter(quarter):
    result = figures(Q3_START, Q3_END, centers=both(quarter))
    assert {key: result[key] for key in NETWORK} == NETWORK
    # Nothing under the two centers is translated yet: every page lacks its English.
    assert result["translation_coverage"] == 0.0


def test_by_center(quarter):
    alpha = figures(Q3_START, Q3_END, centers=[quarter["alpha"]])
    beta = figures(Q3_START, Q3_END, centers=[quarter["beta"]])
    assert {key: alpha[key] for key in NETWORK} == {
        "events_held": 2,
        "occurrences_held": 4,
        "events_cancelled": 1,
        "occurrences_cancelled": 2,
        "attendance": 195,
        "attendance_ticketed": 65,
        "attendance_free": 130,
        "free_share": 50.0,
        "accessible_share": 50.0,
        "inquiries_received": 2,
        "inquiries_answered": 2,
        "inquiries_booked": 1,
        "median_response_hours": 7.0,
        "booked_days": 8,
    }
    assert {key: beta[key] for key in NETWORK} == {
        "events_held": 1,
        "occurrences_held": 1,
        "events_cancelled": 0,
        "occurrences_cancelled": 0,
        "attendance": 200,
        "attendance_ticketed": 0,
        "attendance_free": 0,
        "free_share": 100.0,
        "accessible_share": 0.0,
        "inquiries_received": 2,
        "inquiries_answered": 1,
        "inquiries_booked": 0,
        "median_response_hours": 30.0,
        "booked_days": 1,
    }


def test_english_center_page_counts_the_same_center(quarter, locales):
    english = quarter["alpha"].copy_for_translation(locales["en"])
    assert english.pk != quarter["alpha"].pk
    assert figures(Q3_START, Q3_END, centers=[english])["events_held"] == 2


def test_by_sector(quarter):
    result = figures(Q3_START, Q3_END, centers=both(quarter), sectors=[quarter["music"]])
    assert {key: result[key] for key in NETWORK} == {
        "events_held": 2,
        "occurrences_held": 2,
        "events_cancelled": 0,
        "occurrences_cancelled": 0,
        "attendance": 320,
        "attendance_ticketed": 0,
        "attendance_free": 120,
        "free_share": 100.0,
        "accessible_share": 50.0,
        "inquiries_received": 2,
        "inquiries_answered": 1,
        "inquiries_booked": 1,
        "median_response_hours": 4.0,
        "booked_days": 1,
    }
    assert result["translation_coverage"] is None  # coverage is per center, not per sector


def test_by_category(quarter):
    result = figures(Q3_START, Q3_END, centers=both(quarter), categories=[quarter["concert"]])
    assert {key: result[key] for key in NETWORK} == {
        "events_held": 1,
        "occurrences_held": 1,
        "events_cancelled": 1,
        "occurrences_cancelled": 1,
        "attendance": 120,
        "attendance_ticketed": 0,
        "attendance_free": 120,
        "free_share": 100.0,
        "accessible_share": 100.0,
        # Inquiries and spaces have no event category: the figures do not apply.
        "inquiries_received": None,
        "inquiries_answered": None,
        "inquiries_booked": None,
        "median_response_hours": None,
        "booked_days": None,
    }


def test_a_custom_period_cuts_bookings_and_events_at_its_edges(quarter):
    result = figures(date(2025, 7, 3), date(2025, 8, 9), centers=both(quarter))
    assert result["booked_days"] == 3 + 1  # 03/07..05/07 and 01/08
    assert result["occurrences_held"] == 3  # e1 12/07, e2 02/08 and 09/08
    assert result["attendance"] == 120 + 40 + 35


def test_dates_still_to_come_are_not_held(quarter):
    result = figures(Q3_START, Q3_END, centers=both(quarter), today=date(2025, 8, 5))
    assert result["occurrences_held"] == 2  # e1 and e2's first Saturday
    assert result["events_held"] == 2


def test_median_of_an_even_count_is_the_mean_of_the_middle_two(quarter):
    inquiries = Inquiry.objects.filter(center=quarter["alpha"])  # 4 h, 10 h and (Q2) 1 h
    assert median_response_hours(inquiries) == 4.0
    assert median_response_hours(inquiries.exclude(status="answered")) == 2.5


def test_answering_an_inquiry_records_when(quarter):
    item = Inquiry.objects.get(status="new")
    assert not hasattr(item, "first_response") or item.first_response is None
    item.status = "answered"
    item.save()
    item.refresh_from_db()
    assert item.first_response.responded_at >= item.created_at
    first = item.first_response.responded_at
    item.status = "booked"
    item.save()
    item.refresh_from_db()
    assert item.first_response.responded_at == first  # the first answer only


def test_other_apps_add_figures(quarter, monkeypatch):
    calls = []

    def inspections(first, last, scope):
        calls.append((first, last, scope.center_keys))
        return 7

    monkeypatch.setattr(
        "reports.figures.EXTRA_FIGURES",
        [*EXTRA_FIGURES, Figure("inspections", "x", compute=inspections)],
    )
    result = figures(Q3_START, Q3_END, centers=[quarter["alpha"]])
    assert result["inspections"] == 7
    assert calls == [(Q3_START, Q3_END, {str(quarter["alpha"].translation_key)})]


def test_figures_take_a_bounded_number_of_queries(quarter, django_assert_max_num_queries):
    with django_assert_max_num_queries(20):
        figures(Q3_START, Q3_END, centers=both(quarter), coverage=False)


def test_coverage_from_counts_read_once_is_each_centers_own(quarter, locales):
    """The activity report counts translation states once and shares them out per center."""
    from reports.figures import Scope, _keys, coverage_counts, translation_coverage

    quarter["alpha"].copy_for_translation(locales["en"]).save_revision().publish()
    rows = coverage_counts()
    shares = {}
    for name in ("alpha", "beta"):
        scope = Scope(center_keys=_keys([quarter[name]]))
        shares[name] = translation_coverage(scope, rows)
        assert shares[name] == translation_coverage(scope)  # read for that center alone
        assert (
            figures(Q3_START, Q3_END, centers=[quarter[name]], coverage=rows)[
                "translation_coverage"
            ]
            == shares[name]
        )
    assert shares["alpha"] > shares["beta"] == 0.0
    assert translation_coverage(Scope(), rows) == translation_coverage(Scope())


CASES = {  # name: (filters of the quarter fixture, first day, last day)
    "none": (lambda q: {}, Q3_START, Q3_END),
    "sector": (lambda q: {"sectors": [q["music"]]}, Q3_START, Q3_END),
    "category": (lambda q: {"categories": [q["concert"]]}, Q3_START, Q3_END),
    "custom period": (lambda q: {}, date(2025, 7, 3), date(2025, 8, 9)),
}


@pytest.mark.parametrize("name", CASES)
def test_figures_by_center_are_each_centers_own(quarter, center_factory, locales, name):
    """The activity report's rows: every center's figures from grouped queries equal
    what figures() gives for that center alone, a center with nothing included."""
    english = quarter["alpha"].copy_for_translation(locales["en"])
    english.save_revision().publish()
    # An inquiry made on the English site names the English page of the same center.
    inquiry(english, hanoi(2025, 8, 20, 9, 0), "answered", 2, quarter["music"])
    empty = center_factory(slug="report-gamma", title="Trung tâm Gamma")
    centers = [quarter["alpha"], quarter["beta"], empty]
    chosen, first, last = CASES[name]
    filters = chosen(quarter)
    grouped = figures_by_center(first, last, centers, **filters)
    assert set(grouped) == {str(center.translation_key) for center in centers}
    for center in centers:
        alone = figures(first, last, centers=[center], **filters)
        assert grouped[str(center.translation_key)] == alone, center.title
    if name == "none":
        alpha = grouped[str(quarter["alpha"].translation_key)]
        assert (alpha["events_held"], alpha["inquiries_received"]) == (2, 3)
        assert grouped[str(empty.translation_key)]["booked_days"] == 0


def test_figures_by_center_take_the_same_queries_for_more_centers(quarter, center_factory):
    assert [extra.key for extra in EXTRA_FIGURES if not extra.by_center] == []
    two = [quarter["alpha"], quarter["beta"]]
    five = [*two, *(center_factory(slug=f"report-{n}", title=f"Trung tâm {n}") for n in "xyz")]
    counted = []
    for centers in (two, five):
        with CaptureQueriesContext(connection) as queries:
            figures_by_center(Q3_START, Q3_END, centers)
        counted.append(len(queries))
    assert counted[0] == counted[1]
