"""Real parts for the operations tests: a redis-server, free ports, production processes."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_SECRET = "a-long-random-production-secret-" + "x9Q" * 20

# Pages of the demo network in both languages: homes, a center, a free page, a calendar.
DEMO_PAGES = [
    "/vi/",
    "/en/",
    "/vi/complex-01/",
    "/en/complex-01/",
    "/vi/complex-01/tham-quan/",
    "/en/complex-01/visit/",
    "/vi/complex-01/events/",
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, process=None, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process exited with {process.returncode} before listening")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port} after {timeout} s")


def production_env(**overrides):
    """The environment of a production process: no inherited database or secret."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("DATABASE_", "REDIS_", "AWS_", "FRONTEND_CACHE_", "SENTRY_"))
        # set by the browser tests for their own process; production must not inherit it
        and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    env.update(
        DJANGO_SETTINGS_MODULE="hanoi.settings.production",
        SECRET_KEY=PRODUCTION_SECRET,
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        PYTHONUNBUFFERED="1",
    )
    env.update(overrides)
    return env


def run_python(*args, env, timeout=300, check=True, input=None):
    """The venv's python with ``args`` in a new process, from the project root."""
    result = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        input=input,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result


def manage(*args, env, timeout=300, check=True, input=None):
    return run_python("manage.py", *args, env=env, timeout=timeout, check=check, input=input)


class RedisServer:
    """A redis-server of Debian's on a free loopback port, in a temporary directory."""

    def __init__(self):
        self.binary = shutil.which("redis-server")
        if self.binary is None:
            pytest.fail("redis-server is not installed (Debian: redis-server; .ci/run does it)")
        self.port = free_port()
        self.directory = tempfile.mkdtemp(prefix="hcc-redis-")
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                self.directory,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            wait_for_port(self.port, self.process, timeout=20)
        except RuntimeError as error:
            pytest.fail(f"redis-server could not be started: {error}")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


def redis_cache(server, key_prefix, **extra):
    """A CACHES entry on ``server``, as production configures one (short socket timeouts)."""
    return {
        "BACKEND": "ops.cache.ResilientRedisCache",
        "LOCATION": server.url,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        **extra,
    }


@pytest.fixture
def redis_server():
    server = RedisServer()
    server.start()
    yield server
    server.stop()
    shutil.rmtree(server.directory, ignore_errors=True)
