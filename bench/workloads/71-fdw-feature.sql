-- workload: postgres_fdw, 3 shards, by feature
-- table: bench_kano
-- settings: SET max_parallel_workers_per_gather = 0; SET enable_partitionwise_aggregate = on;
-- query: floor | one node: count(*) GROUP BY feature
SELECT feature, count(*) FROM bench_kano GROUP BY feature;
-- query: rival | one node: kano_report(kano_agg) GROUP BY feature
SELECT feature, kano_report(kano_agg(f, d)) FROM bench_kano GROUP BY feature;
-- query: ref | shards, two stages: sum of per-shard count(*)
SELECT feature, sum(n) FROM (SELECT segment, feature, count(*) AS n FROM bench_fdw_kano
							 GROUP BY segment, feature) s GROUP BY feature;
-- query: sx | shards, two stages: kano_report(kano_merge) of per-shard kano_agg
SELECT feature, kano_report(kano_merge(r)) FROM (SELECT segment, feature, kano_agg(f, d) AS r FROM bench_fdw_kano
												 GROUP BY segment, feature) s GROUP BY feature;
-- query: ref | shards, pulled rows: count(*) GROUP BY feature
SELECT feature, count(*) FROM bench_fdw_kano GROUP BY feature;
-- query: sx | shards, pulled rows: kano_report(kano_agg) GROUP BY feature
SELECT feature, kano_report(kano_agg(f, d)) FROM bench_fdw_kano GROUP BY feature;
