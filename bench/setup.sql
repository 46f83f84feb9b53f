-- Benchmark data, deterministic (integer hashing, no random()).
-- psql variable :rows sets the number of answer pairs.
SET search_path = public, sx;

-- One row per answer pair: 100 features, 3 segments, one year of days.
-- The key comes first, then the answers: f, d as kano_answer (for sx) and
-- fi, di as integer codes (for the plain-SQL rivals), then the attributes.
DROP TABLE IF EXISTS bench_kano;
CREATE UNLOGGED TABLE bench_kano (
	feature int NOT NULL,
	f kano_answer,
	d kano_answer,
	fi int,
	di int,
	segment int NOT NULL,
	day date NOT NULL,
	respondent int NOT NULL
);
INSERT INTO bench_kano
SELECT g % 100, x.fi, x.di, x.fi, x.di,
	   (g / 100) % 3, date '2025-01-01' + ((g / 300) % 365)::int, (g % 1000000)::int
FROM generate_series(0::bigint, :rows - 1) g,
	 LATERAL (SELECT 1 + ((g * 2654435761) % 4294967291) % 5 AS fi,
					 1 + ((g * 40503 + 12345) % 2147483647) % 5 AS di) x;
VACUUM (ANALYZE, FREEZE) bench_kano;

-- Rollup table: one kano_result per feature and day
DROP TABLE IF EXISTS bench_kano_daily;
CREATE UNLOGGED TABLE bench_kano_daily AS
SELECT feature, day, kano_agg(f, d) AS result FROM bench_kano GROUP BY feature, day;
VACUUM (ANALYZE, FREEZE) bench_kano_daily;
