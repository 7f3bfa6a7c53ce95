"""The home page's "what's on": today and this weekend across the network."""

from django import template
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms import navigation
from cms.visibility import hidden_branches_for
from events.calendar_view import CARD_RENDITIONS, with_details
from events.filters import when_range

register = template.Library()

SHOWN = 6


def _ids(occurrences):
    return list(occurrences.values_list("pk", flat=True)[:SHOWN])


@register.inclusion_tag("events/includes/whats_on.html", takes_context=True)
def whats_on(context, home):
    """Today's and this weekend's dates across the network of ``home`` (its language).

    An empty today offers the next dates instead, so the page never opens on nothing.
    The events, centers and pictures of every section are read together, in one pass.
    """
    request = context.get("request")
    calendar = navigation.destinations(request, home).get("events.NetworkEventsPage")
    if calendar is None:
        return {"sections": []}
    calendar = calendar.specific_deferred
    base = calendar.get_url(request)
    now = timezone.now()
    today = timezone.localdate()
    scope = calendar.scope().visible(hidden_branches_for(request))
    todays = _ids(scope.overlapping(today, today).upcoming(now))
    # Each section shows what the sections before it do not (on a Saturday, "this
    # weekend" goes on with what today does not show).
    first, last = when_range("weekend", today)
    weekend = _ids(scope.overlapping(first, last).upcoming(now).exclude(pk__in=todays))
    sections = []
    if todays:
        sections.append(
            {
                "key": "today",
                "title": _("Today"),
                "ids": todays,
                "more_url": f"{base}?when=today",
                "more": _("Everything on today"),
            }
        )
    else:
        # The next dates that the weekend's section does not show already.
        following = _ids(scope.upcoming(now).exclude(pk__in=weekend))
        if following or not weekend:
            sections.append(
                {
                    "key": "next",
                    "title": _("Coming up"),
                    "note": _("Nothing more is on today. These are the next dates."),
                    "ids": following,
                    "more_url": base,
                    "more": _("Everything coming up"),
                }
            )
    if weekend:
        sections.append(
            {
                "key": "weekend",
                "title": _("This weekend"),
                "ids": weekend,
                "more_url": f"{base}?when=weekend",
                "more": _("Everything on this weekend"),
            }
        )
    every = {pk for section in sections for pk in section["ids"]}
    found = {row.pk: row for row in with_details(every, CARD_RENDITIONS)}
    for section in sections:
        section["occurrences"] = [found[pk] for pk in section.pop("ids") if pk in found]
    return {"sections": sections}
