"""The reverse proxy of the production recipe (ops/nginx.conf): Debian's nginx, for real.

Slow clients: connections that send their headers a byte at a time held gunicorn's sync
workers, and /healthz waited behind them. With nginx in front, gunicorn sees only whole
requests.
"""

import shutil
import socket
import subprocess
import urllib.request

import pytest

from tests.ops.conftest import ROOT, free_port, production_env, wait_for_port

CONFIG = ROOT / "ops" / "nginx.conf"


def nginx_binary():
    binary = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if binary is None:
        pytest.fail("nginx is not installed (Debian: nginx-light; .ci/run does it)")
    return binary


def nginx_config(tmp_path, port, upstream):
    text = CONFIG.read_text()
    replacements = {
        "listen 80;": f"listen 127.0.0.1:{port};",
        "server web:8000;": f"server {upstream};",
        "pid /tmp/nginx.pid;": f"pid {tmp_path / 'nginx.pid'};",
        "error_log /dev/stderr warn;": f"error_log {tmp_path / 'error.log'} warn;",
    }
    for old, new in replacements.items():
        assert old in text, old
        text = text.replace(old, new)
    for temp in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"):
        text = text.replace("http {", f"http {{\n    {temp}_temp_path {tmp_path / temp};", 1)
    path = tmp_path / "nginx.conf"
    path.write_text(text)
    return path


def test_the_config_is_valid(tmp_path):
    path = nginx_config(tmp_path, free_port(), f"127.0.0.1:{free_port()}")
    result = subprocess.run(
        [nginx_binary(), "-t", "-c", str(path), "-p", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr


@pytest.fixture
def gunicorn_behind_nginx(tmp_path):
    """One sync gunicorn worker (production settings, an empty SQLite file) behind nginx."""
    gunicorn_port, nginx_port = free_port(), free_port()
    env = production_env(
        DJANGO_SETTINGS_MODULE="tests.ops.production_plain_static",
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
        WEB_CONCURRENCY="1",
        GUNICORN_BIND=f"127.0.0.1:{gunicorn_port}",
        GUNICORN_ACCESS_LOG="",
    )
    processes = []
    try:
        with (tmp_path / "gunicorn.log").open("w") as log:
            processes.append(
                subprocess.Popen(
                    [str(ROOT / ".venv/bin/gunicorn"), "hanoi.wsgi", "-c", "gunicorn.conf.py"],
                    cwd=ROOT,
                    env=env,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                )
            )
        wait_for_port(gunicorn_port, processes[0], timeout=60)
        config = nginx_config(tmp_path, nginx_port, f"127.0.0.1:{gunicorn_port}")
        processes.append(
            subprocess.Popen(
                [nginx_binary(), "-c", str(config), "-p", str(tmp_path), "-g", "daemon off;"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        wait_for_port(nginx_port, processes[1], timeout=20)
        yield f"http://127.0.0.1:{nginx_port}", nginx_port
    finally:
        for process in reversed(processes):
            process.terminate()
            process.wait(timeout=30)


def test_slow_headers_no_longer_stall_healthz(gunicorn_behind_nginx):
    base, port = gunicorn_behind_nginx
    slow = []
    try:
        for _ in range(3):  # more than the one worker: directly, each would hold it
            connection = socket.create_connection(("127.0.0.1", port), timeout=5)
            connection.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
            slow.append(connection)
        request = urllib.request.Request(f"{base}/healthz", headers={"Host": "127.0.0.1"})  # noqa: S310
        with urllib.request.urlopen(request, timeout=8) as response:  # noqa: S310
            assert response.status == 200
            assert response.read() == b'{"status": "ok", "database": "ok"}'
    finally:
        for connection in slow:
            connection.close()
