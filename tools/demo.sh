#!/usr/bin/env bash
# make demo: load the bundled samples into a fresh database sx_demo of the
# cluster the caller started (pg_virtualenv's throwaway one, or the kept
# one of tools/demo-keep.sh), print the reports, and write the HTML page.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGDATABASE=sx_demo
page=${SX_DEMO_PAGE:-$PWD/demo/out/report.html}
createdb sx_demo
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION sx' \
	-f demo/common.sql -f demo/hotel_kano.sql -f demo/hotel_journey.sql \
	-f demo/hotel_assessment.sql
q() { psql -X -At -c "$1"; }
echo "sx $(q "SELECT extversion FROM pg_extension WHERE extname = 'sx'") demo, on PostgreSQL $(q "SHOW server_version")."
echo "Loaded the Kano survey: $(q 'SELECT count(*) FROM cx.kano_response') answer rows" \
	"($(q 'SELECT count(DISTINCT respondent) FROM cx.kano_response') respondents," \
	"$(q 'SELECT count(*) FROM cx.feature') features," \
	"$(q 'SELECT count(DISTINCT segment) FROM cx.kano_response') segments," \
	"waves $(q "SELECT string_agg(DISTINCT wave, ' and ') FROM cx.kano_response"))."
echo "Loaded the guest journey: $(q 'SELECT count(*) FROM cx.observation') observations" \
	"at $(q 'SELECT count(*) FROM cx.touchpoint') touchpoints" \
	"in $(q 'SELECT count(DISTINCT stage) FROM cx.touchpoint') stages," \
	"$(q "SELECT min(observed_at)::date || ' to ' || max(observed_at)::date FROM cx.observation")."
echo "The data is in schema cx (sx.create_data_model); the queries below are demo/report.sql."
psql -X -q -v ON_ERROR_STOP=1 -f demo/report.sql
mkdir -p "$(dirname "$page")"
psql -X -q -At -v ON_ERROR_STOP=1 -v schema=cx -v touchpoint='Mobile check-in' \
	-f demo/report-page.sql -o "$page"
radar=$(dirname "$page")/assessment-radar.svg
psql -X -q -At -v ON_ERROR_STOP=1 -o "$radar" -c "SELECT sx.radar_chart(axis, series, value)
	FROM cx.assessment_radar WHERE assessed_on = (SELECT max(assessed_on) FROM cx.assessment)"
echo
echo "The self-assessment's radar chart (current, target, previous): $radar"
echo "The same reports with their charts, as one HTML page: $page"
echo "(made by demo/report-page.sql; README \"A report page\" shows how to make it from your data)."
