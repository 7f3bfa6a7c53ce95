"""A space page: facts, price, availability calendar, JSON-LD, and its rules."""

import json
import re
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from modelcluster.fields import ParentalKey
from wagtail.models import Page

from cms.formats import short_date
from network.models import NetworkHomePage
from spaces.models import NetworkSpacesPage, SpaceIndexPage, SpacePage

pytestmark = pytest.mark.django_db


def json_ld(html):
    text = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    return json.loads(text)


def test_space_page_shows_its_facts_and_price(client, network):
    html = client.get("/vi/alpha/spaces/studio-a/").content.decode()
    assert "12 m²" in html
    assert "3.000.000 ₫ mỗi tháng" in strip_tags(html)
    assert "Xưởng sáng tác" in html
    assert 'data-slug="daylight"' in html and "Ánh sáng tự nhiên" in html
    assert "Mỹ thuật" in html
    assert 'action="/vi/alpha/spaces/studio-a/inquiry/"' in html


def test_price_on_request(client, network):
    html = client.get("/vi/beta/spaces/garden/").content.decode()
    assert "Giá theo thỏa thuận" in html
    assert "makesOffer" not in json_ld(html)


def test_availability_calendar_marks_blocked_days(client, network):
    today = network["today"]
    html = client.get("/vi/alpha/spaces/studio-a/").content.decode()
    assert len(re.findall(r'<table class="month">', html)) == 3
    for offset in range(3):
        day = today + timedelta(days=offset)
        assert f'class="day day--booked" data-date="{day.isoformat()}"' in html
    after = today + timedelta(days=3)
    if after.month in {today.month, (today.month % 12) + 1}:
        assert f'class="day day--free" data-date="{after.isoformat()}"' in html
    hall = client.get("/vi/beta/spaces/hall/").content.decode()
    maintenance = (today + timedelta(days=10)).isoformat()
    assert f'class="day day--maintenance" data-date="{maintenance}"' in hall


def test_availability_says_each_days_state_in_words(client, network):
    today = network["today"]
    html = client.get("/vi/alpha/spaces/studio-a/").content.decode()
    # Not colour alone: the legend, the periods listed in words, each cell's state.
    legend = html[html.index('class="availability__legend"') :]
    assert re.search(
        r'class="swatch day--booked" aria-hidden="true"></span> đã có người thuê', legend
    )
    period = f"Đã đặt: {short_date(today, 'vi')} – {short_date(today + timedelta(days=2), 'vi')}"
    assert f'<ul class="availability__periods"><li>{period}</li></ul>' in html
    cell = re.search(
        rf'<td class="day day--booked" data-date="{today.isoformat()}"[^>]*>(.*?)</td>', html
    )
    assert cell.group(1) == f'{today.day}<span class="visually-hidden"> đã có người thuê</span>'
    free = client.get("/vi/alpha/spaces/desk/").content.decode()
    assert "Còn trống tất cả các ngày trong lịch." in free
    assert f'{today.day}<span class="visually-hidden"> còn trống</span>' in free


def test_space_page_reads_like_a_listing(client, network):
    desk = network["spaces"]["desk"]
    desk.introduction = "Một bàn làm việc cạnh cửa sổ."
    desk.description = "<p>Một bàn làm việc cạnh cửa sổ.</p>"
    desk.save_revision().publish()
    html = client.get("/vi/alpha/spaces/desk/").content.decode()
    # The facts and the way to ask come first, then the details, the calendar, the form.
    order = [
        html.index('class="space__price"'),
        html.index('<a class="button" href="#inquiry">Hỏi về không gian này</a>'),
        html.index('data-slug="fast-wifi"'),
        html.index("Một bàn làm việc cạnh cửa sổ.", html.index('class="space__details"')),
        html.index('class="availability"'),
        html.index('<section id="inquiry" class="inquiry" tabindex="-1"'),
    ]
    assert order == sorted(order)
    assert "Trung tâm trả lời trong vòng 2 ngày làm việc." in html
    # A description that only repeats the summary is not shown twice.
    article = html[html.index("<article") :]
    assert article.count("Một bàn làm việc cạnh cửa sổ.") == 1
    desk.description = "<p>Có tủ khóa riêng &amp; ổ cắm.</p>"
    desk.save_revision().publish()
    html = client.get("/vi/alpha/spaces/desk/").content.decode()
    assert '<div class="space__description"><p>Có tủ khóa riêng &amp; ổ cắm.</p></div>' in html


def test_availability_covers_three_whole_months():
    from datetime import date

    grids = SpacePage(area=1).availability(today=date(2026, 11, 25), months=3)
    assert [g["month"] for g in grids] == [date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)]
    days = [cell for week in grids[0]["weeks"] for cell in week if cell]
    assert len(days) == 30
    assert [c["state"] for c in days[23:26]] == ["past", "free", "free"]


def test_json_ld_place_and_offer(client, network):
    data = json_ld(client.get("/vi/beta/spaces/hall/").content.decode())
    assert data["@type"] == "Place" and data["name"] == "Hall"
    assert data["floorSize"] == {"@type": "QuantitativeValue", "value": 300, "unitCode": "MTK"}
    assert data["maximumAttendeeCapacity"] == 450
    assert data["geo"]["latitude"] == 21.0285
    assert data["address"]["addressLocality"] == "Phường Hoàn Kiếm"
    assert data["address"]["addressRegion"] == "Hà Nội"
    [offer] = data["makesOffer"]
    assert offer["priceCurrency"] == "VND" and offer["price"] == 40_000_000
    assert offer["priceSpecification"]["unitCode"] == "DAY"
    assert {f["name"] for f in data["amenityFeature"]} == {"Wi-Fi", "Âm thanh"}


def test_json_ld_cannot_be_broken_out_of(client, network):
    space = network["spaces"]["desk"]
    space.title = "</script><script>alert(1)</script>"
    space.save_revision().publish()
    html = client.get("/vi/alpha/spaces/desk/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert json_ld(html)["name"] == "</script><script>alert(1)</script>"


def test_price_rules():
    with pytest.raises(ValidationError) as missing:
        SpacePage(title="x", slug="x", space_type="studio", area=10, price_period="day").clean()
    assert "price" in missing.value.error_dict
    with pytest.raises(ValidationError):
        SpacePage(
            title="x", slug="x", space_type="studio", area=10, price_period="request", price=1
        ).clean()


def test_page_tree():
    assert SpacePage.parent_page_types == ["spaces.SpaceIndexPage"]
    assert "spaces.SpacePage" in SpaceIndexPage.subpage_types
    assert NetworkSpacesPage.can_create_at(NetworkHomePage())
    assert not NetworkSpacesPage.can_create_at(Page())


@pytest.mark.parametrize("model", [SpacePage, SpaceIndexPage, NetworkSpacesPage])
def test_every_field_has_a_translation_decision(model):
    decided = {field.field_name for field in model.translatable_fields}
    own = {
        f.name
        for f in model._meta.get_fields()
        if f.concrete and f.model is model and not f.primary_key
    }
    own |= {f.name for f in model._meta.many_to_many if f.model is model}
    own |= {
        rel.get_accessor_name()
        for rel in model._meta.related_objects
        if isinstance(rel.remote_field, ParentalKey)
        and rel.related_model._meta.app_label == "spaces"
    }
    assert own - decided == set()


def test_a_space_page_names_its_centers_ward(client, network):
    html = client.get("/vi/beta/spaces/hall/").content.decode()
    assert "Trung tâm Beta</a> · Phường Hoàn Kiếm</p>" in html
