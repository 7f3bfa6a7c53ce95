"""The guarded fetcher: only public http(s) addresses, checked at every hop, bounded.

The refusals are shown against a real server on 127.0.0.1, which must never see a request.
The machine running the tests has no internet, only loopback: to show what *is* fetched,
the tests give the fetcher a resolver that answers a public address for a made-up name
and a connection that leads to the local server (``Fetcher(resolve=..., connect=...)``,
the fetcher's documented seams). That mocks DNS; the checks themselves are the real ones.
"""

import socket

import pytest
from django.utils import translation

from ops.fetch import Fetcher, FetchError, fetch, is_public
from tests.httpserver import HANG, local_server

PUBLIC = "93.184.216.34"
CALENDAR = b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def through(server, names=None):
    """A fetcher for which ``names`` (default: calendar.example.vn) resolve to a public
    address, and every connection goes to ``server``; it records what it was asked."""
    names = names or {"calendar.example.vn": [PUBLIC]}
    asked = {"resolve": [], "connect": []}

    def resolve(host, port):
        asked["resolve"].append(host)
        if host in names:
            return names[host]
        return [info[4][0] for info in socket.getaddrinfo(host, port)]

    def connect(address, port, timeout):
        asked["connect"].append(address)
        return socket.create_connection(server.server_address, timeout=timeout)

    fetcher = Fetcher(resolve=resolve, connect=connect)
    fetcher.asked = asked
    return fetcher


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",  # cloud metadata
        "100.64.0.1",  # carrier-grade NAT
        "0.0.0.0",  # noqa: S104 - an address refused, not bound
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1%1",
        "fc00::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:8.8.8.8",  # mapped: refused whatever it carries
        "2002:7f00:1::1",  # 6to4 around 127.0.0.1
        "64:ff9b::a00:1",  # NAT64 around 10.0.0.1
    ],
)
def test_addresses_that_are_not_public(address):
    assert not is_public(address)


@pytest.mark.parametrize("address", [PUBLIC, "8.8.8.8", "2606:4700:4700::1111"])
def test_public_addresses(address):
    assert is_public(address)


def test_the_local_server_is_refused_under_every_name_and_never_asked():
    routes = {"/": (200, {}, b"SECRET first line")}
    with local_server(routes) as server:
        port = server.server_address[1]
        for url in [
            f"http://127.0.0.1:{port}/",
            f"http://localhost:{port}/",
            f"http://2130706433:{port}/",  # 127.0.0.1 as one number
            f"http://0.0.0.0:{port}/",  # noqa: S104
            f"http://[::1]:{port}/",
            f"http://[::ffff:127.0.0.1]:{port}/",
        ]:
            with pytest.raises(FetchError, match="is not a public internet address") as error:
                fetch(url, max_bytes=1000, timeout=5)
            assert "SECRET" not in str(error.value)
        assert server.requests == []


@pytest.mark.parametrize(
    "url", ["ftp://example.vn/x.ics", "file:///etc/passwd", "/etc/passwd", "gopher://x/"]
)
def test_only_http_and_https(url):
    with pytest.raises(FetchError, match=r"Only http:// and https:// addresses"):
        fetch(url, max_bytes=1000)


def test_message_in_the_users_language():
    with translation.override("vi"), pytest.raises(FetchError, match="Chỉ tải được địa chỉ"):
        fetch("ftp://example.vn/x.ics", max_bytes=1000)


def test_a_public_address_is_fetched_at_the_address_that_was_checked():
    with local_server({"/lich.ics?v=1": (200, {}, CALENDAR)}) as server:
        fetcher = through(server)
        body = fetcher.fetch("http://calendar.example.vn/lich.ics?v=1", max_bytes=1000)
        assert body == CALENDAR
        assert server.requests == [("/lich.ics?v=1", "calendar.example.vn")]
        # One lookup, and the connection went to what it answered: a second answer
        # (DNS rebinding to 127.0.0.1) is never asked for.
        assert fetcher.asked == {"resolve": ["calendar.example.vn"], "connect": [PUBLIC]}


def test_a_name_with_any_private_address_is_refused():
    with local_server({"/": (200, {}, CALENDAR)}) as server:
        fetcher = through(server, {"calendar.example.vn": [PUBLIC, "10.0.0.7"]})
        with pytest.raises(FetchError, match="not a public internet address"):
            fetcher.fetch("http://calendar.example.vn/", max_bytes=1000)
        assert server.requests == [] and fetcher.asked["connect"] == []


def test_every_redirect_is_checked_again():
    with local_server({"/": (200, {}, b"SECRET")}) as inside:
        port = inside.server_address[1]
        routes = {
            "/to-loopback": (302, {"Location": f"http://127.0.0.1:{port}/"}, b""),
            "/to-private-name": (301, {"Location": "http://intranet.example.vn/"}, b""),
            "/to-ftp": (307, {"Location": "ftp://calendar.example.vn/"}, b""),
            "/moved": (308, {"Location": "/lich.ics"}, b""),
            "/lich.ics": (200, {}, CALENDAR),
        }
        with local_server(routes) as server:
            names = {"calendar.example.vn": [PUBLIC], "intranet.example.vn": ["10.0.0.8"]}
            fetcher = through(server, names)
            url = "http://calendar.example.vn"
            assert fetcher.fetch(f"{url}/moved", max_bytes=1000) == CALENDAR
            with pytest.raises(FetchError, match="not a public internet address"):
                fetcher.fetch(f"{url}/to-loopback", max_bytes=1000)
            with pytest.raises(FetchError, match="intranet.example.vn is not a public"):
                fetcher.fetch(f"{url}/to-private-name", max_bytes=1000)
            with pytest.raises(FetchError, match="Only http:// and https://"):
                fetcher.fetch(f"{url}/to-ftp", max_bytes=1000)
        assert inside.requests == []


def test_redirects_are_capped():
    with local_server({"/loop": (302, {"Location": "/loop"}, b"")}) as server:
        fetcher = through(server)
        with pytest.raises(FetchError, match="redirects more than 3 times"):
            fetcher.fetch("http://calendar.example.vn/loop", max_bytes=1000, max_redirects=3)
        assert len(server.requests) == 4


def test_size_is_capped_whether_announced_or_not():
    routes = {
        "/announced": (200, {"Content-Length": "5000"}, b"x" * 5000),
        "/unannounced": (200, {}, b"x" * 5000),
    }
    with local_server(routes) as server:
        fetcher = through(server)
        for path in routes:
            with pytest.raises(FetchError, match="larger than"):
                fetcher.fetch(f"http://calendar.example.vn{path}", max_bytes=1000)


def test_time_is_capped():
    slow = {"/slow": (200, {}, HANG)}
    with local_server(slow) as server, pytest.raises(FetchError, match="took too long"):
        through(server).fetch("http://calendar.example.vn/slow", max_bytes=1000, timeout=0.3)


def test_errors_never_quote_what_the_server_sent():
    routes = {"/error": (500, {}, b"SECRET stack trace")}
    with local_server(routes) as server:
        with pytest.raises(FetchError, match="HTTP status 500") as error:
            through(server).fetch("http://calendar.example.vn/error", max_bytes=1000)
        assert "SECRET" not in str(error.value)

    # Not HTTP at all (Redis, SMTP...): http.client puts the first line in its error.
    listener = socket.create_server(("127.0.0.1", 0))
    try:

        def connect(address, port, timeout):
            client = socket.create_connection(listener.getsockname(), timeout=timeout)
            conn, _addr = listener.accept()
            conn.sendall(b"-ERR SECRET redis answer\r\n")
            conn.close()
            return client

        fetcher = Fetcher(resolve=lambda host, port: [PUBLIC], connect=connect)
        with pytest.raises(FetchError, match="could not be reached") as error:
            fetcher.fetch("http://calendar.example.vn/", max_bytes=1000)
        assert "SECRET" not in str(error.value)
    finally:
        listener.close()
