-- workload: CSAT and CES per touchpoint
-- table: bench_cx
-- settings: SET max_parallel_workers_per_gather = 0;
-- query: floor | count(*) GROUP BY touchpoint
SELECT touchpoint, count(*) FROM bench_cx GROUP BY touchpoint;
-- query: ref | count(ces): reading the answers, nothing more
SELECT touchpoint, count(csat), count(ces) FROM bench_cx GROUP BY touchpoint;
-- query: sx | csat_agg GROUP BY touchpoint
SELECT touchpoint, csat_agg(csat) FROM bench_cx GROUP BY touchpoint;
-- query: sx | ces_agg GROUP BY touchpoint
SELECT touchpoint, ces_agg(ces) FROM bench_cx GROUP BY touchpoint;
-- query: sx | csat_agg + ces_agg + figures and intervals
SELECT touchpoint, csat(c), csat_low(c), csat_high(c), ces_mean(e), ces_mean_low(e), ces_mean_high(e)
FROM (SELECT touchpoint, csat_agg(csat) AS c, ces_agg(ces) AS e FROM bench_cx GROUP BY touchpoint) x;
-- query: rival | csat(integer) and ces(integer), the bigint[] aggregates
SELECT touchpoint, csat(csat), ces(ces) FROM bench_cx GROUP BY touchpoint;
-- query: rival | count(*) FILTER per answer
SELECT touchpoint, count(*) FILTER (WHERE csat >= 4) * 100.0 / count(csat), avg(ces)
FROM bench_cx GROUP BY touchpoint;
