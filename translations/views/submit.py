"""wagtail-localize's "Translate this page" form, with the target languages ticked.

Its form starts with no language ticked, so submitting it as it opens fails with "this
field is required" even when there is only one language to translate into. Served at
wagtail-localize's own URLs (registered in front of them in ``wagtail_hooks``), so every
"Translate" button and link opens this one.

wagtail-localize only asks for its ``submit_translation`` permission, which every center's
staff hold: these views also ask :mod:`roles.scope` whether the object is one the user may
translate, so another center's page (and its title) stays closed to them.
"""

from django.core.exceptions import PermissionDenied
from wagtail_localize.views import submit_translations

from cms.tree import is_within
from roles.scope import center_paths, translates_all_centers

from ..access import sees_everything


def may_translate_page(user, page):
    """A center's staff translate their own center's pages; the Department and the
    translators every page."""
    if translates_all_centers(user):
        return True
    paths = center_paths(user)
    if paths is None:
        return True
    return any(is_within(page, path) for path in paths)


class TicksMissingLocalesMixin:
    def get_form(self):
        form = super().get_form()
        if self.request.method != "POST" and not form.initial.get("locales"):
            # The choices are the languages the object has no version in yet.
            form.initial["locales"] = list(form.fields["locales"].queryset)
        return form


class SubmitPageTranslationView(
    TicksMissingLocalesMixin, submit_translations.SubmitPageTranslationView
):
    def get_object(self):
        page = super().get_object()
        if not may_translate_page(self.request.user, page):
            raise PermissionDenied
        return page


class SubmitSnippetTranslationView(
    TicksMissingLocalesMixin, submit_translations.SubmitSnippetTranslationView
):
    def get_object(self):
        # The translatable snippets are the shared lists: the Department's and the
        # translators', not a center's.
        if not sees_everything(self.request.user):
            raise PermissionDenied
        return super().get_object()
