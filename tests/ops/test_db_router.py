"""A read replica takes the reads of public pages; writes, the admin and transactions use
the primary. Real databases in real processes: two SQLite files always, and two databases
on the throwaway PostgreSQL server when the suite runs under scripts/with_postgres.sh
(the second database stands in for a streaming replica: it is a copy, not replicated)."""

import json
import os
import sqlite3
import uuid

import dj_database_url

from tests.ops.conftest import manage, production_env

SETUP = """
from tests.factories import NetworkHomePageFactory, make_site
home = NetworkHomePageFactory(slug="trang-chu", title="Nội dung trên bản sao")
make_site(home)
print(home.pk)
"""

MARK_PRIMARY = """
from wagtail.models import Page
title = "Nội dung trên bản chính"
Page.objects.filter(slug="trang-chu").update(title=title, draft_title=title)
"""

PROBE = """
import json
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from wagtail.models import Page
from hanoi.db_router import use_replica

def title():
    return Page.objects.get(slug="trang-chu").title

def shown(response):
    html = response.content.decode()
    return "replica" if "trên bản sao" in html else "primary" if "trên bản chính" in html else "?"

out = {"outside_a_request": title()}
with use_replica():
    out["public_read"] = title()
    with transaction.atomic():
        out["in_a_transaction"] = title()
    Page.objects.filter(slug="nothing").update(title="x")  # a write...
    out["after_a_write"] = title()  # ...then reads see the primary

client = Client()
out["GET /vi/"] = shown(client.get("/vi/"))
out["HEAD /vi/"] = client.head("/vi/").status_code
out["POST /vi/"] = shown(client.post("/vi/"))
admin = get_user_model().objects.create_superuser("quantri", "qt@example.com", "mat-khau-dai")
client.force_login(admin)
page = Page.objects.get(slug="trang-chu")
out["admin explorer"] = shown(client.get(f"/admin/pages/{page.get_parent().pk}/"))
print(json.dumps(out))
"""

EXPECTED = {
    "outside_a_request": "Nội dung trên bản chính",
    "public_read": "Nội dung trên bản sao",
    "in_a_transaction": "Nội dung trên bản chính",
    "after_a_write": "Nội dung trên bản chính",
    "GET /vi/": "replica",
    "HEAD /vi/": 200,
    "POST /vi/": "primary",
    "admin explorer": "primary",
}


def run_probe(primary_url, replica_url, make_replica):
    setup_env = production_env(
        DJANGO_SETTINGS_MODULE="hanoi.settings.dev", DATABASE_URL=primary_url
    )
    manage("migrate", "--noinput", "-v0", env=setup_env)
    manage("shell", "-c", SETUP, env=setup_env)
    make_replica()
    manage("shell", "-c", MARK_PRIMARY, env=setup_env)
    # Production settings, but no collectstatic manifest: plain static storage.
    env = production_env(
        DATABASE_URL=primary_url,
        DATABASE_REPLICA_URL=replica_url,
        DJANGO_SETTINGS_MODULE="tests.ops.production_plain_static",
    )
    result = manage("shell", "-c", PROBE, env=env)
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_replica_router_on_two_sqlite_files(tmp_path):
    primary, replica = tmp_path / "primary.sqlite3", tmp_path / "replica.sqlite3"

    def copy():
        with sqlite3.connect(primary) as source, sqlite3.connect(replica) as target:
            source.backup(target)

    assert run_probe(f"sqlite:///{primary}", f"sqlite:///{replica}", copy) == EXPECTED


def on_postgresql():
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


def replica_router_on_two_postgresql_databases():
    import psycopg

    server = dj_database_url.parse(os.environ["DATABASE_URL"])
    suffix = uuid.uuid4().hex[:8]
    names = {"primary": f"hcc_primary_{suffix}", "replica": f"hcc_replica_{suffix}"}

    def url(name):
        auth = server["USER"] + (f":{server['PASSWORD']}" if server["PASSWORD"] else "")
        return f"postgres://{auth}@{server['HOST']}:{server['PORT']}/{name}"

    admin = psycopg.connect(url(server["NAME"]), autocommit=True)
    try:
        admin.execute(f'CREATE DATABASE "{names["primary"]}"')

        def copy():
            admin.execute(f'CREATE DATABASE "{names["replica"]}" TEMPLATE "{names["primary"]}"')

        assert run_probe(url(names["primary"]), url(names["replica"]), copy) == EXPECTED
    finally:
        for name in names.values():
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


if on_postgresql():  # only the PostgreSQL run of the suite has a server to use (no skip)
    test_replica_router_on_two_postgresql_databases = replica_router_on_two_postgresql_databases
