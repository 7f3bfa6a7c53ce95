"""Vietnamese: day-first input formats, weeks from Monday (see ``cms.format_modules``)."""

from cms.format_modules import (  # noqa: F401 (read by Django's get_format)
    DATE_INPUT_FORMATS,
    DATETIME_INPUT_FORMATS,
    FIRST_DAY_OF_WEEK,
    TIME_INPUT_FORMATS,
)
