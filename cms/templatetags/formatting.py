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
register.filter("readable", formats.readable)


@register.filter
def number(value, places=None):
    """``{{ area|number }}``, ``{{ hours|number:1 }}``."""
    return formats.number(value, places=None if places is None else int(places))


@register.filter
def percent(value, places=1):
    """``{{ share|percent }}`` ('50,0 %'), ``{{ progress|percent:0 }}`` ('75 %')."""
    return formats.percent(value, places=int(places))
