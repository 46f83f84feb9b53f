-- workload: duration rollups (per-week sketches)
-- table: bench_cx_weekly
-- settings: SET max_parallel_workers_per_gather = 0;
-- query: floor | count(*) GROUP BY touchpoint on the weekly table
SELECT touchpoint, count(*) FROM bench_cx_weekly GROUP BY touchpoint;
-- query: sx | duration_merge of per-week sketches
SELECT touchpoint, duration_merge(duration) FROM bench_cx_weekly GROUP BY touchpoint;
-- query: rival | recompute duration_agg from the raw rows
SELECT touchpoint, duration_agg(duration) FROM bench_cx GROUP BY touchpoint;
