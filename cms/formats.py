"""Dates, money, numbers and alphabetical order as each language writes them.

Vietnamese is not English with other words: a date reads "Thứ Bảy, 6 tháng 12 năm 2026",
money "1.500.000 ₫", a share "50,0 %", and a list sorted by name puts "Đ" after "D" and
orders tones as a Vietnamese dictionary does. Everything here takes an explicit language
code (default: the active one) so the same helpers serve templates, feeds, e-mails and
exports. Every number shown to a person goes through :func:`number` or :func:`percent`.
"""

import unicodedata
from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext

VI_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _language(language):
    return (language or translation.get_language() or "vi").split("-")[0]


def _local(value):
    """A datetime in Hanoi time (the project's TIME_ZONE); dates pass through."""
    if isinstance(value, datetime):
        return timezone.localtime(value) if timezone.is_aware(value) else value
    return value


def _day_text(value, language, vi, en):
    """The day of ``value`` (a date, or a datetime in Hanoi time) in the ``vi`` or ``en``
    template; "" for None."""
    if value is None:
        return ""
    value = _local(value)
    day = value.date() if isinstance(value, datetime) else value
    return (vi if _language(language) == "vi" else en).format(
        day=day.day,
        month=day.month,
        year=day.year,
        vi_weekday=VI_WEEKDAYS[day.weekday()],
        en_weekday=EN_WEEKDAYS[day.weekday()],
        en_month=EN_MONTHS[day.month - 1],
        en_mon=EN_MONTHS[day.month - 1][:3],
    )


def long_date(value, language=None):
    """'Thứ Bảy, 6 tháng 12 năm 2026' / 'Saturday 6 December 2026'."""
    vi, en = "{vi_weekday}, {day} tháng {month} năm {year}", "{en_weekday} {day} {en_month} {year}"
    return _day_text(value, language, vi, en)


def short_date(value, language=None):
    """'6/12/2026' / '6 Dec 2026'."""
    return _day_text(value, language, "{day}/{month}/{year}", "{day} {en_mon} {year}")


def clock(value):
    """'19:30' in both languages (Hanoi time)."""
    return _local(value).strftime("%H:%M") if value is not None else ""


def long_datetime(value, language=None):
    """'Thứ Bảy, 6 tháng 12 năm 2026, 19:30' / 'Saturday 6 December 2026, 19:30'."""
    if value is None:
        return ""
    return f"{long_date(value, language)}, {clock(value)}"


def month_year(value, language=None):
    """'Tháng 12 năm 2026' / 'December 2026' (the heading of a month grid)."""
    if _language(language) == "vi":
        return f"Tháng {value.month} năm {value.year}"
    return f"{EN_MONTHS[value.month - 1]} {value.year}"


def admin_date(value):
    """A date as the admin's date fields show it ('14/03/2027'; '14/03/2027 19:30' for a
    datetime, in Hanoi time): the form an editor types, in both admin languages."""
    if value is None:
        return ""
    value = _local(value)
    setting = "WAGTAIL_DATETIME_FORMAT" if isinstance(value, datetime) else "WAGTAIL_DATE_FORMAT"
    return value.strftime(getattr(settings, setting))


def days_from_today(value, today=None):
    """Whole days from today (Hanoi) to ``value``'s day: 0 today, 1 tomorrow, -1 yesterday."""
    value = _local(value)
    day = value.date() if isinstance(value, datetime) else value
    return (day - (today or timezone.localdate())).days


def relative_day(value, language=None, today=None):
    """'hôm nay', 'ngày mai', 'còn 12 ngày', '3 ngày trước' / 'today', 'in 12 days', ..."""
    days = days_from_today(value, today)
    with translation.override(_language(language)):
        if days == 0:
            return gettext("today")
        if days == 1:
            return gettext("tomorrow")
        if days == -1:
            return gettext("yesterday")
        if days > 0:
            return ngettext("in %(count)d day", "in %(count)d days", days) % {"count": days}
        return ngettext("%(count)d day ago", "%(count)d days ago", -days) % {"count": -days}


def group_digits(number, separator):
    text = f"{int(number):,}"
    return text.replace(",", separator)


def vnd(amount, language=None):
    """'1.500.000 ₫' / '1,500,000 VND'. Amounts are whole đồng."""
    if amount is None:
        return ""
    amount = int(Decimal(amount))
    if _language(language) == "vi":
        return f"{group_digits(amount, '.')} ₫"
    return f"{group_digits(amount, ',')} VND"


# Vietnamese groups thousands with "." and writes decimals after ","; English the reverse.
_SEPARATORS = {"vi": str.maketrans({",": ".", ".": ","})}


def number(value, language=None, places=None):
    """'12.500' / '12,500'; with decimals '1.234,5' / '1,234.5'.

    Whole numbers (int) have no decimals, other numbers ``places`` of them (one unless
    told otherwise), rounded half up as people expect (2,25 → 2,3).
    """
    if value is None:
        return ""
    if places is None:
        places = 0 if isinstance(value, int) else 1
    rounded = Decimal(str(value)).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    text = f"{rounded:,.{places}f}"  # English separators
    return text.translate(_SEPARATORS.get(_language(language), {}))


def percent(value, language=None, places=1):
    """A share already in percent (50 for a half): '50,0 %' / '50.0%'.

    Vietnamese puts a space (a no-break one) before the sign, English none.
    """
    if value is None:
        return ""
    text = number(float(value), language, places)
    return f"{text}\u00a0%" if _language(language) == "vi" else f"{text}%"


def readable(value, language=None):
    """A value of any kind as a person reads it in an admin screen: yes/no for booleans,
    "—" for nothing, numbers as :func:`number` writes them, anything else as it is."""
    if value is None:
        return "—"
    if isinstance(value, bool):
        with translation.override(_language(language)):
            return translation.gettext("Yes") if value else translation.gettext("No")
    if isinstance(value, int | float | Decimal):
        return number(value, language)
    return value


# Vietnamese alphabetical order ------------------------------------------------------
_VI_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_VI_LETTER_RANK = {letter: rank for rank, letter in enumerate(_VI_ALPHABET)}
# Tone marks in dictionary order: level (none), grave, hook, tilde, acute, dot below.
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn: part of the letter


def vi_sort_key(text):
    """A key that sorts Vietnamese text as a dictionary does.

    Letters first (a < ă < â < b ... d < đ ... o < ô < ơ ... u < ư), then tones word by
    word (level < huyền < hỏi < ngã < sắc < nặng), then the original text as a tiebreak.
    Characters outside the Vietnamese alphabet sort after it, by code point.
    """
    letters = []
    tones = []
    for char in unicodedata.normalize("NFD", (text or "").casefold()):
        if char in _TONES:
            if tones:
                tones[-1] = _TONES[char]
            continue
        if char in _LETTER_MARKS and letters:
            base = unicodedata.normalize("NFC", letters[-1][1] + char)
            letters[-1] = (_VI_LETTER_RANK.get(base, 1000 + ord(base[0])), base)
            continue
        rank = _VI_LETTER_RANK.get(char)
        if rank is None:
            rank = -1 if char.isspace() else 1000 + ord(char)
        letters.append((rank, char))
        tones.append(0)
    return (tuple(rank for rank, _ in letters), tuple(tones), text or "")


def sort_by_name(items, language=None, key=lambda item: str(item)):
    """Sort ``items`` by name in the language's alphabetical order."""
    if _language(language) == "vi":
        return sorted(items, key=lambda item: vi_sort_key(key(item)))
    return sorted(items, key=lambda item: key(item).casefold())
