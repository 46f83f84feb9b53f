-- NPS (with adjusted-Wald interval), CSAT and CES
SET search_path = public, sx;

-- NPS: 10 nps_answers, promoters 9-10: 4, detractors 0-6: 3 -> 100 (0.4 - 0.3) = 10
CREATE TABLE nps_answers AS SELECT * FROM (VALUES (10), (9), (9), (10), (8), (7), (6), (0), (3), (8), (NULL)) v(a);
SELECT nps_agg(a) AS r FROM nps_answers;
SELECT nps_n(r), nps(r), round(nps_low(r)::numeric, 6) AS low, round(nps_high(r)::numeric, 6) AS high
FROM (SELECT nps_agg(a) AS r FROM nps_answers) x;
-- the interval by hand: n' = 13, P' = 4.75/13, D' = 3.75/13
SELECT round((100 * ((p - d) - z * sqrt((p + d - (p - d)^2) / n)))::numeric, 6) AS low_by_hand,
	   round((100 * ((p - d) + z * sqrt((p + d - (p - d)^2) / n)))::numeric, 6) AS high_by_hand
FROM (SELECT 4.75 / 13 AS p, 3.75 / 13 AS d, 13 AS n, 1.959963984540054 AS z) v;
-- clipped to [-100, 100]; wider at 99 %
SELECT nps(r), nps_low(r), nps_high(r) FROM (SELECT nps_agg(10) AS r FROM generate_series(1, 3)) x;
SELECT nps(r), nps_low(r), nps_high(r) FROM (SELECT nps_agg(0) AS r FROM generate_series(1, 3)) x;
SELECT nps_high(r, 0.99) - nps_low(r, 0.99) > nps_high(r) - nps_low(r) AS wider
FROM (SELECT nps_agg(a) AS r FROM nps_answers) x;
-- empty: NULL figures
SELECT nps_n(r), nps(r), nps_low(r), nps_high(r) FROM (SELECT nps_agg(a) AS r FROM nps_answers WHERE false) x;
-- out of scale is an error, never a skewed figure
SELECT sqlstate_of('SELECT sx.nps_agg(a) FROM (VALUES (11)) v(a)'),
	   sqlstate_of('SELECT sx.nps_agg(a) FROM (VALUES (-1)) v(a)'),
	   sqlstate_of($$SELECT sx.nps_low('answers=0,0,0,0,0,0,0,0,0,0,1', 1)$$);
-- the type: round trip, validation, binary, merge, jsonb, ordering
SELECT r::text::nps_result = r FROM (SELECT nps_agg(a) AS r FROM nps_answers) x;
SELECT input, sqlstate_of(format('SELECT %L::sx.nps_result', input))
FROM (VALUES (''), ('answers=1,2,3'), ('answers=0,0,0,0,0,0,0,0,0,0,0,0'), ('answers=-1,0,0,0,0,0,0,0,0,0,0'),
			 ('answers=9223372036854775807,1,0,0,0,0,0,0,0,0,0'), ('answers= 0,0,0,0,0,0,0,0,0,0,0')) AS v(input);
CREATE TABLE nr (id int, r nps_result);
INSERT INTO nr SELECT 1, nps_agg(a) FROM nps_answers;
INSERT INTO nr VALUES (2, 'answers=0,0,0,0,0,0,0,0,0,0,7');
\copy (SELECT id, r FROM nr) TO 'results-regress/nr.bin' WITH (FORMAT binary)
CREATE TABLE nr2 (id int, r nps_result);
\copy nr2 FROM 'results-regress/nr.bin' WITH (FORMAT binary)
SELECT count(*) FILTER (WHERE nr.r = nr2.r) AS identical FROM nr JOIN nr2 USING (id);
CREATE TABLE raw_nps (b bytea);
CREATE TABLE nr_one (r nps_result);
INSERT INTO raw_nps SELECT substr(nps_result_send(r), 1, 50) FROM nr WHERE id = 1;
\copy raw_nps TO 'results-regress/raw_nps.bin' WITH (FORMAT binary)
\copy nr_one FROM 'results-regress/raw_nps.bin' WITH (FORMAT binary)
SELECT (SELECT r FROM nr WHERE id = 1) + (SELECT r FROM nr WHERE id = 2) AS merged;
SELECT nps_merge(r) = (SELECT nps_agg(a) FROM (SELECT a FROM nps_answers UNION ALL SELECT 10 FROM generate_series(1, 7)) x(a)) AS merge_ok
FROM nr;
SELECT r::jsonb FROM nr WHERE id = 1;
SELECT id FROM nr ORDER BY r DESC;
-- moving windows
SELECT count(*) FILTER (WHERE moving = recomputed) AS equal
FROM (SELECT g, nps_agg(g % 11) OVER (ORDER BY g ROWS 5 PRECEDING) AS moving,
			 (SELECT nps_agg(h % 11) FROM generate_series(greatest(1, s.g - 5), s.g) h) AS recomputed
	  FROM generate_series(1, 60) s(g)) w;

-- CSAT: top-2-box percent of 1..5; CES: mean of 1..7 and the net score
SELECT csat(a) FROM (VALUES (5), (4), (3), (1), (4), (NULL)) v(a);
SELECT ces(a), ces_net(a) FROM (VALUES (7), (6), (5), (2), (1), (7), (NULL)) v(a);
-- by hand: ces mean 28/6, net (3 - 2) / 6 = 16.67 %
SELECT 28.0 / 6 AS ces_by_hand, 100.0 * (3 - 2) / 6 AS net_by_hand;
SELECT csat(a), ces(a), ces_net(a) FROM (SELECT 1 WHERE false) x(a);
SELECT sqlstate_of('SELECT sx.csat(a) FROM (VALUES (6)) v(a)'),
	   sqlstate_of('SELECT sx.csat(a) FROM (VALUES (0)) v(a)'),
	   sqlstate_of('SELECT sx.ces(a) FROM (VALUES (8)) v(a)'),
	   sqlstate_of('SELECT sx.ces_net(a) FROM (VALUES (0)) v(a)');
\set VERBOSITY default
SELECT csat(a) FROM (VALUES (9)) v(a);
-- histogram states are checked
SELECT sqlstate_of($$SELECT sx.csat_final('{1,2,3}')$$), sqlstate_of($$SELECT sx.ces_final('{1,2,NULL,4,5,6,7}')$$),
	   sqlstate_of($$SELECT sx.sx_hist_combine('{1,2,3,4,5}', '{1,2}')$$);

-- parallel: same results as serial
CREATE TABLE cx AS SELECT g % 5 AS grp, g % 11 AS nps_a, 1 + g % 5 AS csat_a, 1 + (g * 3) % 7 AS ces_a
FROM generate_series(1, 50000) g;
ANALYZE cx;
CREATE TABLE cx_serial AS SELECT grp, nps_agg(nps_a) AS n, csat(csat_a) AS c, ces(ces_a) AS e, ces_net(ces_a) AS en
FROM cx GROUP BY grp;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT grp, nps_agg(nps_a), csat(csat_a), ces(ces_a) FROM cx GROUP BY grp;
SELECT count(*) FILTER (WHERE s.n = p.n AND s.c = p.c AND s.e = p.e AND s.en = p.en) AS equal
FROM cx_serial s JOIN (SELECT grp, nps_agg(nps_a) AS n, csat(csat_a) AS c, ces(ces_a) AS e, ces_net(ces_a) AS en
					FROM cx GROUP BY grp) p USING (grp);
