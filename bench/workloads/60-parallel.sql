-- workload: parallel scaling
-- table: bench_kano
-- settings: SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0;
-- query: floor | kano_agg, 0 workers | SET max_parallel_workers_per_gather = 0;
SELECT feature, kano_agg(f, d) FROM bench_kano GROUP BY feature;
-- query: sx | kano_agg, 1 worker | SET max_parallel_workers_per_gather = 1;
SELECT feature, kano_agg(f, d) FROM bench_kano GROUP BY feature;
-- query: sx | kano_agg, 2 workers | SET max_parallel_workers_per_gather = 2;
SELECT feature, kano_agg(f, d) FROM bench_kano GROUP BY feature;
-- query: sx | count(*), 2 workers | SET max_parallel_workers_per_gather = 2;
SELECT feature, count(*) FROM bench_kano GROUP BY feature;
