-- kano_result: text and binary forms, validation, equality, merging, jsonb
SET search_path = public, sx;

-- the empty value (also read from the word empty), a full value, blanks
-- around sections
SELECT 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'::kano_result;
SELECT 'empty'::kano_result, ' EMPTY '::text::kano_result = 'empty'::kano_result AS blanks_and_case;
SELECT '  pairs=1,2,3,4,5/6,7,8,9,10/11,12,13,14,15/16,17,18,19,20/21,22,23,24,25
	incomplete=7   importance=2,1234.5,762200.5  '::kano_result;

-- lossless text round trip: importance sums are exact decimals (millionths
-- and millionths squared), up to the largest the counts allow
CREATE TABLE kr (id int, r kano_result);
INSERT INTO kr VALUES
 (1, 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
 (2, 'pairs=3,0,0,0,9/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=2 importance=3,0.3,0.05'),
 (3, 'pairs=9223372036854775806,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=1 importance=1,-1000000000000,1000000000000000000000000'),
 (4, 'pairs=1,1,1,1,1/1,1,1,1,1/1,1,1,1,1/1,1,1,1,1/1,1,1,1,1 incomplete=0 importance=2,-0,0.000000000002'),
 (5, 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,2 incomplete=0 importance=2,3.141593,4.934804'),
 (6, 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,9223372036854775807 incomplete=0 importance=9223372036854775807,-9223372036854775807000000000000,9223372036854775807000000000000000000000000');
SELECT id, r::text::kano_result = r AS text_round_trip, r::text FROM kr ORDER BY id;
SELECT pg_column_size(r) AS stored_bytes FROM kr WHERE id = 1;

-- sx 1.0 wrote its sums as doubles: that text form still reads, rounded to
-- the units, and within floating-point rounding of consistent moments
SELECT v::kano_result::text FROM (VALUES
  ('pairs=3,0,0,0,9/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=2 importance=3,0.30000000000000004,0.05000000000000001'),
  ('pairs=1,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=1,0.1,0.010000000000000002'),
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,3 incomplete=0 importance=3,3000000000,3.000000000000002e+18'),
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,2 incomplete=0 importance=2,1.5e+6,1.125e+12')) AS t(v);

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
  -- one number of 3 has the square 9, not 10 (1.0 accepted this)
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=0 importance=1,3,10'),
  -- nor 9.0000006 from a sum given with a 7th decimal
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=0 importance=1,3.0000001,10'),
  -- a sum beyond what 2 values of at most 1e12 can give
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,2 incomplete=0 importance=2,2000000000001,2000000000002000000000000'),
  -- beyond the range of the sums themselves (a 1.0 value with huge importance)
  ('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,1 incomplete=0 importance=1,1e150,1e300'),
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
-- unknown format byte (1.1 writes 2; 1 is 1.0's, of another length)
UPDATE raw_result SET b = set_byte((SELECT kano_result_send(r) FROM kr WHERE id = 2), 0, 3);
\copy raw_result TO 'results-regress/raw_result.bin' WITH (FORMAT binary)
\copy one_result FROM 'results-regress/raw_result.bin' WITH (FORMAT binary)
-- a negative count (top byte of the first count set)
UPDATE raw_result SET b = set_byte((SELECT kano_result_send(r) FROM kr WHERE id = 2), 1, 255);
\copy raw_result TO 'results-regress/raw_result.bin' WITH (FORMAT binary)
\copy one_result FROM 'results-regress/raw_result.bin' WITH (FORMAT binary)
-- a sum of squares too small for the sum (its 24 bytes, the last ones, zeroed)
UPDATE raw_result SET b = overlay((SELECT kano_result_send(r) FROM kr WHERE id = 2)
	PLACING decode(repeat('00', 24), 'hex') FROM 234 FOR 24);
\copy raw_result TO 'results-regress/raw_result.bin' WITH (FORMAT binary)
\copy one_result FROM 'results-regress/raw_result.bin' WITH (FORMAT binary)
-- sx 1.0's binary form (format 1, sums as doubles) still reads: 0.3 and
-- 0.05 as the doubles 1.0 summed them to
UPDATE raw_result SET b = substr((SELECT kano_result_send(r) FROM kr WHERE id = 2), 1, 217)
	|| '\x3fd3333333333334'::bytea || '\x3fa999999999999b'::bytea;
UPDATE raw_result SET b = set_byte(b, 0, 1);
\copy raw_result TO 'results-regress/raw_result.bin' WITH (FORMAT binary)
\copy one_result FROM 'results-regress/raw_result.bin' WITH (FORMAT binary)
SELECT r, r = (SELECT r FROM kr WHERE id = 2) AS same_as_1_1 FROM one_result;
DELETE FROM one_result WHERE r <> (SELECT r FROM kr WHERE id = 2);
-- a NaN importance sum in sx 1.0's form (exponent bits all set)
UPDATE raw_result SET b = overlay(b PLACING '\x7ff8000000000001'::bytea FROM 218 FOR 8);
\copy raw_result TO 'results-regress/raw_result.bin' WITH (FORMAT binary)
\copy one_result FROM 'results-regress/raw_result.bin' WITH (FORMAT binary)
-- empty
UPDATE raw_result SET b = '';
\copy raw_result TO 'results-regress/raw_result.bin' WITH (FORMAT binary)
\copy one_result FROM 'results-regress/raw_result.bin' WITH (FORMAT binary)
SELECT count(*) AS the_two_good_rows FROM one_result;
\set VERBOSITY default

-- equality compares every field; -0 and 0 are the same exact sum
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
SELECT sqlstate_of($$SELECT (SELECT r FROM kr WHERE id = 6) + (SELECT r FROM kr WHERE id = 6)$$);
-- the operands of + are not modified
SELECT r FROM kr WHERE id = 2;

-- jsonb: the raw statistic with iso24082 category counts
SELECT r::jsonb FROM kr WHERE id = 2;
SELECT jsonb_pretty(r::jsonb) FROM kr WHERE id = 2;
