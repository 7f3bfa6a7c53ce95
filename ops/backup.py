"""Back up and restore the database and the media files.

A backup is a directory holding ``manifest.json`` plus:

- ``database.sqlite3`` (SQLite, copied with sqlite3's online backup API, safe while the
  site is serving) or ``database.dump`` (PostgreSQL, ``pg_dump --format=custom``);
- ``media.tar.gz``: every file under ``MEDIA_ROOT`` (media on S3 is not copied: use the
  bucket's versioning or replication).

Restore replaces the database's content with the backup's and puts the media files
back (files added since the backup are removed), then has PostgreSQL gather its planner
statistics and drops every cached page.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connections

from ops import pagecache

MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite3"
PG_FILE = "database.dump"
MEDIA_FILE = "media.tar.gz"


class BackupError(Exception):
    pass


def _engine(alias="default"):
    engine = settings.DATABASES[alias]["ENGINE"]
    if engine.endswith("sqlite3"):
        return "sqlite"
    if "postgresql" in engine:
        return "postgresql"
    raise BackupError(f"Backups of the {engine} database engine are not supported.")


def _pg_env_and_args(alias="default"):
    db = settings.DATABASES[alias]
    env = {**os.environ}
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    args = ["--dbname", db["NAME"], "--no-password"]
    if db.get("HOST"):
        args += ["--host", db["HOST"]]
    if db.get("PORT"):
        args += ["--port", str(db["PORT"])]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    return env, args


def _tool(name):
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True):
        return str(candidate)
    raise BackupError(f"{name} is needed for PostgreSQL backups (Debian: postgresql-client).")


def _media_root():
    storage = settings.STORAGES["default"]["BACKEND"]
    if not storage.endswith("FileSystemStorage"):
        return None
    return Path(settings.MEDIA_ROOT)


def backup(target):
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    engine = _engine()
    connection = connections["default"]
    if engine == "sqlite":
        connection.ensure_connection()
        destination = sqlite3.connect(target / SQLITE_FILE)
        try:
            connection.connection.backup(destination)
        finally:
            destination.close()
        database_file = SQLITE_FILE
    else:
        env, args = _pg_env_and_args()
        subprocess.run(  # noqa: S603 - fixed tool, arguments from settings
            [_tool("pg_dump"), "--format=custom", "--no-owner", "--file", target / PG_FILE, *args],
            env=env,
            check=True,
        )
        database_file = PG_FILE
    media_root = _media_root()
    media_files = 0
    if media_root is not None:
        with tarfile.open(target / MEDIA_FILE, "w:gz") as archive:
            if media_root.is_dir():
                for path in sorted(media_root.rglob("*")):
                    if path.is_file():
                        archive.add(path, arcname=str(path.relative_to(media_root)))
                        media_files += 1
    manifest = {
        "created": datetime.now(UTC).isoformat(),
        "engine": engine,
        "database": database_file,
        "media": MEDIA_FILE if media_root is not None else None,
        "media_files": media_files,
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2))
    return manifest


def _safe_members(archive, root):
    root = root.resolve()
    for member in archive.getmembers():
        if not (member.isfile() or member.isdir()):
            raise BackupError(f"Refusing the archive entry {member.name!r}: not a plain file.")
        destination = (root / member.name).resolve()
        if root != destination and root not in destination.parents:
            raise BackupError(f"Refusing the archive entry {member.name!r}: outside the media.")
        yield member


def restore(source):
    source = Path(source)
    manifest_path = source / MANIFEST
    if not manifest_path.is_file():
        raise BackupError(f"{source} is not a backup: {MANIFEST} is missing.")
    manifest = json.loads(manifest_path.read_text())
    engine = _engine()
    if manifest["engine"] != engine:
        raise BackupError(
            f"The backup is of a {manifest['engine']} database; this site uses {engine}."
        )
    connection = connections["default"]
    if engine == "sqlite":
        connection.ensure_connection()
        backup_db = sqlite3.connect(source / manifest["database"])
        try:
            backup_db.backup(connection.connection)
        finally:
            backup_db.close()
    else:
        connection.close()
        env, args = _pg_env_and_args()
        subprocess.run(  # noqa: S603 - fixed tool, arguments from settings
            [
                _tool("pg_restore"),
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                *args,
                source / manifest["database"],
            ],
            env=env,
            check=True,
        )
        # pg_restore leaves the planner without statistics until autovacuum comes round
        # (never, for tables of a few rows): plans chosen blind can be a hundred times slower.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    media_root = _media_root()
    if manifest.get("media") and media_root is not None:
        if media_root.is_dir():
            shutil.rmtree(media_root)
        media_root.mkdir(parents=True)
        with tarfile.open(source / manifest["media"], "r:gz") as archive:
            archive.extractall(media_root, members=_safe_members(archive, media_root))  # noqa: S202
    # Pages and facet counts cached before the restore show what it replaced.
    pagecache.invalidate()
    return manifest
