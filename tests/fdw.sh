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
#       results.
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

if [ -n "${FDW_EXPLAIN:-}" ]; then
	{
		echo "== by the partition key, with FILTER and HAVING: $q_filter"; explain "$q_filter"; echo
		echo "== by the partition key: $q_kano"; echo "$plan"
		echo; echo "== by the partition key: $q_pyr"; echo "$plan_pyr"
		echo; echo "== two stages: $q_two"; echo "$plan_two"
		echo; echo "== pulled rows: $q_naive"; echo "$plan_naive"
	} > "$FDW_EXPLAIN"
	echo "  EXPLAIN outputs written to $FDW_EXPLAIN"
fi
exit $fail
