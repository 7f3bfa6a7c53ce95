from django import template
from wagtail.models import Locale

from events.models import NetworkEventsPage

register = template.Library()


@register.inclusion_tag("events/includes/header_link.html", takes_context=True)
def network_calendar_link(context):
    """A link to the network calendar in the active language (nothing if there is none)."""
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return {"url": None}
    page = NetworkEventsPage.objects.live().filter(locale=locale).first()
    return {"url": page.get_url(context.get("request")) if page else None}
