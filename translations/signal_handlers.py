"""Keep translations working when sources change; keep the Translators group complete."""

from django.db.models.signals import post_migrate, post_save
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation

from . import restrictions
from .groups import grant_snippet_permissions


def keep_translated_slug(sender, instance, created, raw=False, **kwargs):
    """A renamed source slug must not rename its translations: URLs stay stable.

    When a source page's slug changes, the next sync extracts a new "slug" segment
    that no translation covers yet; wagtail-localize would then fall back to the
    source's slug. Instead each translated page keeps the slug it has.
    """
    if raw or not created or instance.context.path != "slug":
        return
    source = instance.source
    model = source.specific_content_type.model_class()
    if model is None or not issubclass(model, Page):
        return
    for translation in source.translations.filter(enabled=True):
        locale_id = translation.target_locale_id
        exists = StringTranslation.objects.filter(
            translation_of_id=instance.string_id,
            context_id=instance.context_id,
            locale_id=locale_id,
        ).exists()
        slug = (
            Page.objects.filter(translation_key=source.object_id, locale_id=locale_id)
            .values_list("slug", flat=True)
            .first()
        )
        if slug and not exists:
            StringTranslation.objects.create(
                translation_of_id=instance.string_id,
                context_id=instance.context_id,
                locale_id=locale_id,
                data=slug,
                translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                tool_name="slug kept",
            )


def complete_translators_group(sender, **kwargs):
    grant_snippet_permissions()


def connect():
    post_save.connect(keep_translated_slug, sender=StringSegment)
    post_migrate.connect(complete_translators_group, dispatch_uid="translations_group")
    restrictions.connect()
