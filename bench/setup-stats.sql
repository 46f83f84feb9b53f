-- Answers and durations for the statistics-of-change workloads,
-- deterministic (integer hashing): 200 touchpoints, one year of days, NPS,
-- CSAT and CES answers, and a duration spread log-uniformly over six
-- orders of magnitude (0.14 s to 6 hours), as an interval and in seconds.
-- psql variable :rows.
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
	 LATERAL (SELECT round(exp((x.h % 1000003) / 1000003.0 * 12 - 2)::numeric, 6)::float8 AS s) y;
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
