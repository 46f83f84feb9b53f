-- workload: kano per feature
-- table: bench_kano
-- settings: SET max_parallel_workers_per_gather = 0;
-- query: floor | count(*) GROUP BY feature
SELECT feature, count(*) FROM bench_kano GROUP BY feature;
-- query: ref | count(d): reading the two answers, nothing more
SELECT feature, count(d) FROM bench_kano GROUP BY feature;
-- query: sx | kano_agg GROUP BY feature
SELECT feature, kano_agg(f, d) FROM bench_kano GROUP BY feature;
-- query: sx | kano_agg + kano_report
SELECT x.feature, k.* FROM (SELECT feature, kano_agg(f, d) AS r FROM bench_kano GROUP BY feature) x,
	LATERAL kano_report(x.r) k;
-- query: rival | (a) CASE as the table reads + FILTER
SELECT feature, a, o, m, i, r, q,
	   (a + o)::float8 / nullif(a + o + m + i, 0) AS better,
	   -(o + m)::float8 / nullif(a + o + m + i, 0) AS worse
FROM (SELECT feature,
		count(*) FILTER (WHERE c = 'A') AS a, count(*) FILTER (WHERE c = 'O') AS o,
		count(*) FILTER (WHERE c = 'M') AS m, count(*) FILTER (WHERE c = 'I') AS i,
		count(*) FILTER (WHERE c = 'R') AS r, count(*) FILTER (WHERE c = 'Q') AS q
	  FROM (SELECT feature, CASE
				WHEN fi = 1 AND di IN (2, 3, 4) THEN 'A'
				WHEN fi = 1 AND di = 5 THEN 'O'
				WHEN fi IN (2, 3, 4) AND di = 5 THEN 'M'
				WHEN fi IN (2, 3, 4) AND di IN (2, 3, 4) AND NOT (fi = di AND fi <> 3) THEN 'I'
				WHEN (fi = 5 AND di <> 5) OR (di = 1 AND fi <> 1) THEN 'R'
				ELSE 'Q' END AS c
			FROM bench_kano) s
	  GROUP BY feature) t;
-- query: rival | (a') hand-ordered CASE + FILTER
SELECT feature, a, o, m, i, r, q,
	   (a + o)::float8 / nullif(a + o + m + i, 0) AS better,
	   -(o + m)::float8 / nullif(a + o + m + i, 0) AS worse
FROM (SELECT feature,
		count(*) FILTER (WHERE c = 'A') AS a, count(*) FILTER (WHERE c = 'O') AS o,
		count(*) FILTER (WHERE c = 'M') AS m, count(*) FILTER (WHERE c = 'I') AS i,
		count(*) FILTER (WHERE c = 'R') AS r, count(*) FILTER (WHERE c = 'Q') AS q
	  FROM (SELECT feature, CASE
				WHEN (fi = 1 AND di = 1) OR (fi = 2 AND di = 2) OR (fi = 4 AND di = 4)
					 OR (fi = 5 AND di = 5) THEN 'Q'
				WHEN fi = 1 AND di = 5 THEN 'O'
				WHEN fi = 1 THEN 'A'
				WHEN di = 5 THEN 'M'
				WHEN fi = 5 OR di = 1 THEN 'R'
				ELSE 'I' END AS c
			FROM bench_kano) s
	  GROUP BY feature) t;
-- query: rival | (b) 25 cells GROUP BY, classified in SQL
WITH cells AS (SELECT feature, fi, di, count(*) AS n FROM bench_kano GROUP BY feature, fi, di),
scheme (fi, di, c) AS (VALUES
	(1, 1, 'Q'), (1, 2, 'A'), (1, 3, 'A'), (1, 4, 'A'), (1, 5, 'O'),
	(2, 1, 'R'), (2, 2, 'Q'), (2, 3, 'I'), (2, 4, 'I'), (2, 5, 'M'),
	(3, 1, 'R'), (3, 2, 'I'), (3, 3, 'I'), (3, 4, 'I'), (3, 5, 'M'),
	(4, 1, 'R'), (4, 2, 'I'), (4, 3, 'I'), (4, 4, 'Q'), (4, 5, 'M'),
	(5, 1, 'R'), (5, 2, 'R'), (5, 3, 'R'), (5, 4, 'R'), (5, 5, 'Q')),
counts AS (SELECT feature,
		sum(n) FILTER (WHERE c = 'A') AS a, sum(n) FILTER (WHERE c = 'O') AS o,
		sum(n) FILTER (WHERE c = 'M') AS m, sum(n) FILTER (WHERE c = 'I') AS i,
		sum(n) FILTER (WHERE c = 'R') AS r, sum(n) FILTER (WHERE c = 'Q') AS q
	FROM cells JOIN scheme USING (fi, di) GROUP BY feature)
SELECT feature, a, o, m, i, r, q,
	   (a + o)::float8 / nullif(a + o + m + i, 0) AS better,
	   -(o + m)::float8 / nullif(a + o + m + i, 0) AS worse
FROM counts;
