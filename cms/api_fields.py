"""Serializer fields shared by every API endpoint."""

from rest_framework.fields import Field


class TranslationsField(Field):
    """Every live language version of a page: ``{"vi": url, "en": url}``."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        request = self.context.get("request")
        return {
            translation.locale.language_code: translation.get_full_url(request)
            for translation in page.get_translations(inclusive=True)
            .live()
            .public()
            .select_related("locale")
        }
