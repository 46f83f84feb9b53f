#!/usr/bin/env bash
# Load: 8 pgbench clients insert observations and Kano responses while 4
# clients read the report views, for LOAD_SECONDS (default 5; longer by the
# variable), with the rollups kept by their triggers (the writers share
# today's rollup rows).  Afterwards every committed insert must be in the
# tables, the rollups and views must equal a recomputation from the raw
# rows, and no client may have seen an error.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${LOAD_SECONDS:-5}
db=sx_load_$$
tmp=$(mktemp -d)
trap 'dropdb --if-exists "$db"; rm -rf "$tmp"' EXIT
createdb "$db"
psql -X -q -d "$db" -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION sx' \
	-f demo/common.sql -f demo/hotel_kano.sql -f demo/hotel_journey.sql
before_obs=$(psql -X -At -d "$db" -c "SELECT count(*) FROM cx.observation")
before_kano=$(psql -X -At -d "$db" -c "SELECT count(*) FROM cx.kano_response")

# writers: one observation and one Kano response per transaction, marked
cat > "$tmp/write.sql" <<'SQL'
\set tp random(1, 20)
\set lvl random(0, 1)
\set nps random(0, 10)
\set csat random(1, 5)
\set ces random(1, 7)
\set c random(1, 6)
\set p random(1, 6)
\set f random(1, 5)
\set d random(1, 5)
\set feature random(1, 14)
BEGIN;
INSERT INTO cx.observation (touchpoint_id, customer_ref, promise_kept, issue_resolved,
	felt_valued, surprised, centricity, participation, data_scale, nps, csat, ces)
SELECT touchpoint_id, 'load', :lvl = 1, CASE WHEN :nps < 3 THEN :lvl = 1 END, :c > 2, :p > 4,
	:c, :p, 1 + :nps / 3.0, :nps, :csat, :ces
FROM cx.touchpoint ORDER BY touchpoint_id OFFSET :tp - 1 LIMIT 1;
INSERT INTO cx.kano_response (survey_id, feature_id, respondent, segment, functional,
	dysfunctional, importance)
SELECT survey_id, feature_id, 'load', 'load', :f, :d, :c
FROM cx.feature ORDER BY feature_id OFFSET :feature - 1 LIMIT 1;
END;
SQL
# readers: the BI views
cat > "$tmp/read.sql" <<'SQL'
SELECT count(*), sum(n), max(nps) FROM cx.touchpoint_report;
SELECT count(*), sum(n) FROM cx.journey_report;
SELECT count(*), sum(n) FROM cx.kano_feature_report WHERE all_segments;
SELECT count(*), sum(n) FROM cx.touchpoint_by_day WHERE period_start >= current_date - 1;
SELECT count(*), sum(n) FROM cx.kano_feature_by_month_and_segment;
SQL

pgbench -n -c 8 -j 2 -T "$seconds" -f "$tmp/write.sql" "$db" > "$tmp/write.out" 2>&1 &
wpid=$!
pgbench -n -c 4 -j 2 -T "$seconds" -f "$tmp/read.sql" "$db" > "$tmp/read.out" 2>&1 &
rpid=$!
wrc=0; rrc=0
wait $wpid || wrc=$?
wait $rpid || rrc=$?
committed=$(awk '/number of transactions actually processed/ { print $6 }' "$tmp/write.out" | cut -d/ -f1)
reads=$(awk '/number of transactions actually processed/ { print $6 }' "$tmp/read.out" | cut -d/ -f1)
wfailed=$(awk '/number of failed transactions/ { print $5 }' "$tmp/write.out")
rfailed=$(awk '/number of failed transactions/ { print $5 }' "$tmp/read.out")
echo "  $seconds s: 8 writers committed $committed transactions ($(awk '/^tps/ { printf "%.0f", $3; exit }' "$tmp/write.out") tps), 4 readers ran $reads report transactions"

fail=0
check() {
	if [ "$2" = "$3" ]; then echo "  ok: $1"; else echo "  FAILED: $1: expected [$2], got [$3]"; fail=1; fi
}
check "writers exited cleanly" "0" "$wrc"
check "readers exited cleanly" "0" "$rrc"
check "no failed write transaction" "0" "${wfailed:-missing}"
check "no failed read transaction" "0" "${rfailed:-missing}"
check "every committed observation is stored" "$((before_obs + committed))" \
	"$(psql -X -At -d "$db" -c "SELECT count(*) FROM cx.observation")"
check "every committed Kano response is stored" "$((before_kano + committed))" \
	"$(psql -X -At -d "$db" -c "SELECT count(*) FROM cx.kano_response")"
check "load rows carry their values" "$committed" \
	"$(psql -X -At -d "$db" -c "SELECT count(*) FROM cx.observation WHERE customer_ref = 'load' AND nps BETWEEN 0 AND 10")"
# the views against a recomputation from the raw rows
check "the rollups equal the raw rows" "0" \
	"$(psql -X -At -d "$db" -c "SELECT count(*) FROM sx.check_rollups('cx')")"
check "touchpoint_report equals a recomputation" "0" "$(psql -X -At -d "$db" -c "
	SELECT count(*) FROM cx.touchpoint_report r
	JOIN (SELECT touchpoint_id,
				 sx.pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised) AS p,
				 sx.nps_agg(nps) AS nr, sx.csat(csat) AS cs, sx.ces(ces) AS ce
		  FROM cx.observation GROUP BY touchpoint_id) d USING (touchpoint_id)
	WHERE r.n <> sx.pyramid_n(d.p) OR r.unfounded <> sx.pyramid_unfounded(d.p)
	   OR r.attained_level <> sx.pyramid_attained(d.p)::int
	   OR r.nps IS DISTINCT FROM sx.nps(d.nr) OR r.csat IS DISTINCT FROM d.cs
	   OR r.ces IS DISTINCT FROM d.ce")"
check "journey_report equals merging the touchpoints" "0" "$(psql -X -At -d "$db" -c "
	SELECT count(*) FROM cx.journey_report j
	JOIN (SELECT sx.pyramid_merge(p) AS p, sx.nps_merge(nr) AS nr
		  FROM (SELECT sx.pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised) AS p,
					   sx.nps_agg(nps) AS nr
				FROM cx.observation GROUP BY touchpoint_id) t) m ON j.grain = 'journey'
	WHERE j.n <> sx.pyramid_n(m.p) OR j.nps IS DISTINCT FROM sx.nps(m.nr)")"
check "kano_feature_report equals a recomputation" "0" "$(psql -X -At -d "$db" -c "
	SELECT count(*) FROM cx.kano_feature_report r
	JOIN (SELECT feature_id, sx.kano_agg(functional, dysfunctional, importance) AS k
		  FROM cx.kano_response GROUP BY feature_id) d USING (feature_id)
	WHERE r.all_segments AND (r.n <> sx.kano_n(d.k) OR r.better IS DISTINCT FROM sx.kano_better(d.k))")"
exit $fail
