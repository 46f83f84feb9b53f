-- kano_category: input forms, output, order, names, binary
SET search_path = public, sx;

SELECT input, input::kano_category AS category
FROM (VALUES ('A'), ('a'), (' attractive '), ('Exciting'), ('delighter'),
			 ('O'), ('one-dimensional'), ('One Dimensional'), ('desired'), ('satisfier'),
			 ('M'), ('must-be'), ('expected'), ('DISSATISFIER'),
			 ('I'), ('indifferent'), ('Q'), ('questionable'), ('R'), ('reverse')) AS v(input);

SELECT input, sqlstate_of(format('SELECT %L::sx.kano_category', input))
FROM (VALUES (''), ('X'), ('AO'), ('attractiv'), ('must'), ('0'), ('one_dimensional'),
			 ('undesired')) AS v(input);
\set VERBOSITY default
SELECT 'Z'::kano_category;

-- sort order is the tie-break priority M < O < A < I < R < Q
SELECT c FROM unnest('{Q,R,I,A,O,M}'::kano_category[]) AS c ORDER BY c;
SELECT 'M'::kano_category < 'O', 'A'::kano_category < 'I', 'R'::kano_category < 'Q',
	   'Q'::kano_category > 'M', 'A'::kano_category = 'attractive', 'A'::kano_category <> 'O',
	   'O'::kano_category <= 'O', 'I'::kano_category >= 'A';

-- names in both vocabularies
SELECT c, kano_category_name(c) AS kano, kano_category_name(c, 'iso16355') AS iso16355,
	   kano_category_name(c, ' KANO ') AS kano_again
FROM unnest('{M,O,A,I,R,Q}'::kano_category[]) AS c;
SELECT sqlstate_of($$SELECT sx.kano_category_name('A', 'english')$$);
SELECT kano_category_name('A', NULL) IS NULL AS null_vocabulary;

-- indexes and hashing
CREATE TABLE cats AS SELECT (('{M,O,A,I,R,Q}'::kano_category[])[1 + g % 6]) AS c, g
FROM generate_series(1, 600) g;
CREATE INDEX cats_c ON cats (c);
CREATE INDEX cats_h ON cats USING hash (c);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM cats WHERE c = 'A';
SELECT count(*) FROM cats WHERE c = 'A';
SELECT count(*) FROM cats WHERE c <= 'A';
RESET enable_seqscan;
RESET enable_bitmapscan;
SET enable_sort = off;
SELECT c, count(*) FROM cats GROUP BY c ORDER BY c;
RESET enable_sort;
SELECT bool_and((kano_category_hash(c)::bigint & 4294967295) = (kano_category_hash_extended(c, 0) & 4294967295))
FROM cats;

-- binary: one ASCII letter
SELECT c, kano_category_send(c) FROM unnest('{M,O,A,I,R,Q}'::kano_category[]) AS c;
\copy (SELECT c FROM cats) TO 'results-regress/cats.bin' WITH (FORMAT binary)
CREATE TABLE cats2 (c kano_category);
\copy cats2 FROM 'results-regress/cats.bin' WITH (FORMAT binary)
SELECT count(*), count(*) FILTER (WHERE c = 'R') FROM cats2;
CREATE TABLE raw_cat (b bytea);
INSERT INTO raw_cat VALUES ('\x5a');
\copy raw_cat TO 'results-regress/bad_cat.bin' WITH (FORMAT binary)
\copy cats2 FROM 'results-regress/bad_cat.bin' WITH (FORMAT binary)
