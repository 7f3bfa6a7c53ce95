"""Per-language format modules (``FORMAT_MODULE_PATH``), read before Django's own.

The Wagtail admin shows every date as ``WAGTAIL_DATE_FORMAT`` (``dd/mm/yyyy``) in both
admin languages, and Django parses what comes back with the *active language's* input
formats. Django's English module lists ``%m/%d/%Y`` first and its Vietnamese one lists
none (so the global default, month first, applied): 09/12 was read as 12 September and
25/12 refused. Both languages therefore parse day first, starting with exactly what the
widgets show (``cms.checks`` fails the start-up if the two drift apart). ISO dates stay
accepted (Django appends them), so API-style ``2026-12-25`` input still works; the
month-first forms are left out on purpose, since 09/12 cannot mean both.
"""

DATE_INPUT_FORMATS = [
    "%d/%m/%Y",  # 25/12/2026: what the admin's date fields and picker show
    "%d/%m/%y",  # 25/12/26
    "%d-%m-%Y",  # 25-12-2026
    "%d.%m.%Y",  # 25.12.2026
    "%Y-%m-%d",  # 2026-12-25
]
DATETIME_INPUT_FORMATS = [
    "%d/%m/%Y %H:%M",  # 25/12/2026 19:30: what the admin's date-time fields show
    "%d/%m/%Y %H:%M:%S",
    "%d/%m/%y %H:%M",
    "%d/%m/%Y",  # a date alone: midnight
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
]
TIME_INPUT_FORMATS = [
    "%H:%M",  # 19:30: what the admin's time fields show
    "%H:%M:%S",
    "%H:%M:%S.%f",
]
# The picker's weeks start on Monday, as the public month grid's do (events.calendar_view).
FIRST_DAY_OF_WEEK = 1
