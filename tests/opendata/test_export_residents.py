"""The bulk ZIP's residents (issue 26): what ``/api/v2/residents/`` lists, in every
language; never a draft, a private resident or one under an unpublished page; a contact
only with the resident's consent."""

import io

import pytest
from django.core.management import call_command

from network.demo.translate import MissingDemoTranslation, TranslationMemory, translate_with_memory
from tests.factories import en
from tests.residents import conftest as residents_fixtures
from tests.residents.conftest import index_of

from .test_export import tables

residents_network = residents_fixtures.network
sectors = residents_fixtures.sectors


class Copying(TranslationMemory):
    """The pairs given; any other text stays as it is."""

    def lookup_segment(self, data):
        try:
            return super().lookup_segment(data)
        except MissingDemoTranslation:
            return data


def translate(page, pairs):
    memory = Copying()
    for vi_text, en_text in pairs.items():
        memory.add(vi_text, en_text)
    return translate_with_memory(page, en(), memory)


@pytest.fixture
def exported(settings, tmp_path, residents_network):
    settings.OPEN_DATA_DIR = tmp_path
    alpha = residents_network["alpha"]
    translate(alpha, {alpha.title: "Alpha Center", alpha.slug: "alpha"})
    index = index_of(alpha)
    translate(index, {index.title: "Residents", index.slug: index.slug})
    legal = residents_network["residents"]["phap-ly"]
    translate(legal, {legal.title: "Legal clinic", legal.slug: "legal-clinic"})

    def export():
        call_command("export_open_data", stdout=io.StringIO())
        return tables(tmp_path / "hanoi-cultural-centers.zip")["residents.csv"]

    return export


def api_items(client, language):
    response = client.get("/api/v2/residents/", {"locale": language, "limit": 20})
    assert response.status_code == 200, response.content
    return {item["id"]: item for item in response.json()["items"]}


def test_rows_are_the_apis_items_in_both_languages(exported, client):
    rows = exported()
    assert {(row["language"], row["slug"]) for row in rows} == {
        ("vi", "ca-chep"),
        ("vi", "phap-ly"),
        ("vi", "hoa-si"),
        ("vi", "von"),
        ("en", "legal-clinic"),
    }  # not the draft "nhap", not the private "rieng"
    for language in ("vi", "en"):
        items = api_items(client, language)
        mine = {int(row["id"]): row for row in rows if row["language"] == language}
        assert set(mine) == set(items)
        for pk, item in items.items():
            row = mine[pk]
            assert row["title"] == item["title"]
            assert row["url"] == item["url"]
            assert row["kind"] == item["kind"]["value"]
            assert row["center"] == (item["center"]["slug"] if item["center"] else "")
            assert row["sectors"].split() == sorted(s["slug"] for s in item["sectors"])
            assert row["services"].split() == [s["value"] for s in item["services"]]
            assert row["space_id"] == (str(item["space"]["id"]) if item["space"] else "")
            assert row["email"] == (item["contact"]["email"] if item["contact"] else "")
            assert row["last_modified"].endswith("+07:00")
    english = next(row for row in rows if row["language"] == "en")
    vietnamese = next(row for row in rows if row["slug"] == "phap-ly")
    assert english["translation_key"] == vietnamese["translation_key"]
    assert english["title"] == "Legal clinic" and english["center"] == "alpha"


def test_a_contact_only_with_consent(exported):
    rows = {row["slug"]: row for row in exported() if row["language"] == "vi"}
    assert rows["phap-ly"]["email"] == "tuvan@phaply.example"
    assert rows["ca-chep"]["email"] == ""  # kept for the center's staff only
    assert rows["ca-chep"]["space_id"]  # it works in the studio


def test_withdrawn_residents_and_their_branches_never_appear(exported, residents_network):
    residents_network["residents"]["ca-chep"].unpublish()
    index_of(residents_network["beta"]).unpublish()  # hides hoa-si and von below it
    assert {row["slug"] for row in exported()} == {"phap-ly", "legal-clinic"}
