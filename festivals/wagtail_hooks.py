from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button

from events.models import EventPage
from roles.scope import sees_some_center

from . import admin_views, membership
from .models import FestivalEntry, default_version


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("festivals/", admin_views.overview, name="festivals_admin"),
        path("festivals/propose/", admin_views.propose_view, name="festivals_propose"),
        path("festivals/<int:pk>/events/", admin_views.entries_view, name="festivals_entries"),
        path(
            "festivals/entries/<int:pk>/approve/",
            admin_views.approve_view,
            name="festivals_approve",
        ),
        path(
            "festivals/entries/<int:pk>/remove/", admin_views.remove_view, name="festivals_remove"
        ),
    ]


class FestivalsMenuItem(MenuItem):
    def is_shown(self, request):
        return sees_some_center(request.user)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return FestivalsMenuItem(
        _("Festivals"), reverse("festivals_admin"), icon_name="date", order=910
    )


@hooks.register("register_page_header_buttons")
def propose_button(page, user, view_name=None, next_url=None):
    """ "Propose to a festival" on an event of the user's center that is in none."""
    if page.specific_class is not EventPage or not page.live:
        return
    if not membership.may_propose(user, page):
        return
    if membership.open_festivals(user).exists() and not _in_festival(page):
        yield Button(
            _("Propose to a festival"),
            reverse("festivals_propose") + f"?event={default_version(page).pk}",
            icon_name="date",
            priority=80,
        )


def _in_festival(page):
    return FestivalEntry.objects.filter(event__translation_key=page.translation_key).exists()
