"""A hotel's page on another origin pastes whatson.js: the iframe appears, shows the
center's next events in English, links open in a new tab, and the frame is sized to fit."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.browser.conftest import LIVE_DB

pytestmark = [pytest.mark.browser, LIVE_DB]


@pytest.fixture
def hotel_server():
    """The hotel's site: a real server on another loopback port (another origin, and the
    same address space, so Chromium's local-network rules do not apply)."""
    servers = []

    def serve(html):
        body = html.encode()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        server = ThreadingHTTPServer(("localhost", 0), Handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://localhost:{server.server_address[1]}/"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


def test_a_hotel_page_embeds_the_whats_on(demo_live, new_page, hotel_server):
    host = f"""<!DOCTYPE html><html lang="en"><head><title>Hotel</title></head><body>
    <h1>Our neighbourhood</h1>
    <script src="{demo_live.url}/static/widget/whatson.js"
            data-center="complex-01" data-lang="en" data-limit="3"></script>
    <p id="after">Book a room</p></body></html>"""
    hotel = hotel_server(host)
    assert hotel.split("/")[2] != demo_live.url.split("/")[2]
    page = new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text))
    page.goto(hotel)

    iframe = page.locator("iframe")
    page.wait_for_load_state("load")
    assert iframe.count() == 1, errors
    assert iframe.get_attribute("src") == (
        f"{demo_live.url}/en/widget/events/?center=complex-01&limit=3"
    )
    assert iframe.get_attribute("title") == "What's on"
    # Inserted right after the script, before the host's own content.
    assert page.evaluate("document.querySelector('iframe').nextElementSibling.id") == "after"

    frame = page.frame_locator("iframe")
    heading = frame.locator("h1")
    heading.wait_for()
    assert heading.inner_text() == "What's on: Complex 01 Creative Hub"
    links = frame.locator(".whatson__event a")
    assert 1 <= links.count() <= 3
    for index in range(links.count()):
        link = links.nth(index)
        assert link.get_attribute("target") == "_blank"
        assert "/en/complex-01/events/" in link.get_attribute("href")

    # widget.js reports the content's height; whatson.js sizes the iframe to it.
    page.wait_for_function(
        "document.querySelector('iframe').style.height !== '420px'", timeout=10_000
    )
    height = page.evaluate("parseInt(document.querySelector('iframe').style.height, 10)")
    assert 100 < height < 2000
