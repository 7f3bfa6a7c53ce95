from django import template
from django.utils.http import urlencode

register = template.Library()

PARAMS = ("q", "center", "type", "sector", "when")


@register.simple_tag(takes_context=True)
def search_url(context, **changes):
    """This search's address with ``changes`` applied (None or "" drops a parameter).

    Changing anything but the page goes back to the first page.
    """
    request = context["request"]
    params = {name: request.GET.get(name, "") for name in PARAMS}
    page = changes.pop("page", None)
    params.update(changes)
    if page:
        params["page"] = page
    return "?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})
