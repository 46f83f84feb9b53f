-- workload: pyramid per touchpoint
-- table: bench_obs
-- settings: SET max_parallel_workers_per_gather = 0;
-- query: floor | count(*) GROUP BY touchpoint
SELECT touchpoint, count(*) FROM bench_obs GROUP BY touchpoint;
-- query: sx | pyramid_agg(4 flags) GROUP BY touchpoint
SELECT touchpoint, pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised)
FROM bench_obs GROUP BY touchpoint;
-- query: ref | count(surprised): reading the four flags, nothing more
SELECT touchpoint, count(surprised) FROM bench_obs GROUP BY touchpoint;
-- query: sx | pyramid_agg + pyramid_report
SELECT x.touchpoint, p.*
FROM (SELECT touchpoint, pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised) AS r
	  FROM bench_obs GROUP BY touchpoint) x, LATERAL pyramid_report(x.r) p;
-- query: rival | CASE levels + count(*) FILTER
SELECT touchpoint,
	   count(*) FILTER (WHERE lvl = 0) AS l0, count(*) FILTER (WHERE lvl = 1) AS l1,
	   count(*) FILTER (WHERE lvl = 2) AS l2, count(*) FILTER (WHERE lvl = 3) AS l3,
	   count(*) FILTER (WHERE lvl = 4) AS l4,
	   count(*) FILTER (WHERE surprised AND lvl < 2) AS unfounded
FROM (SELECT touchpoint, surprised, CASE
		WHEN promise_kept IS NOT TRUE THEN 0
		WHEN issue_resolved IS FALSE THEN 1
		WHEN felt_valued IS NOT TRUE THEN 2
		WHEN surprised IS NOT TRUE THEN 3
		ELSE 4 END AS lvl
	  FROM bench_obs) s
GROUP BY touchpoint;
