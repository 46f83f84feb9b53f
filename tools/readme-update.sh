#!/usr/bin/env bash
# Developer helper: rewrite every ```text block that follows a ```sql block
# in README.md with what the SQL prints now (run inside pg_virtualenv).
# Review the diff before committing; tests/readme.sh checks the result.
set -euo pipefail
cd "$(dirname "$0")/.."
db=sx_readme_update_$$
createdb "$db"
trap 'dropdb --if-exists "$db"' EXIT
psql -X -q -d "$db" -c 'CREATE EXTENSION sx' -c "ALTER DATABASE $db SET search_path = public, sx"
tmp=$(mktemp)
awk -v db="$db" '
	function run(   cmd, line) {
		print sql > "/tmp/readme_block.sql"; close("/tmp/readme_block.sql");
		cmd = "psql -X -d " db " < /tmp/readme_block.sql 2>&1";
		out = "";
		while ((cmd | getline line) > 0) out = out line "\n";
		close(cmd);
	}
	/^```sql$/ { insql = 1; sql = ""; print; next }
	insql && /^```$/ { insql = 0; pending = 1; run(); print; next }
	insql { sql = sql $0 "\n"; print; next }
	pending && /^```text$/ { print; printf "%s", out; skip = 1; pending = 0; next }
	skip && /^```$/ { skip = 0; print; next }
	skip { next }
	/^$/ { print; next }
	{ pending = 0; print }
' README.md > "$tmp"
mv "$tmp" README.md
