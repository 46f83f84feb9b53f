#!/usr/bin/env bash
# tools/charts-docs.sh [DIR]: write the charts the README shows, as SVG
# files in DIR (default docs/), from a live run (inside pg_virtualenv, with
# the staged build: see "Development" in the README).  The README's ```sql
# blocks are run in order in a fresh database, as tests/readme.sh runs
# them; each row (name, svg) of the table chart_gallery they fill becomes
# DIR/name.svg.  tests/charts.sh checks that docs/ is what this writes.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-docs}
mkdir -p "$dir"
db=sx_charts_docs_$$
tmp=$(mktemp -d)
createdb "$db"
trap 'dropdb --if-exists "$db"; rm -rf "$tmp"' EXIT
psql -X -q -d "$db" -c 'CREATE EXTENSION sx' -c "ALTER DATABASE $db SET search_path = public, sx"
awk '/^```sql$/ { insql = 1; next } /^```$/ { insql = 0; next } insql { print }' README.md > "$tmp/readme.sql"
psql -X -q -d "$db" -f "$tmp/readme.sql" > "$tmp/readme.out" 2>&1 || true
names=$(psql -X -At -d "$db" -c 'SELECT name FROM chart_gallery ORDER BY name')
[ -n "$names" ] || { echo "charts-docs: the README filled no chart_gallery" >&2; exit 1; }
for name in $names; do
	# psql -A adds one newline after the value, which ends with one: strip it
	psql -X -At -d "$db" -c "SELECT svg FROM chart_gallery WHERE name = '$name'" |
		head -c -1 > "$dir/$name.svg"
	echo "$dir/$name.svg"
done
