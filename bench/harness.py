"""What the benchmarks share: their database, timed requests and manage.py runs.

The scripts run as ``python bench/bench_*.py``, so this folder is on the path and they
``import harness``.
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import warnings
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django():
    """Set Django up on the test settings (unless told otherwise) from the project root."""
    # Static files are not collected for a benchmark; WhiteNoise's warning says only that.
    warnings.filterwarnings("ignore", message="No directory at")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hanoi.settings.test")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def setup_throwaway_sqlite(prefix):
    """Set Django up on a new SQLite file in a temporary folder; returns the folder."""
    tmp = tempfile.mkdtemp(prefix=prefix)
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
    setup_django()
    return tmp


@contextmanager
def test_database():
    """A test database made for the run and destroyed after it, as the test runner does."""
    from django.db import connection

    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        yield
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def timed_gets(client, url, runs):
    """``runs`` GETs of ``url``: (wall ms of each, CPU ms of each, the last one's query
    count, the responses)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    walls, cpus, responses = [], [], []
    for _run in range(runs):
        with CaptureQueriesContext(connection) as queries:
            wall, cpu = time.perf_counter(), time.process_time()
            responses.append(client.get(url))
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
    return walls, cpus, len(queries), responses


def finish(rows, labels, started, tmp):
    """Say whether each label's query count (``row[2]`` of ``(size, label, queries, ...)``)
    stayed the same at every size and how long the run took, drop the throwaway database;
    returns the exit status (1 when a count grew)."""
    from django.db import connection

    constant = all(len({row[2] for row in rows if row[1] == label}) == 1 for label in labels)
    print(f"query count constant: {'yes' if constant else 'NO'}")
    print(f"total {time.monotonic() - started:.0f} s")
    connection.close()
    shutil.rmtree(tmp, ignore_errors=True)
    return 0 if constant else 1


def manage(args, env, **kwargs):
    """Run our own manage.py with the venv's python; raises when it fails."""
    return subprocess.run(  # noqa: S603 - the venv's python on our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
        **kwargs,
    )


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"nothing listens on port {port}")
