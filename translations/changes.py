"""What changed in a source since it was last synced, segment by segment."""

from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page
from wagtail_localize.models import TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

ADDED = "added"
CHANGED = "changed"
REMOVED = "removed"
KIND_LABELS = {ADDED: _("added"), CHANGED: _("changed"), REMOVED: _("removed")}


@dataclass
class SegmentChange:
    kind: str
    path: str
    field: str
    old: str = ""
    new: str = ""

    @property
    def kind_label(self):
        return KIND_LABELS[self.kind]


def _field_label(model, path):
    name = path.split(".", 1)[0]
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


def _text(data):
    return Truncator(strip_tags(data)).chars(120)


def current_instance(source):
    instance = source.get_source_instance()
    return instance.specific if isinstance(instance, Page) else instance


def changed_segments(source, instance=None):
    """Segments added, changed or removed in ``instance`` since ``source`` was extracted."""
    instance = instance if instance is not None else current_instance(source)
    current = {}
    for segment in extract_segments(instance):
        if isinstance(segment, StringSegmentValue):
            current[segment.path] = segment.string.data
    stored = {
        segment.context.path: segment.string.data
        for segment in source.stringsegment_set.select_related("context", "string")
    }
    model = type(instance)
    changes = []
    for path, data in current.items():
        if path not in stored:
            changes.append(SegmentChange(ADDED, path, _field_label(model, path), new=_text(data)))
        elif stored[path] != data:
            changes.append(
                SegmentChange(
                    CHANGED, path, _field_label(model, path), _text(stored[path]), _text(data)
                )
            )
    for path, data in stored.items():
        if path not in current:
            changes.append(SegmentChange(REMOVED, path, _field_label(model, path), old=_text(data)))
    return changes


def source_for(instance):
    return TranslationSource.objects.filter(
        object_id=instance.translation_key, locale_id=instance.locale_id
    ).first()
