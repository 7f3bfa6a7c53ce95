"""The page form every page type shares in the admin."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import Locale, Page, TranslatableMixin


class BasePageForm(WagtailAdminPageForm):
    """Wagtail's page form, with vocabularies offered in the page's language only.

    Sectors, amenities and event categories exist once per language; a picker listing
    every term of both (Âm nhạc, Music, ...) invited tagging a Vietnamese page with English
    terms. Each such choice lists the terms in the page's language, and a page whose
    terms are in another language (a translation edited here) shows their versions in
    its own.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.page_locale()
        for name, field in self.fields.items():
            if not isinstance(field, forms.ModelMultipleChoiceField):
                continue
            model = field.queryset.model
            if not issubclass(model, TranslatableMixin) or issubclass(model, Page):
                continue
            field.queryset = field.queryset.filter(locale=locale)
            chosen = self.initial.get(name)
            if isinstance(chosen, list | tuple) and chosen:
                keys = [getattr(obj, "translation_key", None) for obj in chosen]
                self.initial[name] = list(
                    model.objects.filter(translation_key__in=keys, locale=locale)
                )

    def page_locale(self):
        if self.instance.locale_id:
            return self.instance.locale
        parent = getattr(self, "parent_page", None)
        if parent is not None and parent.locale_id:
            return parent.locale
        return Locale.get_default()
