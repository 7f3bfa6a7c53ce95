"""Restore drill on SQLite: load the demo, back up, wipe, restore, compare (real processes)."""

import json
import os
import shutil
import uuid

from tests.ops.conftest import manage, production_env

COUNT_SCRIPT = """
import json
from wagtail.models import Page, Revision
from wagtail.images import get_image_model
from network.models import CenterPage
center = CenterPage.objects.get(slug="complex-01", locale__language_code="en")
print(json.dumps({
    "pages": Page.objects.count(),
    "revisions": Revision.objects.count(),
    "images": get_image_model().objects.count(),
    "renditions": get_image_model().get_rendition_model().objects.count(),
    "center_title": center.title,
    "center_body": str(center.body.raw_data) if hasattr(center, "body") else center.introduction,
    "image_files": sorted(i.file.name for i in get_image_model().objects.all()),
}))
"""


def state(env):
    return json.loads(manage("shell", "-c", COUNT_SCRIPT, env=env).stdout.strip().splitlines()[-1])


def restore_drill_on_sqlite(tmp_path):
    env = production_env(
        DJANGO_SETTINGS_MODULE="hanoi.settings.dev",
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "media"),
        DEMO_DATA_ALLOWED="1",
        PAGE_CACHE_STAMP_FILE=str(tmp_path / "pagecache.stamp"),
    )
    manage("migrate", "--noinput", "-v0", env=env)
    manage("load_demo", env=env)
    before = state(env)
    assert before["pages"] > 20 and before["images"] > 0 and before["revisions"] > 0
    assert before["center_title"] == "Complex 01 Creative Hub"

    backup_dir = tmp_path / "backup"
    result = manage("backup", str(backup_dir), env=env)
    assert "Backed up the sqlite database" in result.stdout
    manifest = json.loads((backup_dir / "manifest.json").read_text())
    assert manifest["media_files"] >= before["images"]

    # Wipe: the database file and the media are gone; an empty database is migrated.
    (tmp_path / "site.sqlite3").unlink()
    shutil.rmtree(tmp_path / "media")
    manage("migrate", "--noinput", "-v0", env=env)
    assert state_or_none(env) is None

    refused = manage("restore", str(backup_dir), env=env, check=False, input="no\n")
    assert refused.returncode != 0 and "Restore cancelled" in refused.stderr

    stamp = tmp_path / "pagecache.stamp"
    generation = stamp.read_text() if stamp.exists() else None
    manage("restore", str(backup_dir), "--noinput", env=env)
    # Cached pages and facet counts are of the wiped site: a restore starts a new generation.
    assert stamp.read_text() != generation
    after = state(env)
    assert after == before
    for name in after["image_files"]:
        assert (tmp_path / "media" / name).is_file()


def state_or_none(env):
    result = manage("shell", "-c", COUNT_SCRIPT, env=env, check=False)
    return None if result.returncode != 0 else json.loads(result.stdout.strip().splitlines()[-1])


def test_restore_refuses_a_directory_that_is_not_a_backup(tmp_path):
    env = production_env(
        DJANGO_SETTINGS_MODULE="hanoi.settings.dev",
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    result = manage("restore", str(tmp_path), "--noinput", env=env, check=False)
    assert result.returncode != 0
    assert "is not a backup: manifest.json is missing" in result.stderr


SMALL_NETWORK = """
from tests.factories import CenterPageFactory, NetworkHomePageFactory, make_site
home = NetworkHomePageFactory(slug="trang-chu", title="Mạng lưới sao lưu")
make_site(home)
CenterPageFactory(parent=home, slug="trung-tam-sao-luu", title="Trung tâm sao lưu")
"""

PG_STATE = """
import json
from wagtail.models import Page, Revision
print(json.dumps({
    "pages": Page.objects.count(),
    "revisions": Revision.objects.count(),
    "center": Page.objects.get(slug="trung-tam-sao-luu").title,
}))
"""


def restore_drill_on_postgresql(tmp_path):
    """pg_dump / pg_restore against a fresh database on the throwaway server."""
    import psycopg

    server_url = os.environ["DATABASE_URL"]
    name = f"hcc_backup_{uuid.uuid4().hex[:8]}"
    url = server_url.rsplit("/", 1)[0] + "/" + name
    env = production_env(
        DJANGO_SETTINGS_MODULE="hanoi.settings.dev",
        DATABASE_URL=url,
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    admin = psycopg.connect(server_url, autocommit=True)
    try:
        admin.execute(f'CREATE DATABASE "{name}"')
        manage("migrate", "--noinput", "-v0", env=env)
        manage("shell", "-c", SMALL_NETWORK, env=env)
        before = json.loads(manage("shell", "-c", PG_STATE, env=env).stdout.splitlines()[-1])
        assert "postgresql" in manage("backup", str(tmp_path / "b"), env=env).stdout
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
        manage("restore", str(tmp_path / "b"), "--noinput", env=env)
        after = json.loads(manage("shell", "-c", PG_STATE, env=env).stdout.splitlines()[-1])
        assert after == before and before["center"] == "Trung tâm sao lưu"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
    # only the PostgreSQL run of the suite has a server to use (no skip on SQLite)
    test_restore_drill_on_postgresql = restore_drill_on_postgresql
else:
    # The SQLite drill makes a database file of its own, whatever the run's database: the
    # same test in both runs of `make test`, so it is the SQLite run's.
    test_restore_drill = restore_drill_on_sqlite
