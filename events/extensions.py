"""What the apps above events add to event pages, registered in their ``AppConfig.ready()``.

The events app imports no app above it. The workflow app decides when an event needs the
Department's approval: it registers the workflow such an event goes through and the check
that refuses a direct publish. Until it registers, an event follows Wagtail's workflow.

A calendar page's own views (:mod:`events.calendar_routes`) are registered here too, by
``EventsConfig.ready()``: they read the visitor's filters, which read the models, so the
pages cannot import them.
"""


class EventExtensions:
    def __init__(self):
        # ``workflow_for_event(event)``: a workflow, or None for Wagtail's own choice.
        self.workflow_for_event = None
        # ``refuse_direct_publish(form)``: adds form errors when the user may not publish.
        self.refuse_direct_publish = None


events = EventExtensions()

# URL patterns (``django.urls.path``) answered under a calendar page (``CalendarMixin``);
# the view is called as a method of the page: ``view(page, request, ...)``.
calendar_routes = []


def register_calendar_route(route):
    if route not in calendar_routes:
        calendar_routes.append(route)
