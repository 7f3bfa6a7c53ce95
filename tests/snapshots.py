"""Save the whole test database once and put it back later, without replaying the code that
built it.

Transactional tests (the browser journeys) commit, so a rolled-back transaction cannot
undo them; rebuilding their data each time (migration rows, the demo network through
wagtail-localize) is what made them slow. A snapshot copies every table as it is:

- SQLite (the test database lives in memory): SQLite's online backup, page by page, into
  another in-memory database, and back.
- PostgreSQL: each table copied with ``CREATE TABLE ... AS TABLE`` into a schema of its
  own; restoring truncates the tables, copies the rows back in one transaction (foreign
  keys are deferred until the commit) and sets every sequence to its saved value.

A snapshot is of the default database, taken and restored outside any transaction.

``restore_around_transactional_tests`` makes every transactional test start and end with
the database as the migrations left it, by restoring that snapshot in place of Django's
flush (which also emptied the rows the migrations made, and re-created content types and
permissions after every test).
"""

import contextlib
import sqlite3

from django.db import connection, transaction

# The two the fixtures use: the database as the migrations left it, and with the demo
# network loaded on top.
MIGRATED = "migrated"
DEMO = "demo"

_current = None  # the snapshot the database is known to hold, if any
_sqlite = {}  # name -> in-memory sqlite3 connection holding the copy
_postgres = {}  # name -> (tables with rows, [(sequence, start value, last value or None)])


def _schema(name):
    return f"hcc_snapshot_{name}"


def _quote(name):
    return connection.ops.quote_name(name)


def take(name):
    """Save the current contents of the test database as ``name`` (replacing it)."""
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        old = _sqlite.pop(name, None)
        if old is not None:
            old.close()
        _sqlite[name] = copy
    elif connection.vendor == "postgresql":
        _postgres[name] = _take_postgres(_schema(name))
    else:
        raise NotImplementedError(f"no snapshot for {connection.vendor}")
    _mark(name)


def restore(name):
    """Make the test database exactly what it was when ``name`` was taken."""
    if connection.in_atomic_block:
        raise RuntimeError("a snapshot is restored outside any transaction")
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        _sqlite[name].backup(connection.connection)
    else:
        _restore_postgres(_schema(name), *_postgres[name])
    _mark(name)


def _mark(name):
    global _current
    _current = name


@contextlib.contextmanager
def restore_around_transactional_tests():
    """Within this block, a transactional test (``transaction=True``, ``live_server``)
    starts from the ``MIGRATED`` snapshot and puts it back when it ends.

    Only a test on the default database alone, without ``available_apps`` or
    ``serialized_rollback``, is changed; any other keeps Django's flush.
    """
    from django.test import TransactionTestCase

    setup = TransactionTestCase.__dict__["_fixture_setup"]
    teardown = TransactionTestCase.__dict__["_fixture_teardown"]

    def plain(test):
        return (
            test.available_apps is None
            and not test.serialized_rollback
            and test._databases_names(include_mirrors=False) == ["default"]
        )

    def fixture_setup(cls):
        # The database holds the snapshot after a transactional test; before the first one
        # it may hold what a session fixture committed (the demo network).
        if plain(cls) and _current != MIGRATED:
            restore(MIGRATED)
        setup.__func__(cls)

    def fixture_teardown(self):
        if plain(self):
            restore(MIGRATED)
        else:
            teardown(self)
            _mark(None)

    TransactionTestCase._fixture_setup = classmethod(fixture_setup)
    TransactionTestCase._fixture_teardown = fixture_teardown
    try:
        yield
    finally:
        TransactionTestCase._fixture_setup = setup
        TransactionTestCase._fixture_teardown = teardown


def _tables(cursor):
    return [
        info.name
        for info in connection.introspection.get_table_list(cursor)
        if info.type == "t"  # not the views
    ]


def _take_postgres(schema):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {_quote(schema)} CASCADE")
        cursor.execute(f"CREATE SCHEMA {_quote(schema)}")
        filled = []
        for table in _tables(cursor):
            cursor.execute(
                f"CREATE TABLE {_quote(schema)}.{_quote(table)} AS TABLE {_quote(table)}"
            )
            if cursor.rowcount:
                filled.append(table)
        cursor.execute(
            "SELECT sequencename, start_value, last_value FROM pg_sequences "
            "WHERE schemaname = current_schema()"
        )
        sequences = cursor.fetchall()
    return filled, sequences


def _restore_postgres(schema, filled, sequences):
    with transaction.atomic(), connection.cursor() as cursor:
        tables = _tables(cursor)
        cursor.execute(f"TRUNCATE {', '.join(_quote(t) for t in tables)}")
        for table in filled:
            # Names from the catalogue, quoted: no outside text reaches this SQL.
            source = f"{_quote(schema)}.{_quote(table)}"
            cursor.execute(f"INSERT INTO {_quote(table)} SELECT * FROM {source}")  # noqa: S608
        if sequences:
            # A sequence never used (no last value) hands out its start value next.
            cursor.execute(
                "SELECT " + ", ".join(["setval(%s, %s, %s)"] * len(sequences)),
                [
                    value
                    for sequence, start, last in sequences
                    for value in (
                        _quote(sequence),
                        start if last is None else last,
                        last is not None,
                    )
                ],
            )
