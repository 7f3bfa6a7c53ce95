"""The event page: Vietnamese dates, next dates, status, JSON-LD and calendar links."""

import json
import re
from datetime import date
from urllib.parse import parse_qs, urlparse

from .conftest import hanoi


def json_ld(html):
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    return json.loads(raw)


def test_vietnamese_dates_price_and_json_ld(client, make_event, center, category):
    event = make_event(
        title="Đêm nhạc mùa đông",
        start=hanoi(2030, 12, 7, 19, 30),
        end=hanoi(2030, 12, 7, 21, 0),
        price_min=150000,
        price_max=300000,
        organiser="Nhóm Hà Nội Xưa",
        accessible_hearing=True,
        categories=[category],
        status="full",
    )
    html = client.get(event.url).content.decode()
    assert "Thứ Bảy, 7 tháng 12 năm 2030, 19:30–21:00" in html
    assert "150.000 ₫ – 300.000 ₫" in html
    assert "Đã kín chỗ" in html  # status banner
    assert "Người khiếm thính" in html and "Âm nhạc" in html
    data = json_ld(html)
    assert data["@type"] == "Event"
    assert data["startDate"] == "2030-12-07T19:30:00+07:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["isAccessibleForFree"] is False
    assert data["offers"] == {
        "@type": "AggregateOffer",
        "priceCurrency": "VND",
        "lowPrice": 150000,
        "highPrice": 300000,
        "url": event.get_full_url(),
        "availability": "https://schema.org/SoldOut",
    }
    assert data["location"]["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 21.0285,
        "longitude": 105.8542,
    }
    assert data["location"]["name"] == center.title


def test_cancelled_online_free_event(client, make_event):
    event = make_event(
        start=hanoi(2030, 3, 2, 20, 0),
        status="cancelled",
        is_free=True,
        attendance_mode="online",
        online_url="https://meet.example.vn/abc",
    )
    html = client.get(event.url).content.decode()
    assert 'class="event__status event__status--cancelled" role="status">Đã hủy<' in html
    data = json_ld(html)
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://meet.example.vn/abc"}
    assert data["isAccessibleForFree"] is True and data["offers"]["price"] == 0


def test_next_dates_of_a_series_and_google_link(client, make_event):
    event = make_event(
        start=hanoi(2030, 3, 2, 9, 0),
        end=hanoi(2030, 3, 2, 11, 0),
        repeat="weekly",
        repeat_until=date(2030, 6, 30),
    )
    html = client.get(event.url).content.decode()
    dates = re.findall(r"<li>(Thứ Bảy, [^<]+?)(?: <span|</li>)", html)
    assert dates[:2] == [
        "Thứ Bảy, 2 tháng 3 năm 2030, 09:00–11:00",
        "Thứ Bảy, 9 tháng 3 năm 2030, 09:00–11:00",
    ]
    assert len(dates) == 8
    link = re.search(r'href="(https://calendar.google.com/[^"]+)"', html).group(1)
    query = parse_qs(urlparse(link.replace("&amp;", "&")).query)
    assert query["dates"] == ["20300302T020000Z/20300302T040000Z"]
    assert query["ctz"] == ["Asia/Ho_Chi_Minh"]
    assert f'href="{event.url}event.ics"' in html
    # This date or the whole series, for both: each date has its own file and Google link.
    assert "Buổi gần nhất, Thứ Bảy, 2 tháng 3 năm 2030, 09:00–11:00:" in html
    assert f'href="{event.url}event.ics?date=2030-03-09"' in html
    googles = re.findall(r'href="(https://calendar.google.com/[^"]+)"', html)
    second = parse_qs(urlparse(googles[1].replace("&amp;", "&")).query)
    assert second["dates"] == ["20300309T020000Z/20300309T040000Z"]


def test_json_ld_cannot_be_broken_out_of(client, make_event):
    event = make_event(title="</script><script>alert(1)</script>", start=hanoi(2030, 1, 1, 9))
    html = client.get(event.url).content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["name"] == "</script><script>alert(1)</script>"
