"""Open data pages under the language prefix: the feeds beside ``feed.ics``, the widget,
the open-data page.

Included in ``hanoi/urls.py`` inside ``i18n_patterns`` before Wagtail's catch-all.
"""

from django.urls import path, re_path

from .feeds import calendar_feed
from .views import open_data
from .widget import events_widget

urlpatterns = [
    re_path(
        r"^(?P<path>(?:[\w\-]+/)+)feed\.(?P<kind>rss|atom)$", calendar_feed, name="events_feed"
    ),
    path("widget/events/", events_widget, name="events_widget"),
    path("open-data/", open_data, name="open_data"),
]
