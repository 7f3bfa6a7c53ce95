from django import template
from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant

from events.models import NetworkEventsPage

register = template.Library()


@register.inclusion_tag("events/includes/header_link.html", takes_context=True)
def network_calendar_link(context):
    """A link to the network calendar in the active language (nothing if there is none).

    One query, on every page's header: the calendar is found by its locale's language
    code, without reading the Locale first.
    """
    try:
        language = get_supported_content_language_variant(
            translation.get_language() or settings.LANGUAGE_CODE
        )
    except LookupError:
        language = settings.LANGUAGE_CODE
    page = NetworkEventsPage.objects.live().filter(locale__language_code=language).first()
    return {"url": page.get_url(context.get("request")) if page else None}
