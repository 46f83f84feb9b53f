#!/usr/bin/env bash
# The README's examples are tested: every ```sql block that is followed by a
# ```text block is run (in order, in one fresh database) and its output must
# equal the text block.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=sx_readme_$$
createdb "$db"
trap 'dropdb --if-exists "$db"; rm -rf "$tmp"' EXIT
psql -X -q -d "$db" -c 'CREATE EXTENSION sx' -c "ALTER DATABASE $db SET search_path = public, sx"

awk -v dir="$tmp" '
	/^```sql$/ { insql = 1; n++; file = sprintf("%s/%03d", dir, n); next }
	/^```text$/ && last == n && n > 0 { intext = 1; next }
	/^```$/ { if (insql) { insql = 0; last = n } else if (intext) { intext = 0; last = -1 }; next }
	insql { print > (file ".sql") }
	intext { print > (file ".expected") }
' README.md

fail=0
count=0
for sql in "$tmp"/*.sql; do
	exp=${sql%.sql}.expected
	out=${sql%.sql}.out
	psql -X -d "$db" < "$sql" > "$out" 2>&1 || true
	[ -e "$exp" ] || continue
	count=$((count + 1))
	if ! diff -u "$exp" "$out" > "$out.diff"; then
		echo "README example $(basename "$sql" .sql) differs:"
		cat "$out.diff"
		fail=1
	fi
done
echo "README: $count examples checked"
exit $fail
