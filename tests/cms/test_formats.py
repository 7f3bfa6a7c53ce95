"""Dates, money and alphabetical order in each language's conventions."""

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import translation

from cms import formats

UTC = ZoneInfo("UTC")


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("vi", "Thứ Bảy, 5 tháng 12 năm 2026, 19:30"),
        ("en", "Saturday 5 December 2026, 19:30"),
    ],
)
def test_long_datetime_is_in_hanoi_time(language, expected):
    # 12:30 UTC is 19:30 in Hanoi (UTC+7, no daylight saving).
    assert formats.long_datetime(datetime(2026, 12, 5, 12, 30, tzinfo=UTC), language) == expected


def test_late_utc_evening_is_the_next_day_in_hanoi():
    assert formats.long_date(datetime(2026, 12, 5, 20, 0, tzinfo=UTC), "vi") == (
        "Chủ Nhật, 6 tháng 12 năm 2026"
    )


def test_plain_dates_and_month_headings():
    assert formats.long_date(date(2027, 2, 6), "vi") == "Thứ Bảy, 6 tháng 2 năm 2027"
    assert formats.short_date(date(2027, 2, 6), "vi") == "6/2/2027"
    assert formats.short_date(date(2027, 2, 6), "en") == "6 Feb 2027"
    assert formats.month_year(date(2026, 12, 1), "vi") == "Tháng 12 năm 2026"
    assert formats.month_year(date(2026, 12, 1), "en") == "December 2026"


@pytest.mark.parametrize(
    ("amount", "vi", "en"),
    [
        (1_500_000, "1.500.000 ₫", "1,500,000 VND"),
        (3_000_000, "3.000.000 ₫", "3,000,000 VND"),
        (50_000, "50.000 ₫", "50,000 VND"),
        (0, "0 ₫", "0 VND"),
    ],
)
def test_money_in_dong(amount, vi, en):
    assert formats.vnd(amount, "vi") == vi
    assert formats.vnd(amount, "en") == en


def test_vietnamese_alphabetical_order():
    shuffled = [
        "Đống Đa",
        "dừa",
        "Ba Đình",
        "ăn",
        "Hà Nội",
        "da",
        "dạ",
        "dá",
        "dà",
        "an",
        "ơ",
        "Ô Chợ Dừa",
        "o",
        "ư",
        "u",
        "âm",
        "Bát Tràng",
        "Hoàn Kiếm",
        "Cầu Giấy",
    ]
    expected = [
        "an",
        "ăn",
        "âm",
        "Ba Đình",
        "Bát Tràng",
        "Cầu Giấy",
        "da",
        "dà",
        "dá",
        "dạ",
        "dừa",
        "Đống Đa",
        "Hà Nội",
        "Hoàn Kiếm",
        "o",
        "Ô Chợ Dừa",
        "ơ",
        "u",
        "ư",
    ]
    assert formats.sort_by_name(shuffled, "vi") == expected
    # Code-point order puts "Đống Đa" after "Hoàn Kiếm" and "ăn" after "dừa".
    by_code_point = sorted(shuffled, key=str.casefold)
    assert by_code_point.index("Đống Đa") > by_code_point.index("Hoàn Kiếm")


# Numbers and percentages: one style per language, wherever they are shown ---------------
NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        (12_500, "12.500", "12,500"),
        (0, "0", "0"),
        (1234.56, "1.234,6", "1,234.6"),
        (Decimal("2.25"), "2,3", "2.3"),  # half up, as people round
        (7.0, "7,0", "7.0"),
    ],
)
def test_numbers_group_thousands_and_mark_decimals_per_language(value, vi, en):
    assert formats.number(value, "vi") == vi
    assert formats.number(value, "en") == en


@pytest.mark.parametrize(
    ("value", "places", "vi", "en"),
    [
        (50, 1, f"50,0{NBSP}%", "50.0%"),
        (0.0, 1, f"0,0{NBSP}%", "0.0%"),
        (12.345, 1, f"12,3{NBSP}%", "12.3%"),
        (75, 0, f"75{NBSP}%", "75%"),
    ],
)
def test_percentages_per_language(value, places, vi, en):
    assert formats.percent(value, "vi", places) == vi
    assert formats.percent(value, "en", places) == en


def test_values_as_people_read_them():
    assert [formats.readable(v, "vi") for v in (True, False, None, 1200, "Hà Nội")] == [
        "Có",
        "Không",
        "—",
        "1.200",
        "Hà Nội",
    ]
    assert [formats.readable(v, "en") for v in (True, False, 1200)] == ["Yes", "No", "1,200"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("vi", f"Tỷ lệ: 50,0{NBSP}% · 12.500 · 75{NBSP}%"), ("en", "Tỷ lệ: 50.0% · 12,500 · 75%")],
)
def test_template_filters_follow_the_active_language(language, expected):
    template = Template(
        "{% load formatting %}Tỷ lệ: {{ share|percent }} · {{ count|number }} · "
        "{{ progress|percent:0 }}"
    )
    with translation.override(language):
        assert template.render(Context({"share": 50, "count": 12500, "progress": 75})) == expected
