"""Festivals in the bulk ZIP (issue 26): festivals.csv, one row per festival and language,
and festival_events.csv linking each to its approved events as the API's ``festival=``
filter lists them; a draft or private festival never appears."""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.factories import FestivalPageFactory
from tests.opendata.test_export import tables
from tests.opendata.test_export_residents import translate

from .conftest import approve_into


@pytest.fixture
def exported(settings, tmp_path, programme, network_calendar, festival_index, festival, make_event):
    settings.OPEN_DATA_DIR = tmp_path
    translate(festival_index, {festival_index.title: "Festivals", "festivals": "festivals"})
    translate(festival, {festival.title: "Design Week", festival.slug: "design-week"})
    hidden = FestivalPageFactory(parent=festival_index, title="Riêng tư", slug="rieng-tu")
    PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")
    approve_into(hidden, make_event("beta", "private-beta", 4))
    draft = FestivalPageFactory(parent=festival_index, title="Bản nháp", slug="ban-nhap")
    draft.unpublish()
    approve_into(draft, make_event("gamma", "draft-gamma", 4))
    call_command("export_open_data", stdout=io.StringIO())
    return tables(tmp_path / "hanoi-cultural-centers.zip")


def test_festivals_in_both_languages_with_dates_in_hanoi_time(exported, festival):
    rows = {(row["language"], row["slug"]): row for row in exported["festivals.csv"]}
    assert set(rows) == {("vi", "tuan-le-thiet-ke"), ("en", "design-week")}
    vi, en = rows["vi", "tuan-le-thiet-ke"], rows["en", "design-week"]
    assert vi["translation_key"] == en["translation_key"]
    assert (vi["title"], en["title"]) == ("Tuần lễ Thiết kế", "Design Week")
    assert vi["url"].endswith("/vi/festivals/tuan-le-thiet-ke/")
    assert en["url"].endswith("/en/festivals/design-week/")
    today = timezone.localdate()
    assert vi["start"] == f"{today.isoformat()}T00:00:00+07:00"
    assert vi["end"] == f"{(today + timedelta(days=10)).isoformat()}T23:59:59+07:00"
    assert vi["organisers"] == "alpha" and vi["kind"] == "festival"
    assert vi["id"] == str(festival.pk)


def test_festival_events_are_what_the_api_lists_for_the_festival(exported, client, festival):
    links = exported["festival_events.csv"]
    assert {row["festival_id"] for row in links} == {str(festival.pk)}  # not private, draft
    assert {row["language"] for row in links} == {"vi"}  # its events are not in English
    response = client.get("/api/v2/events/", {"festival": "tuan-le-thiet-ke"})
    assert response.status_code == 200, response.content
    listed = {str(item["event_id"]) for item in response.json()["items"]}
    assert {row["event_id"] for row in links} == listed
    assert len(listed) == 4  # approved only: not the proposed one, not the outside one
    dates = {row["event_id"] for row in exported["events.csv"]}
    assert listed <= dates  # each joins to events.csv
