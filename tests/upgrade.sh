#!/usr/bin/env bash
# Upgrades.  For every earlier version with an update path to the current
# default_version, as a database owner who is not a superuser (the trusted
# install): install that version, store a value of every sx type in user
# tables (with a hash and a btree index and a view over kano_report), put
# rows in the data model, then ALTER EXTENSION sx UPDATE, and require
#   1. every stored value reads back the same: the same text for every type
#      but kano_result, whose counts are the same and whose importance mean
#      and SD are what the old version computed or closer to the exact ones
#      (numeric stddev_samp of the rows they came from), the hash index
#      finds what a sequential scan finds, the view gives the same rows;
#   2. the data model keeps every row in schema sx, now the owner's and no
#      longer part of the extension (so DROP EXTENSION sx refuses to drop
#      it); moved to a schema of the owner's (sx.move_data_model) and
#      brought to the current version (sx.create_data_model), it and the
#      extension equal a fresh install (pg_dump --binary-upgrade, which
#      dumps every member of an extension, without OID-setting calls; the
#      reference data; the extension's configuration tables);
#   3. a dump taken under the old version restores into the current one
#      (CREATE EXTENSION sx VERSION old, pg_restore, ALTER EXTENSION sx
#      UPDATE), rows and values identical;
#   4. an update refuses, with an error saying what to do and losing
#      nothing, a schema sx holding a function the owner put there, and
#      create_data_model refuses data-model rows outside 1.1's constraints;
#   5. the owner's objects that call the report functions (kano_report,
#      pyramid_report, leverage_score: record through OUT parameters in
#      1.0, named composite types in 1.1), made before the update in every
#      form that stores a call (views in FROM, LATERAL, ROWS FROM, with
#      (f(x)).col and (f(x)).*, defaults left out, named and constant
#      arguments, the whole record as a column, in a subquery, a CTE or a
#      comparison; a materialized view, an index expression, a CHECK
#      constraint, a column default, a SQL function body), give the same
#      rows after it (with the same library), their definitions read back,
#      and a dump of the updated database restores with the same rows; the
#      extension's functions and dependencies equal a fresh install's
#      (part of the catalog comparison of 2);
#   6. everything 1.1 added works on the updated data model as on a fresh
#      one: its rollups, built from the old rows, equal their raw rows
#      (sx.check_rollups), and after the same new rows (times, segments,
#      waves, teams, customers, issues, self-assessments) every view of
#      the data model (sx.data_model_objects) reads the same rows as in a
#      fresh install given the old rows and the new ones.
# The comparison of 2 is itself checked to see a one-comment change.
#
# The earlier version runs with its own library, built from this
# repository's history into a staging directory: its functions are pointed
# at that library (pg_proc.probin, in this test database only) while its
# values are stored, so that they are stored in its own layout, and back
# at the installed library before the update, as a package upgrade would.
#
# Release policy this relies on: each version X ships a full script
# sx--X.sql and an update script from the version before it, so a fresh
# install never goes through the update scripts it is compared with.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
chmod 755 "$tmp"				# the server reads the staged library
sfx=$$
owner=sx_upgrade_owner_$sfx
pw=pw$sfx
dbs=()
cleanup() {
	for d in "${dbs[@]}"; do dropdb --if-exists "$d"; done
	psql -X -q -c "DROP ROLE IF EXISTS $owner" >/dev/null 2>&1 || true
	rm -rf "$tmp"
}
trap cleanup EXIT
[ -n "${UPGRADE_KEEP:-}" ] && trap "cp -r $tmp $UPGRADE_KEEP; cleanup" EXIT
current=$(sed -n "s/^default_version *= *'\(.*\)'/\1/p" sx.control)
psql -X -q -c "CREATE ROLE $owner LOGIN PASSWORD '$pw'"

newdb() {
	local d=sx_upgrade_${1//./_}_$sfx
	createdb -O "$owner" "$d"
	dbs+=("$d")
	echo "$d"
}
as_owner() {					# as_owner <db> <psql args...>
	local d=$1
	shift
	PGUSER=$owner PGPASSWORD=$pw psql -X -q -v ON_ERROR_STOP=1 -d "$d" "$@"
}
snapshot() {					# snapshot <db> <file>
	pg_dump --schema-only --binary-upgrade "$1" |
		grep -v -E 'pg_catalog.setval\(|binary_upgrade_|^--|^$|^SET |pg_catalog.set_config|^.(un)?restrict |^UPDATE pg_catalog.pg_class$|^SET relfrozenxid|^WHERE oid = ' > "$2"
	psql -X -At -d "$1" -c "
		SELECT 'pyramid_levels: ' || string_agg(t::text, ';' ORDER BY t::text) FROM sx.pyramid_levels t
		UNION ALL SELECT 'kano_categories: ' || string_agg(t::text, ';' ORDER BY t::text) FROM sx.kano_categories t
		UNION ALL SELECT 'participation_levels: ' || string_agg(t::text, ';' ORDER BY t::text) FROM sx.participation_levels t
		UNION ALL SELECT 'centricity_levels: ' || string_agg(t::text, ';' ORDER BY t::text) FROM sx.centricity_levels t
		UNION ALL SELECT 'config: ' || coalesce(string_agg(c::regclass::text, ',' ORDER BY c::regclass::text), 'none')
			FROM pg_extension e LEFT JOIN LATERAL unnest(e.extconfig) c ON true WHERE e.extname = 'sx'" >> "$2"
	# what pg_dump does not show: the argument columns of the functions, and
	# the dependencies of the extension's members (in pg_depend order-free)
	psql -X -At -d "$1" -c "
		WITH member AS (
			SELECT d.classid, d.objid FROM pg_depend d
			WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
			  AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'sx'))
		SELECT * FROM (
			SELECT 'proc: ' || p.oid::regprocedure || ' returns ' || p.prorettype::regtype
				   || ' all ' || coalesce(p.proallargtypes::regtype[]::text, '-')
				   || ' modes ' || coalesce(p.proargmodes::text, '-')
				   || ' names ' || coalesce(p.proargnames::text, '-') || ' nargs ' || p.pronargs
				   || ' defaults ' || p.pronargdefaults
			FROM pg_proc p WHERE p.pronamespace = 'sx'::regnamespace
			UNION ALL
			SELECT 'depend: ' || pg_describe_object(d.classid, d.objid, d.objsubid) || ' on '
				   || pg_describe_object(d.refclassid, d.refobjid, d.refobjsubid) || ' ' || d.deptype::text
			FROM pg_depend d JOIN member m ON m.classid = d.classid AND m.objid = d.objid) t
		ORDER BY 1" >> "$2"
}
fail=0
check() {						# check <label> <expected> <actual>
	if [ "$2" = "$3" ]; then
		echo "  ok: $1"
	else
		echo "  FAILED: $1: expected [$2], got [$3]"
		fail=1
	fi
}

# Tables of user data with every sx type, made the same way in every
# database; importance values have at most 6 decimals, so the exact SD of
# a group is that of its rows
# Objects of the owner's that store calls of the report functions in every
# form that reads their columns (5); made the same way in a fresh install,
# so that the catalog comparison sees their definitions
report_calls="
CREATE VIEW public.kano_forms AS
SELECT s.g, k.*, (sx.kano_report(s.r, 'kano1984')).category AS category_1984,
	   (sx.kano_report(s.r, confidence => 0.9)).better_low AS better_low_90
FROM public.kano_store s, LATERAL sx.kano_report(s.r) k;
CREATE VIEW public.kano_star AS
SELECT g, (sx.kano_report(r, rule => 'berger')).* FROM public.kano_store;
CREATE VIEW public.pyramid_forms AS
SELECT o.id, p.*, (sx.pyramid_report(o.p, '{0.95,0.8,0.5,0.2}')).attained AS attained_95
FROM public.other_store o CROSS JOIN LATERAL sx.pyramid_report(o.p) p;
CREATE VIEW public.leverage_forms AS
SELECT c, l.*, (sx.leverage_score(c, 3, 5, agility => 2)).verdict AS agile_verdict,
	   k.cooperation AS constant_cooperation, k.verdict AS constant_verdict
FROM generate_series(1, 6) c, LATERAL sx.leverage_score(c, 2, 3) l, sx.leverage_score(4, 3, 3) k;
CREATE VIEW public.rows_from AS
SELECT o.id, x.* FROM public.other_store o,
	 ROWS FROM (sx.pyramid_report(o.p), sx.leverage_score(1 + o.id % 6, 2, 3)) WITH ORDINALITY x;
CREATE MATERIALIZED VIEW public.kano_mat AS
SELECT g, k.category, k.n FROM public.kano_store, LATERAL sx.kano_report(r, 'kano1984') k;
CREATE INDEX kano_store_n ON public.kano_store (((sx.kano_report(r)).n));
ALTER TABLE public.kano_store ADD CONSTRAINT kano_store_n CHECK ((sx.kano_report(r)).n >= 0);
ALTER TABLE public.other_store ADD COLUMN verdict text DEFAULT (sx.leverage_score(4, 3, 3)).verdict;
CREATE FUNCTION public.kano_category_of(r sx.kano_result) RETURNS sx.kano_category
	LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT (sx.kano_report(r)).category; END;"
# ... and in the forms that use the whole record as a value (a view column
# cannot have type record) (5), only before an update: there the record
# type of 1.0 stays, with the defaults of each call written out, which a
# fresh install's definitions do not have
record_calls="
CREATE VIEW public.record_forms AS
SELECT s.g, sx.kano_report(s.r, 'kano1984')::text AS report_text,
	   sx.kano_report(s.r) = sx.kano_report(s.r, 'iso24082', 'mode') AS same,
	   k::text AS whole_row, sub.rep_n, sx.leverage_score(4, 3, 3)::text AS constant_lever
FROM public.kano_store s
CROSS JOIN LATERAL sx.kano_report(s.r) k
CROSS JOIN LATERAL (SELECT (x.rep).n AS rep_n
					FROM (SELECT sx.kano_report(s.r, rule => 'berger') AS rep OFFSET 0) x) sub;
CREATE VIEW public.record_cte AS
WITH c AS MATERIALIZED (SELECT id, sx.pyramid_report(p) AS rep FROM public.other_store)
SELECT id, (rep).attained, rep::text AS rep, (SELECT sx.pyramid_report(p, '{0.5,0.5,0.5,0.5}')::text
											  FROM public.other_store o WHERE o.id = c.id) AS scalar_sub
FROM c;"
# What they read as, by md5 of the ordered rows; and their definitions
forms_query="
SELECT 'kano_forms ' || md5(string_agg(t::text, '|' ORDER BY t.g)) FROM public.kano_forms t
UNION ALL SELECT 'kano_star ' || md5(string_agg(t::text, '|' ORDER BY t.g)) FROM public.kano_star t
UNION ALL SELECT 'pyramid_forms ' || md5(string_agg(t::text, '|' ORDER BY t.id)) FROM public.pyramid_forms t
UNION ALL SELECT 'leverage_forms ' || md5(string_agg(t::text, '|' ORDER BY t.c)) FROM public.leverage_forms t
UNION ALL SELECT 'rows_from ' || md5(string_agg(t::text, '|' ORDER BY t.id, t.ordinality)) FROM public.rows_from t
UNION ALL SELECT 'kano_mat ' || md5(string_agg(t::text, '|' ORDER BY t.g)) FROM public.kano_mat t
UNION ALL SELECT 'index ' || count(*) FROM public.kano_store WHERE (sx.kano_report(r)).n > 10
UNION ALL SELECT 'sql body ' || string_agg(public.kano_category_of(r)::text, ',' ORDER BY g) FROM public.kano_store
UNION ALL SELECT 'default ' || string_agg(DISTINCT verdict, ',') FROM public.other_store
ORDER BY 1"
record_query="
SELECT 'record_forms ' || md5(string_agg(t::text, '|' ORDER BY t.g)) FROM public.record_forms t
UNION ALL SELECT 'record_cte ' || md5(string_agg(t::text, '|' ORDER BY t.id)) FROM public.record_cte t
ORDER BY 1"
definitions_query="
SELECT c.relname || ': ' || CASE WHEN c.relname LIKE 'record\_%' THEN 'reads ' || (pg_get_viewdef(c.oid) <> '')
								 ELSE md5(pg_get_viewdef(c.oid)) END
FROM pg_class c
WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('v', 'm')
UNION ALL SELECT 'index: ' || pg_get_indexdef('public.kano_store_n'::regclass)
UNION ALL SELECT 'check: ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'kano_store_n'
UNION ALL SELECT 'function: ' || md5(pg_get_functiondef('public.kano_category_of'::regproc))
ORDER BY 1"
user_tables="
CREATE TABLE public.source (g int, f int, d int, importance float8);
INSERT INTO public.source
SELECT g % 7, 1 + g % 5, 1 + (g * 3) % 5,
	   CASE g % 7 WHEN 0 THEN 1e9 + (g % 3) - 1 WHEN 1 THEN 0.1 * (g % 10) WHEN 2 THEN 123456.789
				  WHEN 3 THEN 1e7 + (g % 2) - 0.5 WHEN 4 THEN NULL ELSE 1 + g % 9 END
FROM generate_series(1, 700) g;
CREATE TABLE public.kano_store (g int PRIMARY KEY, r sx.kano_result);
CREATE INDEX kano_store_hash ON public.kano_store USING hash (r);
CREATE INDEX kano_store_btree ON public.kano_store (r);
CREATE TABLE public.other_store (id int PRIMARY KEY, a sx.kano_answer, c sx.kano_category,
								 l sx.pyramid_level, p sx.pyramid_result, n sx.nps_result);
CREATE VIEW public.kano_view AS
SELECT g, k.n, k.category, k.better, k.worse_low, k.importance_mean
FROM public.kano_store, LATERAL sx.kano_report(r) k;
$report_calls"
fill_user_tables="
INSERT INTO public.kano_store
SELECT g, sx.kano_agg(f, d, importance) FROM public.source GROUP BY g;
INSERT INTO public.other_store
SELECT i, (1 + i % 5)::sx.kano_answer, sx.kano_classify(1 + i % 5, 1 + (i * 3) % 5),
	   (i % 5)::sx.pyramid_level,
	   (SELECT sx.pyramid_agg(k % 9 <> 0, CASE WHEN k % 4 = 0 THEN k % 8 = 0 END, k % 3 <> 0, k % 5 = 0)
		FROM generate_series(1, i * 7) k),
	   (SELECT sx.nps_agg((k * i) % 11) FROM generate_series(1, i * 5) k)
FROM generate_series(1, 12) i;"
fill_data_model="
INSERT INTO sx.survey (name) VALUES ('upgrade test');
INSERT INTO sx.feature (survey_id, name) SELECT survey_id, 'f' || k FROM sx.survey, generate_series(1, 3) k;
INSERT INTO sx.kano_response (survey_id, feature_id, segment, functional, dysfunctional, importance)
SELECT survey_id, feature_id, 's' || g % 2, 1 + g % 5, 1 + (g * 3) % 5, 1 + g % 9
FROM sx.feature, generate_series(1, 25) g;
INSERT INTO sx.journey (name) VALUES ('J');
INSERT INTO sx.touchpoint (journey_id, stage, name, owner, channel)
SELECT journey_id, 'stay', 'Room', 'brand', 'physical' FROM sx.journey;
INSERT INTO sx.observation (touchpoint_id, promise_kept, issue_resolved, felt_valued, surprised, centricity, participation, data_scale, nps, csat, ces)
SELECT touchpoint_id, g % 9 <> 0, NULL, g % 2 = 0, g % 5 = 0, 4, 3, 3, g % 11, 1 + g % 5, 1 + g % 7
FROM sx.touchpoint, generate_series(1, 50) g;"

# 6: rows only 1.1 can hold, in both models; the old rows get fixed times
# first (they were written at now()), so that the periods are the same
new_rows="
UPDATE cx.observation SET observed_at = timestamptz '2025-01-01 08:00 UTC' + observation_id * interval '31 hours';
UPDATE cx.kano_response SET answered_at = timestamptz '2025-01-01 09:00 UTC' + response_id * interval '13 hours',
	wave = CASE WHEN response_id % 2 = 0 THEN 'w1' ELSE 'w2' END;
UPDATE cx.journey SET unit = 'Hotel';
INSERT INTO cx.observation (touchpoint_id, customer_ref, observed_at, promise_kept, issue_resolved, felt_valued,
	surprised, nps, csat, ces, segment, team, issue_raised_at, first_response_at, resolved_at, first_contact_resolution)
SELECT touchpoint_id, 'c' || g % 7, timestamptz '2025-02-01 10:00 UTC' + g * interval '3 days',
	   g % 6 <> 0, CASE WHEN g % 3 = 0 THEN g % 2 = 0 END, g % 2 = 0, g % 4 = 0, g % 11, 1 + g % 5, 1 + g % 7,
	   's' || g % 2, 'team ' || g % 3,
	   CASE WHEN g % 3 = 0 THEN timestamptz '2025-02-01 10:00 UTC' + g * interval '3 days' END,
	   CASE WHEN g % 3 = 0 THEN timestamptz '2025-02-01 10:30 UTC' + g * interval '3 days' + g * interval '1 minute' END,
	   CASE WHEN g % 6 = 0 THEN timestamptz '2025-02-01 12:00 UTC' + g * interval '3 days' END,
	   CASE WHEN g % 3 = 0 THEN g % 2 = 0 END
FROM cx.touchpoint, generate_series(1, 120) g;
DELETE FROM cx.observation WHERE observation_id % 17 = 0;
INSERT INTO cx.assessment (unit, assessed_on) VALUES ('Hotel', '2025-03-01'), ('Hotel', '2026-03-01');
INSERT INTO cx.assessment_score (assessment_id, assessor, sub_element, score, target)
SELECT a.assessment_id, w.assessor, e.sub_element,
	   (a.assessment_id + length(e.sub_element) + ascii(right(e.sub_element, 1)) + w.k) % 5, 3
FROM cx.assessment a, sx.excellence_sub_elements e, (VALUES ('Ann', 0), ('Bo', 2)) w(assessor, k);"
# every view of the data model, each row as text, in one order
views_query="
SELECT string_agg(format('SELECT %L || '' '' || md5(coalesce(string_agg(v::text, ''|'' ORDER BY v::text COLLATE \"C\"), '''')) FROM cx.%I v', name, name), ' UNION ALL ' ORDER BY name)
FROM sx.data_model_objects() WHERE kind = 'v'"

# What the stored values read as; kano_result by its counts, importance
# count, mean and SD
values_query="
SELECT 'kano ' || g || ': ' || split_part(r::text, ' importance=', 1) || ' n=' || sx.kano_n(r)
FROM public.kano_store
UNION ALL SELECT 'other ' || id || ': ' || a::text || ' ' || c::text || ' ' || l::text || ' '
	   || p::text || ' ' || n::text FROM public.other_store
UNION ALL SELECT 'view ' || (g, n, category, better, worse_low)::text FROM public.kano_view
UNION ALL SELECT 'model ' || t::text FROM (
	SELECT 'survey', count(*) FROM DM.survey UNION ALL SELECT 'feature', count(*) FROM DM.feature
	UNION ALL SELECT 'kano_response', count(*) FROM DM.kano_response
	UNION ALL SELECT 'journey', count(*) FROM DM.journey
	UNION ALL SELECT 'touchpoint', count(*) FROM DM.touchpoint
	UNION ALL SELECT 'observation', count(*) FROM DM.observation) t
-- (every column but attained_name, which 1.1 words for a group, as in
-- below level 1: 89.9 % of promises kept, 90 % needed)
UNION ALL SELECT 'report ' || md5(string_agg((t.touchpoint, t.n, t.share_l1, t.share_l2, t.share_l3,
	t.share_l4, t.attained_level, t.unfounded, t.nps_n, t.nps, t.nps_low, t.nps_high, t.csat, t.ces,
	t.centricity, t.participation, t.data_scale, t.leverage_verdict)::text, '|' ORDER BY t.touchpoint))
	FROM DM.touchpoint_report t
UNION ALL SELECT 'kano report ' || md5(string_agg((t.survey, t.feature, t.segment, t.n, t.category,
	t.better_low, t.worse_high, t.functional_sd)::text, '|' ORDER BY t.feature, t.segment)) FROM DM.kano_feature_report t
ORDER BY 1"
# Importance of each stored kano_result as sx reads it, the exact figures
# of the rows it came from (numeric), and what sx 1.0 computed: its mean
# and its sum-of-squares SD over float8 sums in row order
importance_query="
SELECT g, sx.kano_importance_mean(r), sx.kano_importance_sd(r), e.mean, e.sd, e.mean10, e.sd10
FROM public.kano_store k, LATERAL (
	SELECT avg(importance::numeric) AS mean, stddev_samp(importance::numeric) AS sd,
		   sum(importance) / count(importance) AS mean10,
		   CASE WHEN count(importance) > 1 THEN
				sqrt(greatest((sum(importance * importance) - sum(importance) ^ 2 / count(importance))
							  / (count(importance) - 1), 0)) END AS sd10
	FROM public.source s WHERE s.g = k.g) e
ORDER BY g"

fresh=$(newdb fresh)
as_owner "$fresh" -c "CREATE EXTENSION sx" -c "$user_tables" -c "SELECT sx.create_data_model('cx')" >/dev/null
snapshot "$fresh" "$tmp/fresh.txt"
echo "  fresh install of $current (by a database owner, data model in schema cx): $(wc -l < "$tmp/fresh.txt") lines of object definitions"

# The comparison itself must be sensitive: a changed comment is a difference
probe=$(newdb probe)
as_owner "$probe" -c "CREATE EXTENSION sx" -c "$user_tables" -c "SELECT sx.create_data_model('cx')" >/dev/null
psql -X -q -d "$probe" -c "COMMENT ON FUNCTION sx.nps(sx.nps_result) IS 'changed'" >/dev/null
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
[ -n "$sources" ] || echo "  no earlier version of sx: nothing to update from (current is $current)"
# The library of version v, staged: the last commit whose sx.control had it
stage_version() {				# stage_version <v>: prints the staging directory
	local v=$1 next rev
	next=$(git log --format=%H -G"default_version = '$v'" -- sx.control | head -1)
	rev=$(git rev-parse "$next^")
	mkdir -p "$tmp/src-$v" "$tmp/stage-$v"
	git archive "$rev" | tar -x -C "$tmp/src-$v"
	grep -q "default_version = '$v'" "$tmp/src-$v/sx.control" || { echo "no source of $v in git" >&2; return 1; }
	make -s -C "$tmp/src-$v" PG_CONFIG="${PG_CONFIG:-pg_config}" >/dev/null 2>&1
	make -s -C "$tmp/src-$v" install PG_CONFIG="${PG_CONFIG:-pg_config}" DESTDIR="$tmp/stage-$v" >/dev/null 2>&1
	echo "$tmp/stage-$v"
}

# Point the C functions of sx in a database at a library file
use_library() {					# use_library <db> <file>
	psql -X -q -d "$1" -c "UPDATE pg_proc SET probin = '$2'
		WHERE pronamespace = 'sx'::regnamespace AND prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')"
}

for v in $sources; do
	path=$(psql -X -At -d "$fresh" -c "SELECT path FROM pg_extension_update_paths('sx') WHERE source = '$v' AND target = '$current'")
	if ! git rev-parse --git-dir >/dev/null 2>&1; then
		echo "  FAILED: from $v: no git history to build its library from"
		fail=1
		continue
	fi
	stage=$(stage_version "$v")
	echo "  from $v ($path), its library built from git into $stage:"
	d=$(newdb "$v")
	as_owner "$d" -c "CREATE EXTENSION sx VERSION '$v'"
	use_library "$d" "$stage$(${PG_CONFIG:-pg_config} --pkglibdir)/sx.so"
	as_owner "$d" -c "$user_tables" -c "$fill_user_tables" -c "$fill_data_model" -c "$record_calls"
	check "$v stored its values in its own layout (kano_result of 240 bytes)" "240" \
		"$(as_owner "$d" -At -c "SELECT DISTINCT pg_column_size(r) FROM public.kano_store")"
	as_owner "$d" -At -c "${values_query//DM./sx.}" > "$tmp/$v.before"
	as_owner "$d" -At -F '|' -c "$importance_query" > "$tmp/$v.imp_before"
	pg_dump -Fc -f "$tmp/$v.dump" "$d"
	# from here on, the current library, as after installing the new package
	use_library "$d" '$libdir/sx'
	# 5: what the owner's calls of the report functions read, with this library
	as_owner "$d" -q -c "REFRESH MATERIALIZED VIEW public.kano_mat"
	as_owner "$d" -At -c "$forms_query" -c "$record_query" > "$tmp/$v.forms_before"
	as_owner "$d" -At -c "$definitions_query" > "$tmp/$v.definitions_before"

	# 4: what an update must refuse, and then carry out once it is fixed
	as_owner "$d" -c "CREATE FUNCTION sx.kano_classify(text, text) RETURNS text LANGUAGE sql AS 'SELECT ''A'''"
	out=$(as_owner "$d" -c "ALTER EXTENSION sx UPDATE TO '$current'" 2>&1 || true)
	check "update refuses a function the owner put in schema sx" \
		"ERROR:  schema sx holds objects that are not part of the extension sx" "${out%%$'\n'*}"
	check "the refused update changed nothing" "$v" \
		"$(psql -X -At -d "$d" -c "SELECT extversion FROM pg_extension WHERE extname = 'sx'")"
	as_owner "$d" -c "DROP FUNCTION sx.kano_classify(text, text)"

	as_owner "$d" -c "ALTER EXTENSION sx UPDATE TO '$current'"
	as_owner "$d" -At -c "${values_query//DM./sx.}" > "$tmp/$v.after"
	as_owner "$d" -q -c "REFRESH MATERIALIZED VIEW public.kano_mat"
	as_owner "$d" -At -c "$forms_query" -c "$record_query" > "$tmp/$v.forms_after"
	check "the owner's calls of the report functions read the same ($(wc -l < "$tmp/$v.forms_before") objects, rows by md5)" \
		"" "$(diff "$tmp/$v.forms_before" "$tmp/$v.forms_after" | head -5)"
	check "their definitions read back" "" \
		"$(as_owner "$d" -At -c "$definitions_query" 2>&1 | diff "$tmp/$v.definitions_before" - | head -5)"
	check "the report functions return the named types, and new rows pass the CHECK, default and index" \
		"sx.kano_report sx.pyramid_report sx.leverage_score|delight|1" \
		"$(as_owner "$d" -At -c "SELECT pg_typeof(sx.kano_report('empty'))::text || ' ' || pg_typeof(sx.pyramid_report('empty'))
				|| ' ' || pg_typeof(sx.leverage_score(4, 3, 3))" \
			-c "BEGIN; INSERT INTO public.other_store (id) VALUES (100) RETURNING verdict; ROLLBACK" \
			-c "BEGIN; INSERT INTO public.kano_store SELECT 100, sx.kano_agg(1, 2) RETURNING g / 100; ROLLBACK" | paste -sd '|')"
	as_owner "$d" -At -F '|' -c "$importance_query" > "$tmp/$v.imp_after"
	check "every stored value and data-model row reads the same ($(wc -l < "$tmp/$v.before") checked)" \
		"" "$(diff "$tmp/$v.before" "$tmp/$v.after" | head -5)"
	check "before the update, $v's library computed its float formula (the reference)" "" \
		"$(awk -F '|' '$2 != $6 || $3 != $7 { print }' "$tmp/$v.imp_before" | head -3)"
	# what the stored sums hold is read at least as exactly as 1.0 read it
	imp=$(awk -F '|' '
		function abs(x) { return x < 0 ? -x : x }
		$2 == "" { next }
		{ if (abs($2 - $4) > abs($6 - $4) + 1e-15 * abs($4)) bad = bad " mean " $1
		  if ($3 != "" && abs($3 - $5) > abs($7 - $5) + 1e-15 * $5) bad = bad " sd " $1
		  n++ }
		END { print (bad ? "further from exact:" bad : "ok " n) }' "$tmp/$v.imp_after")
	check "importance mean and SD of stored kano_results: $v's or closer to exact" "ok 6" "$imp"
	check "the hash index finds every stored kano_result" "7" \
		"$(as_owner "$d" -At -c "SET enable_seqscan = off; SET enable_bitmapscan = off;
			SELECT count(*) FROM public.kano_store a WHERE EXISTS (SELECT 1 FROM public.kano_store b WHERE b.r OPERATOR(sx.=) a.r)")"
	check "the hash index is the one used" "1" \
		"$(as_owner "$d" -At -c "SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_indexscan = on;
			EXPLAIN SELECT * FROM public.kano_store WHERE r OPERATOR(sx.=) (SELECT r FROM public.kano_store WHERE g = 1)" | grep -c 'kano_store_hash')"
	check "the data model is the owner's, not the extension's" "$owner 0" \
		"$(psql -X -At -F ' ' -d "$d" -c "SELECT relowner::regrole, (SELECT count(*) FROM pg_depend WHERE objid = 'sx.observation'::regclass AND deptype = 'e')
			FROM pg_class WHERE oid = 'sx.observation'::regclass")"
	check "DROP EXTENSION sx keeps the data model (no CASCADE)" "ERROR:  cannot drop extension sx because other objects depend on it" \
		"$(as_owner "$d" -c "DROP EXTENSION sx" 2>&1 | head -1)"

	# the data model to a schema of the owner's, then to this version
	as_owner "$d" -c "SELECT sx.move_data_model('sx', 'cx')" >/dev/null
	as_owner "$d" -c "UPDATE cx.kano_response SET importance = 1e200 WHERE response_id = 1"
	out=$(as_owner "$d" -c "SELECT sx.create_data_model('cx')" 2>&1 || true)
	check "create_data_model refuses rows outside the 1.1 constraints, saying which" \
		"ERROR:  cannot bring the data model in schema cx to sx 1.1|DETAIL:  1 rows of cx.kano_response have importance outside 0..1000." \
		"$(printf '%s' "$out" | grep -E '^(ERROR|DETAIL)' | paste -sd '|')"
	as_owner "$d" -c "UPDATE cx.kano_response SET importance = 1 + response_id % 9 WHERE response_id = 1"
	as_owner "$d" -c "SELECT sx.create_data_model('cx')" >/dev/null
	check "moved and brought to $current, the data model keeps every row" "" \
		"$(as_owner "$d" -At -c "${values_query//DM./cx.}" | diff "$tmp/$v.after" - | head -5)"
	# 5: a dump of the updated database restores, calls of every form included
	u=$(newdb "updated_$v")
	pg_dump -Fc -f "$tmp/$v.updated.dump" "$d"
	pg_restore --exit-on-error -d "$u" "$tmp/$v.updated.dump" 2> "$tmp/$v.updated.log" ||
		{ cat "$tmp/$v.updated.log"; fail=1; }
	check "a dump of the updated database restores with the same rows of every call" "" \
		"$( { as_owner "$u" -At -c "${values_query//DM./cx.}"; as_owner "$u" -At -c "$forms_query" -c "$record_query"; } |
			diff <(cat "$tmp/$v.after" "$tmp/$v.forms_after") - | head -5)"
	as_owner "$d" -c "DROP VIEW public.record_forms, public.record_cte"
	snapshot "$d" "$tmp/$v.txt"
	if diff -u "$tmp/fresh.txt" "$tmp/$v.txt" > "$tmp/$v.diff"; then
		echo "  ok: objects equal to a fresh install"
	else
		echo "  FAILED: objects differ from a fresh install"
		head -40 "$tmp/$v.diff"
		fail=1
	fi

	# 6: what 1.1 added, on the updated model and on a fresh one
	check "the rollups built from $v's rows equal their raw rows (sx.check_rollups)" "0" \
		"$(as_owner "$d" -At -c "SELECT count(*) FROM sx.check_rollups('cx')")"
	n=$(newdb "new_rows_$v")
	as_owner "$n" -c "CREATE EXTENSION sx" -c "SELECT sx.create_data_model('cx')" \
		-c "${fill_data_model//sx./cx.}" >/dev/null
	as_owner "$d" -q -c "$new_rows"
	as_owner "$n" -q -c "$new_rows"
	vq=$(as_owner "$n" -At -c "$views_query")
	as_owner "$d" -At -c "$vq" > "$tmp/$v.views"
	as_owner "$n" -At -c "$vq" > "$tmp/$v.views_fresh"
	check "after the same new rows, all $(wc -l < "$tmp/$v.views") views of the updated model read as in a fresh one" "" \
		"$(diff "$tmp/$v.views_fresh" "$tmp/$v.views" | head -5)"
	check "and they are not empty" "0" \
		"$(grep -c ' d41d8cd98f00b204e9800998ecf8427e$' "$tmp/$v.views" || true)"
	check "the rollups still equal their raw rows" "0" \
		"$(as_owner "$d" -At -c "SELECT count(*) FROM sx.check_rollups('cx')")"

	# 3: a dump taken under the old version restores into the current one
	r=$(newdb "restore_$v")
	as_owner "$r" -c "CREATE EXTENSION sx VERSION '$v'"
	use_library "$r" "$stage$(${PG_CONFIG:-pg_config} --pkglibdir)/sx.so"
	# the README's recipe: everything but schema sx, which the extension made
	pg_restore -l "$tmp/$v.dump" | grep -v ' SCHEMA - sx ' > "$tmp/$v.list"
	pg_restore --exit-on-error -L "$tmp/$v.list" -d "$r" "$tmp/$v.dump" 2> "$tmp/$v.restore.log" ||
		{ cat "$tmp/$v.restore.log"; fail=1; }
	use_library "$r" '$libdir/sx'
	as_owner "$r" -c "ALTER EXTENSION sx UPDATE TO '$current'"
	as_owner "$r" -At -c "${values_query//DM./sx.}" > "$tmp/$v.restored"
	check "a $v dump restores into $current with every value and row" "" \
		"$(diff "$tmp/$v.before" "$tmp/$v.restored" | head -5)"
done
exit $fail
