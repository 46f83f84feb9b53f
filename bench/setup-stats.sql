-- Answers and durations for the statistics-of-change workloads,
-- deterministic (integer hashing): 200 touchpoints, one year of days, NPS,
-- CSAT and CES answers, and a time to resolve, log-normal around a median
-- of 10 minutes with sigma 1.2 (the normal drawn as a sum of four
-- uniforms: 9 seconds to 11 hours, 90 % between 1 and 70 minutes), as an
-- interval and in seconds.  psql variable :rows.
SET search_path = public, sx;
DROP TABLE IF EXISTS bench_cx;
CREATE UNLOGGED TABLE bench_cx (
	touchpoint int NOT NULL,
	day date NOT NULL,
	nps int,
	csat int,
	ces int,
	seconds double precision,
	duration interval
);
INSERT INTO bench_cx
SELECT g % 200, date '2025-01-01' + ((g / 200) % 365)::int,
	   (h % 11)::int, 1 + (h / 11 % 5)::int, 1 + (h / 55 % 7)::int, s, make_interval(secs => s)
FROM generate_series(0::bigint, :rows - 1) g,
	 LATERAL (SELECT (g * 2654435761) % 4294967291 AS h) x,
	 LATERAL (SELECT ((g * 40503 + 1) % 65521) / 65521.0 + ((g * 69069 + 7) % 65519) / 65519.0 +
					 ((g * 48271 + 3) % 65497) / 65497.0 + ((g * 16807 + 5) % 65479) / 65479.0 - 2 AS u) z,
	 LATERAL (SELECT round((600 * exp(1.2 * z.u * sqrt(3)))::numeric, 6)::float8 AS s) y;
VACUUM (ANALYZE, FREEZE) bench_cx;

-- Rollup table: per touchpoint and week, the mergeable results (10,600
-- of them: at 3 million rows, 280 rows each, as many as the Kano daily
-- table has per group at 10 million)
DROP TABLE IF EXISTS bench_cx_weekly;
CREATE UNLOGGED TABLE bench_cx_weekly AS
SELECT touchpoint, date_trunc('week', day)::date AS week, csat_agg(csat) AS csat, ces_agg(ces) AS ces,
	   duration_agg(duration) AS duration
FROM bench_cx GROUP BY 1, 2;
VACUUM (ANALYZE, FREEZE) bench_cx_weekly;
