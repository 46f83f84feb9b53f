-- Memory: stored size of a result, and hash-aggregate memory for 1 million
-- groups (respondent has 1 million values when there are enough rows).
\pset footer off
SET search_path = public, sx;
SET max_parallel_workers_per_gather = 0;
SET work_mem = '1GB';
\echo 'Memory'
SELECT 'kano_result' AS value, pg_column_size(kano_agg(f, d)) AS bytes
FROM (SELECT f, d FROM bench_kano LIMIT 10) x
UNION ALL
SELECT 'pyramid_result', pg_column_size(pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised))
FROM (SELECT * FROM bench_obs LIMIT 10) x
UNION ALL
SELECT 'nps_result', pg_column_size(nps_agg(g)) FROM generate_series(0, 10) g;

CREATE FUNCTION pg_temp.hash_memory(query text) RETURNS TABLE (groups bigint, peak_kb bigint, batches bigint, disk_kb bigint)
LANGUAGE plpgsql AS $$
DECLARE
	plan json;
	node json;
BEGIN
	EXECUTE 'EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ' || query INTO plan;
	node := plan -> 0 -> 'Plan';
	WHILE node ->> 'Node Type' <> 'Aggregate' LOOP
		node := node -> 'Plans' -> 0;
	END LOOP;
	RETURN QUERY SELECT (node ->> 'Actual Rows')::bigint, (node ->> 'Peak Memory Usage')::bigint,
						(node ->> 'HashAgg Batches')::bigint, (node ->> 'Disk Usage')::bigint;
END $$;
SELECT 'count(*) GROUP BY respondent' AS query, h.*, round(h.peak_kb * 1024.0 / h.groups) AS bytes_per_group
FROM pg_temp.hash_memory('SELECT respondent, count(*) FROM bench_kano GROUP BY respondent') h
UNION ALL
SELECT 'kano_agg GROUP BY respondent', h.*, round(h.peak_kb * 1024.0 / h.groups)
FROM pg_temp.hash_memory('SELECT respondent, kano_agg(f, d) FROM bench_kano GROUP BY respondent') h
UNION ALL
SELECT 'count(*) GROUP BY customer', h.*, round(h.peak_kb * 1024.0 / h.groups)
FROM pg_temp.hash_memory('SELECT customer, count(*) FROM bench_obs GROUP BY customer') h
UNION ALL
SELECT 'pyramid_agg GROUP BY customer', h.*, round(h.peak_kb * 1024.0 / h.groups)
FROM pg_temp.hash_memory('SELECT customer, pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised) FROM bench_obs GROUP BY customer') h;
