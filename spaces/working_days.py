"""Working days in Vietnam: Monday to Friday, minus public holidays (Tết included)."""

from datetime import timedelta

import holidays


def add_working_days(start, days):
    """The date ``days`` working days after ``start`` (``start`` itself does not count)."""
    calendar = holidays.country_holidays("VN", years=range(start.year, start.year + 2))
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if current.weekday() < 5 and current not in calendar:
            remaining -= 1
    return current
