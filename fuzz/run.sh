#!/bin/sh
# run.sh HARNESS...: fuzz each harness for $FUZZ_SECONDS seconds (default 60),
# $FUZZ_JOBS at a time (default 1), then print and save build/summary.txt.
# Exit status 1 when any harness crashed (artifacts in build/crashes/<h>/).
# Called by "make run"; "run.sh --one HARNESS" runs a single one.
set -u
cd "$(dirname "$0")" || exit 2

SECS=${FUZZ_SECONDS:-60}
JOBS=${FUZZ_JOBS:-1}
ARGS=${FUZZ_ARGS:-}
B=build

run_one()
{
	h=$1
	case $h in
		fuzz_answer | fuzz_category | fuzz_level) maxlen=256 ;;
		*_binary) maxlen=512 ;;
		*) maxlen=4096 ;;
	esac
	dict=dict/${h#fuzz_}.dict
	[ -f "$dict" ] && dictopt="-dict=$dict" || dictopt=
	mkdir -p "$B/corpus/$h" "$B/crashes/$h" "$B/logs" "$B/status"
	# seed the working corpus; fuzz/corpus itself is never written
	for f in corpus/"$h"/*; do
		[ -f "$f" ] && [ ! -e "$B/corpus/$h/${f##*/}" ] && cp "$f" "$B/corpus/$h/"
	done
	log=$B/logs/$h.log
	start=$(date +%s)
	# shellcheck disable=SC2086
	"$B/bin/$h" -max_total_time="$SECS" -max_len="$maxlen" -timeout=10 \
		-print_final_stats=1 -artifact_prefix="$B/crashes/$h/" $dictopt $ARGS \
		"$B/corpus/$h" > "$log" 2>&1
	rc=$?
	end=$(date +%s)
	runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
	secs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\2/p' "$log" | tail -n 1)
	# a crash ends without "Done"; the final stats still count the runs
	[ -n "$runs" ] || runs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$log" | tail -n 1)
	[ -n "$runs" ] || runs=0
	[ -n "$secs" ] || secs=$((end - start))
	if [ "$rc" -eq 0 ]; then st=ok; else st=CRASH; fi
	printf '%-20s %6ss %12s runs  %s\n' "$h" "$secs" "$runs" "$st" > "$B/status/$h"
	echo "finished $h: $st (log $log)" >&2
}

if [ "${1:-}" = --one ]; then
	run_one "$2"
	exit 0
fi

[ $# -gt 0 ] || { echo "usage: $0 HARNESS..." >&2; exit 2; }
mkdir -p "$B/status"
for h in "$@"; do rm -f "$B/status/$h"; done
echo "fuzzing $# harnesses, ${SECS}s each, $JOBS at a time" >&2
printf '%s\n' "$@" | xargs -n 1 -P "$JOBS" "$0" --one

fail=0
: > "$B/summary.txt"
for h in "$@"; do
	if [ -f "$B/status/$h" ]; then
		cat "$B/status/$h" >> "$B/summary.txt"
	else
		printf '%-20s %6ss %12s runs  %s\n' "$h" 0 0 CRASH >> "$B/summary.txt"
	fi
	grep -q ' ok$' "$B/status/$h" 2>/dev/null || fail=1
done
echo "---- summary (also in $B/summary.txt)"
cat "$B/summary.txt"
[ "$fail" -eq 0 ] || echo "crash inputs: $B/crashes/<harness>/, logs: $B/logs/" >&2
exit "$fail"
