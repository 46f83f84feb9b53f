#!/usr/bin/env bash
# The whole test suite, run inside a throwaway cluster (make test starts one
# with pg_virtualenv, which sets PGHOST, PGPORT, PGUSER and PGPASSWORD).
set -uo pipefail
make=${1:-make}
cd "$(dirname "$0")/.."

failed=()
if [ "${SANITIZE:-}" = 1 ]; then
	reports=$(tools/sanitized-server.sh) || { echo "=== sanitizers: could not start"; exit 1; }
	echo "=== sanitizers: reports go to $reports"
fi
run() {
	local name=$1
	shift
	echo "=== $name"
	if "$@"; then
		echo "=== $name: ok"
	else
		echo "=== $name: FAILED"
		failed+=("$name")
	fi
}

run "regression (pg_regress)" "$make" installcheck
# a short pass of every fuzz harness (make fuzz runs them longer)
run "fuzz (${FUZZ_SECONDS:-5} s each)" "$make" -C fuzz run FUZZ_SECONDS="${FUZZ_SECONDS:-5}" FUZZ_JOBS=2
for t in tests/*.sh; do
	[ -e "$t" ] || continue
	run "$(basename "$t" .sh)" bash "$t"
done

if [ "${SANITIZE:-}" = 1 ]; then
	# ASan writes to the report files; the UBSan runtime, loaded before
	# sx.so can give it options, writes to the server log
	log=$(pg_lsclusters -h | awk '$2 == "regress" { print $7 }')
	grep -h -E "runtime error:|ERROR: AddressSanitizer" "$log" > "$reports/from-server-log" || true
	[ -s "$reports/from-server-log" ] || rm -f "$reports/from-server-log"
	if ls "$reports"/* >/dev/null 2>&1; then
		echo "=== sanitizer reports:"
		cat "$reports"/* | head -100
		failed+=("sanitizers")
	else
		echo "=== sanitizers: zero reports (AddressSanitizer in $reports, UBSan in $log)"
	fi
fi

if [ ${#failed[@]} -gt 0 ]; then
	[ -f results-regress/regression.diffs ] && head -200 results-regress/regression.diffs
	echo "FAILED: ${failed[*]}"
	exit 1
fi
echo "All tests passed."
