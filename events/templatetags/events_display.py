"""What an event's list entry or card says of it, shared by the calendar and the home."""

from django import template
from django.utils import translation

from events.presentation import price_text

register = template.Library()


@register.simple_tag
def admission(event):
    """{"free": bool, "text": the price in the active language, "" when not given}."""
    text = price_text(event, translation.get_language())
    return {"free": text is None, "text": text or ""}
