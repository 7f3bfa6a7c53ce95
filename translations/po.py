"""PO files for outside translators: export one translation or many as a zip, import back.

Export reuses wagtail-localize's ``Translation.export_po`` (the file carries the
translation's id in its ``X-WagtailLocalize-TranslationID`` header). Import checks every
file completely before anything is written, and refuses the whole upload when one file
is for another page, names a segment the page does not have, or breaks the markup or
placeholders of a segment: wagtail-localize itself would silently skip such entries.
"""

import io
import os
import re
import tempfile
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

import polib
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail_localize.models import StringSegment, Translation

MAX_FILES = 500
MAX_BYTES = 20 * 1024 * 1024
VOID_TAGS = {"br", "wbr"}
PLACEHOLDER = re.compile(r"%\([^)]+\)[sdif]|\{[A-Za-z_][A-Za-z0-9_]*\}|%[sd]")


class POImportRefused(Exception):
    """The upload was refused as a whole; ``errors`` says why, file by file."""

    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass
class POUpload:
    name: str
    po: polib.POFile
    translation: Translation | None = None
    errors: list = field(default_factory=list)


def filename(translation):
    name = slugify(translation.source.object_repr) or "translation"
    return f"{name}-{translation.target_locale.language_code}.po"


def export_zip(translations):
    """A zip (bytes) with one PO file per translation."""
    buffer = io.BytesIO()
    seen = Counter()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for translation in translations:
            name = filename(translation)
            seen[name] += 1
            if seen[name] > 1:
                name = name.replace(".po", f"-{seen[name]}.po")
            archive.writestr(name, str(translation.export_po()))
    return buffer.getvalue()


def _parse(name, data):
    # polib.pofile() takes a path or the content; never hand it uploaded text directly
    # (a "file" whose content is a path would be read from disk). Same as wagtail-localize.
    with tempfile.NamedTemporaryFile(suffix=".po", delete=False) as handle:
        handle.write(data)
    try:
        return polib.pofile(handle.name)
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise POImportRefused([_("%(file)s is not a valid PO file.") % {"file": name}]) from error
    finally:
        os.unlink(handle.name)


def read_upload(uploaded):
    """The PO files in an uploaded .po or .zip file."""
    data = uploaded.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise POImportRefused([_("The file is too large.")])
    name = os.path.basename(uploaded.name or "upload.po")
    if zipfile.is_zipfile(io.BytesIO(data)):
        files = []
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [m for m in archive.infolist() if m.filename.endswith(".po")]
            if not members:
                raise POImportRefused([_("The zip file contains no PO file.")])
            if len(members) > MAX_FILES:
                raise POImportRefused([_("The zip file contains too many files.")])
            for member in members:
                if member.file_size > MAX_BYTES:
                    raise POImportRefused([_("The file is too large.")])
                files.append(
                    POUpload(member.filename, _parse(member.filename, archive.read(member)))
                )
        return files
    return [POUpload(name, _parse(name, data))]


class _Markup(HTMLParser):
    """The inline tags of a segment: their sequence, link ids, and whether they nest."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = Counter()
        self.link_ids = set()
        self.stack = []
        self.broken = False

    def handle_starttag(self, tag, attrs):
        self.tags[tag] += 1
        if tag == "a":
            self.link_ids.add(dict(attrs).get("id"))
        if tag not in VOID_TAGS:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags[tag] += 1

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        if not self.stack or self.stack.pop() != tag:
            self.broken = True

    @classmethod
    def of(cls, text):
        parser = cls()
        parser.feed(text)
        parser.close()
        if parser.stack or "<" in parser.rawdata:
            parser.broken = True
        return parser


def markup_problem(source_text, translated_text):
    """None if ``translated_text`` keeps the markup and placeholders of ``source_text``."""
    source, translated = _Markup.of(source_text), _Markup.of(translated_text)
    if translated.broken:
        return _("its markup is broken (a tag is not closed or not opened)")
    if translated.link_ids != source.link_ids:
        return _("its links do not match the source's links")
    extra = set(translated.tags) - set(source.tags)
    if extra:
        return _("it adds markup the source does not have: %(tags)s") % {
            "tags": ", ".join(f"<{tag}>" for tag in sorted(extra))
        }
    if Counter(PLACEHOLDER.findall(translated_text)) != Counter(PLACEHOLDER.findall(source_text)):
        return _("its placeholders differ from the source's")
    return None


def check(upload, expected=None):
    """Fill ``upload.translation`` and ``upload.errors``."""
    translation_id = upload.po.metadata.get("X-WagtailLocalize-TranslationID", "")
    translation = (
        Translation.objects.select_related("source", "target_locale")
        .filter(uuid=translation_id)
        .first()
        if re.fullmatch(r"[0-9a-fA-F-]{32,36}", translation_id)
        else None
    )
    if translation is None:
        upload.errors.append(
            _("%(file)s was not exported from this site (no known translation id).")
            % {"file": upload.name}
        )
        return
    if expected is not None and translation.pk != expected.pk:
        upload.errors.append(
            _("%(file)s is for “%(other)s”, not for “%(page)s”.")
            % {
                "file": upload.name,
                "other": translation.source.object_repr,
                "page": expected.source.object_repr,
            }
        )
        return
    upload.translation = translation
    segments = {
        (segment.context.path, segment.string.data)
        for segment in StringSegment.objects.filter(source=translation.source).select_related(
            "context", "string"
        )
    }
    contexts = {path for path, _data in segments}
    for number, entry in enumerate(upload.po, start=1):
        if entry.obsolete or not entry.msgstr:
            continue
        if entry.msgctxt not in contexts or (entry.msgctxt, entry.msgid) not in segments:
            upload.errors.append(
                _(
                    "%(file)s, entry %(number)s (%(context)s): this text is not in "
                    "“%(page)s” as it is now; export the file again."
                )
                % {
                    "file": upload.name,
                    "number": number,
                    "context": entry.msgctxt or "-",
                    "page": translation.source.object_repr,
                }
            )
            continue
        problem = markup_problem(entry.msgid, entry.msgstr)
        if problem:
            upload.errors.append(
                _("%(file)s, entry %(number)s (%(context)s): %(problem)s.")
                % {
                    "file": upload.name,
                    "number": number,
                    "context": entry.msgctxt,
                    "problem": problem,
                }
            )


def import_uploads(uploads, user, can_edit, expected=None):
    """Check every file, then import them all in one transaction (or none of them).

    ``can_edit(translation)`` says whether ``user`` may change that translation.
    Returns the translations that were imported.
    """
    errors = []
    for upload in uploads:
        check(upload, expected)
        if upload.translation is not None and not can_edit(upload.translation):
            upload.errors.append(
                _("You may not edit the translation in %(file)s.") % {"file": upload.name}
            )
        errors.extend(upload.errors)
    if errors:
        raise POImportRefused(errors)
    with transaction.atomic():
        for upload in uploads:
            upload.translation.import_po(upload.po, user=user, tool_name="PO")
    return [upload.translation for upload in uploads]
