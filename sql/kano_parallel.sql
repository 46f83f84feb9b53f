-- Parallel aggregation: partial states are combined and give the same result
SET search_path = public, sx;

CREATE TABLE big (feature int, f kano_answer, d kano_answer, imp float8);
-- importance with decimals over orders of magnitude: float sums in 1.0
-- came out differently from serial and parallel plans
INSERT INTO big
SELECT g % 12, 1 + (g * 7) % 5, 1 + (g * 11 + g / 3) % 5,
	   CASE WHEN g % 5 = 0 THEN NULL WHEN g % 5 = 1 THEN 1e9 / g WHEN g % 5 = 2 THEN g * 0.37
			ELSE g % 9 + 1 END
FROM generate_series(1, 60000) g;
ANALYZE big;

-- serial results first
SET max_parallel_workers_per_gather = 0;
CREATE TABLE serial AS
SELECT feature, kano_agg(f, d) AS r, kano_agg(f, d, imp) AS ri, kano_agg(f::int, d::int) AS rint
FROM big GROUP BY feature;

-- now force a parallel plan
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT feature, kano_agg(f, d), kano_agg(f, d, imp), kano_agg(f::int, d::int) FROM big GROUP BY feature;
CREATE TABLE par AS
SELECT feature, kano_agg(f, d) AS r, kano_agg(f, d, imp) AS ri, kano_agg(f::int, d::int) AS rint
FROM big GROUP BY feature;
-- the same results to the last bit, importance included: = and the text
SELECT count(*) AS groups,
	   count(*) FILTER (WHERE s.r = p.r AND s.rint = p.rint) AS same_counts,
	   count(*) FILTER (WHERE s.ri = p.ri AND s.ri::text = p.ri::text) AS same_with_importance,
	   count(*) FILTER (WHERE kano_report(s.ri) = kano_report(p.ri)) AS same_reports_with_importance
FROM serial s JOIN par p USING (feature);
-- so GROUP BY a result and hash joins on it do not split equal groups
SELECT count(DISTINCT ri) AS distinct_results FROM (SELECT ri FROM serial UNION ALL SELECT ri FROM par) x;

-- a plain (ungrouped) aggregate and kano_merge also run in parallel
EXPLAIN (COSTS OFF) SELECT kano_agg(f, d) FROM big;
SELECT kano_agg(f, d) = (SELECT kano_merge(r) FROM serial) AS whole_equals_merge FROM big;
CREATE TABLE rollup_src AS SELECT feature, r FROM serial, generate_series(1, 2000) g;
ANALYZE rollup_src;
EXPLAIN (COSTS OFF) SELECT feature, kano_merge(r) FROM rollup_src GROUP BY feature;
SELECT count(*) FILTER (WHERE m.merged = (SELECT kano_merge(x) FROM (SELECT s.r FROM generate_series(1, 2000)) y(x)))
FROM (SELECT feature, kano_merge(r) AS merged FROM rollup_src GROUP BY feature) m
JOIN serial s USING (feature);

-- workers really ran
-- (read from the JSON plan: the text form changed in PostgreSQL 18)
CREATE FUNCTION pg_temp.workers_launched(query text) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
	plan json;
BEGIN
	EXECUTE 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF, BUFFERS OFF, FORMAT JSON) ' || query INTO plan;
	RETURN (plan->0->'Plan'->'Plans'->0->>'Workers Launched')::int;
END $$;
SELECT pg_temp.workers_launched('SELECT kano_agg(f, d) FROM big');
