"""The home page's way into the spaces finder: the kinds of space the network lets."""

from django import template
from django.db.models import Count

from cms import navigation
from spaces.choices import SpaceType

register = template.Library()


@register.inclusion_tag("spaces/includes/find_a_space.html", takes_context=True)
def find_a_space(context, home):
    """A link into the finder for each type of space on offer, with how many there are."""
    request = context.get("request")
    finder = navigation.destinations(request, home).get("spaces.NetworkSpacesPage")
    if finder is None:
        return {"finder_url": None}
    finder = finder.specific_deferred
    url = finder.get_url(request)
    counts = dict(
        finder.space_queryset()
        .order_by()
        .values_list("space_type")
        .annotate(count=Count("pk"))
        .values_list("space_type", "count")
    )
    kinds = [
        {"label": label, "count": counts[value], "url": f"{url}?type={value}"}
        for value, label in SpaceType.choices
        if counts.get(value)
    ]
    return {"finder_url": url, "kinds": kinds, "total": sum(counts.values())}
