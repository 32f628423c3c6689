#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests (issue 17): `start DIR` initialises a cluster in
# DIR/data owned by the `postgres` user, listening only on a Unix socket in DIR/sock (no TCP),
# creates the role and database `faultline`, and prints the connection string; `stop DIR` stops
# it and removes DIR. Postgres refuses to run as root, so a root caller runs it as `postgres`.
set -euo pipefail
BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
cmd="${1:-}"
dir="${2:-}"
# Absolute, since the postgres user's commands run from /.
[ -n "$dir" ] && dir="$(realpath -m "$dir")"
if [ -z "$cmd" ] || [ -z "$dir" ]; then
  echo "pg-cluster: usage: pg-cluster.sh start|stop DIR" >&2
  exit 2
fi
as_pg() {
  if [ "$(id -u)" = 0 ]; then (cd / && su postgres -s /bin/bash -c "$*"); else bash -c "$*"; fi
}
case "$cmd" in
  start)
    if [ ! -x "$BIN/initdb" ]; then
      echo "pg-cluster: $BIN/initdb not found (apt-get install -y postgresql-15, or set PG_BIN)" >&2
      exit 1
    fi
    mkdir -p "$dir/sock"
    if [ "$(id -u)" = 0 ]; then chown -R postgres "$dir"; fi
    as_pg "'$BIN/initdb' -D '$dir/data' -U postgres -A trust -E UTF8 --locale=C.UTF-8 >'$dir/initdb.log' 2>&1"
    as_pg "'$BIN/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -o \"-k '$dir/sock' -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start >/dev/null"
    as_pg "'$BIN/psql' -h '$dir/sock' -U postgres -d postgres -v ON_ERROR_STOP=1 -q -c \"CREATE ROLE faultline LOGIN CREATEDB\" -c \"CREATE DATABASE faultline OWNER faultline\""
    echo "postgresql://faultline@/faultline?host=$dir/sock"
    ;;
  stop)
    if [ -d "$dir/data" ]; then as_pg "'$BIN/pg_ctl' -D '$dir/data' -m fast -w stop >/dev/null" || true; fi
    rm -rf "$dir"
    ;;
  *)
    echo "pg-cluster: unknown command $cmd (start|stop)" >&2
    exit 2
    ;;
esac
