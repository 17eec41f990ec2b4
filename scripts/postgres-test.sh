#!/usr/bin/env bash
# Runs the PostgreSQL adapter's checks (Adapters/PostgreSQL) against a scratch PostgreSQL server on the loopback
# interface, and removes the server however they end.
#
#   bash scripts/postgres-test.sh                build with warnings as errors, lint, start a server, swift test
#   bash scripts/postgres-test.sh -- CMD ARGS…   start a server, run CMD with the URL in the environment, stop
#
# The server: PostgreSQL from Debian's packages (installed with apt-get when initdb is missing), a new data
# directory under /tmp, listening on 127.0.0.1 on a free port, run as the `postgres` user when this script runs as
# root (the server refuses root). A role `brobygger` with a random password owns a database `brobygger_test`;
# password logins over TCP use scram-sha-256. The commands get
#   BROBYGGER_TEST_POSTGRES_URL=postgres://brobygger:PASSWORD@127.0.0.1:PORT/brobygger_test?sslmode=disable
# and the libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE for the same login.
set -euo pipefail
cd "$(dirname "$0")/.."

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
bindir=$(find_bin)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
    echo "PostgreSQL is not installed; installing it from Debian's packages" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bindir=$(find_bin)
fi
[ -x "$bindir/initdb" ] || { echo "no initdb after installing postgresql" >&2; exit 1; }

adapter=Adapters/PostgreSQL
if [ "${1:-}" != "--" ]; then
    echo "== build the adapter with warnings as errors"
    (cd "$adapter" && swift build --build-tests -Xswiftc -warnings-as-errors)
    echo "== format lint of the adapter"
    (cd "$adapter" && swift format lint --strict --recursive Sources Tests Package.swift)
    set -- swift test --package-path "$adapter" -Xswiftc -warnings-as-errors
else
    shift
    [ $# -gt 0 ] || { echo "usage: bash scripts/postgres-test.sh [-- COMMAND ARGS…]" >&2; exit 2; }
fi

as_server_user() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

scratch=$(mktemp -d /tmp/brobygger-postgres.XXXXXX)
data="$scratch/data"
started=no
cleanup() {
    if [ "$started" = yes ]; then
        as_server_user "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
[ "$(id -u)" = 0 ] && chown postgres: "$scratch"

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
password=$(python3 -c 'import secrets; print(secrets.token_hex(16))')
superuser_password="$scratch/superuser-password"
python3 -c 'import secrets; print(secrets.token_hex(16))' > "$superuser_password"
[ "$(id -u)" = 0 ] && chown postgres: "$superuser_password"

as_server_user "$bindir/initdb" -D "$data" -U postgres --pwfile="$superuser_password" -E UTF8 --no-locale \
    --auth-local=trust --auth-host=scram-sha-256 >"$scratch/initdb.log" 2>&1 \
    || { cat "$scratch/initdb.log" >&2; exit 1; }
started=yes
as_server_user "$bindir/pg_ctl" -D "$data" -l "$scratch/server.log" -w -t 60 \
    -o "-h 127.0.0.1 -p $port -k $scratch -c max_connections=200" start >/dev/null \
    || { cat "$scratch/server.log" >&2; exit 1; }

psql_admin() { as_server_user "$bindir/psql" -h "$scratch" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_admin -c "CREATE ROLE brobygger LOGIN PASSWORD '$password'"
psql_admin -c "CREATE DATABASE brobygger_test OWNER brobygger"

export BROBYGGER_TEST_POSTGRES_URL="postgres://brobygger:$password@127.0.0.1:$port/brobygger_test?sslmode=disable"
export PGHOST=127.0.0.1 PGPORT=$port PGUSER=brobygger PGPASSWORD=$password PGDATABASE=brobygger_test PGSSLMODE=disable
echo "== PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port: $*"
status=0
"$@" || status=$?
if [ $status -ne 0 ]; then
    echo "-- last lines of the server's log:" >&2
    tail -n 20 "$scratch/server.log" >&2 || true
fi
exit $status
