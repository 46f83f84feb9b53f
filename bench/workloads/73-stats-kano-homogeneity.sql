-- workload: Kano change over days
-- table: bench_kano_daily
-- settings: SET max_parallel_workers_per_gather = 0;
-- query: floor | count(*) GROUP BY feature on the daily table
SELECT feature, count(*) FROM bench_kano_daily GROUP BY feature;
-- query: sx | kano_homogeneity of 365 days GROUP BY feature
SELECT feature, kano_homogeneity(result) FROM bench_kano_daily GROUP BY feature;
-- query: sx | kano_drift, first half-year against second, per feature
SELECT x.feature, d.*
FROM (SELECT feature, kano_merge(result) FILTER (WHERE day < date '2025-07-01') AS h1,
			 kano_merge(result) FILTER (WHERE day >= date '2025-07-01') AS h2
	  FROM bench_kano_daily GROUP BY feature) x, LATERAL kano_drift(h1, h2) d;
