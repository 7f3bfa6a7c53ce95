"""gunicorn configuration: `gunicorn cms.wsgi -c gunicorn.conf.py` (settings from the env).

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

# The load balancer terminates TLS and sets X-Forwarded-*; trust it from these addresses.
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
