-- workload: durations per touchpoint
-- table: bench_cx
-- settings: SET max_parallel_workers_per_gather = 0;
-- query: floor | count(*) GROUP BY touchpoint
SELECT touchpoint, count(*) FROM bench_cx GROUP BY touchpoint;
-- query: ref | count(duration): reading the intervals, nothing more
SELECT touchpoint, count(duration) FROM bench_cx GROUP BY touchpoint;
-- query: sx | duration_agg(interval) GROUP BY touchpoint
SELECT touchpoint, duration_agg(duration) FROM bench_cx GROUP BY touchpoint;
-- query: sx | duration_agg(seconds) GROUP BY touchpoint
SELECT touchpoint, duration_agg(seconds) FROM bench_cx GROUP BY touchpoint;
-- query: sx | duration_agg + median, p90, p99, mean
SELECT touchpoint, duration_quantile(r, 0.5), duration_quantile(r, 0.9), duration_quantile(r, 0.99), duration_mean(r)
FROM (SELECT touchpoint, duration_agg(duration) AS r FROM bench_cx GROUP BY touchpoint) x;
-- query: rival | percentile_disc(0.5, 0.9, 0.99) + avg, exact
SELECT touchpoint, percentile_disc(ARRAY[0.5, 0.9, 0.99]) WITHIN GROUP (ORDER BY duration), avg(duration)
FROM bench_cx GROUP BY touchpoint;
