#!/usr/bin/env bash
# Run a command with DATABASE_URL pointing at PostgreSQL.
#
# With TEST_POSTGRES_URL set, that server is used. Otherwise a throwaway cluster is
# created in a temporary directory, started on a free local port, and removed when the
# command ends. If PostgreSQL cannot be found or started, this fails: the PostgreSQL
# run of the test suite is never skipped.
set -euo pipefail

if [ -n "${TEST_POSTGRES_URL:-}" ]; then
    DATABASE_URL="$TEST_POSTGRES_URL" exec "$@"
fi

bindir=""
if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    bindir=$(pg_config --bindir)
else
    bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
fi
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "with_postgres: PostgreSQL server binaries not found (install the 'postgresql' package" >&2
    echo "or set TEST_POSTGRES_URL). The PostgreSQL test run cannot be skipped." >&2
    exit 1
fi

datadir=$(mktemp -d /tmp/hcc-pg.XXXXXX)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
as_owner=()
if [ "$(id -u)" = "0" ]; then
    # initdb refuses to run as root: the cluster belongs to the postgres user.
    chown postgres "$datadir"
    as_owner=(runuser -u postgres --)
fi

cleanup() {
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$datadir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$datadir"
}
trap cleanup EXIT

"${as_owner[@]}" "$bindir/initdb" -D "$datadir/data" -U hcc -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${as_owner[@]}" "$bindir/pg_ctl" -D "$datadir/data" -l "$datadir/server.log" -w \
    -o "-p $port -k $datadir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
echo "with_postgres: throwaway PostgreSQL on 127.0.0.1:$port"
DATABASE_URL="postgres://hcc@127.0.0.1:$port/postgres" "$@"
