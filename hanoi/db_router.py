"""Send reads of public pages to a read replica; everything else to the primary.

Installed by ``hanoi.settings.production`` when ``DATABASE_REPLICA_URL`` is set (the
database alias ``replica``). ``PrimaryReplicaMiddleware`` marks a request as
replica-eligible only when it is a GET or HEAD outside the admin; inside such a request
reads go to the replica until the request writes, after which it reads its own writes
from the primary. Writes, the admin, management commands, background tasks and anything
inside a transaction always use the primary. Migrations run on the primary only (the
replica is fed by PostgreSQL's own replication).
"""

from contextvars import ContextVar

from django.conf import settings
from django.db import connections

PRIMARY = "default"
REPLICA = "replica"

# None: not in a public read request. True: may read from the replica. False: wrote.
_replica_allowed = ContextVar("replica_allowed", default=None)

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def replica_configured():
    return REPLICA in settings.DATABASES


class use_replica:
    """Context manager: reads inside may go to the replica (what the middleware uses)."""

    def __enter__(self):
        self.token = _replica_allowed.set(True)
        return self

    def __exit__(self, *exc_info):
        _replica_allowed.reset(self.token)


class PrimaryReplicaRouter:
    def db_for_read(self, model, **hints):
        if _replica_allowed.get() is not True or not replica_configured():
            return PRIMARY
        if connections[PRIMARY].in_atomic_block:
            return PRIMARY
        return REPLICA

    def db_for_write(self, model, **hints):
        if _replica_allowed.get() is True:
            _replica_allowed.set(False)  # read your own writes for the rest of the request
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the replica holds the same rows as the primary

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


class PrimaryReplicaMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefixes = tuple(settings.CSP_ADMIN_PATH_PREFIXES)

    def __call__(self, request):
        if (
            request.method in SAFE_METHODS
            and not request.path_info.startswith(self.admin_prefixes)
            and replica_configured()
        ):
            with use_replica():
                return self.get_response(request)
        return self.get_response(request)
