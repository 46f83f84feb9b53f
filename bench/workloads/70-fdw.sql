-- workload: postgres_fdw, 3 shards, by the partition key
-- table: bench_kano
-- settings: SET max_parallel_workers_per_gather = 0; SET enable_partitionwise_aggregate = on;
-- query: floor | one node: count(*) GROUP BY segment, feature
SELECT segment, feature, count(*) FROM bench_kano GROUP BY segment, feature;
-- query: rival | one node: kano_report(kano_agg) GROUP BY segment, feature
SELECT segment, feature, kano_report(kano_agg(f, d)) FROM bench_kano GROUP BY segment, feature;
-- query: ref | shards: count(*) GROUP BY segment, feature, pushed down
SELECT segment, feature, count(*) FROM bench_fdw_kano GROUP BY segment, feature;
-- query: sx | shards: kano_report(kano_agg) GROUP BY segment, feature, pushed down
SELECT segment, feature, kano_report(kano_agg(f, d)) FROM bench_fdw_kano GROUP BY segment, feature;
