-- workload: kano per row
-- table: bench_kano
-- settings: SET max_parallel_workers_per_gather = 0;
-- query: floor | count(*)
SELECT count(*) FROM bench_kano;
-- query: sx | kano_classify(f, d) on every row
SELECT count(kano_classify(f, d)) FROM bench_kano;
-- query: sx | kano_classify(fi, di) on every row
SELECT count(kano_classify(fi, di)) FROM bench_kano;
-- query: rival | CASE as the table reads
SELECT count(CASE
		WHEN fi = 1 AND di IN (2, 3, 4) THEN 'A'
		WHEN fi = 1 AND di = 5 THEN 'O'
		WHEN fi IN (2, 3, 4) AND di = 5 THEN 'M'
		WHEN fi IN (2, 3, 4) AND di IN (2, 3, 4) AND NOT (fi = di AND fi <> 3) THEN 'I'
		WHEN (fi = 5 AND di <> 5) OR (di = 1 AND fi <> 1) THEN 'R'
		ELSE 'Q' END)
FROM bench_kano;
-- query: rival | hand-ordered CASE
SELECT count(CASE
		WHEN (fi = 1 AND di = 1) OR (fi = 2 AND di = 2) OR (fi = 4 AND di = 4)
			 OR (fi = 5 AND di = 5) THEN 'Q'
		WHEN fi = 1 AND di = 5 THEN 'O'
		WHEN fi = 1 THEN 'A'
		WHEN di = 5 THEN 'M'
		WHEN fi = 5 OR di = 1 THEN 'R'
		ELSE 'I' END)
FROM bench_kano;
