#!/usr/bin/env bash
# make bench-rollups: the data model's rollups against the raw rows, in the
# throwaway cluster that pg_virtualenv started.  Makes a data model (200
# touchpoints, 4 segments, BENCH_OBSERVATIONS deterministic observations
# over 2025-2026, default 20 million), loads it with the rollup triggers
# disabled and rebuilds the rollups once (timing a chunk loaded with the
# triggers on and one with them off), then measures in the same run:
#   1. the monthly touchpoint report, all months: rollups, raw rows, a
#      plain-SQL rival written by hand, the floor (count(*) per group);
#   2. one month: the same four;
#   3. single-row inserts by 8 pgbench clients, rollup triggers on and off;
#   4. the size of the rollups against the raw table.
# Queries: medians of BENCH_RUNS runs (default 5) after one warm-up, the
# queries of a section interleaved run by run.  pgbench: BENCH_PGBENCH_SECONDS
# (default 30) per run, BENCH_PGBENCH_ROUNDS rounds (default 2) of one run
# with and one without the triggers, alternating which goes first.
# Prints a table, writes it to bench/results/rollups-<stamp>.csv and the
# EXPLAIN ANALYZE of every query to bench/results/rollups-<stamp>-plans.txt;
# fails if sx.check_rollups finds a difference at the end.
set -euo pipefail
cd "$(dirname "$0")"

n=${BENCH_OBSERVATIONS:-20000000}
runs=${BENCH_RUNS:-5}
pg_seconds=${BENCH_PGBENCH_SECONDS:-30}
pg_rounds=${BENCH_PGBENCH_ROUNDS:-2}
export PGDATABASE=sx_bench_rollups
stamp=$(date -u +%Y%m%d-%H%M%S)
csv=results/rollups-$stamp.csv
plans=results/rollups-$stamp-plans.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p results

psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }
psql_v() { psql -X -At -v ON_ERROR_STOP=1 "$@"; }
# the summed \timing of the statements psql runs, in ms
timed() {
	psql_q -c '\timing on' "$@" | awk '/^Time: / { t += $2 } END { printf "%.1f", t }'
}
# results: section|measure|role|rows|median|min|max|unit
results=$tmp/results.txt
: > "$results"
record() { echo "$*" >> "$results"; }

started=$(date +%s)
# the machine may be shared: its load, before and after
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
load_start=$(loadavg)
createdb "$PGDATABASE"
# a throwaway cluster: fewer checkpoints during the bulk load
psql_q -c "ALTER SYSTEM SET max_wal_size = '8GB'" -c 'SELECT pg_reload_conf()' > /dev/null
psql_q -c 'CREATE EXTENSION sx' -f rollups/setup.sql > /dev/null
echo "sx rollup benchmark: $n observations, 200 touchpoints, 4 segments, 2025-2026 (Europe/Berlin)"

# ---- load ------------------------------------------------------------
chunk=$((n / 20))
bulk=$((n - 2 * chunk))
echo "Loading $bulk observations with the rollup triggers disabled..."
psql_q -c 'ALTER TABLE cx.observation DISABLE TRIGGER USER'
batches=10
bulk_ms=0
for b in $(seq 0 $((batches - 1))); do
	lo=$((bulk * b / batches)); hi=$((bulk * (b + 1) / batches))
	ms=$(timed -v lo=$lo -v hi=$hi -v total="$n" -f rollups/load.sql)
	bulk_ms=$(awk -v a="$bulk_ms" -v b="$ms" 'BEGIN { printf "%.1f", a + b }')
	printf '  %d / %d rows, %.0f s\n' "$hi" "$bulk" "$(awk -v t="$bulk_ms" 'BEGIN { print t / 1000 }')"
done
off_ms=$(timed -v lo=$bulk -v hi=$((bulk + chunk)) -v total="$n" -f rollups/load.sql)
rebuild_ms=$(timed -c "SELECT sx.rebuild_rollups('cx')")
psql_q -c 'ALTER TABLE cx.observation ENABLE TRIGGER USER'
on_ms=$(timed -v lo=$((bulk + chunk)) -v hi="$n" -v total="$n" -f rollups/load.sql)
vacuum_ms=$(timed -c 'VACUUM ANALYZE')
record "load|bulk load, triggers disabled (10 statements)|load|$bulk|$bulk_ms|||ms"
record "load|chunk of $chunk rows in one INSERT, triggers disabled|off|$chunk|$off_ms|||ms"
record "load|chunk of $chunk rows in one INSERT, triggers enabled|on|$chunk|$on_ms|||ms"
record "load|sx.rebuild_rollups of all rows|rebuild|$((bulk + chunk))|$rebuild_ms|||ms"
record "load|VACUUM ANALYZE|vacuum|$n|$vacuum_ms|||ms"
echo "  chunk of $chunk: $off_ms ms without the triggers, $on_ms ms with them;" \
	"rebuild_rollups $rebuild_ms ms; VACUUM ANALYZE $vacuum_ms ms"

# ---- sizes -----------------------------------------------------------
psql_v -F'|' > "$tmp/sizes.txt" <<'SQL'
SELECT 'size', c.relname, 'rollup', s.n, pg_total_relation_size(c.oid), pg_relation_size(c.oid),
	   pg_indexes_size(c.oid), 'bytes'
FROM (VALUES (1, 'observation', (SELECT count(*) FROM cx.observation)),
			 (2, 'experience_daily', (SELECT count(*) FROM cx.experience_daily)),
			 (3, 'experience_monthly', (SELECT count(*) FROM cx.experience_monthly)),
			 (4, 'kano_daily', (SELECT count(*) FROM cx.kano_daily)),
			 (5, 'kano_monthly', (SELECT count(*) FROM cx.kano_monthly))) s(o, rel, n)
JOIN pg_class c ON c.oid = ('cx.' || s.rel)::regclass
ORDER BY s.o;
SQL
raw_bytes=$(awk -F'|' '$2 == "observation" { print $5 }' "$tmp/sizes.txt")
rollup_bytes=$(awk -F'|' '$2 != "observation" { s += $5 } END { print s }' "$tmp/sizes.txt")
awk -F'|' -v OFS='|' '{ r = ($2 == "observation") ? "raw" : "rollup";
	print "size", "cx." $2 " (table " $6 ", indexes " $7 ")", r, $4, $5, "", "", "bytes" }' \
	"$tmp/sizes.txt" >> "$results"
record "size|the four rollup tables with indexes|rollups|$(awk -F'|' '$2 != "observation" { s += $4 } END { print s }' "$tmp/sizes.txt")|$rollup_bytes|||bytes"
row_bytes=$(psql_v -c "SELECT round(avg(pg_column_size(result))) || '|' || round(avg(pg_column_size(e.*))) FROM cx.experience_daily e")
echo "  sizes: cx.observation $raw_bytes bytes, rollups $rollup_bytes bytes;" \
	"experience_result ${row_bytes%%|*} bytes, experience_daily row ${row_bytes##*|} bytes"

# ---- queries ---------------------------------------------------------
month_from=2026-06-01
month_to=2026-06-30
raw_all=$(psql_v -c "SELECT sx.data_model_period_query('cx', 'touchpoint', 'month', false,
		raw_time_zone => 'Europe/Berlin')")
raw_month=$(psql_v -c "SELECT sx.data_model_period_query('cx', 'touchpoint', 'month', false,
		'$month_from', '$month_to', raw_time_zone => 'Europe/Berlin')")
rollup_month=$(psql_v -c "SELECT sx.data_model_period_query('cx', 'touchpoint', 'month', false,
		'$month_from', '$month_to')")
# the plain-SQL rival: what a user writes without sx (level shares, NPS,
# CSAT, CES, mean co-creation levels; no intervals, attained level or
# leverage), per touchpoint and month in Europe/Berlin
rival() {
	cat <<SQL
SELECT t.journey_id, j.name AS journey, t.stage, t.touchpoint_id, t.name AS touchpoint,
	   a.month, a.n,
	   a.l1::float8 / a.n AS share_l1, a.l2::float8 / a.n AS share_l2,
	   a.l3::float8 / a.n AS share_l3, a.l4::float8 / a.n AS share_l4,
	   a.nps_n, 100.0 * (a.promoters - a.detractors) / nullif(a.nps_n, 0) AS nps,
	   a.csat_n, 100.0 * a.csat_top / nullif(a.csat_n, 0) AS csat, a.ces,
	   a.centricity, a.participation
FROM (SELECT touchpoint_id, date_trunc('month', observed_at AT TIME ZONE 'Europe/Berlin')::date AS month,
			 count(*) AS n,
			 count(*) FILTER (WHERE promise_kept) AS l1,
			 count(*) FILTER (WHERE promise_kept AND issue_resolved IS NOT FALSE) AS l2,
			 count(*) FILTER (WHERE promise_kept AND issue_resolved IS NOT FALSE AND felt_valued) AS l3,
			 count(*) FILTER (WHERE promise_kept AND issue_resolved IS NOT FALSE AND felt_valued
									AND surprised) AS l4,
			 count(nps) AS nps_n, count(*) FILTER (WHERE nps >= 9) AS promoters,
			 count(*) FILTER (WHERE nps <= 6) AS detractors,
			 count(csat) AS csat_n, count(*) FILTER (WHERE csat >= 4) AS csat_top,
			 avg(ces) AS ces, avg(centricity) AS centricity, avg(participation) AS participation
	  FROM cx.observation$1
	  GROUP BY 1, 2) a
JOIN cx.touchpoint t ON t.touchpoint_id = a.touchpoint_id
JOIN cx.journey j ON j.journey_id = t.journey_id
SQL
}
in_month=" WHERE observed_at >= timestamp '$month_from' AT TIME ZONE 'Europe/Berlin'
		AND observed_at < timestamp '$month_to 24:00' AT TIME ZONE 'Europe/Berlin'"
qn=0
add_query() {			# section role label; the SQL on stdin
	qn=$((qn + 1))
	printf '%s|%s|%s\n' "$1" "$2" "$3" > "$tmp/q$(printf %02d $qn).meta"
	cat > "$tmp/q$(printf %02d $qn).sql"
}
add_query all sx "SELECT * FROM cx.touchpoint_by_month (rollups)" <<< "SELECT * FROM cx.touchpoint_by_month;"
add_query all raw "the same from the raw rows (data_model_period_query, raw_time_zone)" <<< "$raw_all;"
add_query all rival "plain SQL by hand: count(*) FILTER per touchpoint and month" <<< "$(rival '');"
add_query all floor "count(*) GROUP BY touchpoint_id, date_trunc('month', observed_at)" <<< \
	"SELECT touchpoint_id, date_trunc('month', observed_at), count(*) FROM cx.observation GROUP BY 1, 2;"
add_query month sx "cx.touchpoint_periods('month', '$month_from', '$month_to') (rollups)" <<< \
	"SELECT * FROM cx.touchpoint_periods('month', '$month_from', '$month_to');"
add_query month sx "SELECT * FROM cx.touchpoint_by_month WHERE period_start = '$month_from'" <<< \
	"SELECT * FROM cx.touchpoint_by_month WHERE period_start = '$month_from';"
add_query month ref "the query touchpoint_periods runs, sent directly (no PL/pgSQL, no EXECUTE)" <<< \
	"$rollup_month ORDER BY 2, 6, 9, 10, 4;"
add_query month raw "the same from the raw rows of the month (raw_time_zone, range)" <<< \
	"$raw_month ORDER BY 2, 6, 9, 10, 4;"
add_query month rival "plain SQL by hand, WHERE observed_at in the month" <<< "$(rival "$in_month");"
add_query month floor "count(*) of the month's observations" <<< "SELECT count(*) FROM cx.observation$in_month;"

# the reports agree before they are timed: rollups = raw rows exactly; the
# rival's counts and shares equal the view's
check_equal() {
	psql_v -c "WITH a AS MATERIALIZED ($1), b AS MATERIALIZED ($2)
		SELECT (SELECT count(*) FROM a) || ' rows, '
			|| (SELECT count(*) FROM ((TABLE a EXCEPT ALL TABLE b) UNION ALL (TABLE b EXCEPT ALL TABLE a)) d)
			|| ' differ'"
}
echo "  touchpoint_by_month against the raw rows: $(check_equal 'SELECT * FROM cx.touchpoint_by_month' "$raw_all")"
echo "  touchpoint_periods of $month_from..$month_to against the raw rows:" \
	"$(check_equal "SELECT * FROM cx.touchpoint_periods('month', '$month_from', '$month_to')" "$raw_month")"
echo "  the plain-SQL rival against the view: $(psql_v -c "SELECT count(*) || ' rows, '
	|| count(*) FILTER (WHERE v.n IS DISTINCT FROM r.n OR abs(v.share_l4 - r.share_l4) > 1e-9
						OR abs(v.share_l2 - r.share_l2) > 1e-9 OR abs(v.nps - r.nps) > 1e-9
						OR abs(v.csat - r.csat) > 1e-9 OR abs(v.ces - r.ces) > 1e-9) || ' differ'
	FROM cx.touchpoint_by_month v FULL JOIN ($(rival '')) r
		ON r.touchpoint_id = v.touchpoint_id AND r.month = v.period_start")"

for section in all month; do
	metas=()
	for m in "$tmp"/q*.meta; do
		[ "$(cut -d'|' -f1 "$m")" = "$section" ] && metas+=("$m")
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
	} > "$tmp/run.sql"
	echo "Timing ($section): 1 warm-up + $runs runs per query, interleaved"
	psql_q -f "$tmp/run.sql" | awk '
		/^@@ / { key = $2 " " $3; next }
		/^Time: / && key != "" { print key, $2; key = "" }' > "$tmp/times.txt"
	for m in "${metas[@]}"; do
		IFS='|' read -r sec role label < "$m"
		# in a session that ran the query once (library, caches loaded)
		plan=$(psql_v -c '\o /dev/null' -f "${m%.meta}.sql" -c '\o' \
			-c "EXPLAIN (ANALYZE, BUFFERS) $(sed 's/;[[:space:]]*$//' "${m%.meta}.sql")")
		printf '=== %s: %s\n%s\n\n' "$sec" "$label" "$plan" >> "$plans"
		rows=$(head -1 <<< "$plan" | sed -n 's/.*actual time=[^ ]* rows=\([0-9]*\).*/\1/p')
		stats=$(awk -v m="${m##*/}" '$1 == m && $2 > 0 { print $3 }' "$tmp/times.txt" | sort -g |
			awk '{ t[NR] = $1 } END {
				m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
				printf "%.1f|%.1f|%.1f", m, t[1], t[NR] }')
		record "$sec|$label|$role|$rows|$stats|ms"
		printf '  %-90s %10s ms\n' "$label" "${stats%%|*}"
	done
done
# ---- inserts ---------------------------------------------------------
echo "Inserts: 8 pgbench clients, $pg_seconds s per run, $pg_rounds rounds of triggers on and off"
pgbench_run() {			# on|off: tps
	local maxid out
	if [ "$1" = off ]; then
		psql_q -c 'ALTER TABLE cx.observation DISABLE TRIGGER USER'
	fi
	maxid=$(psql_v -c 'SELECT max(observation_id) FROM cx.observation')
	psql_q -c 'CHECKPOINT'
	out=$(pgbench -n -c 8 -j 2 -T "$2" -f rollups/insert.pgbench "$PGDATABASE" 2>&1) || {
		echo "$out" >&2; exit 1; }
	if [ "$1" = off ]; then
		# rows the rollups do not hold go again, before the triggers are back
		psql_q -c "DELETE FROM cx.observation WHERE observation_id > $maxid"
		psql_q -c 'ALTER TABLE cx.observation ENABLE TRIGGER USER'
	fi
	psql_q -c 'VACUUM cx.observation, cx.experience_daily, cx.experience_monthly'
	if ! grep -q 'number of failed transactions: 0 ' <<< "$out"; then
		echo "$out" >&2; echo "pgbench: failed transactions" >&2; exit 1
	fi
	awk '/^tps = / { printf "%.1f", $3; exit }' <<< "$out"
}
pgbench_run on $(( pg_seconds < 5 ? pg_seconds : 5 )) > /dev/null	# warm-up
: > "$tmp/tps.txt"
for r in $(seq 1 "$pg_rounds"); do
	if [ $((r % 2)) -eq 1 ]; then order="off on"; else order="on off"; fi
	for mode in $order; do
		tps=$(pgbench_run "$mode" "$pg_seconds")
		echo "$mode $tps" >> "$tmp/tps.txt"
		echo "  round $r, triggers $mode: $tps tps"
	done
done
for mode in on off; do
	stats=$(awk -v m=$mode '$1 == m { print $2 }' "$tmp/tps.txt" | sort -g | awk '{ t[NR] = $1 } END {
		m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
		printf "%.1f|%.1f|%.1f", m, t[1], t[NR] }')
	record "insert|8 clients, single-row INSERT, rollup triggers $( [ $mode = on ] && echo enabled || echo disabled)|$mode|$pg_rounds|$stats|tps"
done

# ---- the rollups are right -------------------------------------------
check_ms=$(timed -c "SELECT count(*) FROM sx.check_rollups('cx')")
differences=$(psql_v -c "SELECT count(*) FROM sx.check_rollups('cx')")
record "check|sx.check_rollups('cx'): $differences differences|check|$(psql_v -c 'SELECT count(*) FROM cx.observation')|$check_ms|||ms"

record "machine|load average (1, 5, 15 min) at the start: $load_start; at the end: $(loadavg)|machine|||||"

# ---- table -----------------------------------------------------------
# ratio: in a query section, median / median of the rollup read (sx, the
# first of the section), so raw and rival say how many times slower they
# are; in load, chunk on / chunk off; in insert, tps on / off; in size,
# bytes / bytes of cx.observation
awk -F'|' -v OFS='|' '
	{ line[NR] = $0; sec[NR] = $1; role[NR] = $3; val[NR] = $5 }
	$3 == "sx" && !($1 in base) { base[$1] = $5 }
	$1 == "load" && $3 == "off" { base["load"] = $5 }
	$1 == "insert" && $3 == "off" { base["insert"] = $5 }
	$1 == "size" && $3 == "raw" { base["size"] = $5 }
	END {
		for (i = 1; i <= NR; i++) {
			r = ""; t = ""; met = ""; rv = 0;
			if ((sec[i] in base) && sec[i] != "check" && sec[i] != "machine" && !(sec[i] == "load" && role[i] != "on" && role[i] != "off")) {
				rv = val[i] / base[sec[i]];
				r = sprintf(rv >= 100 ? "%.0f" : "%.3g", rv);
			}
			if (sec[i] == "all" && role[i] == "raw") { t = "rollups >= 100x faster"; met = (rv >= 100) ? "yes" : "no" }
			if (sec[i] == "month" && role[i] == "raw") { t = "rollups >= 500x faster"; met = (rv >= 500) ? "yes" : "no" }
			if (sec[i] == "insert" && role[i] == "on") { t = "on >= 60 % of off"; met = (rv >= 0.6) ? "yes" : "no" }
			if (sec[i] == "size" && role[i] == "rollups") { t = "rollups <= 5 % of raw"; met = (rv <= 0.05) ? "yes" : "no" }
			if (sec[i] == "check") { t = "no difference"; met = (line[i] ~ /: 0 differences/) ? "yes" : "no" }
			print line[i], r, t, met
		}
	}' "$results" > "$tmp/table.txt"

{
	echo "section,measure,role,rows,median,min,max,unit,ratio,target,target_met"
	awk -F'|' -v OFS=',' '{ for (i = 1; i <= NF; i++) { gsub(/"/, "\"\"", $i); $i = "\"" $i "\"" } print }' "$tmp/table.txt"
} > "$csv"

echo
echo "sx rollup benchmark: $n observations, $runs runs per query, $(nproc) cores," \
	"PostgreSQL $(psql_v -c 'SHOW server_version'), $(( ($(date +%s) - started) / 60 )) min"
echo "(ratio: queries, median / median of the rollup read; load, triggers on / off;" \
	"insert, tps on / off; size, bytes / bytes of cx.observation)"
echo
{
	echo "section|measure|role|rows|median|min|max|unit|ratio|target|met"
	cat "$tmp/table.txt"
} | awk -F'|' '
	{ for (i = 1; i <= NF; i++) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NF }
	END {
		for (r = 1; r <= NR; r++) {
			out = "";
			for (i = 1; i <= n; i++)
				out = out sprintf((i <= 3 || i >= 8) ? "%-*s  " : "%*s  ", w[i], c[r, i]);
			print out
		}
	}'
echo
echo "CSV: bench/$csv"
echo "Plans: bench/$plans"
if [ "$differences" != 0 ]; then
	echo "sx.check_rollups('cx') found $differences differences" >&2
	exit 1
fi
