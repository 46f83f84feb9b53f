-- workload: CSAT and CES rollups (per-week results)
-- table: bench_cx_weekly
-- settings: SET max_parallel_workers_per_gather = 0;
-- query: floor | count(*) GROUP BY touchpoint on the weekly table
SELECT touchpoint, count(*) FROM bench_cx_weekly GROUP BY touchpoint;
-- query: sx | csat_merge + ces_merge of per-week results
SELECT touchpoint, csat_merge(csat), ces_merge(ces) FROM bench_cx_weekly GROUP BY touchpoint;
-- query: rival | recompute csat_agg + ces_agg from the raw rows
SELECT touchpoint, csat_agg(csat), ces_agg(ces) FROM bench_cx GROUP BY touchpoint;
