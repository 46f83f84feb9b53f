-- kano_answer: every accepted form, output, errors, casts, operators, binary
SET search_path = public, sx;

-- every accepted text form, with case and blanks varied
SELECT input, input::kano_answer AS answer, input::kano_answer::integer AS code
FROM (VALUES ('1'), ('like'), ('LIKE'), ('  Like  '), ('I like it'), ('i LIKE it'),
			 ('2'), ('expect'), ('must-be'), ('Must Be'), ('I expect it'),
			 ('3'), ('neutral'), ('I am neutral'), (E'\tneutral\n'),
			 ('4'), ('live-with'), ('live with'), ('Live  With'), ('tolerate'),
			 ('I live with it'), ('I can tolerate it'),
			 ('5'), ('dislike'), ('I dislike it'), ('I-dislike-it'),
			 -- the classic wordings of Berger et al. (1993)
			 ('I like it that way'), ('It must be that way'), ('I can live with it that way'),
			 ('I can live with it'), ('I dislike it that way'), ('it MUST be that-way')) AS v(input);

-- everything else is 22P02 with the accepted forms in the hint
SELECT input, sqlstate_of(format('SELECT %L::sx.kano_answer', input))
FROM (VALUES (''), ('  '), ('0'), ('6'), ('1.0'), ('01'), ('likes'),
			 ('I like'), ('l'), ('like it'), ('must_be'), ('dis like'),
			 ('neutral!'), (repeat('like ', 13)), ('-1'), ('like-'), ('- like'), ('ⅰ')) AS v(input);
\set VERBOSITY default
SELECT 'maybe'::kano_answer;
-- an empty text is no answer: the hint says how to load it as NULL
SELECT ''::kano_answer;
SELECT '   '::kano_answer;
-- the recipe: in CSV an unquoted empty field is NULL; a quoted one needs FORCE_NULL
CREATE TABLE csv_answers (respondent int, f kano_answer, d kano_answer);
COPY csv_answers FROM stdin WITH (FORMAT csv);
1,I like it that way,"I dislike it that way"
2,"",It must be that way
\.
COPY csv_answers FROM stdin WITH (FORMAT csv, FORCE_NULL (f, d));
1,I like it that way,"I dislike it that way"
2,"",It must be that way
3,,""
\.
SELECT respondent, f, d FROM csv_answers ORDER BY respondent;
SELECT kano_agg(f, d) FROM csv_answers;

-- output is always the canonical short name
SELECT code, code::kano_answer::text FROM generate_series(1, 5) AS code;

-- casts: integer -> kano_answer is an assignment cast, checked
CREATE TABLE answers (f kano_answer, d kano_answer);
INSERT INTO answers VALUES (1, 5), ('expect', 'dislike'), ('I am neutral', 3);
INSERT INTO answers VALUES (0, 5);
INSERT INTO answers VALUES (1, 6);
SELECT f, d, f::integer AS fi, d::integer AS di FROM answers;
SELECT sqlstate_of('SELECT 7::sx.kano_answer'), sqlstate_of('SELECT (-1)::sx.kano_answer');
SELECT kano_answer(4), kano_answer_code('dislike');

-- operators and ordering follow the codes
SELECT 'like'::kano_answer < 'expect', 'dislike'::kano_answer > 'neutral',
	   'neutral'::kano_answer = '3', 'neutral'::kano_answer <> 'like',
	   'expect'::kano_answer <= 'expect', 'live-with'::kano_answer >= 'dislike';
SELECT a FROM (VALUES ('dislike'::kano_answer), ('like'), ('neutral'), ('expect'),
			  ('live-with'), (NULL)) AS v(a) ORDER BY a;

-- btree index and hash opclass are used
CREATE TABLE many AS SELECT (1 + g % 5)::kano_answer AS a, g FROM generate_series(1, 1000) g;
CREATE INDEX many_a ON many (a);
CREATE INDEX many_h ON many USING hash (a);
ANALYZE many;
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT count(*) FROM many WHERE a = 'expect';
SELECT count(*) FROM many WHERE a = 'expect';
SELECT count(*) FROM many WHERE a < 'neutral';
DROP INDEX many_a;
EXPLAIN (COSTS OFF) SELECT count(*) FROM many WHERE a = 'expect';
SELECT count(*) FROM many WHERE a = 'expect';
RESET enable_seqscan;
RESET enable_bitmapscan;
SET enable_sort = off;
EXPLAIN (COSTS OFF) SELECT a, count(*) FROM many GROUP BY a;
SELECT a, count(*) FROM many GROUP BY a ORDER BY a;
RESET enable_sort;
-- the seeded hash agrees with the plain hash at seed 0
SELECT bool_and((kano_answer_hash(a)::bigint & 4294967295) = (kano_answer_hash_extended(a, 0) & 4294967295))
FROM many;

-- binary round trip through COPY
\copy (SELECT f, d FROM answers) TO 'results-regress/answers.bin' WITH (FORMAT binary)
CREATE TABLE answers2 (f kano_answer, d kano_answer);
\copy answers2 FROM 'results-regress/answers.bin' WITH (FORMAT binary)
SELECT (SELECT array_agg(f ORDER BY f) FROM answers) = (SELECT array_agg(f ORDER BY f) FROM answers2) AS same_f,
	   (SELECT array_agg(d ORDER BY d) FROM answers) = (SELECT array_agg(d ORDER BY d) FROM answers2) AS same_d;
SELECT kano_answer_send('live-with');
-- binary input rejects bytes outside 1..5: a bytea's binary form is its raw_answer
-- bytes, so it can be copied in as a kano_answer
CREATE TABLE raw_answer (b bytea);
INSERT INTO raw_answer VALUES ('\x06');
\copy raw_answer TO 'results-regress/bad_answer.bin' WITH (FORMAT binary)
CREATE TABLE one_answer (a kano_answer);
\copy one_answer FROM 'results-regress/bad_answer.bin' WITH (FORMAT binary)
TRUNCATE raw_answer;
INSERT INTO raw_answer VALUES ('\x0303');
\copy raw_answer TO 'results-regress/bad_answer.bin' WITH (FORMAT binary)
\copy one_answer FROM 'results-regress/bad_answer.bin' WITH (FORMAT binary)
SELECT count(*) FROM one_answer;
