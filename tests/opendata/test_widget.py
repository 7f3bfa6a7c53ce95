"""The embeddable "what's on": the right events in the right language, frameable alone."""

import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders

from tests.ops.test_security_headers import InlineFinder, csp

from .conftest import soon


def events_in(response):
    assert response.status_code == 200, response.content
    html = response.content.decode()
    return re.findall(
        r'<h2 class="whatson__event"><a href="([^"]+)" target="_blank" rel="noopener">([^<]+)</a>',
        html,
    )


def messages(response):
    return re.findall(r"<li>([^<]+)</li>", response.content.decode().split("whatson__list")[0])


@pytest.fixture
def upcoming(make_event, other_calendar, network_calendar):
    return [
        make_event(title="Hòa nhạc", slug="hoa-nhac", start=soon(1), is_free=True),
        make_event(
            parent=other_calendar,
            title="Chiếu phim",
            slug="chieu-phim",
            start=soon(2),
            price_min=80_000,
        ),
        make_event(title="Tọa đàm", slug="toa-dam", start=soon(3)),
        make_event(title="Đã qua", slug="da-qua", start=soon(-3)),
    ]


def test_the_network_next_events_linking_to_their_pages(client, upcoming, center):
    response = client.get("/vi/widget/events/")
    assert events_in(response) == [
        (f"http://localhost/vi/{center.slug}/events/hoa-nhac/", "Hòa nhạc"),
        ("http://localhost/vi/thu-hai/events/chieu-phim/", "Chiếu phim"),
        (f"http://localhost/vi/{center.slug}/events/toa-dam/", "Tọa đàm"),
    ]
    html = response.content.decode()
    assert '<html lang="vi">' in html
    assert "Vào cửa miễn phí" in html
    assert "80.000 ₫" in html
    assert 'href="/static/opendata/widget.css"' in html
    assert 'href="http://localhost/vi/events/" target="_blank"' in html


def test_one_center_and_a_limit(client, upcoming, center):
    response = client.get("/vi/widget/events/", {"center": center.slug, "limit": "1"})
    assert [title for _url, title in events_in(response)] == ["Hòa nhạc"]
    html = response.content.decode()
    assert "Sắp diễn ra: Trung tâm Sáng tạo Thử nghiệm" in html
    assert f'href="http://localhost/vi/{center.slug}/events/" target="_blank"' in html


def test_english_widget_in_english(client, upcoming, english, center):
    english(upcoming[0], {"Hòa nhạc": "Concert", "hoa-nhac": "concert"})
    response = client.get("/en/widget/events/", {"center": center.slug})
    assert events_in(response) == [
        (f"http://localhost/en/{center.slug}/events/concert/", "Concert")
    ]
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "What's on: Test Creative Center" in html
    assert "Free admission" in html


@pytest.mark.parametrize(
    ("params", "message", "shown"),
    [
        ({"center": "khong-co"}, "Không có “khong-co” ở đây: bộ lọc này đã được bỏ qua.", 3),
        ({"limit": "999"}, "“999” không phải là số sự kiện từ 1 đến 20: hiển thị 5 sự kiện.", 3),
        ({"limit": "-1"}, "“-1” không phải là số sự kiện từ 1 đến 20: hiển thị 5 sự kiện.", 3),
        ({"limit": "năm"}, "“năm” không phải là số sự kiện từ 1 đến 20: hiển thị 5 sự kiện.", 3),
        # A digit Python's int() does not read (it answered 500 when isdigit() let it by).
        ({"limit": "²"}, "“²” không phải là số sự kiện từ 1 đến 20: hiển thị 5 sự kiện.", 3),
        (
            {"from": "𝟚𝟘𝟚𝟞-𝟙𝟚"},
            "“𝟚𝟘𝟚𝟞-𝟙𝟚” không phải là ngày (hãy dùng dạng NNNN-TT-NN, ví dụ 2026-12-05): đã bỏ qua.",
            3,
        ),
    ],
)
def test_a_pasted_typo_is_named_and_events_still_show(client, upcoming, params, message, shown):
    response = client.get("/vi/widget/events/", params)
    assert messages(response) == [message]
    assert len(events_in(response)) == shown


def test_only_the_widget_may_be_framed_and_it_needs_nothing_inline(client, upcoming):
    widget = client.get("/vi/widget/events/")
    assert csp(widget)["frame-ancestors"] == ["*"]
    assert "X-Frame-Options" not in widget
    assert csp(widget)["script-src"] == ["'self'"]
    finder = InlineFinder()
    finder.feed(widget.content.decode())
    assert finder.blocked == []
    for url in ["/vi/events/", "/vi/events/feed.rss", "/api/v2/events/"]:
        other = client.get(url)
        assert csp(other)["frame-ancestors"] == ["'none'"], url
        assert other["X-Frame-Options"] == "DENY", url


def test_the_script_a_site_pastes_builds_the_iframe_url():
    path = finders.find("widget/whatson.js")
    assert path is not None
    script = Path(path).read_text(encoding="utf-8")
    assert '"/widget/events/"' in script
    assert "document.currentScript" in script
    assert '["center", "category", "sector", "free", "limit"]' in script
