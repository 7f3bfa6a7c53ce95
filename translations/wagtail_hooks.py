from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import TranslatableMixin

from . import notices, urls
from .access import can_use_dashboard
from .views import publish, submit


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("translations/", include(urls, namespace="translations"))]


# Ahead of wagtail-localize's hook, so these paths resolve to our views first; its own
# URL names (``wagtail_localize:submit_page_translation``...) still build these paths.
@hooks.register("register_admin_urls", order=-1)
def register_submit_translation_urls():
    return [
        path(
            "localize/submit/page/<int:page_id>/",
            submit.SubmitPageTranslationView.as_view(),
            name="translations_submit_page",
        ),
        path(
            "localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            submit.SubmitSnippetTranslationView.as_view(),
            name="translations_submit_snippet",
        ),
    ]


class DashboardMenuItem(MenuItem):
    def is_shown(self, request):
        return can_use_dashboard(request.user)


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    # Not "Translations": wagtail-localize's report under Reports is called that.
    return DashboardMenuItem(
        _("Translation status"),
        reverse("translations:dashboard"),
        name="translations",
        icon_name="globe",
        order=250,
    )


# Ahead of wagtail-localize's hooks, which publish on the same request.
@hooks.register("before_edit_page", order=-1)
def ask_before_publishing_an_untranslated_page(request, page):
    return publish.confirm_if_untranslated(request, page)


@hooks.register("before_edit_snippet", order=-1)
def ask_before_publishing_an_untranslated_snippet(request, instance):
    if isinstance(instance, TranslatableMixin):
        return publish.confirm_if_untranslated(request, instance)
    return None


@hooks.register("after_edit_page")
def tell_editor_about_outdated_page_translations(request, page):
    notices.outdated_translations(request, page.specific)


@hooks.register("after_edit_snippet")
def tell_editor_about_outdated_snippet_translations(request, instance):
    notices.outdated_translations(request, instance)
