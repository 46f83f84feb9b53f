#!/usr/bin/env bash
# make bench: generate deterministic data in the throwaway cluster that
# pg_virtualenv started, time every workload query (one warm-up, then
# BENCH_RUNS runs), and print a table of medians with ratios to the floor
# (count(*) with the same grouping on the same table) and to the best
# plain-SQL rival.  The same table goes to bench/results/*.csv.
set -euo pipefail
cd "$(dirname "$0")"

rows=${BENCH_ROWS:-10000000}
runs=${BENCH_RUNS:-5}
only=${BENCH_ONLY:-}			# a substring of workload file names
export PGDATABASE=sx_bench
stamp=$(date -u +%Y%m%d-%H%M%S)
csv=results/bench-$stamp-$rows.csv
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

psql_q() { psql -X -q -v ON_ERROR_STOP=1 "$@"; }

createdb sx_bench
psql_q -c 'CREATE EXTENSION sx'
echo "Generating $rows answer pairs (and the tables derived from them)..."
t0=$(date +%s)
psql_q -v rows="$rows" -f setup.sql
for f in setup-*.sql; do
	[ -e "$f" ] && psql_q -v rows="$rows" -f "$f"
done
echo "  done in $(( $(date +%s) - t0 )) s"

# Split a workload file into one file per query:
# $tmp/<n>.meta (role|label|settings|table|workload) and $tmp/<n>.sql
split_workload() {
	awk -v dir="$tmp" -v base="$2" '
		/^-- workload:/ { sub(/^-- workload: */, ""); wl = $0; next }
		/^-- table:/ { sub(/^-- table: */, ""); tbl = $0; next }
		/^-- settings:/ { sub(/^-- settings: */, ""); common = $0; next }
		/^-- query:/ {
			sub(/^-- query: */, "");
			n = split($0, p, / *\| */);
			q++;
			file = sprintf("%s/%03d-%03d", dir, base, q);
			printf "%s|%s|%s %s|%s|%s\n", p[1], p[2], common, (n > 2 ? p[3] : ""), tbl, wl > (file ".meta");
			next
		}
		q > 0 { print >> (file ".sql") }
	' "$1"
}

n=0
for w in workloads/*.sql; do
	[ -n "$only" ] && [[ "$w" != *"$only"* ]] && continue
	n=$((n + 1))
	split_workload "$w" "$n"
done

echo "Timing: 1 warm-up + $runs runs per query, queries of a workload interleaved"
results=$tmp/results.txt
: > "$results"
declare -A rowcount
for w in $(ls "$tmp"/*.meta | sed 's/-[0-9]*\.meta$//' | sort -u); do
	metas=("$w"-*.meta)
	# one session per workload; each run times every query once, in turn,
	# so that drift in the machine's speed hits all of them alike
	script=$tmp/run.sql
	{
		echo "SET search_path = public, sx;"
		echo '\o /dev/null'
		echo '\timing on'
		for r in $(seq 0 "$runs"); do
			for meta in "${metas[@]}"; do
				IFS='|' read -r role label settings table workload < "$meta"
				echo "RESET ALL; SET search_path = public, sx; $settings"
				echo "\\echo @@ ${meta##*/} $r"
				cat "${meta%.meta}.sql"
			done
		done
	} > "$script"
	psql_q -f "$script" | awk '
		/^@@ / { key = $2 " " $3; next }
		/^Time: / && key != "" { print key, $2; key = "" }' > "$tmp/times.txt"
	for meta in "${metas[@]}"; do
		IFS='|' read -r role label settings table workload < "$meta"
		# rows: of the first bench table the query reads (else the workload's)
		qtable=$(grep -o 'FROM bench_[a-z_]*' "${meta%.meta}.sql" | head -1 | cut -c6-)
		qtable=${qtable:-$table}
		if [ -z "${rowcount[$qtable]:-}" ]; then
			rowcount[$qtable]=$(psql -X -At -c "SELECT count(*) FROM $qtable")
		fi
		stats=$(awk -v m="${meta##*/}" '$1 == m && $2 > 0 { print $3 }' "$tmp/times.txt" | sort -g |
			awk '{ t[NR] = $1 } END {
				m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2;
				printf "%.1f|%.1f|%.1f", m, t[1], t[NR] }')
		echo "$workload|$label|$role|${rowcount[$qtable]}|$stats" >> "$results"
		printf '  %-30s %-48s %s ms\n' "$workload" "$label" "${stats%%|*}"
	done
done

# Ratios: to the floor of the workload, and (sx rows) to its best rival
awk -F'|' -v OFS='|' '
	{ line[NR] = $0; wl[NR] = $1; role[NR] = $3; med[NR] = $5 }
	$3 == "floor" { floor[$1] = $5 }
	$3 == "rival" && (!($1 in best) || $5 < best[$1]) { best[$1] = $5 }
	END {
		for (i = 1; i <= NR; i++) {
			rf = (wl[i] in floor) ? sprintf("%.2f", med[i] / floor[wl[i]]) : "";
			rb = (role[i] == "sx" && (wl[i] in best)) ? sprintf("%.2f", med[i] / best[wl[i]]) : "";
			print line[i], rf, rb
		}
	}' "$results" > "$tmp/table.txt"

{
	echo "workload,query,role,rows,median_ms,min_ms,max_ms,ratio_to_floor,ratio_to_best_rival"
	awk -F'|' -v OFS=',' '{ for (i = 1; i <= NF; i++) { gsub(/"/, "\"\"", $i); $i = "\"" $i "\"" } print }' "$tmp/table.txt"
} > "$csv"

echo
echo "sx benchmark: $rows answer pairs, $runs runs per query, $(nproc) cores, PostgreSQL $(psql -X -At -c 'SHOW server_version')"
echo "(ratio to floor: median / median of the workload's floor; to best rival: median / fastest plain-SQL rival, below 1 is faster)"
echo
{
	echo "workload|query|role|rows|median ms|min|max|x floor|x best rival"
	cat "$tmp/table.txt"
} | awk -F'|' '
	{ for (i = 1; i <= NF; i++) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } n = NF }
	END {
		for (r = 1; r <= NR; r++) {
			out = "";
			for (i = 1; i <= n; i++)
				out = out sprintf(i <= 3 ? "%-*s  " : "%*s  ", w[i], c[r, i]);
			print out
		}
	}'
echo
if [ -z "$only" ] || [[ "memory" == *"$only"* ]]; then
	psql_q -f memory.sql
fi
echo "CSV: bench/$csv"
