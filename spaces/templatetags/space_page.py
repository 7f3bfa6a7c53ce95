"""What a space page shows beside its fields: the blocked periods in words, and whether
the description says more than the summary above it."""

from html import unescape

from django import template
from django.utils.html import strip_tags

from spaces import availability

register = template.Library()


@register.simple_tag
def blocked_periods(page, calendar):
    """The periods that block days of the calendar shown, in words, first first."""
    if not calendar:
        return []
    last = calendar[-1]["weeks"][-1]
    until = max(cell["day"] for cell in last if cell)
    return [availability.describe(period) for period in availability.upcoming(page, until)]


@register.filter
def adds_to(description, introduction):
    """Whether a rich-text description says something the introduction has not."""
    text = " ".join(unescape(strip_tags(str(description or ""))).split())
    return bool(text) and text != " ".join((introduction or "").split())
