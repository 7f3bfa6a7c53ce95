"""wagtail-localize's "Translate this page" form, with the target languages ticked.

Its form starts with no language ticked, so submitting it as it opens fails with "this
field is required" even when there is only one language to translate into. Served at
wagtail-localize's own URLs (registered in front of them in ``wagtail_hooks``), so every
"Translate" button and link opens this one.
"""

from wagtail_localize.views import submit_translations


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
    pass


class SubmitSnippetTranslationView(
    TicksMissingLocalesMixin, submit_translations.SubmitSnippetTranslationView
):
    pass
