"""Template filters for dates, money and numbers in the active language (see cms.formats)."""

from django import template

from cms import formats

register = template.Library()

register.filter("long_date", formats.long_date)
register.filter("long_datetime", formats.long_datetime)
register.filter("short_date", formats.short_date)
register.filter("clock", formats.clock)
register.filter("month_year", formats.month_year)
register.filter("vnd", formats.vnd)
register.filter("number", formats.number)
