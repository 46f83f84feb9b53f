#!/usr/bin/env bash
# sx on postgres_fdw shards: the README's recipe ("Scaling out"), in the
# throwaway cluster.  Three shard databases with sx, and a coordinator with
# postgres_fdw and sx whose table is partitioned by region into foreign
# partitions, one per shard (server option extensions 'sx', so that sx's
# functions, operators and types may be sent to the shards).  The same
# rows (Kano answer pairs with their feature and importance, the pyramid's
# evidence flags, NPS answers; NULLs among them) go into a single-node
# table.  Required:
#   (a) reports grouped by the partition key (region, and region with
#       feature) are pushed down whole: every shard's Remote SQL holds the
#       aggregate and the report over it, kano_report(kano_agg(...)) too,
#       which comes back since kano_report returns a named type; the
#       results equal one node's (kano_result, pyramid_result, nps_result
#       with their = operators, reports and figures IS NOT DISTINCT FROM);
#   (b) reports grouped otherwise (by feature) by the two-stage recipe: the
#       per-shard aggregates pushed down (grouped by region and feature),
#       merged on the coordinator with kano_merge, pyramid_merge and
#       nps_merge, equal one node's, with ROLLUP too; and the plain query,
#       which PostgreSQL 15's postgres_fdw cannot push (no partial
#       aggregates, no grouping sets), pulls the rows and gives the same
#       results;
#   (c) the data model's period rollups (README "Period rollups behind
#       postgres_fdw", whose coordinator block this script runs): each
#       shard has a data model (schema cx) holding the answers and
#       observations of some respondents and customers, its rollups kept
#       by its triggers; the coordinator reads every shard's rollups
#       (IMPORT FOREIGN SCHEMA, UNION ALL) and merges them: the monthly
#       reports per touchpoint and per feature, every period view (made on
#       the coordinator by the model's own query) and the clipped ranges
#       equal, as text, those of a single-node model (schema one) holding
#       every row, and its own views; what is sent to the shards is
#       checked; and after inserts, updates, deletes and a rollback written
#       through the coordinator (foreign partitions of the raw tables) the
#       shards' rollups are current and everything is still equal.
# FDW_EXPLAIN=<file> writes the EXPLAIN VERBOSE outputs there (the README
# quotes them).
set -euo pipefail
cd "$(dirname "$0")/.."
sfx=$$
coord=sx_fdw_coord_$sfx
shards=(sx_fdw_shard1_$sfx sx_fdw_shard2_$sfx sx_fdw_shard3_$sfx)
cleanup() {
	for d in "$coord" "${shards[@]}"; do dropdb --if-exists "$d" >/dev/null 2>&1 || true; done
}
trap cleanup EXIT
q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
fail=0
check() {						# check <label> <expected> <actual>
	if [ "$2" = "$3" ]; then
		echo "  ok: $1"
	else
		echo "  FAILED: $1: expected [$2], got [$3]"
		fail=1
	fi
}

# The table, on each shard and on the coordinator
columns="region int NOT NULL, respondent int NOT NULL, feature int NOT NULL,
	functional int, dysfunctional int, importance double precision,
	promise_kept boolean, issue_resolved boolean, felt_valued boolean, surprised boolean,
	nps int"
for i in 1 2 3; do
	createdb "${shards[i - 1]}"
	q -d "${shards[i - 1]}" -c "CREATE EXTENSION sx" -c "CREATE TABLE public.answers ($columns)"
done
createdb "$coord"
q -d "$coord" <<SQL
CREATE EXTENSION postgres_fdw;
CREATE EXTENSION sx;
-- one node: all the rows in one table; deterministic (integer hashing)
CREATE TABLE public.answers_one ($columns);
INSERT INTO public.answers_one
SELECT 1 + g % 3, g / 12, 1 + (g / 3) % 12,
	   CASE WHEN h % 53 = 0 THEN NULL ELSE 1 + h % 5 END,
	   CASE WHEN h % 47 = 0 THEN NULL ELSE 1 + (h / 5 + g % 7) % 5 END,
	   CASE WHEN h % 11 = 0 THEN NULL ELSE (h % 10000) / 1000.0 END,
	   CASE WHEN h % 97 = 0 THEN NULL ELSE h % 10 <> 0 END,
	   CASE WHEN h % 4 = 0 THEN h % 5 <> 0 END,
	   CASE WHEN h % 89 = 0 THEN NULL ELSE h % 3 <> 0 END,
	   CASE WHEN h % 83 = 0 THEN NULL ELSE h % 7 = 0 END,
	   CASE WHEN h % 13 = 0 THEN NULL ELSE (h / 7 + g % 4) % 11 END
FROM generate_series(0, 35999) g, LATERAL (SELECT (g * 2654435761) % 4294967291 AS h) x;

-- the recipe: a server per shard, sx's objects shippable to it
CREATE TABLE public.answers ($columns) PARTITION BY LIST (region);
DO \$\$
BEGIN
	FOR i IN 1 .. 3 LOOP
		EXECUTE format('CREATE SERVER shard%s FOREIGN DATA WRAPPER postgres_fdw
						OPTIONS (host %L, port %L, dbname %L, extensions %L, async_capable %L,
								 fetch_size %L)',
					   i, '${PGHOST:-localhost}', '${PGPORT:-5432}', 'sx_fdw_shard' || i || '_$sfx', 'sx',
					   'true', '10000');
		EXECUTE format('CREATE USER MAPPING FOR CURRENT_USER SERVER shard%s
						OPTIONS (user %L, password %L)', i, '${PGUSER:-postgres}', '${PGPASSWORD:-}');
		EXECUTE format('CREATE FOREIGN TABLE public.answers_%s PARTITION OF public.answers
						FOR VALUES IN (%s) SERVER shard%s
						OPTIONS (schema_name %L, table_name %L, batch_size %L)',
					   i, i, i, 'public', 'answers', '1000');
	END LOOP;
END
\$\$;
-- the same rows, through the coordinator: each goes to its region's shard
INSERT INTO public.answers SELECT * FROM public.answers_one;
SQL
for i in 1 2 3; do q -d "${shards[i - 1]}" -c "ANALYZE public.answers"; done
q -d "$coord" -c "ANALYZE public.answers_one" -c "ANALYZE public.answers"

check "each shard holds its region's rows, 36000 in all" "12000 12000 12000" \
	"$(for d in "${shards[@]}"; do psql -X -At -d "$d" -c "SELECT count(*) FROM public.answers"; done | paste -sd ' ')"

settings="SET enable_partitionwise_aggregate = on;"
explain() {						# explain <query>: the plan, verbose
	psql -X -q -At -d "$coord" -c "$settings" -c "EXPLAIN (VERBOSE, COSTS OFF) $1"
}
# Rows of a query over the coordinator's table (answers) against the same
# over the single-node table (answers_one), joined on the group columns
# (all but the last <n> columns of the select list are the group), each
# compared with the conditions given: prints "<groups> <equal> <unmatched>"
compare() {						# compare <select list> <group by> <conditions> [<from>]
	local from=${4:-public.answers}
	psql -X -q -At -F ' ' -d "$coord" -c "$settings" -c "
		WITH c AS (SELECT $1 FROM $from GROUP BY $2),
			 s AS (SELECT $1 FROM ${from//public.answers/public.answers_one} GROUP BY $2)
		SELECT count(*), count(*) FILTER (WHERE $3),
			   count(*) FILTER (WHERE c.k IS NULL OR s.k IS NULL)
		FROM c FULL JOIN s ON c.k = s.k"
}

# (a) grouped by the partition key
echo "  (a) grouped by the partition key: pushed down whole"
q_kano="SELECT region, feature, sx.kano_report(sx.kano_agg(functional, dysfunctional, importance)) AS report
FROM public.answers GROUP BY region, feature"
plan=$(explain "$q_kano")
check "kano_report(kano_agg(...)) GROUP BY region, feature: each of the 3 shards runs it" "3" \
	"$(grep -c 'Remote SQL: SELECT region, feature, sx.kano_report(sx.kano_agg(functional, dysfunctional, importance)' <<< "$plan" || true)"
check "... grouped there, nothing aggregated on the coordinator" "3 0" \
	"$(grep -c 'Remote SQL: .* GROUP BY 1, 2' <<< "$plan" || true) $(grep -c -E '^ *(-> +)?(Finalize |Partial )?(Hash|Group)?Aggregate' <<< "$plan" || true)"
check "... the reports come back, equal to one node's (36 groups)" "36 36 0" \
	"$(compare "(region, feature) AS k, sx.kano_report(sx.kano_agg(functional, dysfunctional, importance)) AS v" \
		"region, feature" "c.v IS NOT DISTINCT FROM s.v")"
check "kano_agg GROUP BY region, feature: the results equal one node's with =, and every figure" "36 36 0" \
	"$(compare "(region, feature) AS k, sx.kano_agg(functional, dysfunctional, importance) AS v" \
		"region, feature" "c.v OPERATOR(sx.=) s.v AND sx.kano_report(c.v, 'kano1984', 'berger', 0.9) IS NOT DISTINCT FROM sx.kano_report(s.v, 'kano1984', 'berger', 0.9)
			AND sx.kano_importance_sd(c.v) IS NOT DISTINCT FROM sx.kano_importance_sd(s.v)")"
q_pyr="SELECT region, sx.pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised) AS result,
	   sx.pyramid_report(sx.pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised)) AS report,
	   sx.nps_agg(nps) AS nps_result, sx.nps(sx.nps_agg(nps)) AS nps, sx.nps_low(sx.nps_agg(nps)) AS nps_low
FROM public.answers GROUP BY region"
plan_pyr=$(explain "$q_pyr")
check "pyramid_agg, pyramid_report, nps_agg, nps GROUP BY region: pushed to the 3 shards" "3" \
	"$(grep -c 'Remote SQL: SELECT region, sx.pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised), sx.pyramid_report(sx.pyramid_agg(.*sx.nps_agg(nps), sx.nps(sx.nps_agg(nps)).* GROUP BY 1' <<< "$plan_pyr" || true)"
check "... equal to one node's (pyramid_result and nps_result with =, reports and figures)" "3 3 0" \
	"$(compare "region AS k, sx.pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised) AS p,
			sx.pyramid_report(sx.pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised)) AS pr,
			sx.nps_agg(nps) AS n, sx.nps(sx.nps_agg(nps)) AS nps, sx.nps_low(sx.nps_agg(nps)) AS nps_low" \
		"region" "c.p OPERATOR(sx.=) s.p AND c.pr IS NOT DISTINCT FROM s.pr AND c.n OPERATOR(sx.=) s.n
			AND c.nps IS NOT DISTINCT FROM s.nps AND c.nps_low IS NOT DISTINCT FROM s.nps_low")"
q_filter="SELECT region, feature, sx.kano_better(sx.kano_agg(functional, dysfunctional) FILTER (WHERE importance > 5)) AS better
FROM public.answers GROUP BY region, feature
HAVING sx.kano_n(sx.kano_agg(functional, dysfunctional) FILTER (WHERE feature % 2 = 0)) > 0"
check "a figure over kano_agg with FILTER and HAVING: pushed to the 3 shards" "3" \
	"$(explain "$q_filter" | grep -c 'Remote SQL: SELECT region, feature, sx.kano_better(sx.kano_agg(functional, dysfunctional) FILTER (WHERE (importance > 5::double precision)).* GROUP BY 1, 2 HAVING ((sx.kano_n(sx.kano_agg(functional, dysfunctional) FILTER' || true)"
check "... equal to one node's (the 18 groups of even features)" "18 18 0" \
	"$(compare "(region, feature) AS k, sx.kano_better(sx.kano_agg(functional, dysfunctional) FILTER (WHERE importance > 5)) AS v" \
		"region, feature HAVING sx.kano_n(sx.kano_agg(functional, dysfunctional) FILTER (WHERE feature % 2 = 0)) > 0" \
		"c.v IS NOT DISTINCT FROM s.v")"

# (b) grouped by feature: two stages
echo "  (b) grouped by feature: per-shard results merged on the coordinator"
q_two="SELECT feature, sx.kano_merge(part) AS result, sx.kano_report(sx.kano_merge(part)) AS report
FROM (SELECT region, feature, sx.kano_agg(functional, dysfunctional, importance) AS part
	  FROM public.answers GROUP BY region, feature) per_shard
GROUP BY feature"
plan_two=$(explain "$q_two")
check "the per-shard kano_agg GROUP BY region, feature is pushed to the 3 shards" "3" \
	"$(grep -c 'Remote SQL: SELECT region, feature, sx.kano_agg(functional, dysfunctional, importance) FROM public.answers GROUP BY 1, 2' <<< "$plan_two" || true)"
check "... and merged on the coordinator" "yes" \
	"$(grep -q 'Output: .*sx.kano_merge(per_shard.part)' <<< "$plan_two" && echo yes || echo no)"
per_shard() {					# per_shard <from>: kano, pyramid and NPS by region and feature
	echo "SELECT region, feature, sx.kano_agg(functional, dysfunctional, importance) AS kano,
			sx.pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised) AS pyramid,
			sx.nps_agg(nps) AS nps
		FROM $1 GROUP BY region, feature"
}
two_stage() {					# two_stage <from>: the same by feature, in two stages
	echo "SELECT feature AS k, sx.kano_merge(kano) AS kano, sx.pyramid_merge(pyramid) AS pyramid,
			sx.nps_merge(nps) AS nps
		FROM ($(per_shard "$1")) per_shard GROUP BY feature"
}
one_stage="SELECT feature AS k, sx.kano_agg(functional, dysfunctional, importance) AS kano,
		sx.pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised) AS pyramid,
		sx.nps_agg(nps) AS nps
	FROM public.answers_one GROUP BY feature"
same="c.kano OPERATOR(sx.=) s.kano AND c.pyramid OPERATOR(sx.=) s.pyramid AND c.nps OPERATOR(sx.=) s.nps
	AND sx.kano_report(c.kano) IS NOT DISTINCT FROM sx.kano_report(s.kano)
	AND sx.kano_report(c.kano, 'kano1984', 'berger', 0.99) IS NOT DISTINCT FROM sx.kano_report(s.kano, 'kano1984', 'berger', 0.99)
	AND sx.kano_importance_sd(c.kano) IS NOT DISTINCT FROM sx.kano_importance_sd(s.kano)
	AND sx.pyramid_report(c.pyramid) IS NOT DISTINCT FROM sx.pyramid_report(s.pyramid)
	AND sx.nps(c.nps) IS NOT DISTINCT FROM sx.nps(s.nps) AND sx.nps_high(c.nps) IS NOT DISTINCT FROM sx.nps_high(s.nps)"
check "two stages, by feature: kano_merge, pyramid_merge, nps_merge equal one node's single pass (=, reports, figures)" \
	"12 12 0" \
	"$(psql -X -q -At -F ' ' -d "$coord" -c "$settings" -c "
		WITH c AS ($(two_stage public.answers)), s AS ($one_stage)
		SELECT count(*), count(*) FILTER (WHERE $same), count(*) FILTER (WHERE c.k IS NULL OR s.k IS NULL)
		FROM c FULL JOIN s ON c.k = s.k")"
# grouping sets are not pushed either; over the per-shard results they are
# computed on the coordinator
check "two stages with ROLLUP (feature): the per-feature rows and the total equal one node's" "13 13 0" \
	"$(psql -X -q -At -F ' ' -d "$coord" -c "$settings" -c "
		WITH c AS (SELECT coalesce(feature, 0) AS k, sx.kano_merge(kano) AS kano, sx.pyramid_merge(pyramid) AS pyramid,
						  sx.nps_merge(nps) AS nps
				   FROM ($(per_shard public.answers)) per_shard
				   GROUP BY ROLLUP (feature)),
			 s AS (SELECT coalesce(feature, 0) AS k, sx.kano_agg(functional, dysfunctional, importance) AS kano,
						  sx.pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised) AS pyramid,
						  sx.nps_agg(nps) AS nps
				   FROM public.answers_one GROUP BY ROLLUP (feature))
		SELECT count(*), count(*) FILTER (WHERE $same), count(*) FILTER (WHERE c.k IS NULL OR s.k IS NULL)
		FROM c FULL JOIN s ON c.k = s.k")"
check "... where the plain ROLLUP is not pushed (the shards send their rows)" "3 0" \
	"$(explain "SELECT region, feature, sx.kano_agg(functional, dysfunctional) FROM public.answers GROUP BY ROLLUP (region, feature)" |
		awk '/Remote SQL: SELECT region, feature, functional, dysfunctional FROM public.answers/ { n++ } /Remote SQL: .*sx\./ { m++ }
			 END { print n + 0, m + 0 }')"
q_naive="SELECT feature, sx.kano_agg(functional, dysfunctional, importance) FROM public.answers GROUP BY feature"
plan_naive=$(explain "$q_naive")
check "the plain query by feature is not pushed: the shards send their rows" "3 0" \
	"$(grep -c 'Remote SQL: SELECT feature, functional, dysfunctional, importance FROM public.answers$' <<< "$plan_naive" || true) $(grep -c 'Remote SQL: .*sx\.' <<< "$plan_naive" || true)"
check "... and gives the same results (kano_agg, pyramid_agg, nps_agg by feature, pulled rows)" "12 12 0" \
	"$(psql -X -q -At -F ' ' -d "$coord" -c "$settings" -c "
		WITH c AS (${one_stage//public.answers_one/public.answers}), s AS ($one_stage)
		SELECT count(*), count(*) FILTER (WHERE $same), count(*) FILTER (WHERE c.k IS NULL OR s.k IS NULL)
		FROM c FULL JOIN s ON c.k = s.k")"
# the comparison itself sees a difference: one answer pair more on a shard
psql -X -q -d "${shards[1]}" -c "INSERT INTO public.answers (region, respondent, feature, functional, dysfunctional) VALUES (2, -1, 5, 1, 5)"
check "the comparison sees one answer pair added on a shard (feature 5 differs)" "12 11 0" \
	"$(psql -X -q -At -F ' ' -d "$coord" -c "$settings" -c "
		WITH c AS ($(two_stage public.answers)), s AS ($one_stage)
		SELECT count(*), count(*) FILTER (WHERE $same), count(*) FILTER (WHERE c.k IS NULL OR s.k IS NULL)
		FROM c FULL JOIN s ON c.k = s.k")"
psql -X -q -d "${shards[1]}" -c "DELETE FROM public.answers WHERE respondent = -1"

# (c) the data model's period rollups.  Each shard has a data model (schema
# cx, days of Europe/Berlin) with the same reference rows (surveys,
# features, journeys, touchpoints, the same ids); the answers and
# observations are split by respondent and customer, not by feature or
# touchpoint, so every shard holds a part of every feature's and
# touchpoint's rows and its rollups hold partial results: the general case,
# where the coordinator must merge.  A single-node model (schema one of
# the coordinator) holds all the rows.
echo "  (c) the data model's period rollups: the shards' stored results merged on the coordinator"
reference() {					# reference <schema>: the reference rows, the same everywhere
	cat <<SQL
INSERT INTO $1.survey (survey_id, name) VALUES (1, 'Stay 2026'), (2, 'App 2026');
INSERT INTO $1.feature (feature_id, survey_id, name)
SELECT f, 1 + f % 2, 'feature ' || f FROM generate_series(1, 8) f;
INSERT INTO $1.journey (journey_id, name) VALUES (1, 'Weekend stay'), (2, 'Business trip');
INSERT INTO $1.touchpoint (touchpoint_id, journey_id, stage, stage_order, name, owner, channel,
						   critical, agility)
VALUES (1, 1, 'arrival', 1, 'Check-in desk', 'brand', 'physical', true, 1),
	   (2, 1, 'stay', 2, 'Room', 'brand', 'physical', true, 2.5),
	   (3, 1, 'stay', 2, 'Room service app', 'partner', 'virtual', false, 0.4),
	   (4, 2, 'booking', 1, 'Website', 'brand', 'virtual', false, 1),
	   (5, 2, 'departure', 2, 'Shuttle', 'partner', 'physical', true, 3);
SQL
}
for d in "${shards[@]}"; do
	q -d "$d" -c "SELECT sx.create_data_model('cx', time_zone => 'Europe/Berlin')" -c "$(reference cx)" >/dev/null
done
obs_cols="touchpoint_id, customer_ref, observed_at, promise_kept, issue_resolved, felt_valued, surprised,
	centricity, participation, data_scale, nps, csat, ces, segment, team, issue_raised_at,
	first_response_at, resolved_at, first_contact_resolution"
kano_cols="survey_id, feature_id, respondent, segment, functional, dysfunctional, importance,
	answered_at, wave"
q -d "$coord" <<SQL >/dev/null
SELECT sx.create_data_model('one', time_zone => 'Europe/Berlin');
$(reference one)

SQL
# the recipe: the README's block, as it stands there
recipe=$(awk '/^```/ { if (inblock) exit; next }
			  /^-- on the coordinator: the shards. rollups and the period views \(tests\/fdw.sh runs this block\)$/ { inblock = 1 }
			  inblock { print }' README.md)
check "README, \"Period rollups behind postgres_fdw\": the coordinator's block is found" "yes" \
	"$(grep -q 'CREATE SCHEMA fed' <<< "$recipe" && grep -q 'data_model_period_query' <<< "$recipe" && echo yes || echo no)"
q -d "$coord" <<< "$recipe" >/dev/null
q -d "$coord" <<SQL >/dev/null
-- the rows: observations over 16 months (three DST changes of Berlin), some
-- at local midnight and a millisecond before it, every figure with NULLs;
-- Kano answers in two waves; deterministic (integer hashing)
CREATE TABLE public.obs_src AS
SELECT 1 + h % 5 AS touchpoint_id,
	   CASE WHEN h % 31 = 0 THEN NULL ELSE 'c' || (h / 7) % 800 END AS customer_ref,
	   CASE g % 50 WHEN 0 THEN date_trunc('day', t, 'Europe/Berlin')
				   WHEN 1 THEN date_trunc('day', t, 'Europe/Berlin') - interval '1 millisecond'
				   ELSE t END AS observed_at,
	   CASE WHEN h % 97 = 0 THEN NULL ELSE h % 10 <> 0 END AS promise_kept,
	   CASE WHEN h % 4 = 0 THEN h % 5 <> 0 END AS issue_resolved,
	   CASE WHEN h % 89 = 0 THEN NULL ELSE h % 3 <> 0 END AS felt_valued,
	   CASE WHEN h % 83 = 0 THEN NULL ELSE h % 7 = 0 END AS surprised,
	   CASE WHEN h % 17 = 0 THEN NULL ELSE 1 + h % 6 END::smallint AS centricity,
	   CASE WHEN h % 19 = 0 THEN NULL ELSE 1 + (h / 6) % 6 END::smallint AS participation,
	   CASE WHEN h % 23 = 0 THEN NULL ELSE 1 + (h % 100000) / 7.0 END::double precision AS data_scale,
	   CASE WHEN h % 13 = 0 THEN NULL ELSE (h / 7 + g % 4) % 11 END::smallint AS nps,
	   CASE WHEN h % 29 = 0 THEN NULL ELSE 1 + (h / 11) % 5 END::smallint AS csat,
	   CASE WHEN h % 37 = 0 THEN NULL ELSE 1 + (h / 13) % 7 END::smallint AS ces,
	   (ARRAY['business', 'leisure', NULL])[1 + (h / 3) % 3] AS segment,
	   (ARRAY['front', 'back', NULL])[1 + (h / 5) % 3] AS team,
	   CASE WHEN h % 6 = 0 THEN t - interval '2 hours' END AS issue_raised_at,
	   CASE WHEN h % 12 = 0 THEN t - interval '1 hour' END AS first_response_at,
	   CASE WHEN h % 18 = 0 THEN t END AS resolved_at,
	   CASE WHEN h % 6 = 0 THEN h % 4 <> 0 END AS first_contact_resolution
FROM generate_series(0, 11999) g,
	 LATERAL (SELECT (g * 2654435761) % 4294967291 AS h,
					 timestamptz '2025-12-01 00:00+01' + g * interval '58 minutes 7 seconds' AS t) x;
CREATE TABLE public.kano_src AS
SELECT 1 + f % 2 AS survey_id, f AS feature_id,
	   CASE WHEN h % 41 = 0 THEN NULL ELSE 'r' || (h / 3) % 500 END AS respondent,
	   (ARRAY['business', 'leisure', NULL])[1 + (h / 5) % 3] AS segment,
	   CASE WHEN h % 53 = 0 THEN NULL ELSE 1 + h % 5 END::sx.kano_answer AS functional,
	   CASE WHEN h % 47 = 0 THEN NULL ELSE 1 + (h / 5 + g % 7) % 5 END::sx.kano_answer AS dysfunctional,
	   CASE WHEN h % 11 = 0 THEN NULL ELSE (h % 10000) / 10.0 END::double precision AS importance,
	   CASE g % 40 WHEN 0 THEN date_trunc('month', t, 'Europe/Berlin')
				   WHEN 1 THEN date_trunc('month', t, 'Europe/Berlin') - interval '1 millisecond'
				   ELSE t END AS answered_at,
	   CASE WHEN g < 4000 THEN '2026a' WHEN h % 9 = 0 THEN NULL ELSE '2026b' END AS wave
FROM generate_series(0, 7999) g,
	 LATERAL (SELECT (g * 2654435761) % 4294967291 AS h, 1 + g % 8 AS f,
					 timestamptz '2026-01-03 08:00+01' + g * interval '73 minutes' AS t) x;
INSERT INTO one.observation ($obs_cols) SELECT $obs_cols FROM public.obs_src;
INSERT INTO one.kano_response ($kano_cols) SELECT $kano_cols FROM public.kano_src;
-- the same rows through the coordinator: each to its customer's shard
INSERT INTO fed.observation ($obs_cols) SELECT $obs_cols FROM public.obs_src;
INSERT INTO fed.kano_response ($kano_cols) SELECT $kano_cols FROM public.kano_src;
SQL
for d in "${shards[@]}"; do q -d "$d" -c "ANALYZE"; done
q -d "$coord" -c "ANALYZE"
# rows of two queries, whole rows compared as text: prints "<rows of the
# second> <only in the first> <only in the second>"
q -d "$coord" <<'SQL'
CREATE FUNCTION public.diff_rows(a text, b text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	n bigint;
	only_a bigint;
	only_b bigint;
BEGIN
	EXECUTE format('SELECT count(*) FROM (%s) x', b) INTO n;
	EXECUTE format('SELECT count(*) FROM (SELECT x::text FROM (%s) x EXCEPT ALL SELECT y::text FROM (%s) y) d', a, b)
		INTO only_a;
	EXECUTE format('SELECT count(*) FROM (SELECT y::text FROM (%s) y EXCEPT ALL SELECT x::text FROM (%s) x) d', b, a)
		INTO only_b;
	RETURN format('%s %s %s', n, only_a, only_b);
END
$$;
SQL
cq() { psql -X -q -At -F ' ' -d "$coord" -c "$settings" -c "$1"; }

check "the rows are split by customer: every shard holds rows of the 5 touchpoints and the 8 features, 12000 and 8000 in all" \
	"5 8 5 8 5 8 12000 8000" \
	"$(for d in "${shards[@]}"; do psql -X -At -F ' ' -d "$d" -c "SELECT (SELECT count(DISTINCT touchpoint_id) FROM cx.observation), (SELECT count(DISTINCT feature_id) FROM cx.kano_response)"; done | paste -sd ' ') $(cq "SELECT (SELECT count(*) FROM fed.observation), (SELECT count(*) FROM fed.kano_response)")"
check "... each shard's rollups equal its raw rows (sx.check_rollups), written through the coordinator" "0 0 0" \
	"$(for d in "${shards[@]}"; do psql -X -At -d "$d" -c "SELECT count(*) FROM sx.check_rollups('cx')"; done | paste -sd ' ')"

# the shards' own views hold the shards' figures
q -d "$coord" -c "CREATE SCHEMA shard_views" -c "DO \$\$ BEGIN FOR i IN 1 .. 3 LOOP
	EXECUTE format('CREATE FOREIGN TABLE shard_views.touchpoint_by_month_%s (touchpoint_id integer, period_start date,
					n bigint, nps double precision, nps_low double precision) SERVER shard%s
					OPTIONS (schema_name %L, table_name %L)', i, i, 'cx', 'touchpoint_by_month');
	END LOOP; END \$\$"
check "the shards' own period views cannot be combined: a row per shard for each touchpoint and month, n adds up, but their figures do not give one node's" \
	"81 241 81 0" \
	"$(cq "WITH v AS (SELECT * FROM shard_views.touchpoint_by_month_1 UNION ALL SELECT * FROM shard_views.touchpoint_by_month_2
					   UNION ALL SELECT * FROM shard_views.touchpoint_by_month_3),
			   g AS (SELECT touchpoint_id, period_start, sum(n) AS n, count(*) AS rows,
							sum(nps_low * n) / sum(n) AS mean_nps_low
					 FROM v GROUP BY 1, 2)
		SELECT count(*), sum(g.rows), count(*) FILTER (WHERE g.n = o.n),
			   count(*) FILTER (WHERE g.rows > 1 AND g.mean_nps_low = o.nps_low)
		FROM g JOIN one.touchpoint_by_month o USING (touchpoint_id, period_start)")"

# the merged reports, as the README writes them
merged_touchpoint_month() {		# <schema>: monthly experience per touchpoint, from the monthly rollups
	echo "SELECT m.touchpoint_id, t.name AS touchpoint, m.month AS period_start, m.result, e.*
		FROM (SELECT touchpoint_id, month, sx.experience_merge(result) AS result
			  FROM $1.experience_monthly GROUP BY touchpoint_id, month) m
		JOIN $1.touchpoint t USING (touchpoint_id)
		CROSS JOIN LATERAL sx.experience_report(m.result) e"
}
merged_kano_month() {			# <schema>: Kano per feature per month
	echo "SELECT m.survey_id, m.feature_id, f.name AS feature, m.month AS period_start, m.result, k.*
		FROM (SELECT survey_id, feature_id, month, sx.kano_merge(result) AS result
			  FROM $1.kano_monthly GROUP BY survey_id, feature_id, month) m
		JOIN $1.feature f USING (survey_id, feature_id)
		CROSS JOIN LATERAL sx.kano_report(m.result) k"
}
experience_cols="n, share_l1, share_l2, share_l3, share_l4, attained_name, unfounded, nps_n, nps, nps_low,
	nps_high, csat_n, csat, ces_n, ces, ces_net, centricity, participation, data_scale, complaint_n,
	complaint_rate, complaint_rate_low, complaint_rate_high, fcr_n, fcr, fcr_low, fcr_high"
kano_cols_report="n, incomplete, a, o, m, i, q, r, category, better, better_low, better_high, worse,
	worse_low, worse_high, total_strength, category_strength, significant, functional_mean,
	functional_sd, dysfunctional_mean, dysfunctional_sd, importance_mean"
same_merged() {					# the merged reports of the shards against one node's, as text
	cq "SELECT public.diff_rows(\$q\$$(merged_touchpoint_month fed)\$q\$, \$q\$$(merged_touchpoint_month one)\$q\$),
			   public.diff_rows(\$q\$$(merged_kano_month fed)\$q\$, \$q\$$(merged_kano_month one)\$q\$)"
}
against_views() {				# the merged reports against one node's own views, as text
	cq "SELECT public.diff_rows(
			\$q\$SELECT touchpoint_id, touchpoint, period_start, attained::integer AS attained_level, $experience_cols
				FROM ($(merged_touchpoint_month fed)) x\$q\$,
			\$q\$SELECT touchpoint_id, touchpoint, period_start, attained_level, $experience_cols FROM one.touchpoint_by_month\$q\$),
		public.diff_rows(
			\$q\$SELECT survey_id, feature_id, feature, period_start, $kano_cols_report FROM ($(merged_kano_month fed)) x\$q\$,
			\$q\$SELECT survey_id, feature_id, feature, period_start, $kano_cols_report FROM one.kano_feature_by_month\$q\$)"
}
check "merged on the coordinator: monthly experience per touchpoint and Kano per feature per month equal one node's rollups merged the same way (result and report, as text)" \
	"81 0 0 113 0 0" "$(same_merged)"
check "... and one node's own views touchpoint_by_month and kano_feature_by_month (every figure, as text)" \
	"81 0 0 113 0 0" "$(against_views)"
check "... the merged results are = to one node's and no pair of figures differs" "81 81 113 113" \
	"$(cq "SELECT (SELECT count(*) FROM ($(merged_touchpoint_month fed)) c JOIN ($(merged_touchpoint_month one)) s USING (touchpoint_id, period_start)),
			(SELECT count(*) FROM ($(merged_touchpoint_month fed)) c JOIN ($(merged_touchpoint_month one)) s USING (touchpoint_id, period_start)
			 WHERE c.result OPERATOR(sx.=) s.result AND sx.experience_report(c.result) IS NOT DISTINCT FROM sx.experience_report(s.result)
			   AND sx.experience_report(c.result, '{0.95,0.9,0.6,0.3}', 0.99) IS NOT DISTINCT FROM sx.experience_report(s.result, '{0.95,0.9,0.6,0.3}', 0.99)),
			(SELECT count(*) FROM ($(merged_kano_month fed)) c JOIN ($(merged_kano_month one)) s USING (survey_id, feature_id, period_start)),
			(SELECT count(*) FROM ($(merged_kano_month fed)) c JOIN ($(merged_kano_month one)) s USING (survey_id, feature_id, period_start)
			 WHERE c.result OPERATOR(sx.=) s.result AND sx.kano_report(c.result) IS NOT DISTINCT FROM sx.kano_report(s.result)
			   AND sx.kano_report(c.result, 'kano1984', 'berger', 0.99) IS NOT DISTINCT FROM sx.kano_report(s.result, 'kano1984', 'berger', 0.99))")"

# what is pushed
q_roll="SELECT touchpoint_id, month, sx.experience_merge(result) AS result
FROM fed.experience_monthly WHERE month >= '2026-07-01' GROUP BY touchpoint_id, month"
plan_roll=$(explain "$q_roll")
check "the merged report reads the shards' rollup rows (the period filter pushed) and merges them on the coordinator" "3 2" \
	"$(grep -c "Remote SQL: SELECT touchpoint_id, month, result FROM cx.experience_monthly WHERE ((month >= '2026-07-01'))$" <<< "$plan_roll" || true) $(grep -c -E '^(Hash|Group)Aggregate$|^ *Output: .*sx\.experience_merge\(experience_monthly_1\.result\)$' <<< "$plan_roll" || true)"
# two stages: each shard merges its rollup rows (of every team) per
# touchpoint, segment and month, the coordinator merges the shards' into
# quarters.  (date_trunc('quarter', ...) is not sent to the shards: PG 15's
# postgres_fdw sends no function whose collatable argument is a constant,
# here the text 'quarter'.)
per_shard_month() {				# <i>: shard i's months
	echo "SELECT touchpoint_id, segment, month, sx.experience_merge(result) AS part
		FROM shard$1_cx.experience_monthly GROUP BY touchpoint_id, segment, month"
}
q_quarter="SELECT touchpoint_id, segment, date_trunc('quarter', month::timestamp)::date AS quarter,
	   sx.experience_merge(part) AS result
FROM ($(per_shard_month 1) UNION ALL $(per_shard_month 2) UNION ALL $(per_shard_month 3)) per_shard
GROUP BY touchpoint_id, segment, quarter"
plan_quarter=$(explain "$q_quarter")
check "two stages: each shard merges its rollups per touchpoint, segment and month (pushed: experience_merge GROUP BY on the 3 shards)" "3" \
	"$(grep -c "Remote SQL: SELECT touchpoint_id, segment, month, sx.experience_merge(result) FROM cx.experience_monthly GROUP BY 1, 2, 3$" <<< "$plan_quarter" || true)"
check "... the coordinator's quarters per touchpoint and segment equal one node's touchpoint_by_quarter_and_segment (every figure, as text)" \
	"90 0 0" \
	"$(cq "SELECT public.diff_rows(
			\$q\$SELECT c.touchpoint_id, c.segment, c.quarter, e.attained::integer AS attained_level, e.$experience_cols
				FROM ($q_quarter) c CROSS JOIN LATERAL sx.experience_report(c.result) e\$q\$,
			\$q\$SELECT touchpoint_id, segment, period_start, attained_level, $experience_cols
				FROM one.touchpoint_by_quarter_and_segment\$q\$)")"

# every period view of the model, made on the coordinator (the README's
# block) by the query the model's own views run, over schema fed
views=$(cq "SELECT format('%s_by_%s%s', l.level, g.grain, CASE WHEN s THEN '_and_segment' ELSE '' END)
			FROM sx.data_model_levels() l
			CROSS JOIN (SELECT grain FROM sx.data_model_grains() UNION ALL SELECT 'wave') g
			CROSS JOIN (VALUES (false), (true)) seg(s)
			WHERE g.grain <> 'wave' OR l.level = 'kano_feature'")
same_views() {					# every view of fed against one's: "<views> <rows> <views that differ>"
	while read -r name; do
		cq "SELECT public.diff_rows('SELECT * FROM fed.$name', 'SELECT * FROM one.$name')"
	done <<< "$views" | awk '{ v++; n += $1; if ($2 + $3 > 0 || $1 == 0) d++ } END { print v, n, d + 0 }'
}
check "every period view (kano_feature, touchpoint, stage, journey by day .. year, wave, and segment) over the shards' rollups: as one node's, row for row, as text" \
	"42 30209 0" "$(same_views)"
ranges() {						# the *_periods functions' clipped ranges, over fed against one
	cq "SELECT public.diff_rows(sx.data_model_period_query('fed', 'touchpoint', 'week', true, '2026-03-20', '2026-04-10'),
							   'SELECT * FROM one.touchpoint_periods(''week'', ''2026-03-20'', ''2026-04-10'', true)'),
			   public.diff_rows(sx.data_model_period_query('fed', 'kano_feature', 'quarter', false, '2026-02-15', '2026-05-31'),
							   'SELECT * FROM one.kano_feature_periods(''quarter'', ''2026-02-15'', ''2026-05-31'')'),
			   public.diff_rows(sx.data_model_period_query('fed', 'journey', 'year', false, '2026-01-01', '2026-12-31'),
							   'SELECT * FROM one.journey_periods(''year'', ''2026-01-01'', ''2026-12-31'')')"
}
check "... and the clipped ranges of touchpoint_periods, kano_feature_periods, journey_periods" "38 0 0 16 0 0 2 0 0" "$(ranges)"
q_range="SELECT * FROM ($(cq "SELECT sx.data_model_period_query('fed', 'touchpoint', 'week', true, '2026-03-20', '2026-04-10')")) r"
plan_range=$(explain "$q_range")
check "... a range sends its days to the shards (Remote SQL of the daily rollups with the range); a view's period_start is not sent" "3 3" \
	"$(grep -c "Remote SQL: SELECT touchpoint_id, segment, day, result, response_time, resolution_time FROM cx.experience_daily WHERE ((day >= '2026-03-20')) AND ((day <= '2026-04-10'))$" <<< "$plan_range" || true) $(explain "SELECT * FROM fed.touchpoint_by_quarter WHERE period_start = '2026-04-01'" | grep -c 'Remote SQL: SELECT touchpoint_id, month, result, response_time, resolution_time FROM cx.experience_monthly$' || true)"

# writes through the coordinator: the shards' triggers keep their rollups
echo "  (c) writes through the coordinator keep the shards' rollups current"
writes() {						# writes <schema>: the same writes to one node and through the coordinator
	cat <<SQL
INSERT INTO $1.observation ($obs_cols)
SELECT $obs_cols FROM public.obs_src WHERE touchpoint_id = 3 AND observed_at < '2026-03-01';
INSERT INTO $1.observation (touchpoint_id, customer_ref, observed_at, promise_kept, issue_resolved,
							felt_valued, surprised, nps, csat, segment)
SELECT 1 + g % 5, 'new' || g, timestamptz '2027-04-30 23:59:59.999+02' + g * interval '1 hour',
	   g % 3 <> 0, NULL, true, g % 4 = 0, g % 11, 1 + g % 5, 'business'
FROM generate_series(0, 49) g;
UPDATE $1.observation SET nps = 10 - nps, segment = 'leisure'
WHERE touchpoint_id = 2 AND observed_at < '2026-02-01';
DELETE FROM $1.observation WHERE customer_ref IN ('c17', 'c18', 'c19');
INSERT INTO $1.kano_response ($kano_cols)
SELECT survey_id, feature_id, respondent || 'x', segment, dysfunctional, functional, importance,
	   answered_at + interval '20 days', '2026c'
FROM public.kano_src WHERE feature_id IN (2, 5);
UPDATE $1.kano_response SET importance = 1000 WHERE respondent = 'r7';
DELETE FROM $1.kano_response WHERE wave IS NULL AND feature_id = 4;
BEGIN;
INSERT INTO $1.observation ($obs_cols) SELECT $obs_cols FROM public.obs_src WHERE touchpoint_id = 5;
INSERT INTO $1.kano_response ($kano_cols) SELECT $kano_cols FROM public.kano_src;
ROLLBACK;
SQL
}
# (by psql's standard input: one statement at a time, so that the ROLLBACK
# takes only its own transaction)
q -d "$coord" <<< "$(writes one)" >/dev/null
q -d "$coord" <<< "$(writes fed)" >/dev/null
check "the writes reached the shards: their rows are one node's (observations, answers)" "12455 12455 9944 9944 0" \
	"$(cq "SELECT (SELECT count(*) FROM one.observation), (SELECT count(*) FROM fed.observation),
			(SELECT count(*) FROM one.kano_response), (SELECT count(*) FROM fed.kano_response),
			(SELECT count(*) FROM (SELECT $obs_cols FROM one.observation EXCEPT ALL SELECT $obs_cols FROM fed.observation) d)")"
q_update="UPDATE fed.observation SET nps = 10 - nps, segment = 'leisure' WHERE touchpoint_id = 2 AND observed_at < '2026-02-01'"
plan_update=$(psql -X -q -At -d "$coord" -c "EXPLAIN (VERBOSE, COSTS OFF) $q_update")
check "an UPDATE through the coordinator runs on each shard (direct modification), where the triggers fire" "3" \
	"$(grep -c "Remote SQL: UPDATE cx.observation SET nps = (10 - nps), segment = 'leisure'::text WHERE ((observed_at < '2026-02-01 00:00:00[-+0-9:]*')) AND ((touchpoint_id = 2))$" <<< "$plan_update" || true)"
check "after inserts, updates, deletes and a rollback through the coordinator: the shards' rollups equal their raw rows" "0 0 0" \
	"$(for d in "${shards[@]}"; do psql -X -At -d "$d" -c "SELECT count(*) FROM sx.check_rollups('cx')"; done | paste -sd ' ')"
check "... the merged reports equal one node's after the same writes, and one node's views" \
	"87 0 0 115 0 0 87 0 0 115 0 0" "$(same_merged) $(against_views)"
check "... and every period view over the shards' rollups equals one node's" "42 31045 0" "$(same_views)"
# the comparisons see one observation added on a shard alone
extra=$(psql -X -q -At -d "${shards[2]}" -c "INSERT INTO cx.observation (touchpoint_id, observed_at, nps) VALUES (4, '2026-06-15 12:00+02', 10) RETURNING observation_id")
check "the comparisons see one observation added on a shard alone (one month of one touchpoint; the views of its day .. year)" \
	"87 1 1 42 31045 30" "$(same_merged | cut -d' ' -f1-3) $(same_views)"
psql -X -q -d "${shards[2]}" -c "DELETE FROM cx.observation WHERE observation_id = $extra"

if [ -n "${FDW_EXPLAIN:-}" ]; then
	{
		echo "== by the partition key, with FILTER and HAVING: $q_filter"; explain "$q_filter"; echo
		echo "== by the partition key: $q_kano"; echo "$plan"
		echo; echo "== by the partition key: $q_pyr"; echo "$plan_pyr"
		echo; echo "== two stages: $q_two"; echo "$plan_two"
		echo; echo "== pulled rows: $q_naive"; echo "$plan_naive"
		echo; echo "== period rollups, merged: $q_roll"; echo "$plan_roll"
		echo; echo "== period rollups, two stages: $q_quarter"; echo "$plan_quarter"
		echo; echo "== period rollups, a range: $q_range"; echo "$plan_range"
		echo; echo "== a write: $q_update"; echo "$plan_update"
	} > "$FDW_EXPLAIN"
	echo "  EXPLAIN outputs written to $FDW_EXPLAIN"
fi
exit $fail
