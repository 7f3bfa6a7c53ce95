"""Serializer fields shared by every API endpoint, and the shapes of the values they write
(declared for the OpenAPI description, :mod:`cms.api_schema`)."""

from django.conf import settings
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.fields import Field


# Shapes of the values the endpoints share (``Prepared(shape)``) ------------------------
def text(description="", **kwargs):
    return serializers.CharField(help_text=description, **kwargs)


def nullable_text(description="", **kwargs):
    return serializers.CharField(help_text=description, allow_null=True, **kwargs)


def url(description="", **kwargs):
    return serializers.URLField(help_text=description, **kwargs)


class Taxonomy(serializers.Serializer):
    """A category, sector or amenity: its stable slug and its name in the item's language."""

    slug = text("Stable identifier, the same in every language.")
    name = text("Name in the item's language.")


class Image(serializers.Serializer):
    """The item's picture, cropped for listings (800×450)."""

    url = url("Address of the picture.")
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    alt = text("Text alternative.", allow_blank=True)


class Ward(serializers.Serializer):
    """A ward or commune of Hanoi since 1 July 2025."""

    code = serializers.IntegerField(help_text="Official code.")
    name = text("Name in the item's language.")


def moment(description):
    return serializers.DateTimeField(
        help_text=f"{description}: ISO 8601 in Hanoi time, e.g. 2026-12-05T19:30:00+07:00."
    )


def language():
    return serializers.ChoiceField(choices=settings.LANGUAGES, help_text="The item's language.")


def translations_shape():
    return serializers.DictField(
        child=serializers.URLField(),
        help_text="The address of each language version a visitor may open, by language.",
    )


class WholeObjectField(Field):
    """A read-only field computed from the whole object (``source="*"``), not one attribute."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)


@extend_schema_field(translations_shape())
class TranslationsField(WholeObjectField):
    """Every language version of a page a visitor may open: ``{"vi": url, "en": url}``."""

    def to_representation(self, page):
        from .visibility import hidden_branches_for, visible

        request = self.context.get("request")
        versions = visible(page.get_translations(inclusive=True), hidden_branches_for(request))
        return {
            translation.locale.language_code: translation.get_full_url(request)
            for translation in versions.select_related("locale")
        }
