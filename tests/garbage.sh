#!/usr/bin/env bash
# Garbage in, ordinary errors out: tests/garbage.c feeds thousands of random
# and mutated strings and byte strings to every text input, binary receive
# and text-parsing argument of sx through the server, and fails on an
# internal error, a lost connection, a postmaster restart or a crash in the
# server log.  GARBAGE_CASES (per target, default 2000), GARBAGE_SEED,
# GARBAGE_ONLY (target name substrings, comma-separated) and GARBAGE_EXTRA=0
# (do not call the aggregate support functions directly) are passed through.
set -euo pipefail
cd "$(dirname "$0")/.."
db=sx_garbage_$$
work=$(mktemp -d -t sx_garbage.XXXXXX)
cleanup() {
	dropdb --if-exists "$db" >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap cleanup EXIT

pg_config=/usr/lib/postgresql/15/bin/pg_config
[ -x "$pg_config" ] || pg_config=pg_config
gcc -O2 -Wall -Wextra -Wno-missing-field-initializers -std=gnu11 \
	-I"$("$pg_config" --includedir)" tests/garbage.c -o "$work/garbage" \
	-L"$("$pg_config" --libdir)" -lpq -lm

createdb "$db"
psql -X -q -d "$db" -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION sx'

# The server log, to grep for crashes: Debian's pg_lsclusters knows it (with
# pg_virtualenv, PG_CLUSTER_CONF_ROOT points it at the throwaway cluster).
log=${GARBAGE_SERVER_LOG:-}
if [ -z "$log" ] && command -v pg_lsclusters >/dev/null 2>&1; then
	datadir=$(psql -X -At -d "$db" -c 'SHOW data_directory')
	log=$(pg_lsclusters -h 2>/dev/null | awk -v d="$datadir" '$6 == d { print $7; exit }')
fi

set +e
PGDATABASE=$db GARBAGE_SERVER_LOG=$log "$work/garbage"
status=$?
set -e
exit $status
