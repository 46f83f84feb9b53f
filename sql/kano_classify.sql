-- kano_classify: every cell of both built-in schemes, custom JSON schemes
SET search_path = public, sx;

-- DOMAIN.md's iso24082 table, typed in by hand, row by row
CREATE TABLE iso_expected (f int, row text);
INSERT INTO iso_expected VALUES (1, 'QAAAO'), (2, 'RQIIM'), (3, 'RIIIM'), (4, 'RIIQM'), (5, 'RRRRQ');
-- kano1984 differs in exactly (2,2) and (4,4), which are I
CREATE TABLE k84_expected (f int, row text);
INSERT INTO k84_expected VALUES (1, 'QAAAO'), (2, 'RIIIM'), (3, 'RIIIM'), (4, 'RIIIM'), (5, 'RRRRQ');

-- all 25 cells of each scheme, both overloads, compared with the table
SELECT e.f, e.row AS expected,
	   string_agg(kano_classify(e.f, d)::text, '' ORDER BY d) AS by_code,
	   string_agg(kano_classify(e.f::kano_answer, d::kano_answer)::text, '' ORDER BY d) AS by_answer
FROM iso_expected e, generate_series(1, 5) d GROUP BY e.f, e.row ORDER BY e.f;
SELECT e.f, e.row AS expected,
	   string_agg(kano_classify(e.f, d, 'kano1984')::text, '' ORDER BY d) AS by_code,
	   string_agg(kano_classify(e.f::kano_answer, d::kano_answer, 'kano1984')::text, '' ORDER BY d) AS by_answer
FROM k84_expected e, generate_series(1, 5) d GROUP BY e.f, e.row ORDER BY e.f;
-- cell by cell, the number of mismatches (must be 0 for both)
SELECT count(*) FILTER (WHERE kano_classify(e.f, d)::text <> substr(e.row, d, 1)) AS iso_mismatches
FROM iso_expected e, generate_series(1, 5) d;
SELECT count(*) FILTER (WHERE kano_classify(e.f, d, 'kano1984')::text <> substr(e.row, d, 1)) AS k84_mismatches
FROM k84_expected e, generate_series(1, 5) d;
-- the two schemes differ in exactly two cells
SELECT f, d FROM generate_series(1, 5) f, generate_series(1, 5) d
WHERE kano_classify(f, d) <> kano_classify(f, d, 'kano1984') ORDER BY f, d;

-- no casts needed with literals or codes; scheme names ignore case and blanks
SELECT kano_classify('like', 'dislike') AS o, kano_classify(1, 5) AS o2,
	   kano_classify('I expect it', 'I dislike it') AS m,
	   kano_classify('like', 'neutral') AS a, kano_classify('dislike', 'like') AS r,
	   kano_classify('like', 'like', ' ISO24082 ') AS q,
	   kano_classify(4, 4, 'Kano1984') AS i,
	   kano_classify(4, 4, 'Pouliot') AS q_pouliot;
SELECT kano_classify(NULL::int, 5) IS NULL AS null_answer,
	   kano_classify(1, 5, NULL) IS NULL AS null_scheme;

-- codes outside 1..5 are out of range
SELECT sqlstate_of('SELECT sx.kano_classify(0, 5)'), sqlstate_of('SELECT sx.kano_classify(1, 6)');

-- a custom JSON scheme equal to a built-in classifies identically
SELECT count(*) FILTER (WHERE kano_classify(f, d) =
		kano_classify(f, d, '{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRRQ"]}')) AS same_as_iso,
	   count(*) FILTER (WHERE kano_classify(f, d, 'kano1984') =
		kano_classify(f, d, ' { "table" : [ "Q A A A O", "rIiIm", "RIIIM", "RIIIM", "RRRRQ" ] } ')) AS same_as_k84
FROM generate_series(1, 5) f, generate_series(1, 5) d;

-- a scheme that changes from row to row is re-resolved (call-site cache)
SELECT s, kano_classify(2, 2, s)
FROM (VALUES ('iso24082'), ('kano1984'), ('iso24082'),
			 ('{"table": ["QAAAO","RMIIM","RIIIM","RIIQM","RRRRQ"]}'), ('kano1984')) AS v(s);

-- kano_scheme_cells shows a scheme's 25 cells
SELECT string_agg(category::text, '' ORDER BY functional, dysfunctional) FROM kano_scheme_cells();
SELECT string_agg(category::text, '' ORDER BY functional, dysfunctional)
FROM kano_scheme_cells('{"table": ["AAAAA","OOOOO","MMMMM","IIIII","RRRRR"]}');
SELECT sqlstate_of($$SELECT * FROM sx.kano_scheme_cells('{"table": ["AAAAA"]}')$$),
	   sqlstate_of($$SELECT * FROM sx.kano_scheme_cells('berger')$$),
	   sqlstate_of($$SELECT sx.nps_high('answers=0,0,0,0,0,0,0,0,0,0,1', 0)$$);

-- bad schemes: every error path is 22023 with what is wrong
SELECT s, sqlstate_of(format('SELECT sx.kano_classify(1, 5, %L)', s))
FROM (VALUES ('iso'), (''), ('iso-24082'),
			 ('{'), ('{"table": '), ('{"table": ["QAAAO"]'), ('[]'), ('{}'), ('"iso24082"'),
			 ('{"table": "QAAAO"}'), ('{"table": {}}'),
			 ('{"table": ["QAAAO","RQIIM","RIIIM","RIIQM"]}'),
			 ('{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRRQ","QQQQQ"]}'),
			 ('{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRQ"]}'),
			 ('{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRRQQ"]}'),
			 ('{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRXQ"]}'),
			 ('{"table": ["QAAAO","RQIIM","RIIIM","RIIQM",5]}'),
			 ('{"table": ["QAAAO","RQIIM","RIIIM","RIIQM",null]}'),
			 ('{"table": [["Q","A","A","A","O"],"RQIIM","RIIIM","RIIQM","RRRRQ"]}'),
			 ('{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRRQ"], "name": "x"}'),
			 ('{"Table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRRQ"]}'),
			 ('{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRRQ"], "table": ["MMMMM","RQIIM","RIIIM","RIIQM","RRRRQ"]}'),
			 ('{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRRQ"], "\u0074able": ["MMMMM","RQIIM","RIIIM","RIIQM","RRRRQ"]}'),
			 ('{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRRQ"]} trailing'),
			 ('{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRRQ"],}'),
			 ($${'table': ['QAAAO','RQIIM','RIIIM','RIIQM','RRRRQ']}$$),
			 ('{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRR\u0000"]}'),
			 ('{"table\u0000junk": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRRQ"]}'),
			 ('{"a":{"b":{"c":{"d":{"e":1}}}}}')) AS v(s);
\set VERBOSITY default
SELECT kano_classify('like', 'dislike', '{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRRRR"')::text;
SELECT kano_classify('like', 'dislike', '{"table": ["QAAAO","RQIIM","RIIIM","RIIQM","RRXRQ"]}');
SELECT kano_classify('like', 'dislike', 'iso 24082');

-- The scheme is cached per call site only when it is a constant: a
-- PL/pgSQL variable, a trigger's NEW.col, a prepared statement's or a SQL
-- function's parameter changes between calls (1.0 answered Q, Q, Q here,
-- kept the first row's scheme in the trigger, and took the invalid scheme)
CREATE TABLE schemes (k int, s text);
INSERT INTO schemes VALUES (1, 'iso24082'), (2, 'kano1984'),
	(3, '{"table": ["AAAAA","AAAAA","AAAAA","AAAAA","AAAAA"]}'), (4, 'no such scheme');
DO $$
DECLARE
	s text;
	got text := '';
BEGIN
	FOR s IN SELECT schemes.s FROM schemes WHERE k <= 3 ORDER BY k LOOP
		got := got || sx.kano_classify(2, 2, s)::text;
	END LOOP;
	RAISE NOTICE 'DO loop over three schemes: %', got;
	FOR s IN SELECT schemes.s FROM schemes ORDER BY k LOOP
		got := sx.kano_classify(2, 2, s)::text;
	END LOOP;
EXCEPTION WHEN invalid_parameter_value THEN
	RAISE NOTICE 'invalid scheme after valid ones: %', SQLERRM;
END $$;
CREATE FUNCTION classify_with(f int, d int, s text) RETURNS text
	LANGUAGE plpgsql AS $$ BEGIN RETURN sx.kano_classify(f, d, s)::text; END $$;
SELECT k, classify_with(2, 2, s) FROM schemes WHERE k <= 3 ORDER BY k;
-- a SQL function that is not inlined (SET) passes its parameter as a Param
CREATE FUNCTION classify_sql(f int, d int, s text) RETURNS text
	LANGUAGE sql SET search_path = public AS $$ SELECT sx.kano_classify(f, d, s)::text $$;
SELECT k, classify_sql(2, 2, s) FROM schemes WHERE k <= 3 ORDER BY k;
SET plan_cache_mode = force_generic_plan;
PREPARE classify_prepared(text) AS SELECT sx.kano_classify(2, 2, $1)::text;
EXECUTE classify_prepared('iso24082');
EXECUTE classify_prepared('kano1984');
EXECUTE classify_prepared('{"table": ["AAAAA","AAAAA","AAAAA","AAAAA","AAAAA"]}');
SELECT sqlstate_of($$EXECUTE classify_prepared('no such scheme')$$);
DEALLOCATE classify_prepared;
RESET plan_cache_mode;
-- a row trigger storing the category under each row's own scheme
CREATE TABLE classified (f int, d int, scheme text, category kano_category);
CREATE FUNCTION classify_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	NEW.category := sx.kano_classify(NEW.f, NEW.d, NEW.scheme);
	RETURN NEW;
END $$;
CREATE TRIGGER classify_row BEFORE INSERT ON classified FOR EACH ROW EXECUTE FUNCTION classify_row();
INSERT INTO classified (f, d, scheme) SELECT 2, 2, s FROM schemes WHERE k <= 3 ORDER BY k;
SELECT scheme, category FROM classified ORDER BY scheme;
SELECT sqlstate_of($$INSERT INTO classified (f, d, scheme) SELECT 2, 2, s FROM schemes ORDER BY k$$);
-- a column of schemes in one query, and the constant fast path, still right
SELECT k, kano_classify(2, 2, s) FROM schemes WHERE k <= 3 ORDER BY k;
SELECT kano_classify(2, 2, 'kano1984'), kano_classify(2, 2);
