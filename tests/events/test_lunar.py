"""The Vietnamese lunar calendar against dates printed on Vietnamese calendars."""

from datetime import date

import holidays
import pytest

from events.lunar import lunar_days_between, lunar_new_year, solar_to_lunar


@pytest.mark.parametrize(
    ("year", "tet"),
    [
        (2026, date(2026, 2, 17)),
        (2027, date(2027, 2, 6)),
        (2024, date(2024, 2, 10)),
        # Years where the Vietnamese calendar (UTC+7) and the Chinese one (UTC+8) differ.
        (1985, date(1985, 1, 21)),
        (2007, date(2007, 2, 17)),
    ],
)
def test_tet(year, tet):
    assert lunar_new_year(year) == tet
    assert solar_to_lunar(tet) == (1, 1, year, False)


def test_tet_matches_the_holidays_package_for_twenty_years():
    for year in range(2020, 2040):
        vn = holidays.country_holidays("VN", years=year)
        tet = next(day for day, name in vn.items() if name == "Lunar New Year")
        assert lunar_new_year(year) == tet


@pytest.mark.parametrize(
    ("solar", "lunar"),
    [
        (date(2026, 9, 25), (15, 8, 2026, False)),  # Tết Trung thu 2026
        (date(2023, 3, 22), (1, 2, 2023, True)),  # first day of the leap 2nd month
        (date(2020, 5, 23), (1, 4, 2020, True)),  # leap 4th month of Canh Tý
        (date(2026, 3, 3), (15, 1, 2026, False)),  # Rằm tháng Giêng
    ],
)
def test_known_lunar_dates(solar, lunar):
    assert solar_to_lunar(solar) == lunar


def test_first_and_full_moon_days_between_two_dates():
    days = lunar_days_between(date(2026, 2, 1), date(2026, 4, 30))
    assert days == [
        date(2026, 2, 2),
        date(2026, 2, 17),
        date(2026, 3, 3),
        date(2026, 3, 19),
        date(2026, 4, 2),
        date(2026, 4, 17),
    ]
    assert all(solar_to_lunar(day)[0] in (1, 15) for day in days)
    assert lunar_days_between(date(2026, 2, 1), date(2026, 4, 30), days=(15,)) == days[::2]
