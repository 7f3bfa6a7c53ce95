"""Where a calendar may come from: a file, or a public http(s) address, never the server's
own network (issue 20, hole 5).

The refusals run against a real server on 127.0.0.1 that must see no request. The one
allowed download replaces the fetcher's resolver and connection (``ops.fetch.resolve`` /
``ops.fetch.connect``): the test machine has only loopback, so a made-up public name is
answered with a public address and the connection is led to the local server.
"""

import socket
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from events.models import EventPage
from ops import fetch
from tests.httpserver import local_server

CALENDAR = (Path(__file__).parent / "fixtures" / "google_export.ics").read_bytes()


@pytest.fixture
def served():
    with local_server({"/lich.ics": (200, {}, CALENDAR)}) as server:
        yield server


@pytest.fixture
def admin_client(client, db):
    client.force_login(User.objects.create_superuser("admin", "admin@example.vn", "pw"))
    return client


def post(client, calendar, url):
    return client.post("/admin/events/import/", {"calendar": calendar.pk, "url": url})


def test_the_servers_own_network_is_refused_and_never_asked(admin_client, calendar, served):
    port = served.server_address[1]
    for url in [f"http://127.0.0.1:{port}/lich.ics", f"http://localhost:{port}/lich.ics"]:
        html = post(admin_client, calendar, url).content.decode()
        assert "Không có gì được nhập" in html
        assert "không phải là địa chỉ Internet công khai" in html
        assert "VCALENDAR" not in html  # nothing of the answer is echoed
    assert served.requests == []
    assert not EventPage.objects.child_of(calendar).exists()


def test_other_schemes_and_paths_are_refused(admin_client, calendar, tmp_path):
    path = tmp_path / "lich.ics"
    path.write_bytes(CALENDAR)
    html = post(admin_client, calendar, "ftp://example.vn/lich.ics").content.decode()
    assert "Hãy nhập địa chỉ http:// hoặc https://." in html
    for url in [f"file://{path}", str(path)]:
        html = post(admin_client, calendar, url).content.decode()
        assert "Hãy nhập địa chỉ http:// hoặc https://." in html
    assert not EventPage.objects.child_of(calendar).exists()


def test_a_public_address_is_imported(admin_client, calendar, served, monkeypatch):
    monkeypatch.setattr(fetch, "resolve", lambda host, port: ["93.184.216.34"])
    monkeypatch.setattr(
        fetch,
        "connect",
        lambda address, port, timeout: socket.create_connection(served.server_address),
    )
    response = post(admin_client, calendar, "http://lich.example.vn/lich.ics")
    assert response.status_code == 302
    assert served.requests == [("/lich.ics", "lich.example.vn")]
    assert EventPage.objects.child_of(calendar).count() == 2


def test_the_command_reads_an_operators_file_but_fetches_only_public_addresses(
    calendar, center, served, tmp_path
):
    with pytest.raises(CommandError, match="không phải là địa chỉ Internet công khai"):
        call_command("import_ics", center.slug, f"http://127.0.0.1:{served.server_address[1]}/")
    with pytest.raises(CommandError, match="Chỉ tải được địa chỉ http:// và https://"):
        call_command("import_ics", center.slug, "ftp://example.vn/lich.ics")
    assert served.requests == []
    path = tmp_path / "lich.ics"
    path.write_bytes(CALENDAR)
    call_command("import_ics", center.slug, str(path))
    assert EventPage.objects.child_of(calendar).count() == 2
