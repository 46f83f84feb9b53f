-- workload: rollup merge
-- table: bench_kano_daily
-- settings: SET max_parallel_workers_per_gather = 0;
-- query: floor | count(*) GROUP BY feature on the daily table
SELECT feature, count(*) FROM bench_kano_daily GROUP BY feature;
-- query: sx | kano_merge of per-day results GROUP BY feature
SELECT feature, kano_merge(result) FROM bench_kano_daily GROUP BY feature;
-- query: rival | recompute kano_agg from the raw rows
SELECT feature, kano_agg(f, d) FROM bench_kano GROUP BY feature;
