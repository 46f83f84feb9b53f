#!/usr/bin/env bash
# make demo: load the bundled sample survey into a fresh database of the
# throwaway cluster started by pg_virtualenv, and print the reports.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGDATABASE=sx_demo
createdb sx_demo
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION sx' -f demo/hotel_kano.sql
echo "Loaded $(psql -X -At -c 'SELECT count(*) FROM hotel_kano') answer rows" \
	"($(psql -X -At -c 'SELECT count(DISTINCT respondent) FROM hotel_kano') respondents," \
	"$(psql -X -At -c 'SELECT count(DISTINCT feature) FROM hotel_kano') features," \
	"$(psql -X -At -c 'SELECT count(DISTINCT segment) FROM hotel_kano') segments)."
psql -X -q -v ON_ERROR_STOP=1 -f demo/report.sql
