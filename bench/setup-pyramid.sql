-- Observations for the pyramid workload, deterministic: 200 touchpoints,
-- the four evidence flags with some NULLs (psql variable :rows).
SET search_path = public, sx;
DROP TABLE IF EXISTS bench_obs;
CREATE UNLOGGED TABLE bench_obs (
	touchpoint int NOT NULL,
	promise_kept boolean,
	issue_resolved boolean,
	felt_valued boolean,
	surprised boolean,
	observed_on date NOT NULL,
	customer int NOT NULL
);
INSERT INTO bench_obs
SELECT g % 200,
	   CASE WHEN h % 97 = 0 THEN NULL ELSE h % 10 <> 0 END,
	   CASE WHEN h % 4 = 0 THEN h % 5 <> 0 END,
	   CASE WHEN h % 89 = 0 THEN NULL ELSE h % 3 <> 0 END,
	   CASE WHEN h % 83 = 0 THEN NULL ELSE h % 7 = 0 END,
	   date '2025-01-01' + (g % 365)::int, (g % 1000000)::int
FROM generate_series(0::bigint, :rows - 1) g,
	 LATERAL (SELECT (g * 2654435761) % 4294967291 AS h) x;
VACUUM (ANALYZE, FREEZE) bench_obs;
