"""The bulk download: one ZIP of every dataset's CSV and a data dictionary.

Written by ``manage.py export_open_data`` (nightly from cron) to ``OPEN_DATA_DIR`` and
served at ``/open-data/hanoi-cultural-centers.zip``. The file is written beside its
place and renamed over it, so a download never reads a half-written ZIP. Every cell goes
through the platform's one safe CSV writer (``ops.spreadsheets``): UTF-8 with a BOM, and a
text that starts like a formula is neutralised.
"""

import os
import tempfile
import zipfile
from pathlib import Path

from django.conf import settings
from django.utils import timezone, translation

from ops.spreadsheets import csv_lines

from .datasets import datasets, iso

FILENAME = "hanoi-cultural-centers.zip"
DICTIONARY = "data-dictionary.csv"


def directory():
    return Path(getattr(settings, "OPEN_DATA_DIR", Path(settings.MEDIA_ROOT) / "open-data"))


def path():
    return directory() / FILENAME


def csv_text(headings, rows):
    return "".join(csv_lines(headings, rows))


def dictionary_rows():
    for dataset in datasets():
        for column in dataset.columns:
            with translation.override("vi"):
                vi = str(column.description)
            with translation.override("en"):
                en = str(column.description)
            yield [dataset.filename, column.name, en, vi]


def write():
    """Write the ZIP in place atomically; returns its path and the rows per file."""
    target = path()
    target.parent.mkdir(parents=True, exist_ok=True)
    counts = {}
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".zip.part")
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            for dataset in datasets():
                rows = list(dataset.rows())
                counts[dataset.filename] = len(rows)
                headings = [column.name for column in dataset.columns]
                zf.writestr(dataset.filename, csv_text(headings, rows).encode("utf-8"))
            zf.writestr(
                DICTIONARY,
                csv_text(
                    ["file", "column", "description_en", "description_vi"], dictionary_rows()
                ).encode("utf-8"),
            )
            zf.writestr("README.txt", readme(counts).encode("utf-8"))
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target, counts


def readme(counts):
    lines = [
        "Hanoi Cultural Industry Centers: open data",
        f"Written {iso(timezone.now())}. Licence: CC BY 4.0",
        "(https://creativecommons.org/licenses/by/4.0/): reuse freely, naming the source",
        '"Hanoi Cultural Industry Centers network".',
        "",
        "CSV files: UTF-8 (with a byte-order mark), comma-separated, one header row.",
        "Times are ISO 8601 in Hanoi time with their offset (+07:00). Each item has a row",
        "per language (vi, en); translation_key joins them. A text cell that starts like a",
        "spreadsheet formula (= + - @) has a leading ' so that it never runs.",
        f"The columns are explained in {DICTIONARY}.",
        "",
    ]
    lines += [f"{name}: {count} rows" for name, count in counts.items()]
    lines += ["", "Keep a copy in sync between downloads with the API: /api/v2/schema/"]
    return "\n".join(lines) + "\n"
