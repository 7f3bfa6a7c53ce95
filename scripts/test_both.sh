#!/usr/bin/env bash
# Run the test suite on SQLite and on PostgreSQL at the same time, one per core.
#
# The two runs share nothing on disk: each has its own pytest temporary directory and
# media directory (hanoi/settings/test.py picks it from DATABASE_URL), and every server a
# test starts (PostgreSQL, Redis, gunicorn, moto, the browser's live server) listens on a
# free port. Each run writes to its own log; both logs are printed when both have ended,
# and the command fails if either run failed. Extra arguments go to both pytest runs.
#
# Browser journeys (tests/browser, marker `browser`) run once, in the SQLite run: they
# test what a person sees in the browser, which does not depend on the database, and each
# drives chromium beside its live server. The PostgreSQL run, the slower of the two
# without them, deselects them, so that both runs end at about the same time.
set -uo pipefail
cd "$(dirname "$0")/.."

venv=${VENV:-.venv}
logs=$(mktemp -d /tmp/hcc-tests.XXXXXX)
trap 'rm -rf "$logs"' EXIT
started=$(date +%s)

(
    env -u DATABASE_URL "$venv/bin/pytest" --basetemp="$logs/tmp-sqlite" "$@" \
        >"$logs/sqlite.log" 2>&1
    status=$?
    echo $(($(date +%s) - started)) >"$logs/sqlite.seconds"
    exit "$status"
) &
sqlite_pid=$!
scripts/with_postgres.sh "$venv/bin/pytest" --basetemp="$logs/tmp-postgres" -m "not browser" \
    "$@" >"$logs/postgres.log" 2>&1
postgres_status=$?
postgres_seconds=$(($(date +%s) - started))
wait "$sqlite_pid"
sqlite_status=$?

echo "== SQLite (exit $sqlite_status)"
cat "$logs/sqlite.log"
echo "== PostgreSQL, without the browser journeys (exit $postgres_status)"
cat "$logs/postgres.log"
echo "== SQLite took $(cat "$logs/sqlite.seconds") s, PostgreSQL $postgres_seconds s;" \
    "both runs $(($(date +%s) - started)) s"
[ "$sqlite_status" -eq 0 ] && [ "$postgres_status" -eq 0 ]
