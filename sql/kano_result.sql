-- kano_result: text and binary forms, validation, equality, merging, jsonb
SET search_path = public, sx;

-- the empty value, a full value, blanks around sections
SELECT 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'::kano_result;
SELECT '  pairs=1,2,3,4,5/6,7,8,9,10/11,12,13,14,15/16,17,18,19,20/21,22,23,24,25
	incomplete=7   importance=300,1234.5,6789.25  '::kano_result;

-- lossless text round trip, including awkward doubles
CREATE TABLE kr (id int, r kano_result);
INSERT INTO kr VALUES
 (1, 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
 (2, 'pairs=3,0,0,0,9/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=2 importance=3,0.30000000000000004,0.1'),
 (3, 'pairs=9223372036854775806,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=1 importance=1,-1e-300,1e300'),
 (4, 'pairs=1,1,1,1,1/1,1,1,1,1/1,1,1,1,1/1,1,1,1,1/1,1,1,1,1 incomplete=0 importance=2,-0,5e-324'),
 (5, 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,2 incomplete=0 importance=2,3.141592653589793,4.934802200544679');
SELECT id, r::text::kano_result = r AS text_round_trip, r::text FROM kr ORDER BY id;
SELECT pg_column_size(r) AS stored_bytes FROM kr WHERE id = 1;

-- binary round trip through COPY
\copy (SELECT id, r FROM kr) TO 'results-regress/kr.bin' WITH (FORMAT binary)
CREATE TABLE kr2 (id int, r kano_result);
\copy kr2 FROM 'results-regress/kr.bin' WITH (FORMAT binary)
SELECT count(*) AS rows, count(*) FILTER (WHERE kr.r = kr2.r) AS identical
FROM kr JOIN kr2 USING (id);
SELECT length(kano_result_send(r)) AS wire_bytes FROM kr WHERE id = 2;

-- malformed text: 22P02
SELECT input, sqlstate_of(format('SELECT %L::sx.kano_result', input))
FROM (VALUES (''), ('pairs='),
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0 incomplete=0 importance=0,0,0'),
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0,0 incomplete=0 importance=0,0,0'),
  ('pairs=0,0,0,0,0,0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0'),
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 importance=0,0,0 incomplete=0'),
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0 extra'),
  ('pairs=-1,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
  ('pairs=+1,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
  ('pairs= 1,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
  ('pairs=9223372036854775808,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
  ('pairs=1.5,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=0 importance=1,NaN,0'),
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=0 importance=1,Infinity,0'),
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=0 importance=1,1e999,0'),
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=0 importance=1,0x10,0'),
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=0 importance=1,1e,0'),
  ('PAIRS=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0')
) AS v(input);

-- well-formed but inconsistent: 22023 (or 22003 when counts overflow)
SELECT input, sqlstate_of(format('SELECT %L::sx.kano_result', input))
FROM (VALUES
  -- importance seen on more rows than there are complete pairs
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=5 importance=2,1,1'),
  -- sums without any importance
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=0 importance=0,1,1'),
  -- negative sum of squares
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=0 importance=1,1,-1'),
  -- no 2 numbers sum to 10 with squares summing to 1
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,2 incomplete=0 importance=2,10,1'),
  -- counts that overflow when added up
  ('pairs=9223372036854775807,1,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
  ('pairs=9223372036854775807,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=1 importance=0,0,0')
) AS v(input);
\set VERBOSITY default
SELECT 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,2 incomplete=0 importance=2,10,1'::kano_result;
SELECT 'pairs=1,2,3'::kano_result;


-- binary input is checked the same way: wrong length, format, values
CREATE TABLE raw_result (b bytea);
CREATE TABLE one_result (r kano_result);
INSERT INTO raw_result SELECT kano_result_send(r) FROM kr WHERE id = 2;
\copy raw_result TO 'results-regress/raw_result.bin' WITH (FORMAT binary)
\copy one_result FROM 'results-regress/raw_result.bin' WITH (FORMAT binary)
SELECT r = (SELECT r FROM kr WHERE id = 2) AS recv_ok FROM one_result;
-- truncated by one byte
UPDATE raw_result SET b = substr(b, 1, length(b) - 1);
\copy raw_result TO 'results-regress/raw_result.bin' WITH (FORMAT binary)
\copy one_result FROM 'results-regress/raw_result.bin' WITH (FORMAT binary)
-- one byte too many
UPDATE raw_result SET b = (SELECT kano_result_send(r) FROM kr WHERE id = 2) || '\x00'::bytea;
\copy raw_result TO 'results-regress/raw_result.bin' WITH (FORMAT binary)
\copy one_result FROM 'results-regress/raw_result.bin' WITH (FORMAT binary)
-- unknown format byte
UPDATE raw_result SET b = set_byte((SELECT kano_result_send(r) FROM kr WHERE id = 2), 0, 2);
\copy raw_result TO 'results-regress/raw_result.bin' WITH (FORMAT binary)
\copy one_result FROM 'results-regress/raw_result.bin' WITH (FORMAT binary)
-- a negative count (top byte of the first count set)
UPDATE raw_result SET b = set_byte((SELECT kano_result_send(r) FROM kr WHERE id = 2), 1, 255);
\copy raw_result TO 'results-regress/raw_result.bin' WITH (FORMAT binary)
\copy one_result FROM 'results-regress/raw_result.bin' WITH (FORMAT binary)
-- a NaN importance sum (exponent bits all set)
UPDATE raw_result SET b = overlay((SELECT kano_result_send(r) FROM kr WHERE id = 2)
	PLACING '\x7ff8000000000001'::bytea FROM 218 FOR 8);
\copy raw_result TO 'results-regress/raw_result.bin' WITH (FORMAT binary)
\copy one_result FROM 'results-regress/raw_result.bin' WITH (FORMAT binary)
-- empty
UPDATE raw_result SET b = '';
\copy raw_result TO 'results-regress/raw_result.bin' WITH (FORMAT binary)
\copy one_result FROM 'results-regress/raw_result.bin' WITH (FORMAT binary)
SELECT count(*) AS still_one_row FROM one_result;
\set VERBOSITY default

-- equality compares every field; -0 and 0 are equal and hash alike
SELECT a.id, b.id FROM kr a, kr b WHERE a.r = b.r ORDER BY 1, 2;
SELECT count(*) FROM kr a, kr b WHERE a.r <> b.r;
SELECT x = y AS equal, kano_result_hash(x) = kano_result_hash(y) AS same_hash,
	   kano_result_hash_extended(x, 7) = kano_result_hash_extended(y, 7) AS same_hash7,
	   (kano_result_hash(x)::bigint & 4294967295) = (kano_result_hash_extended(x, 0) & 4294967295) AS low_bits
FROM (SELECT 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,2 incomplete=0 importance=2,-0,0'::kano_result AS x,
			 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,2 incomplete=0 importance=2,0,-0'::kano_result AS y) v;
-- ordering, DISTINCT and GROUP BY work (sort- and hash-based)
SELECT id FROM kr ORDER BY r, id;
SELECT count(DISTINCT r) FROM (SELECT r FROM kr UNION ALL SELECT r FROM kr) x;
SET enable_hashagg = off;
SELECT count(*) FROM (SELECT r FROM kr UNION ALL SELECT r FROM kr) x GROUP BY r ORDER BY 1 LIMIT 1;
RESET enable_hashagg;
SET enable_sort = off;
SELECT count(*) FROM (SELECT r FROM kr UNION ALL SELECT r FROM kr) x GROUP BY r ORDER BY 1 LIMIT 1;
RESET enable_sort;
SELECT (SELECT r FROM kr WHERE id = 1) < (SELECT r FROM kr WHERE id = 2) AS lt,
	   (SELECT r FROM kr WHERE id = 3) > (SELECT r FROM kr WHERE id = 2) AS gt,
	   (SELECT r FROM kr WHERE id = 2) <= (SELECT r FROM kr WHERE id = 2) AS le,
	   (SELECT r FROM kr WHERE id = 2) >= (SELECT r FROM kr WHERE id = 4) AS ge;

-- + merges (adds counts and moments) and is what kano_merge does
SELECT (SELECT r FROM kr WHERE id = 2) + (SELECT r FROM kr WHERE id = 5);
SELECT ((SELECT r FROM kr WHERE id = 2) + (SELECT r FROM kr WHERE id = 5)) =
	   ((SELECT r FROM kr WHERE id = 5) + (SELECT r FROM kr WHERE id = 2)) AS commutes;
SELECT sqlstate_of($$SELECT (SELECT r FROM kr WHERE id = 3) + (SELECT r FROM kr WHERE id = 3)$$);
SELECT sqlstate_of($$SELECT 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=0 importance=1,1e150,1e308'::sx.kano_result
	+ 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=0 importance=1,1e150,1e308'::sx.kano_result$$);
-- the operands of + are not modified
SELECT r FROM kr WHERE id = 2;

-- jsonb: the raw statistic with iso24082 category counts
SELECT r::jsonb FROM kr WHERE id = 2;
SELECT jsonb_pretty(r::jsonb) FROM kr WHERE id = 2;
