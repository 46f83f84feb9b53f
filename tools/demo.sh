#!/usr/bin/env bash
# make demo: load the bundled samples into a fresh database of the
# throwaway cluster started by pg_virtualenv, and print the reports.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGDATABASE=sx_demo
createdb sx_demo
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION sx' \
	-f demo/common.sql -f demo/hotel_kano.sql -f demo/hotel_journey.sql
q() { psql -X -At -c "$1"; }
echo "Loaded the Kano survey: $(q 'SELECT count(*) FROM cx.kano_response') answer rows" \
	"($(q 'SELECT count(DISTINCT respondent) FROM cx.kano_response') respondents," \
	"$(q 'SELECT count(*) FROM cx.feature') features," \
	"$(q 'SELECT count(DISTINCT segment) FROM cx.kano_response') segments)."
echo "Loaded the guest journey: $(q 'SELECT count(*) FROM cx.observation') observations" \
	"at $(q 'SELECT count(*) FROM cx.touchpoint') touchpoints" \
	"in $(q 'SELECT count(DISTINCT stage) FROM cx.touchpoint') stages."
psql -X -q -v ON_ERROR_STOP=1 -f demo/report.sql
