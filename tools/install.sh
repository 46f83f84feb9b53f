#!/usr/bin/env bash
# make install, through sudo when the PostgreSQL directories are not ours.
set -euo pipefail
make=${1:-make}
pg_config=${PG_CONFIG:-$(ls /usr/lib/postgresql/15/bin/pg_config 2>/dev/null || echo pg_config)}
libdir=$("$pg_config" --pkglibdir)
sharedir=$("$pg_config" --sharedir)/extension
if [ -w "$libdir" ] && [ -w "$sharedir" ]; then
	"$make" install PG_CONFIG="$pg_config"
else
	sudo "$make" install PG_CONFIG="$pg_config"
fi
