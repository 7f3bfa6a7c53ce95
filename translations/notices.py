"""Telling an editor, right after a save, which translations the edit made outdated."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.admin import messages
from wagtail.models import Page, TranslatableMixin

from .changes import changed_segments, source_for


def outdated_translations(request, instance):
    """Add a warning listing the translations now behind ``instance``, with a sync link."""
    if not isinstance(instance, TranslatableMixin):
        return
    source = source_for(instance)
    if source is None:
        return
    translations = list(source.translations.filter(enabled=True).select_related("target_locale"))
    if not translations:
        return
    instance = type(instance).objects.get(pk=instance.pk)  # what was saved (live for pages)
    changes = changed_segments(source, instance)
    if not changes:
        return
    languages = ", ".join(t.target_locale.get_display_name() for t in translations)
    fields = ", ".join(dict.fromkeys(str(change.field) for change in changes))
    message = ngettext(
        "%(count)s segment changed (%(fields)s): the %(languages)s translation is now outdated.",
        "%(count)s segments changed (%(fields)s): the %(languages)s translation is now outdated.",
        len(changes),
    ) % {"count": len(changes), "fields": fields, "languages": languages}
    if isinstance(instance, Page):
        back = reverse("wagtailadmin_pages:edit", args=[instance.pk])
    else:
        back = request.get_full_path()
    sync_url = (
        reverse("wagtail_localize:update_translations", args=[source.pk])
        + "?"
        + urlencode({"next": back})
    )
    messages.warning(
        request,
        message,
        buttons=[
            messages.button(sync_url, _("Sync translations")),
            messages.button(reverse("translations:changes", args=[source.pk]), _("What changed")),
        ],
    )
