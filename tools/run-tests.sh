#!/usr/bin/env bash
# The whole test suite, run inside a throwaway cluster (make test starts one
# with pg_virtualenv, which sets PGHOST, PGPORT, PGUSER and PGPASSWORD).
set -uo pipefail
make=${1:-make}
cd "$(dirname "$0")/.."

failed=()
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
for t in tests/*.sh; do
	[ -e "$t" ] || continue
	run "$(basename "$t" .sh)" bash "$t"
done

if [ ${#failed[@]} -gt 0 ]; then
	[ -f results-regress/regression.diffs ] && head -200 results-regress/regression.diffs
	echo "FAILED: ${failed[*]}"
	exit 1
fi
echo "All tests passed."
