from django import template
from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page

from events.models import NetworkEventsPage

register = template.Library()


@register.inclusion_tag("events/includes/header_link.html", takes_context=True)
def network_calendar_link(context):
    """A link to the network calendar in the active language (nothing if there is none).

    One query, on every page's header, that stays cheap however large the network is
    and whatever the database knows of its tables: the calendar is found through the
    page table's content-type index. Joining from ``NetworkEventsPage`` let PostgreSQL
    walk every page of the language when the two-row table had never been analysed
    (autovacuum never analyses a table that small): 25-38 ms at 20,000 spaces.
    """
    try:
        language = get_supported_content_language_variant(
            translation.get_language() or settings.LANGUAGE_CODE
        )
    except LookupError:
        language = settings.LANGUAGE_CODE
    page = (
        Page.objects.live()
        .type(NetworkEventsPage)
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
    )
    return {"url": page.get_url(context.get("request")) if page else None}
