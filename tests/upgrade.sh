#!/usr/bin/env bash
# Upgrades: for every earlier version from which an update path leads to
# the current default_version, install that version, put rows in its
# tables, ALTER EXTENSION sx UPDATE, and require (1) the rows are still
# there and (2) the extension's objects are exactly those of a fresh
# install of the current version.  Objects are compared as pg_dump
# --binary-upgrade writes them (that mode dumps every member of an
# extension), with the OID-setting calls left out, plus the reference data.
#
# Release policy this relies on: each version X ships a full script
# sx--X.sql and an update script from the version before it, so a fresh
# install never goes through the update scripts it is compared with.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
dbs=()
trap 'for d in "${dbs[@]}"; do dropdb --if-exists "$d"; done; rm -rf "$tmp"' EXIT
current=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" sx.control)

snapshot() {					# snapshot <db> <file>
	pg_dump --schema-only --binary-upgrade "$1" |
		grep -v -E 'pg_catalog.setval\(|binary_upgrade_|^--|^$|^SET |pg_catalog.set_config|^.(un)?restrict |^UPDATE pg_catalog.pg_class$|^SET relfrozenxid|^WHERE oid = ' > "$2"
	psql -X -At -d "$1" -c "
		SELECT 'pyramid_levels: ' || string_agg(t::text, ';' ORDER BY t::text) FROM sx.pyramid_levels t
		UNION ALL SELECT 'kano_categories: ' || string_agg(t::text, ';' ORDER BY t::text) FROM sx.kano_categories t
		UNION ALL SELECT 'participation_levels: ' || string_agg(t::text, ';' ORDER BY t::text) FROM sx.participation_levels t
		UNION ALL SELECT 'centricity_levels: ' || string_agg(t::text, ';' ORDER BY t::text) FROM sx.centricity_levels t
		UNION ALL SELECT 'config: ' || string_agg(c::regclass::text, ',' ORDER BY c::regclass::text)
			FROM pg_extension e, unnest(e.extconfig) c WHERE e.extname = 'sx'" >> "$2"
}
newdb() {
	local d=sx_upgrade_${1//./_}_$$
	createdb "$d"
	dbs+=("$d")
	echo "$d"
}

fail=0
fresh=$(newdb fresh)
psql -X -q -d "$fresh" -c "CREATE EXTENSION sx"
snapshot "$fresh" "$tmp/fresh.txt"
echo "  fresh install of $current: $(wc -l < "$tmp/fresh.txt") lines of object definitions"

# The comparison itself must be sensitive: a changed comment is a difference
probe=$(newdb probe)
psql -X -q -d "$probe" -c "CREATE EXTENSION sx" -c "COMMENT ON FUNCTION sx.nps(sx.nps_result) IS 'changed'"
snapshot "$probe" "$tmp/probe.txt"
if diff -q "$tmp/fresh.txt" "$tmp/probe.txt" >/dev/null; then
	echo "  FAILED: the snapshot does not see a changed comment"
	fail=1
else
	echo "  ok: the snapshot sees a one-comment change"
fi

sources=$(psql -X -At -d "$fresh" -c "
	SELECT source FROM pg_extension_update_paths('sx')
	WHERE target = '$current' AND source <> '$current' AND path IS NOT NULL ORDER BY source")
if [ -z "$sources" ]; then
	echo "  no earlier version of sx: nothing to update from yet (current is $current)"
fi
for v in $sources; do
	path=$(psql -X -At -d "$fresh" -c "SELECT path FROM pg_extension_update_paths('sx') WHERE source = '$v' AND target = '$current'")
	d=$(newdb "$v")
	psql -X -q -d "$d" -v ON_ERROR_STOP=1 -c "CREATE EXTENSION sx VERSION '$v'"
	psql -X -q -d "$d" -v ON_ERROR_STOP=1 <<'SQL'
INSERT INTO sx.survey (name) VALUES ('upgrade test');
INSERT INTO sx.feature (survey_id, name) SELECT survey_id, 'f' FROM sx.survey;
INSERT INTO sx.kano_response (survey_id, feature_id, functional, dysfunctional)
SELECT survey_id, feature_id, 1 + g % 5, 1 + (g * 3) % 5 FROM sx.feature, generate_series(1, 25) g;
SQL
	before=$(psql -X -At -d "$d" -c "SELECT sx.kano_agg(functional, dysfunctional)::text FROM sx.kano_response")
	psql -X -q -d "$d" -v ON_ERROR_STOP=1 -c "ALTER EXTENSION sx UPDATE TO '$current'"
	after=$(psql -X -At -d "$d" -c "SELECT sx.kano_agg(functional, dysfunctional)::text FROM sx.kano_response")
	snapshot "$d" "$tmp/$v.txt"
	if [ "$before" = "$after" ] && diff -u "$tmp/fresh.txt" "$tmp/$v.txt" > "$tmp/$v.diff"; then
		echo "  ok: $v -> $current ($path): data kept, objects equal to a fresh install"
	else
		echo "  FAILED: $v -> $current ($path)"
		[ "$before" = "$after" ] || echo "    data changed: $before / $after"
		head -50 "$tmp/$v.diff"
		fail=1
	fi
done
exit $fail
