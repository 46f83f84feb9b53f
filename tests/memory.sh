#!/usr/bin/env bash
# No leaks: one backend calls the JSON-scheme path 100,000 times per round
# (half valid documents, each different so none is served from the call-site
# cache, half invalid ones of five kinds, each raising an error) and runs
# the aggregates over millions of rows; four rounds.  Its private memory
# (RssAnon in /proc, which is where json-c's malloc lives, unlike shared
# buffers) must stay flat once warm: rounds 3 and 4 may add at most 1 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
calls=${MEMORY_CALLS:-100000}
rows=${MEMORY_ROWS:-3000000}
limit_kb=${MEMORY_GROWTH_KB:-1024}
db=sx_memory_$$
trap 'dropdb --if-exists "$db"' EXIT
createdb "$db"
psql -X -q -d "$db" -v ON_ERROR_STOP=1 -c 'CREATE EXTENSION sx' -c "
	CREATE TABLE answers AS
	SELECT g % 50 AS grp, 1 + g % 5 AS f, 1 + (g / 5) % 5 AS d, g % 9 AS imp,
		   g % 11 <> 0 AS pk, CASE WHEN g % 4 = 0 THEN g % 3 <> 0 END AS ir,
		   g % 3 <> 0 AS fv, g % 7 = 0 AS su, g % 11 AS nps
	FROM generate_series(1, $rows) g"

half=$((calls / 2))
out=$(psql -X -q -At -d "$db" -v ON_ERROR_STOP=1 <<SQL
SET search_path = public, sx;
-- the backend's own private memory, read from /proc/self (superuser)
CREATE FUNCTION pg_temp.rss_anon_kb() RETURNS bigint LANGUAGE sql AS \$\$
	SELECT substring(pg_read_file('/proc/self/status') FROM 'RssAnon:\\s+(\\d+)')::bigint
\$\$;
CREATE FUNCTION pg_temp.round_of_calls() RETURNS void LANGUAGE plpgsql AS \$\$
DECLARE
	errors int := 0;
	docs text[] := ARRAY[
		'{"table": ["QAAAO","RQIIM","RIIIM","RIIQM"',                -- truncated
		'{"table": ["QAAAO","RQIIM","RIIIM","RIIQM"]}',             -- 4 rows
		'{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRXQ"]}',     -- bad letter
		'{"a": {"b": {"c": {"d": {"e": [1, 2, 3]}}}}}',             -- too deep
		'{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRRQ"], "x": 1}']; -- unknown key
BEGIN
	-- valid documents, a different text on every row
	PERFORM count(sx.kano_classify(1 + g % 5, 1 + g % 3,
		'{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRRQ"]' || repeat(' ', g % 7) || '}'))
	FROM generate_series(1, $half) g;
	-- invalid documents, each call raising an error
	FOR i IN 1..$half LOOP
		BEGIN
			PERFORM sx.kano_classify(1, 5, docs[1 + i % 5] || repeat(' ', i % 3));
		EXCEPTION WHEN invalid_parameter_value THEN
			errors := errors + 1;
		END;
	END LOOP;
	IF errors <> $half THEN
		RAISE 'expected % errors, got %', $half, errors;
	END IF;
	-- the aggregates over every row, grouped and not
	PERFORM sx.kano_agg(f, d, imp), sx.pyramid_agg(pk, ir, fv, su), sx.nps_agg(nps),
			sx.csat(1 + nps % 5), sx.ces(1 + nps % 7) FROM answers;
	-- apart: one statement of eight aggregates costs enough for JIT to
	-- inline and optimize it, and LLVM's memory would be measured, not sx's
	PERFORM sx.csat_agg(1 + nps % 5), sx.ces_agg(1 + nps % 7), sx.duration_agg(imp * nps * 0.37)
	FROM answers;
	PERFORM grp, sx.kano_report(sx.kano_agg(f, d)), sx.pyramid_report(sx.pyramid_agg(pk, ir, fv, su)),
			sx.duration_quantile(sx.duration_agg(imp * nps * 0.37 + f), 0.9)
	FROM answers GROUP BY grp;
	-- a group per row: the state of kano_homogeneity grows and is copied
	PERFORM sx.kano_homogeneity(r)
	FROM (SELECT grp, sx.kano_agg(f, d) AS r FROM answers GROUP BY grp, imp) x;
END \$\$;
SELECT pg_temp.round_of_calls(), pg_temp.rss_anon_kb();
SELECT pg_temp.round_of_calls(), pg_temp.rss_anon_kb();
SELECT pg_temp.round_of_calls(), pg_temp.rss_anon_kb();
SELECT pg_temp.round_of_calls(), pg_temp.rss_anon_kb();
SQL
)
read -r r1 r2 r3 r4 <<< "$(echo "$out" | cut -d'|' -f2 | tr '\n' ' ')"
if ! [[ "$r1" =~ ^[0-9]+$ && "$r2" =~ ^[0-9]+$ && "$r4" =~ ^[0-9]+$ ]]; then
	echo "  FAILED: could not read the backend's memory: $out"
	exit 1
fi
echo "  backend private memory (RssAnon) after rounds 1-4: $r1 kB, $r2 kB, $r3 kB, $r4 kB"
echo "  each round: $calls JSON-scheme calls ($half valid, $half invalid) and the aggregates over $rows rows"
growth=$((r4 - r2))
if [ "$growth" -le "$limit_kb" ]; then
	echo "  ok: grew $growth kB over rounds 3 and 4 (limit $limit_kb kB for $((2 * calls)) calls)"
else
	echo "  FAILED: grew $growth kB over rounds 3 and 4 (limit $limit_kb kB)"
	exit 1
fi
