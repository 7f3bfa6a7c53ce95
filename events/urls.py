"""``…/event.ics`` and ``…/feed.ics``: Wagtail serves only paths ending in "/", so these
two file names are handed to the page's own route (RoutablePageMixin) with one added."""

from django.urls import re_path
from wagtail import views as wagtail_views


def ics_file(request, path, name):
    return wagtail_views.serve(request, f"{path}{name}.ics/")


urlpatterns = [
    re_path(r"^(?P<path>(?:[\w\-]+/)+)(?P<name>event|feed)\.ics$", ics_file, name="events_ics"),
]
