"""Working days in Vietnam: Monday to Friday, minus public holidays (Tết included)."""

from datetime import timedelta

import holidays
from django.conf import settings


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


def response_days(center):
    index = center.space_index if center is not None else None
    return index.response_days if index is not None else settings.INQUIRY_DEFAULT_RESPONSE_DAYS
