"""gunicorn configuration: `gunicorn hanoi.wsgi -c gunicorn.conf.py` (settings from the env).

| variable | default | what |
| --- | --- | --- |
| ``PORT`` / ``GUNICORN_BIND`` | ``0.0.0.0:8000`` | where to listen |
| ``WEB_CONCURRENCY`` | 2 x cores + 1 | worker processes |
| ``GUNICORN_THREADS`` | 1 | threads per worker (more than 1: gthread workers) |
| ``GUNICORN_TIMEOUT`` | 30 | seconds before a stuck worker is restarted |
| ``GUNICORN_MAX_REQUESTS`` | 2000 | requests before a worker is recycled (with jitter) |
| ``GUNICORN_ACCESS_LOG`` | ``-`` (stdout) | access log file; empty turns it off |
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND") or f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
worker_class = "gthread" if threads > 1 else "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = timeout
keepalive = 5
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = max_requests // 10
preload_app = True  # import Django once in the arbiter; workers fork with it loaded

accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
access_log_format = '%(h)s "%(r)s" %(s)s %(b)s %(M)sms "%(a)s"'

# The reverse proxy in front (ops/nginx.conf) sets X-Forwarded-*; trust it from these
# addresses only: never "*" while anyone else can reach gunicorn.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Workers' heartbeat files in memory, not on a possibly slow container disk.
SHM = "/dev/shm"  # noqa: S108 - gunicorn's documented choice for worker_tmp_dir
worker_tmp_dir = SHM if os.path.isdir(SHM) else None

# gunicorn 25+ opens a control socket at one fixed path per user; several gunicorns on
# one host (tests, benches, blue/green) would fight over it. Set GUNICORN_CONTROL_SOCKET
# to a path to have one.
control_socket_disable = not os.environ.get("GUNICORN_CONTROL_SOCKET")
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]


def when_ready(server):
    """Warm the preloaded app before the first fork, then freeze what it allocated.

    Every worker, recycled ones included, is forked from the arbiter: it inherits the
    URLconf, catalogues and templates instead of loading them on its first request (see
    hanoi/warmup.py). ``gc.freeze()`` moves the arbiter's objects out of the collector's
    reach, as Python's documentation advises before forking: a worker's full collections
    no longer walk (and copy) the thousands of objects it shares with the arbiter.
    """
    if not server.cfg.preload_app:
        return
    import gc

    from hanoi.warmup import warm_up

    server.log.info("warm-up: %d templates compiled before forking workers", warm_up())
    gc.collect()
    gc.freeze()


def worker_exit(server, worker):
    """A worker that is done (recycled after ``max_requests``, or stopped) leaves at once.

    Python's own exit tears the heap down object by object; in a worker forked from a
    preloaded arbiter that writes to, and so copies, every shared page: 0.5 to 0.8 s
    here, during which the worker is neither serving nor replaced, and each recycle was
    a stall in every page's p99. Connections are closed and logs and error reports
    flushed first; the exit status is kept (the arbiter reads a boot failure from it).
    """
    import logging
    import os
    import sys

    if os.getpid() != worker.pid:
        return  # called in the arbiter, for a worker that was already gone
    from django.db import connections

    connections.close_all()
    if "sentry_sdk" in sys.modules:
        sys.modules["sentry_sdk"].flush(timeout=2)
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    exc = sys.exc_info()[1]
    code = exc.code if isinstance(exc, SystemExit) and isinstance(exc.code, int) else 0
    os._exit(code)
