-- One shard of bench_kano (setup-fdw.sql): the rows of setup.sql whose
-- segment, (g / 100) % 3, is :segment, that is g = 300 j + 100 :segment + i
SET search_path = public, sx;
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS sx;
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
FROM generate_series(0::bigint, (:rows - 1) / 300) j, generate_series(0::bigint, 99) i,
	 LATERAL (SELECT 300 * j + 100 * :segment + i AS g) k,
	 LATERAL (SELECT 1 + ((g * 2654435761) % 4294967291) % 5 AS fi,
					 1 + ((g * 40503 + 12345) % 2147483647) % 5 AS di) x
WHERE g < :rows;
VACUUM (ANALYZE, FREEZE) bench_kano;
