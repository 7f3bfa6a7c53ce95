"""The Vietnamese lunar calendar (âm lịch), after Hồ Ngọc Đức's published algorithm.

The Vietnamese calendar is the Chinese one computed for the meridian of Hanoi (UTC+7),
so a Chinese lunar library gives wrong dates in some years (Tết 1985 and 2007, for
example). This module follows Hồ Ngọc Đức's "Thuật toán tính âm lịch" (astronomical
new moons and solar terms after Jean Meeus), which is what Vietnamese calendars print.

A lunar month starts on the day of the new moon (mùng 1); Rằm is its 15th day.
"""

import math
from datetime import date, timedelta

TIME_ZONE = 7  # hours east of Greenwich: Hanoi
_SYNODIC_MONTH = 29.530588853
_EPOCH = 2415021.076998695  # the new moon of 1 January 1900, as a Julian day


def jd_from_date(day):
    """The Julian day number of a Gregorian ``date``."""
    a = (14 - day.month) // 12
    y = day.year + 4800 - a
    m = day.month + 12 * a - 3
    return day.day + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045


def date_from_jd(jd):
    """The Gregorian ``date`` of a Julian day number."""
    return date.fromordinal(jd - 1721425)


def _new_moon(k):
    """The Julian day (with fraction, UT) of the k-th new moon after 1 January 1900."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 += -0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 += -0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 += -0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 += -0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd1 + c1 - delta_t


def new_moon_day(k):
    """The Julian day number (Hanoi time) of the k-th new moon: a mùng 1."""
    return math.floor(_new_moon(k) + 0.5 + TIME_ZONE / 24)


def _sun_longitude(jdn):
    """The sun's ecliptic longitude in radians at Julian day ``jdn`` (UT)."""
    t = (jdn - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    return longitude - math.pi * 2 * math.floor(longitude / (math.pi * 2))


def _sun_sector(day_number):
    """Which of the twelve 30° sectors the sun is in at the start of a (Hanoi) day."""
    return math.floor(_sun_longitude(day_number - 0.5 - TIME_ZONE / 24) / math.pi * 6)


def _month_11(year):
    """Day number of the start of lunar month 11 (the one holding the winter solstice)."""
    off = jd_from_date(date(year, 12, 31)) - 2415021
    k = math.floor(off / _SYNODIC_MONTH)
    start = new_moon_day(k)
    if _sun_sector(start) >= 9:
        start = new_moon_day(k - 1)
    return start


def _leap_month_offset(a11):
    k = math.floor((a11 - _EPOCH) / _SYNODIC_MONTH + 0.5)
    i = 1
    arc = _sun_sector(new_moon_day(k + i))
    while True:
        last = arc
        i += 1
        arc = _sun_sector(new_moon_day(k + i))
        if arc == last or i >= 14:
            break
    return i - 1


def solar_to_lunar(day):
    """``(lunar_day, lunar_month, lunar_year, is_leap_month)`` of a Gregorian ``date``."""
    day_number = jd_from_date(day)
    k = math.floor((day_number - _EPOCH) / _SYNODIC_MONTH)
    month_start = new_moon_day(k + 1)
    if month_start > day_number:
        month_start = new_moon_day(k)
    a11 = _month_11(day.year)
    b11 = a11
    if a11 >= month_start:
        lunar_year = day.year
        a11 = _month_11(day.year - 1)
    else:
        lunar_year = day.year + 1
        b11 = _month_11(day.year + 1)
    lunar_day = day_number - month_start + 1
    diff = math.floor((month_start - a11) / 29)
    leap = False
    lunar_month = diff + 11
    if b11 - a11 > 365:
        leap_offset = _leap_month_offset(a11)
        if diff >= leap_offset:
            lunar_month = diff + 10
            leap = diff == leap_offset
    if lunar_month > 12:
        lunar_month -= 12
    if lunar_month >= 11 and diff < 4:
        lunar_year -= 1
    return lunar_day, lunar_month, lunar_year, leap


def lunar_days_between(first, last, days=(1, 15)):
    """Gregorian dates in ``[first, last]`` whose lunar day is in ``days`` (1: mùng 1, 15: Rằm).

    Walks the new moons, so it costs a few operations per lunar month.
    """
    found = []
    k = math.floor((jd_from_date(first) - _EPOCH) / _SYNODIC_MONTH) - 1
    last_number = jd_from_date(last)
    while True:
        start = new_moon_day(k)
        if start > last_number:
            break
        for lunar_day in days:
            candidate = date_from_jd(start + lunar_day - 1)
            if first <= candidate <= last and candidate < date_from_jd(new_moon_day(k + 1)):
                found.append(candidate)
        k += 1
    return sorted(found)


def lunar_new_year(year):
    """Tết Nguyên Đán (1st day of the 1st lunar month) of Gregorian ``year``."""
    day = date(year, 1, 20)
    while solar_to_lunar(day)[:2] != (1, 1):
        day += timedelta(days=1)
    return day
