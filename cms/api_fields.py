"""Serializer fields shared by every API endpoint."""

from rest_framework.fields import Field


class TranslationsField(Field):
    """Every language version of a page a visitor may open: ``{"vi": url, "en": url}``."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        from .visibility import hidden_branches_for, visible

        request = self.context.get("request")
        versions = visible(page.get_translations(inclusive=True), hidden_branches_for(request))
        return {
            translation.locale.language_code: translation.get_full_url(request)
            for translation in versions.select_related("locale")
        }
