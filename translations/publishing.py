"""Asking before a translation is published with segments still untranslated.

wagtail-localize's editor publishes with a POST of ``action=publish`` to the object's
edit URL, and fills every untranslated segment with the source text: the English page
then silently shows Vietnamese. The ``before_edit_page``/``before_edit_snippet`` hooks
(registered ahead of wagtail-localize's) answer such a POST with a confirmation page
naming the count; its "Publish anyway" repeats the POST with :data:`CONFIRM_FIELD`.
"""

from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.models import Page
from wagtail_localize.models import Translation

CONFIRM_FIELD = "publish_untranslated"
LISTED = 20  # untranslated segments shown by name on the confirmation page


def translation_of(instance):
    """The enabled translation whose target is ``instance``, or None."""
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale", "source__locale")
        .first()
    )


def untranslated_segments(translation):
    """The source's string segments with no usable translation (errors count as none),
    in the order the editor shows them."""
    segments = translation.source.stringsegment_set.order_by("order").select_related(
        "string", "context"
    )
    return segments.annotate_translation(translation.target_locale).filter(translation__isnull=True)


def asks_first(request, instance):
    """The translation and its untranslated segments when this request publishes
    ``instance`` from wagtail-localize's editor without having confirmed; else None."""
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if request.POST.get(CONFIRM_FIELD):
        return None
    if isinstance(instance, Page):
        if instance.alias_of_id is not None:
            return None
        if not instance.permissions_for_user(request.user).can_publish():
            return None  # wagtail-localize refuses it itself
    translation = translation_of(instance)
    if translation is None:
        return None
    missing = list(untranslated_segments(translation))
    if not missing:
        return None
    return translation, missing


def segment_text(segment):
    return Truncator(strip_tags(segment.string.data)).chars(160)
