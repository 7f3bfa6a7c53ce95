from django import template
from django.conf import settings
from wagtail.models import Page

from cms.alternates import page_alternates

register = template.Library()


@register.inclusion_tag("translations/hreflang.html", takes_context=True)
def hreflang_alternates(context):
    """<link rel="alternate" hreflang> for every live language version of the page.

    Built from the page's translations only (no per-user state), so cached pages stay
    right. ``x-default`` points at the version in the site's first language.
    """
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk:
        return {"links": [], "default": None}
    links = page_alternates(page, context.get("request"))
    default = next((link for link in links if link["lang_code"] == settings.LANGUAGE_CODE), None)
    return {"links": links, "default": default}
