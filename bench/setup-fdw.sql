-- Three postgres_fdw shards of bench_kano (setup.sql), split by segment
-- (0, 1, 2), each in a database of the same cluster with sx; the
-- coordinator's bench_fdw_kano is partitioned by segment into foreign
-- partitions, as in the README's recipe ("Scaling out") and tests/fdw.sh.
-- The shards generate their rows themselves, with setup.sql's formula
-- (fdw-shard.sql), so that they hold exactly bench_kano's rows.
-- psql variable :rows; the connection comes from the environment that
-- pg_virtualenv set.
SET client_min_messages = warning;
\getenv pghost PGHOST
\getenv pgport PGPORT
\getenv pguser PGUSER
\getenv pgpassword PGPASSWORD
SELECT format('DROP DATABASE IF EXISTS bench_shard%s', s) FROM generate_series(1, 3) s \gexec
SELECT format('CREATE DATABASE bench_shard%s', s) FROM generate_series(1, 3) s \gexec
-- the shards' own work runs as one node's does: one process each
SELECT format('ALTER DATABASE bench_shard%s SET max_parallel_workers_per_gather = 0', s)
FROM generate_series(1, 3) s \gexec
\set segment 0
\c bench_shard1
\ir fdw-shard.sql
\set segment 1
\c bench_shard2
\ir fdw-shard.sql
\set segment 2
\c bench_shard3
\ir fdw-shard.sql
\c sx_bench
SET client_min_messages = warning;
SET search_path = public, sx;
CREATE EXTENSION IF NOT EXISTS postgres_fdw;
DROP TABLE IF EXISTS bench_fdw_kano;
CREATE TABLE bench_fdw_kano (
	feature int NOT NULL,
	f kano_answer,
	d kano_answer,
	fi int,
	di int,
	segment int NOT NULL,
	day date NOT NULL,
	respondent int NOT NULL
) PARTITION BY LIST (segment);
SELECT format('DROP SERVER IF EXISTS bench_shard%s CASCADE', s) FROM generate_series(1, 3) s \gexec
SELECT format('CREATE SERVER bench_shard%s FOREIGN DATA WRAPPER postgres_fdw
			   OPTIONS (host %L, port %L, dbname %L, extensions %L, async_capable %L, fetch_size %L)',
			  s, :'pghost', :'pgport', 'bench_shard' || s, 'sx', 'true', '10000'),
	   format('CREATE USER MAPPING FOR CURRENT_USER SERVER bench_shard%s OPTIONS (user %L, password %L)',
			  s, :'pguser', :'pgpassword'),
	   format('CREATE FOREIGN TABLE bench_fdw_kano_%s PARTITION OF bench_fdw_kano
			   FOR VALUES IN (%s) SERVER bench_shard%s OPTIONS (table_name %L)',
			  s, s - 1, s, 'bench_kano')
FROM generate_series(1, 3) s \gexec
ANALYZE bench_fdw_kano;
