-- workload: kano by segment with ROLLUP
-- table: bench_kano
-- settings: SET max_parallel_workers_per_gather = 0;
-- query: floor | count(*) GROUP BY ROLLUP (feature, segment)
SELECT feature, segment, count(*) FROM bench_kano GROUP BY ROLLUP (feature, segment);
-- query: sx | kano_agg GROUP BY ROLLUP (feature, segment)
SELECT feature, segment, kano_agg(f, d) FROM bench_kano GROUP BY ROLLUP (feature, segment);
-- query: rival | hand-ordered CASE + FILTER, ROLLUP
SELECT feature, segment,
	   count(*) FILTER (WHERE c = 'A') AS a, count(*) FILTER (WHERE c = 'O') AS o,
	   count(*) FILTER (WHERE c = 'M') AS m, count(*) FILTER (WHERE c = 'I') AS i,
	   count(*) FILTER (WHERE c = 'R') AS r, count(*) FILTER (WHERE c = 'Q') AS q
FROM (SELECT feature, segment, CASE
		WHEN (fi = 1 AND di = 1) OR (fi = 2 AND di = 2) OR (fi = 4 AND di = 4)
			 OR (fi = 5 AND di = 5) THEN 'Q'
		WHEN fi = 1 AND di = 5 THEN 'O'
		WHEN fi = 1 THEN 'A'
		WHEN di = 5 THEN 'M'
		WHEN fi = 5 OR di = 1 THEN 'R'
		ELSE 'I' END AS c
	  FROM bench_kano) s
GROUP BY ROLLUP (feature, segment);
