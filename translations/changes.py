"""What changed in a source since it was last synced, segment by segment."""

import difflib
import html
import re
from dataclasses import dataclass

from django.core.exceptions import FieldDoesNotExist
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
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

    @property
    def old_marked(self):
        """The old text, what was taken out of it in ``<del>``."""
        return marked(self.old, self.new)[0]

    @property
    def new_marked(self):
        """The new text, what was put into it in ``<ins>``."""
        return marked(self.old, self.new)[1]


# Words, runs of spaces and single punctuation marks: a change is shown word by word.
TOKENS = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def marked(old, new):
    """``(old, new)`` as HTML, with the words only in ``old`` in ``<del>`` and the words
    only in ``new`` in ``<ins>`` (an added segment is all ``<ins>``, a removed one all
    ``<del>``)."""
    before, after = TOKENS.findall(old), TOKENS.findall(new)
    old_html, new_html = [], []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        taken, put = escape("".join(before[i1:i2])), escape("".join(after[j1:j2]))
        if tag == "equal":
            old_html.append(taken)
            new_html.append(put)
            continue
        if taken:
            old_html.append(f"<del>{taken}</del>")
        if put:
            new_html.append(f"<ins>{put}</ins>")
    return _joined(old_html, "del"), _joined(new_html, "ins")


def _joined(parts, tag):
    # "<del>miễn</del> <del>phí</del>" reads as one change: "<del>miễn phí</del>".
    html = re.sub(rf"</{tag}>(\s+)<{tag}>", r"\1", "".join(parts))
    return mark_safe(html)  # noqa: S308 (every piece escaped above)


def _field_label(model, path):
    name = path.split(".", 1)[0]
    try:
        return str(model._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


def _text(data):
    """The segment as a reader sees it: its markup (links, emphasis) left out, whole."""
    return html.unescape(strip_tags(data))


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
