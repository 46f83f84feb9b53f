#!/usr/bin/env bash
# make bench-fdw-rollups: the data model's period reports behind
# postgres_fdw (README "Period rollups behind postgres_fdw"), in the
# throwaway cluster that pg_virtualenv started.  One node: a data model
# (bench/rollups/setup.sql: 200 touchpoints, 4 segments, days of
# Europe/Berlin) holding BENCH_OBSERVATIONS observations (default 3
# million, bench/rollups/load.sql's rows over 2025-2026).  Shards: three
# databases of the same cluster, each with the same model and every third
# of those rows (observation g on shard 1 + g % 3), so that every
# touchpoint and month has rows on every shard and the coordinator must
# merge; a coordinator with the README's block (schema fed).  Each model is
# loaded with its rollup triggers disabled, then sx.rebuild_rollups.
# Measured in the same run, medians of
# BENCH_RUNS runs (default 5) after one warm-up, every shard and the one
# node working with one process (max_parallel_workers_per_gather = 0),
# the shards at the same time (async_capable):
#   all months: the monthly touchpoint report (every touchpoint and month)
#     one node from its rollups (touchpoint_by_month) and from its raw rows;
#     the shards' rollups merged on the coordinator (fed.touchpoint_by_month),
#     the same in two stages (each shard merges its rows per touchpoint and
#     month), and from the shards' raw rows pulled to the coordinator;
#   one month: the same for June 2026 (the *_periods query with a range).
# The queries of one node run in one session, then those of the
# coordinator in another, interleaved run by run within each.
# Before timing, the coordinator's reports are checked equal to one node's
# (as text).  Prints a table and writes bench/results/fdw-rollups-<stamp>.csv.
set -euo pipefail
cd "$(dirname "$0")"

n=${BENCH_OBSERVATIONS:-3000000}
runs=${BENCH_RUNS:-5}
stamp=$(date -u +%Y%m%d-%H%M%S)
csv=results/fdw-rollups-$stamp.csv
tmp=$(mktemp -d)
one=sx_bench_fdw_one
coord=sx_bench_fdw_coord
shards=(sx_bench_fdw_shard1 sx_bench_fdw_shard2 sx_bench_fdw_shard3)
cleanup() {
	rm -rf "$tmp"
	for d in "$coord" "$one" "${shards[@]}"; do dropdb --if-exists "$d" >/dev/null 2>&1 || true; done
}
trap cleanup EXIT
mkdir -p results
psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_v() { psql -X -At -v ON_ERROR_STOP=1 "$@"; }
started=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
psql_q -c "ALTER SYSTEM SET max_wal_size = '8GB'" -c 'SELECT pg_reload_conf()' > /dev/null

# every third row of load.sql, from the first given
sed 's/generate_series(:lo::bigint, :hi::bigint - 1) g/generate_series(:lo::bigint + :first, :hi::bigint - 1, 3) g/' \
	rollups/load.sql > "$tmp/load-third.sql"
grep -q ':first' "$tmp/load-third.sql" || { echo "bench/rollups/load.sql has changed: no generate_series to split" >&2; exit 1; }

echo "sx period rollups behind postgres_fdw: $n observations, one node and 3 shards"
model() {						# model <db> <load file> <first>: a loaded data model
	createdb "$1"
	psql_q -d "$1" -c 'CREATE EXTENSION sx' -f rollups/setup.sql > /dev/null
	psql_q -d "$1" -c 'ALTER TABLE cx.observation DISABLE TRIGGER USER'
	for b in 0 1 2 3 4 5 6 7 8 9; do
		psql_q -d "$1" -v lo=$((n * b / 10 - (n * b / 10) % 3)) -v hi=$((b == 9 ? n : n * (b + 1) / 10 - (n * (b + 1) / 10) % 3)) \
			-v total="$n" -v first="$3" -f "$2"
	done
	psql_q -d "$1" -c 'ALTER TABLE cx.observation ENABLE TRIGGER USER' \
		-c "SELECT sx.rebuild_rollups('cx')" -c 'VACUUM ANALYZE' > /dev/null
	psql_q -d "$1" -c "ALTER DATABASE $1 SET max_parallel_workers_per_gather = 0"
}
t0=$(date +%s)
model "$one" rollups/load.sql 0
for i in 1 2 3; do model "${shards[i - 1]}" "$tmp/load-third.sql" $((i - 1)); done
echo "  loaded in $(( $(date +%s) - t0 )) s: $(for d in "$one" "${shards[@]}"; do
	psql_v -d "$d" -c 'SELECT count(*) FROM cx.observation'; done | paste -sd ' ') observations" \
	"(one node, shards 1-3)"

createdb "$coord"
psql_q -d "$coord" -c 'CREATE EXTENSION sx' -c 'CREATE EXTENSION postgres_fdw' \
	-c "ALTER DATABASE $coord SET max_parallel_workers_per_gather = 0"
for i in 1 2 3; do
	psql_q -d "$coord" -c "CREATE SERVER shard$i FOREIGN DATA WRAPPER postgres_fdw
		OPTIONS (host '${PGHOST:-localhost}', port '${PGPORT:-5432}', dbname '${shards[i - 1]}',
				 extensions 'sx', async_capable 'true', fetch_size '10000')" \
		-c "CREATE USER MAPPING FOR CURRENT_USER SERVER shard$i
			OPTIONS (user '${PGUSER:-postgres}', password '${PGPASSWORD:-}')"
done
# the README's block, as in tests/fdw.sh
awk '/^```/ { if (inblock) exit; next }
	 /^-- on the coordinator: the shards. rollups and the period views \(tests\/fdw.sh runs this block\)$/ { inblock = 1 }
	 inblock { print }' ../README.md > "$tmp/recipe.sql"
grep -q 'CREATE SCHEMA fed' "$tmp/recipe.sql" || { echo "README: the coordinator's block is missing" >&2; exit 1; }
psql_q -d "$coord" -f "$tmp/recipe.sql" > /dev/null
psql_q -d "$coord" -c 'ANALYZE'

month_from=2026-06-01
month_to=2026-06-30
qv() { psql_v -d "$1" -c "$2"; }
raw_one=$(qv "$one" "SELECT sx.data_model_period_query('cx', 'touchpoint', 'month', false, raw_time_zone => 'Europe/Berlin')")
raw_fed=$(qv "$coord" "SELECT sx.data_model_period_query('fed', 'touchpoint', 'month', false, raw_time_zone => 'Europe/Berlin')")
month_one=$(qv "$one" "SELECT sx.data_model_period_query('cx', 'touchpoint', 'month', false, '$month_from', '$month_to')")
month_fed=$(qv "$coord" "SELECT sx.data_model_period_query('fed', 'touchpoint', 'month', false, '$month_from', '$month_to')")
raw_month_one=$(qv "$one" "SELECT sx.data_model_period_query('cx', 'touchpoint', 'month', false, '$month_from', '$month_to', 'Europe/Berlin')")
raw_month_fed=$(qv "$coord" "SELECT sx.data_model_period_query('fed', 'touchpoint', 'month', false, '$month_from', '$month_to', 'Europe/Berlin')")
two_stage() {					# <where>: each shard merges per touchpoint and month
	local b="" i
	for i in 1 2 3; do
		b="$b${b:+ UNION ALL }SELECT touchpoint_id, month, sx.experience_merge(result) AS part
			FROM shard${i}_cx.experience_monthly$1 GROUP BY touchpoint_id, month"
	done
	echo "SELECT m.touchpoint_id, t.name AS touchpoint, m.month AS period_start, e.*
FROM (SELECT touchpoint_id, month, sx.experience_merge(part) AS result FROM ($b) s
	  GROUP BY touchpoint_id, month) m
JOIN fed.touchpoint t USING (touchpoint_id)
CROSS JOIN LATERAL sx.experience_report(m.result) e"
}

# the coordinator's reports are one node's, as text
same() {						# <coordinator query> <one-node query>: rows and rows that differ
	psql_v -d "$one" -c "SELECT x::text FROM ($2) x" | sort > "$tmp/a"
	psql_v -d "$coord" -c "SELECT x::text FROM ($1) x" | sort > "$tmp/b"
	echo "$(wc -l < "$tmp/a") rows, $(diff "$tmp/a" "$tmp/b" | grep -c '^[<>]' || true) differ"
}
echo "  fed.touchpoint_by_month against one node's touchpoint_by_month: $(same 'SELECT * FROM fed.touchpoint_by_month' 'SELECT * FROM cx.touchpoint_by_month')"
echo "  the shards' raw rows against one node's view: $(same "$raw_fed" 'SELECT * FROM cx.touchpoint_by_month')"
echo "  June 2026 from the shards' rollups against one node's: $(same "$month_fed" "$month_one")"
echo "  two stages against one node's rollups merged: $(same "$(two_stage '')" "SELECT m.touchpoint_id, t.name AS touchpoint,
		m.month AS period_start, e.*
	FROM (SELECT touchpoint_id, month, sx.experience_merge(result) AS result FROM cx.experience_monthly
		  GROUP BY touchpoint_id, month) m
	JOIN cx.touchpoint t USING (touchpoint_id) CROSS JOIN LATERAL sx.experience_report(m.result) e")"
rows_pulled() {					# <db> <query>: rows the foreign scans brought
	psql_v -d "$1" -c "EXPLAIN (ANALYZE, VERBOSE, FORMAT JSON) $2" | python3 -c '
import json, sys
def walk(p):
    s = p.get("Actual Rows", 0) * p.get("Actual Loops", 1) if p.get("Node Type") == "Foreign Scan" else 0
    return s + sum(walk(c) for c in p.get("Plans", []))
print(walk(json.load(sys.stdin)[0]["Plan"]))'
}

# queries: section|role|db|label, then the SQL
qn=0
add_query() {					# section role db label; the SQL on stdin
	qn=$((qn + 1))
	printf '%s|%s|%s|%s\n' "$1" "$2" "$3" "$4" > "$tmp/q$(printf %02d $qn).meta"
	cat > "$tmp/q$(printf %02d $qn).sql"
}
add_query all base "$one" "one node: touchpoint_by_month (rollups)" <<< "SELECT * FROM cx.touchpoint_by_month;"
add_query all raw "$one" "one node: the same from the raw rows" <<< "$raw_one;"
add_query all sx "$coord" "shards: fed.touchpoint_by_month (the shards' rollups merged)" <<< "SELECT * FROM fed.touchpoint_by_month;"
add_query all sx "$coord" "shards: two stages (each shard merges per touchpoint, month)" <<< "$(two_stage '');"
add_query all raw "$coord" "shards: the same from the raw rows, pulled" <<< "$raw_fed;"
add_query month base "$one" "one node: June 2026 (rollups, the *_periods query)" <<< "$month_one;"
add_query month raw "$one" "one node: June 2026 from the raw rows" <<< "$raw_month_one;"
add_query month sx "$coord" "shards: June 2026 (rollups, range sent to the shards)" <<< "$month_fed;"
add_query month sx "$coord" "shards: June 2026, two stages" <<< "$(two_stage " WHERE month = '$month_from'");"
add_query month raw "$coord" "shards: June 2026 from the raw rows, pulled" <<< "$raw_month_fed;"

results=$tmp/results.txt
: > "$results"
for section in all month; do
	for db in "$one" "$coord"; do
		metas=()
		for m in "$tmp"/q*.meta; do
			IFS='|' read -r sec role qdb label < "$m"
			[ "$sec" = "$section" ] && [ "$qdb" = "$db" ] && metas+=("$m")
		done
		{
			echo '\o /dev/null'
			echo '\timing on'
			for r in $(seq 0 "$runs"); do
				for m in "${metas[@]}"; do
					echo "\\echo @@ ${m##*/} $r"
					cat "${m%.meta}.sql"
				done
			done
		} > "$tmp/run-$section-$db.sql"
	done
	echo "Timing ($section): 1 warm-up + $runs runs per query, one session on one node, then one on the coordinator"
	for db in "$one" "$coord"; do
		psql_q -d "$db" -f "$tmp/run-$section-$db.sql" | awk '/^@@ / { key = $2 " " $3; next }
			/^Time: / && key != "" { print key, $2; key = "" }' >> "$tmp/times.txt"
	done
	for m in "$tmp"/q*.meta; do
		IFS='|' read -r sec role qdb label < "$m"
		[ "$sec" = "$section" ] || continue
		stats=$(awk -v m="${m##*/}" '$1 == m && $2 > 0 { print $3 }' "$tmp/times.txt" | sort -g |
			awk '{ t[NR] = $1 } END {
				m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
				printf "%.1f|%.1f|%.1f", m, t[1], t[NR] }')
		pulled=""
		[ "$qdb" = "$coord" ] && pulled=$(rows_pulled "$coord" "$(sed 's/;[[:space:]]*$//' "${m%.meta}.sql")")
		echo "$sec|$label|$role|$pulled|$stats" >> "$results"
		printf '  %-66s %10s ms\n' "$label" "${stats%%|*}"
	done
done

# ratio: median / median of one node's rollup read of the section
awk -F'|' -v OFS='|' '
	{ line[NR] = $0; sec[NR] = $1; med[NR] = $5 }
	$3 == "base" { base[$1] = $5 }
	END { for (i = 1; i <= NR; i++) print line[i], sprintf("%.2f", med[i] / base[sec[i]]) }' \
	"$results" > "$tmp/table.txt"
{
	echo "section,query,role,rows_from_shards,median_ms,min_ms,max_ms,ratio_to_one_node_rollups"
	awk -F'|' -v OFS=',' '{ for (i = 1; i <= NF; i++) { gsub(/"/, "\"\"", $i); $i = "\"" $i "\"" } print }' "$tmp/table.txt"
} > "$csv"
echo
echo "sx period rollups behind postgres_fdw: $n observations, $runs runs per query, $(nproc) cores," \
	"PostgreSQL $(psql_v -c 'SHOW server_version'), $(( ($(date +%s) - started) / 60 )) min;" \
	"load average at the start $load_start, at the end $(cut -d' ' -f1-3 /proc/loadavg)"
echo "(ratio: median / median of one node's rollup read of the section; rows: rows the shards sent)"
echo
{
	echo "section|query|role|rows from shards|median ms|min|max|ratio"
	cat "$tmp/table.txt"
} | awk -F'|' '
	{ for (i = 1; i <= NF; i++) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NF }
	END {
		for (r = 1; r <= NR; r++) {
			out = "";
			for (i = 1; i <= n; i++) out = out sprintf(i <= 3 ? "%-*s  " : "%*s  ", w[i], c[r, i]);
			print out
		}
	}'
echo
echo "CSV: bench/$csv"
