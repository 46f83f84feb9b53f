#!/usr/bin/env bash
# Security: a database owner who is not a superuser installs sx (trusted
# extension), makes the data model in a schema of their own and can use and
# share it; other roles get nothing but the types, functions and reference
# data until granted; no function is SECURITY DEFINER; the owner can make no
# code run as another role through an sx object (no trigger on, no
# ownership of, no grant beyond SELECT on anything the extension holds) and
# can place nothing in schema sx, before CREATE EXTENSION or after it; and
# look-alike functions and operators placed in public and in a user schema
# do not change what sx's functions and views return.
set -euo pipefail
cd "$(dirname "$0")/.."
sfx=$$
db=sx_sec_$sfx
owner=sx_owner_$sfx
app=sx_app_$sfx
pw=pw$sfx
cleanup() {
	dropdb --if-exists "$db" >/dev/null 2>&1 || true
	dropdb --if-exists "sx_sec2_$sfx" >/dev/null 2>&1 || true
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
check "owner makes the data model in a schema of their own" "" \
	"$(as "$owner" "SELECT sx.create_data_model('cx')")"
check "owner writes the data model" "1" \
	"$(as "$owner" "WITH j AS (INSERT INTO cx.journey (name) VALUES ('J') RETURNING journey_id) SELECT count(*) FROM j")"
as "$owner" "INSERT INTO cx.touchpoint (journey_id, stage, name, owner, channel) SELECT journey_id, 'stay', 'Room', 'brand', 'physical' FROM cx.journey" >/dev/null
as "$owner" "INSERT INTO cx.observation (touchpoint_id, promise_kept, issue_resolved, felt_valued, surprised, centricity, participation, data_scale, nps, csat, ces)
	SELECT touchpoint_id, g % 9 <> 0, NULL, g % 2 = 0, g % 5 = 0, 4, 3, 3, g % 11, 1 + g % 5, 1 + g % 7
	FROM cx.touchpoint, generate_series(1, 50) g" >/dev/null
as "$owner" "INSERT INTO cx.survey (name) VALUES ('S')" >/dev/null
as "$owner" "INSERT INTO cx.feature (survey_id, name) SELECT survey_id, 'f' FROM cx.survey" >/dev/null
as "$owner" "INSERT INTO cx.kano_response (survey_id, feature_id, segment, functional, dysfunctional, importance)
	SELECT survey_id, feature_id, 's' || g % 2, 1 + g % 5, 1 + (g * 3) % 5, 1 + g % 9 FROM cx.feature, generate_series(1, 40) g" >/dev/null
check "owner reads the report views" "1" \
	"$(as "$owner" "SELECT count(*) FROM cx.touchpoint_report")"

# the data model's schema is the owner's; the tables are what protect the data
as "$owner" "GRANT USAGE ON SCHEMA cx TO $app" >/dev/null
check "another role uses types and functions" "O" \
	"$(as "$app" "SELECT sx.kano_classify('like', 'dislike')")"
check "another role reads reference data" "5" \
	"$(as "$app" "SELECT count(*) FROM sx.pyramid_levels")"
check "another role cannot read observations" "ERROR:  permission denied for table observation" \
	"$(as "$app" "SELECT count(*) FROM cx.observation")"
check "another role cannot read them through a view" "ERROR:  permission denied for view touchpoint_report" \
	"$(as "$app" "SELECT count(*) FROM cx.touchpoint_report")"
check "another role cannot write" "ERROR:  permission denied for table journey" \
	"$(as "$app" "INSERT INTO cx.journey (name) VALUES ('x')")"
check "another role cannot create objects in schema sx" "ERROR:  permission denied for schema sx" \
	"$(as "$app" "CREATE FUNCTION sx.nps(int) RETURNS int LANGUAGE sql AS 'SELECT 1'")"

# The extension's owner cannot run code as anyone else through sx (1.0:
# the owner had TRIGGER on the superuser's data tables, so a trigger of
# theirs ran as any superuser who inserted, and they could not drop it)
check "the owner cannot put a function in schema sx (1.0: could shadow sx.kano_classify)" \
	"ERROR:  permission denied for schema sx" \
	"$(as "$owner" "CREATE FUNCTION sx.kano_classify(text, text) RETURNS sx.kano_category LANGUAGE sql AS \$\$SELECT 'A'::sx.kano_category\$\$")"
check "schema sx belongs to the bootstrap superuser, everyone else has USAGE" \
	"{postgres=UC/postgres,=U/postgres}" \
	"$(as "$owner" "SELECT nspacl FROM pg_namespace WHERE nspname = 'sx'")"
as "$owner" "CREATE FUNCTION public.escalate() RETURNS trigger LANGUAGE plpgsql AS \$\$BEGIN ALTER ROLE $owner SUPERUSER; RETURN NEW; END\$\$" >/dev/null
check "the owner cannot add a trigger to a table of the extension" \
	"ERROR:  permission denied for table pyramid_levels" \
	"$(as "$owner" "CREATE TRIGGER t BEFORE INSERT ON sx.pyramid_levels FOR EACH ROW EXECUTE FUNCTION public.escalate()")"
check "no role but its owner holds any privilege beyond SELECT on an sx relation" "0" \
	"$(as "$owner" "SELECT count(*) FROM pg_class c
		JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
		JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'sx',
		LATERAL aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
		WHERE a.grantee <> c.relowner AND a.privilege_type <> 'SELECT'")"
check "no object of the extension belongs to its owner" "0" \
	"$(as "$owner" "SELECT count(*) FROM pg_depend d
		JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'sx' AND d.deptype = 'e'
		LEFT JOIN pg_class c ON d.classid = 'pg_class'::regclass AND c.oid = d.objid
		LEFT JOIN pg_proc p ON d.classid = 'pg_proc'::regclass AND p.oid = d.objid
		LEFT JOIN pg_type t ON d.classid = 'pg_type'::regclass AND t.oid = d.objid
		WHERE coalesce(c.relowner, p.proowner, t.typowner) =
			  (SELECT oid FROM pg_roles WHERE rolname = current_user)")"
# a superuser working with sx's own tables runs nothing of the owner's
psql -X -q -d "$db" -c "INSERT INTO sx.pyramid_levels SELECT * FROM sx.pyramid_levels WHERE false" >/dev/null
check "the owner is still not a superuser" "f" \
	"$(as "$owner" "SELECT rolsuper FROM pg_roles WHERE rolname = current_user")"
# An aggregate of the owner's that the owner adds to the extension is not
# one of sx's own (those belong to the bootstrap superuser): the support
# functions it calls still check what they return (1.1 before this test:
# it made a kano_result that the type's input refuses)
as "$owner" "CREATE AGGREGATE public.uncount(sx.kano_answer, sx.kano_answer) (
	SFUNC = sx.kano_agg_inv, STYPE = sx.kano_result,
	INITCOND = 'pairs=1,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=1,5,25')" >/dev/null
check "the owner adds an aggregate of theirs to the extension" "" \
	"$(as "$owner" "ALTER EXTENSION sx ADD AGGREGATE public.uncount(sx.kano_answer, sx.kano_answer)")"
check "which still cannot make a value the type refuses" "ERROR:  invalid kano_result value" \
	"$(as "$owner" "SELECT public.uncount('like', 'like')")"
as "$owner" "ALTER EXTENSION sx DROP AGGREGATE public.uncount(sx.kano_answer, sx.kano_answer)" >/dev/null
as "$owner" "DROP AGGREGATE public.uncount(sx.kano_answer, sx.kano_answer)" >/dev/null

# A schema sx made before CREATE EXTENSION, holding a look-alike, is refused
# with what to do; emptied, it is taken over by the extension
db2=sx_sec2_$sfx
createdb -O "$owner" "$db2"
as2() { PGUSER=$1 PGPASSWORD=$pw psql -X -q -At -d "$db2" -v ON_ERROR_STOP=1 -c "$2" 2>&1 | head -2 | paste -sd '|'; }
as2 "$owner" "CREATE SCHEMA sx; CREATE FUNCTION sx.kano_classify(text, text) RETURNS text LANGUAGE sql AS 'SELECT 1'" >/dev/null
check "CREATE EXTENSION refuses a schema sx holding the owner's function" \
	"ERROR:  schema sx holds objects that are not part of the extension sx|DETAIL:  function sx.kano_classify(text, text) (owned by $owner)" \
	"$(as2 "$owner" "CREATE EXTENSION sx")"
as2 "$owner" "DROP FUNCTION sx.kano_classify(text, text)" >/dev/null
as2 "$owner" "CREATE EXTENSION sx" >/dev/null
check "emptied, the schema is taken over: the owner can no longer add to it" \
	"ERROR:  permission denied for schema sx" \
	"$(as2 "$owner" "CREATE FUNCTION sx.kano_classify(text, text) RETURNS text LANGUAGE sql AS 'SELECT 1'")"
check "and a schema-qualified call reaches sx's function" "O" \
	"$(as2 "$owner" "SELECT sx.kano_classify('like', 'dislike')")"
dropdb --if-exists "$db2"
# the owner passes read rights on (the reader role of the README)
as "$owner" "SELECT sx.grant_data_model('cx', '$app')" >/dev/null
check "after the owner's grant, the role reads the views" "1" \
	"$(as "$app" "SELECT count(*) FROM cx.touchpoint_report")"
check "and the period views and functions" "1 1" \
	"$(as "$app" "SELECT (SELECT count(DISTINCT touchpoint_id) FROM cx.touchpoint_by_month) || ' ' || (SELECT count(DISTINCT touchpoint_id) FROM cx.touchpoint_periods('year'))")"
check "but cannot write" "ERROR:  permission denied for table observation" \
	"$(as "$app" "INSERT INTO cx.observation (touchpoint_id) SELECT touchpoint_id FROM cx.touchpoint")"
as "$owner" "SELECT sx.grant_data_model('cx', '$app', 'write')" >/dev/null
check "a writer's observations reach the rollups" "51" \
	"$(as "$app" "INSERT INTO cx.observation (touchpoint_id, promise_kept) SELECT touchpoint_id, true FROM cx.touchpoint;
		SELECT sum(n) FROM cx.touchpoint_by_day")"
check "and the rollups stay right" "0" \
	"$(as "$app" "SELECT count(*) FROM sx.check_rollups('cx')")"

# search_path capture: the same results with look-alikes in front of sx
reports="SELECT md5(string_agg(r::text, '|' ORDER BY r::text)) FROM (
	SELECT t::text AS r FROM cx.touchpoint_report t UNION ALL
	SELECT t::text FROM cx.journey_report t UNION ALL
	SELECT t::text FROM cx.kano_feature_report t UNION ALL
	SELECT t::text FROM sx.kano_scheme_cells('kano1984') t UNION ALL
	SELECT sx.kano_classify(2, 2)::text UNION ALL
	SELECT sx.kano_agg(functional, dysfunctional, importance)::text FROM cx.kano_response UNION ALL
	SELECT sx.pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised)::text FROM cx.observation) x"
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
