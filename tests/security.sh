#!/usr/bin/env bash
# Security: a database owner who is not a superuser installs sx (trusted
# extension) and can use and share its tables; other roles get nothing but
# the types, functions and reference data until granted; no function is
# SECURITY DEFINER; and look-alike functions and operators placed in public
# and in a user schema do not change what sx's functions and views return.
set -euo pipefail
cd "$(dirname "$0")/.."
sfx=$$
db=sx_sec_$sfx
owner=sx_owner_$sfx
app=sx_app_$sfx
pw=pw$sfx
cleanup() {
	dropdb --if-exists "$db" >/dev/null 2>&1 || true
	psql -X -q -c "DROP ROLE IF EXISTS $app" -c "DROP ROLE IF EXISTS $owner" >/dev/null 2>&1 || true
}
trap cleanup EXIT
fail=0
check() {						# check <label> <expected> <actual>
	if [ "$2" = "$3" ]; then
		echo "  ok: $1"
	else
		echo "  FAILED: $1: expected [$2], got [$3]"
		fail=1
	fi
}
as() {							# as <role> <sql>: first line of output or the error
	local out
	out=$(PGUSER=$1 PGPASSWORD=$pw psql -X -q -At -d "$db" -v ON_ERROR_STOP=1 -c "$2" 2>&1) || true
	echo "${out%%$'\n'*}"
}

psql -X -q -c "CREATE ROLE $owner LOGIN PASSWORD '$pw'" -c "CREATE ROLE $app LOGIN PASSWORD '$pw'"
createdb -O "$owner" "$db"

check "non-superuser owner runs CREATE EXTENSION sx" "" \
	"$(as "$owner" 'CREATE EXTENSION sx')"
check "the owner is not a superuser" "f" \
	"$(as "$owner" "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")"
check "no SECURITY DEFINER function" "0" \
	"$(as "$owner" "SELECT count(*) FROM pg_proc WHERE pronamespace = 'sx'::regnamespace AND prosecdef")"
check "owner writes the sx tables" "1" \
	"$(as "$owner" "WITH j AS (INSERT INTO sx.journey (name) VALUES ('J') RETURNING journey_id) SELECT count(*) FROM j")"
as "$owner" "INSERT INTO sx.touchpoint (journey_id, stage, name, owner, channel) SELECT journey_id, 'stay', 'Room', 'brand', 'physical' FROM sx.journey" >/dev/null
as "$owner" "INSERT INTO sx.observation (touchpoint_id, promise_kept, issue_resolved, felt_valued, surprised, centricity, participation, data_scale, nps, csat, ces)
	SELECT touchpoint_id, g % 9 <> 0, NULL, g % 2 = 0, g % 5 = 0, 4, 3, 3, g % 11, 1 + g % 5, 1 + g % 7
	FROM sx.touchpoint, generate_series(1, 50) g" >/dev/null
as "$owner" "INSERT INTO sx.survey (name) VALUES ('S')" >/dev/null
as "$owner" "INSERT INTO sx.feature (survey_id, name) SELECT survey_id, 'f' FROM sx.survey" >/dev/null
as "$owner" "INSERT INTO sx.kano_response (survey_id, feature_id, segment, functional, dysfunctional, importance)
	SELECT survey_id, feature_id, 's' || g % 2, 1 + g % 5, 1 + (g * 3) % 5, 1 + g % 9 FROM sx.feature, generate_series(1, 40) g" >/dev/null
check "owner reads the report views" "1" \
	"$(as "$owner" "SELECT count(*) FROM sx.touchpoint_report")"

check "another role uses types and functions" "O" \
	"$(as "$app" "SELECT sx.kano_classify('like', 'dislike')")"
check "another role reads reference data" "5" \
	"$(as "$app" "SELECT count(*) FROM sx.pyramid_levels")"
check "another role cannot read observations" "ERROR:  permission denied for table observation" \
	"$(as "$app" "SELECT count(*) FROM sx.observation")"
check "another role cannot read them through a view" "ERROR:  permission denied for view touchpoint_report" \
	"$(as "$app" "SELECT count(*) FROM sx.touchpoint_report")"
check "another role cannot write" "ERROR:  permission denied for table journey" \
	"$(as "$app" "INSERT INTO sx.journey (name) VALUES ('x')")"
check "another role cannot create objects in schema sx" "ERROR:  permission denied for schema sx" \
	"$(as "$app" "CREATE FUNCTION sx.nps(int) RETURNS int LANGUAGE sql AS 'SELECT 1'")"
# the owner passes read rights on (the reader role of the README)
as "$owner" "GRANT SELECT ON sx.survey, sx.feature, sx.kano_response, sx.journey, sx.touchpoint,
	sx.observation, sx.kano_feature_report, sx.touchpoint_report, sx.journey_report,
	sx.experience_rollup TO $app" >/dev/null
check "after the owner's grant, the role reads the views" "1" \
	"$(as "$app" "SELECT count(*) FROM sx.touchpoint_report")"

# search_path capture: the same results with look-alikes in front of sx
reports="SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) FROM (
	SELECT t::text AS r FROM sx.touchpoint_report t UNION ALL
	SELECT t::text FROM sx.journey_report t UNION ALL
	SELECT t::text FROM sx.kano_feature_report t UNION ALL
	SELECT t::text FROM sx.kano_scheme_cells('kano1984') t UNION ALL
	SELECT sx.kano_classify(2, 2)::text UNION ALL
	SELECT sx.kano_agg(functional, dysfunctional, importance)::text FROM sx.kano_response UNION ALL
	SELECT sx.pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised)::text FROM sx.observation) x"
before=$(as "$owner" "$reports")
as "$owner" "CREATE SCHEMA evil" >/dev/null
for schema in public evil; do
	as "$owner" "
	CREATE FUNCTION $schema.kano_classify(integer, integer, text) RETURNS sx.kano_category LANGUAGE sql AS \$\$SELECT 'A'::sx.kano_category\$\$;
	CREATE FUNCTION $schema.kano_classify(integer, integer) RETURNS sx.kano_category LANGUAGE sql AS \$\$SELECT 'A'::sx.kano_category\$\$;
	CREATE FUNCTION $schema.generate_series(integer, integer) RETURNS SETOF integer LANGUAGE sql AS \$\$SELECT 1\$\$;
	CREATE FUNCTION $schema.nps(sx.nps_result) RETURNS double precision LANGUAGE sql AS \$\$SELECT -999::float8\$\$;
	CREATE FUNCTION $schema.pyramid_report(sx.pyramid_result, double precision[]) RETURNS record LANGUAGE sql AS \$\$SELECT NULL::record\$\$;
	CREATE FUNCTION $schema.avg(smallint) RETURNS numeric LANGUAGE sql AS \$\$SELECT 0::numeric\$\$;
	CREATE FUNCTION $schema.fake_eq(sx.kano_answer, sx.kano_answer) RETURNS boolean LANGUAGE sql AS \$\$SELECT false\$\$;
	CREATE OPERATOR $schema.= (LEFTARG = sx.kano_answer, RIGHTARG = sx.kano_answer, FUNCTION = $schema.fake_eq);
	CREATE FUNCTION $schema.fake_lt(integer, integer) RETURNS boolean LANGUAGE sql AS \$\$SELECT true\$\$;
	CREATE OPERATOR $schema.< (LEFTARG = integer, RIGHTARG = integer, FUNCTION = $schema.fake_lt);" >/dev/null
done
after_default=$(as "$owner" "$reports")
after_evil=$(PGOPTIONS="-c search_path=evil,public,sx" as "$owner" "$reports")
check "results unchanged by look-alikes in public (search_path default)" "$before" "$after_default"
check "results unchanged with search_path = evil, public, sx" "$before" "$after_evil"
# control: the look-alikes are live, an unqualified call does reach them
check "control: an unqualified kano_classify(1, 5) is captured" "A" \
	"$(PGOPTIONS="-c search_path=evil,public,sx" as "$owner" "SELECT kano_classify(1, 5)")"

exit $fail
