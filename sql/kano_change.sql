-- The statistics of change: kano_homogeneity over any number of groups,
-- kano_drift, and differences with intervals (sx_difference)
SET search_path = public, sx;

-- helper: a kano_result from category counts under iso24082 (A at
-- like/expect, O like/dislike, M expect/dislike, I neutral/neutral,
-- R dislike/like, Q like/like)
CREATE FUNCTION kr(a int, o int, m int, i int, r int, q int) RETURNS kano_result
LANGUAGE sql IMMUTABLE AS $$
SELECT format('pairs=%s,%s,0,0,%s/0,0,0,0,%s/0,0,%s,0,0/0,0,0,0,0/%s,0,0,0,0 incomplete=0 importance=0,0,0',
			  q, a, o, m, i, r)::sx.kano_result $$;
SELECT kano_count(kr(1, 2, 3, 4, 5, 6), c) AS n, c FROM unnest('{A,O,M,I,R,Q}'::kano_category[]) c;

-- three groups: the test by hand (expected counts from the margins)
CREATE TABLE kc_g3 (id int, r kano_result);
INSERT INTO kc_g3 VALUES (1, kr(30, 20, 10, 15, 0, 2)), (2, kr(20, 25, 20, 10, 0, 3)), (3, kr(8, 20, 40, 12, 0, 1));
SELECT (kano_homogeneity(r)).* FROM kc_g3;
WITH cells AS (SELECT id, c, kano_count(r, c) AS o FROM kc_g3, unnest('{A,O,M,I,R,Q}'::kano_category[]) c),
	 rows AS (SELECT id, sum(o) AS n FROM cells GROUP BY id),
	 cols AS (SELECT c, sum(o) AS n FROM cells GROUP BY c HAVING sum(o) > 0),
	 total AS (SELECT sum(o) AS n FROM cells)
SELECT round(sum((o - rows.n * cols.n / total.n) ^ 2 / (rows.n * cols.n / total.n))::numeric, 10) AS statistic_by_hand,
	   (count(DISTINCT id) - 1) * (count(DISTINCT c) - 1) AS df_by_hand
FROM cells JOIN rows USING (id) JOIN cols USING (c), total;
-- two groups: exactly kano_compare's p-value, for kc_many kc_pairs
CREATE TABLE kc_pairs AS
SELECT g, kr(g % 7, (g * 3) % 11, (g * 5) % 13, g % 4, g % 3, g % 2) AS r1,
	   kr((g * 7) % 9, g % 5, (g * 11) % 17, (g * 3) % 5, 0, g % 3) AS r2
FROM generate_series(1, 300) g;
SELECT count(*) AS kc_pairs,
	   count(*) FILTER (WHERE h.p_value = kano_compare(r1, r2)) AS equal_p,
	   count(*) FILTER (WHERE h IS NULL AND kano_compare(r1, r2) IS NULL) AS both_null
FROM kc_pairs, LATERAL (SELECT (kano_homogeneity(x)).* FROM (VALUES (r1), (r2)) v(x)) h;
-- empty groups and categories empty everywhere are left out; NULL below two of either
SELECT (kano_homogeneity(r)).* FROM (VALUES (kr(5, 3, 0, 1, 0, 0)), (kr(0, 0, 0, 0, 0, 0)), (kr(1, 4, 0, 2, 0, 0))) v(r);
SELECT kano_homogeneity(r) IS NULL AS one_group FROM (VALUES (kr(5, 3, 0, 1, 0, 0)), ('empty'::kano_result)) v(r);
SELECT kano_homogeneity(r) IS NULL AS one_category FROM (VALUES (kr(5, 0, 0, 0, 0, 0)), (kr(2, 0, 0, 0, 0, 0))) v(r);
SELECT kano_homogeneity(r) IS NULL AS no_rows FROM kc_g3 WHERE false;
-- the scheme: a named or JSON one, the same on every row
SELECT (kano_homogeneity(r, 'kano1984')).p_value = (SELECT (kano_homogeneity(r)).p_value FROM kc_g3) AS same_under_kano1984
FROM kc_g3;
SELECT sqlstate_of($$SELECT sx.kano_homogeneity(r, s) FROM (VALUES
	('pairs=1,0,0,0,0/0,2,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'::sx.kano_result, 'iso24082'),
	('pairs=1,0,0,0,0/0,2,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0', 'kano1984')) v(r, s)$$),
	   sqlstate_of($$SELECT sx.kano_homogeneity('empty', 'nonsense')$$);
-- the result does not depend on the order of the groups or on the plan
CREATE TABLE kc_many AS
SELECT g, g % 10 AS seg, kr(g % 17, (g * 7) % 19, (g * 3) % 23, g % 5, (g / 3) % 2, g % 3) AS r
FROM generate_series(1, 20000) g;
ANALYZE kc_many;
CREATE TABLE kc_h_serial AS SELECT seg, kano_homogeneity(r ORDER BY g) AS h FROM kc_many GROUP BY seg;
SELECT count(*) FILTER (WHERE h = (SELECT kano_homogeneity(r ORDER BY g DESC) FROM kc_many m WHERE m.seg = s.seg)) AS order_free
FROM kc_h_serial s;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT seg, kano_homogeneity(r) FROM kc_many GROUP BY seg;
SELECT count(*) FILTER (WHERE s.h = p.h AND s.h::text = p.h::text) AS parallel_equal
FROM kc_h_serial s JOIN (SELECT seg, kano_homogeneity(r) AS h FROM kc_many GROUP BY seg) p USING (seg);
EXPLAIN (COSTS OFF) SELECT kano_homogeneity(r) FROM kc_many;
SELECT (kano_homogeneity(r)).groups FROM kc_many;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;

-- the state type: text and binary forms, validation
SELECT kano_homogeneity_trans(kano_homogeneity_trans('empty', kr(1, 2, 3, 4, 5, 6)), kr(0, 0, 1, 0, 0, 0));
SELECT kano_homogeneity_combine('scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRQ groups=1,2,3,4,5,6',
								'scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRQ groups=0,0,0,0,0,1/2,2,2,2,2,2');
SELECT kano_homogeneity_final('scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRQ groups=1,2,3,4,5,6/6,5,4,3,2,1');
SELECT input, sqlstate_of(format('SELECT %L::sx.kano_homogeneity_state', input))
FROM (VALUES ('empty'), (''), ('scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRQ groups='),
			 ('scheme=qaaao/rqiim/riiim/riiqm/rrrrq groups=1,2,3,4,5,6'),
			 ('scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRQ groups=1,2,3,4,5'),
			 ('scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRQ groups=1,2,3,4,5,6/'),
			 ('scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRX groups=1,2,3,4,5,6'),
			 ('scheme=QAAAO/RQIIM/RIIIM/RIIQM groups=1,2,3,4,5,6'),
			 ('scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRQ groups=9223372036854775807,1,0,0,0,0'),
			 ('scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRQgroups=1,2,3,4,5,6'),
			 ('groups=1,2,3,4,5,6')) AS v(input);
CREATE TABLE kc_hs (id int, s kano_homogeneity_state);
INSERT INTO kc_hs VALUES (1, 'empty'), (2, 'scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRQ groups=1,2,3,4,5,6/0,0,0,0,0,1');
\copy kc_hs TO 'results-regress/kc_hs.bin' WITH (FORMAT binary)
CREATE TABLE kc_hs2 (LIKE kc_hs);
\copy kc_hs2 FROM 'results-regress/kc_hs.bin' WITH (FORMAT binary)
SELECT count(*) FILTER (WHERE kc_hs.s::text = kc_hs2.s::text) AS identical FROM kc_hs JOIN kc_hs2 USING (id);
CREATE TABLE kc_raw_hs (b bytea);
INSERT INTO kc_raw_hs SELECT substr(kano_homogeneity_state_send(s), 1, 83) FROM kc_hs WHERE id = 2;
\copy kc_raw_hs TO 'results-regress/kc_raw_hs.bin' WITH (FORMAT binary)
\copy kc_hs2 (s) FROM 'results-regress/kc_raw_hs.bin' WITH (FORMAT binary)
-- support functions called directly, or by someone else's aggregate, are checked
SELECT sqlstate_of($$SELECT sx.kano_homogeneity_combine('scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRQ groups=1,0,0,0,0,0',
	'scheme=QIIIO/RQIIM/RIIIM/RIIQM/RRRRQ groups=1,0,0,0,0,0')$$);
CREATE AGGREGATE my_homogeneity(kano_result) (
	SFUNC = sx.kano_homogeneity_trans, STYPE = sx.kano_homogeneity_state,
	INITCOND = 'scheme=QAAAO/RQIIM/RIIIM/RIIQM/RRRRQ groups=4,0,0,0,0,1', FINALFUNC = sx.kano_homogeneity_final);
SELECT (my_homogeneity(r)).* FROM kc_g3;

-- kano_drift: shares of D = A + O + M + I, the change of (A - M) / D with
-- the adjusted-Wald interval (Rocks 2016), and the verdict
CREATE TABLE kc_waves (feature text, before kano_result, after kano_result);
INSERT INTO kc_waves VALUES
	('delighter fading', kr(60, 15, 5, 20, 1, 2), kr(25, 35, 20, 20, 0, 1)),
	('rising', kr(10, 20, 50, 20, 0, 0), kr(40, 20, 20, 20, 0, 0)),
	('stable', kr(40, 30, 10, 20, 0, 0), kr(38, 31, 11, 20, 1, 0)),
	('small', kr(3, 1, 0, 1, 0, 0), kr(0, 1, 3, 1, 0, 0)),
	('no data after', kr(3, 1, 0, 1, 0, 0), kr(0, 0, 0, 0, 2, 1));
SELECT feature, d.category_before, d.category_after, round(d.a_before::numeric, 4) AS a_before,
	   round(d.m_before::numeric, 4) AS m_before, round(d.a_after::numeric, 4) AS a_after,
	   round(d.m_after::numeric, 4) AS m_after, round(d.change::numeric, 4) AS change,
	   round(d.change_low::numeric, 4) AS low, round(d.change_high::numeric, 4) AS high,
	   round(d.p_value::numeric, 6) AS p_value, d.verdict
FROM kc_waves, LATERAL kano_drift(before, after) d ORDER BY feature;
-- the interval by hand for 'delighter fading': D = 100 in both, A - M
-- 55 then 5; adjusted: (55 + 0.75 - 0.75) / 103 and (5) / 103
SELECT round((a2 - a1 - z * sqrt(v1 + v2))::numeric, 4) AS low, round((a2 - a1 + z * sqrt(v1 + v2))::numeric, 4) AS high
FROM (SELECT 55.0 / 103 AS a1, 5.0 / 103 AS a2, 1.959963984540054 AS z,
			 ((60.75 + 5.75) / 103 - (55.0 / 103) ^ 2) / 103 AS v1,
			 ((25.75 + 20.75) / 103 - (5.0 / 103) ^ 2) / 103 AS v2) x;
-- a threshold: a change smaller than it is no significant change
SELECT feature, (kano_drift(before, after, threshold => 0.25)).verdict AS at_025,
	   (kano_drift(before, after, threshold => 0.6)).verdict AS at_06,
	   (kano_drift(before, after, confidence => 0.5)).verdict AS at_50_percent
FROM kc_waves ORDER BY feature;
SELECT sqlstate_of($$SELECT sx.kano_drift('empty', 'empty', threshold => -0.1)$$),
	   sqlstate_of($$SELECT sx.kano_drift('empty', 'empty', threshold => 'NaN')$$),
	   sqlstate_of($$SELECT sx.kano_drift('empty', 'empty', confidence => 1)$$),
	   sqlstate_of($$SELECT sx.kano_drift('empty', 'empty', 'pouliot')$$);
SELECT * FROM kano_drift('empty', 'empty');

-- differences: Newcombe 1998, Table II, method 10 (x1/n1 - x2/n2 there;
-- second minus first here), through Better, a pyramid share and CSAT
CREATE TABLE kc_newcombe (x1 int, n1 int, x2 int, n2 int, paper_low numeric, paper_high numeric);
INSERT INTO kc_newcombe VALUES (56, 70, 48, 80, 0.0524, 0.3339), (9, 10, 3, 10, 0.1705, 0.8090),
	(6, 7, 2, 7, 0.0582, 0.8062), (5, 56, 0, 29, -0.0381, 0.1926), (0, 10, 0, 20, -0.1611, 0.2775),
	(0, 10, 0, 10, -0.2775, 0.2775), (10, 10, 0, 20, 0.6791, 1.0000), (10, 10, 0, 10, 0.6075, 1.0000);
SELECT x1, n1, x2, n2, round(b.estimate::numeric, 4) AS difference, round(b.low::numeric, 4) AS low,
	   round(b.high::numeric, 4) AS high, b.significant,
	   round(b.low::numeric, 4) = paper_low AND round(b.high::numeric, 4) = paper_high AS as_published,
	   b = p AND b.estimate * 100 = c.estimate AND b.low * 100 = c.low AND b.high * 100 = c.high AS same_everywhere
FROM kc_newcombe,
	 LATERAL kano_better_diff(kr(0, x2, 0, n2 - x2, 0, 0), kr(x1, 0, 0, n1 - x1, 0, 0)) b,
	 LATERAL pyramid_share_diff(format('levels=%s,0,0,0,%s unfounded=0', n2 - x2, x2)::pyramid_result,
								format('levels=%s,0,0,0,%s unfounded=0', n1 - x1, x1)::pyramid_result, 'L4') p,
	 LATERAL csat_diff(format('answers=%s,0,0,0,%s', n2 - x2, x2)::csat_result,
					   format('answers=%s,0,0,0,%s', n1 - x1, x1)::csat_result) c
ORDER BY n1, x1, n2;
-- by hand for the first row: Wilson limits of 56/70 and 48/80, added in quadrature
SELECT round((0.2 - sqrt((0.8 - l1) ^ 2 + (u2 - 0.6) ^ 2))::numeric, 10) AS low,
	   round((0.2 + sqrt((u1 - 0.8) ^ 2 + (0.6 - l2) ^ 2))::numeric, 10) AS high,
	   (SELECT round(low::numeric, 10) FROM kano_better_diff(kr(0, 48, 0, 32, 0, 0), kr(56, 0, 0, 14, 0, 0))) AS sx_low,
	   (SELECT round(high::numeric, 10) FROM kano_better_diff(kr(0, 48, 0, 32, 0, 0), kr(56, 0, 0, 14, 0, 0))) AS sx_high
FROM (SELECT (56 + z2 / 2 - z * sqrt(56 * 14 / 70.0 + z2 / 4)) / (70 + z2) AS l1,
			 (56 + z2 / 2 + z * sqrt(56 * 14 / 70.0 + z2 / 4)) / (70 + z2) AS u1,
			 (48 + z2 / 2 - z * sqrt(48 * 32 / 80.0 + z2 / 4)) / (80 + z2) AS l2,
			 (48 + z2 / 2 + z * sqrt(48 * 32 / 80.0 + z2 / 4)) / (80 + z2) AS u2
	  FROM (SELECT 1.959963984540054 AS z, 1.959963984540054 ^ 2 AS z2) c) w;
-- Worse on |Worse| = (O + M) / D; Better and Worse under another scheme
SELECT round(w.estimate::numeric, 4) AS worse_change, round(w.low::numeric, 4) AS low, w.significant,
	   round((kano_better_diff(before, after, 'kano1984', 0.99)).high::numeric, 4) AS better_high_99
FROM kc_waves, LATERAL kano_worse_diff(before, after) w WHERE feature = 'delighter fading';
-- NPS points, with the adjusted-Wald variances added (Rocks 2016)
SELECT d.*, round((100 * ((p2 - d2) - (p1 - d1) - z * sqrt((p1 + d1 - (p1 - d1) ^ 2) / 13 + (p2 + d2 - (p2 - d2) ^ 2) / 23)))::numeric, 10)
		AS low_by_hand
FROM nps_diff('answers=1,1,1,1,1,1,0,1,1,1,1', 'answers=0,0,0,1,0,0,1,0,4,6,8') d,
	 (SELECT 2.75 / 13 AS p1, 6.75 / 13 AS d1, 14.75 / 23 AS p2, 2.75 / 23 AS d2, 1.959963984540054 AS z) x;
-- CES means, Welch's interval; R's t.test(g2, g1) gives df 16.3105981 and
-- 0.5743794297 to 2.9589539037.  Without spread in either group, or with
-- one answer, no interval
SELECT round(estimate::numeric, 10) AS estimate, round(low::numeric, 6) AS low, round(high::numeric, 6) AS high, significant
FROM ces_diff('answers=1,1,2,3,2,1,0', 'answers=0,0,1,2,4,5,3');
SELECT * FROM ces_diff('answers=0,0,0,5,0,0,0', 'answers=0,0,0,0,0,0,9');
SELECT * FROM ces_diff('answers=0,0,0,1,0,0,0', 'answers=0,0,0,0,0,1,9');
-- no data: NULL; bad confidence: 22023
SELECT kano_better_diff(kr(0, 0, 0, 0, 1, 1), kr(1, 0, 0, 0, 0, 0)) IS NULL AS better_null,
	   nps_diff('empty', 'answers=0,0,0,0,0,0,0,0,0,0,1') IS NULL AS nps_null,
	   pyramid_share_diff('empty', 'levels=1,0,0,0,0 unfounded=0', 'L1') IS NULL AS pyramid_null,
	   csat_diff('answers=1,0,0,0,0', 'empty') IS NULL AS csat_null,
	   ces_diff('empty', 'empty') IS NULL AS ces_null;
SELECT sqlstate_of($$SELECT sx.nps_diff('empty', 'empty', 0)$$),
	   sqlstate_of($$SELECT sx.csat_diff('empty', 'empty', 1.5)$$),
	   sqlstate_of($$SELECT sx.ces_diff('empty', 'empty', -1)$$),
	   sqlstate_of($$SELECT sx.kano_worse_diff('empty', 'empty', 'iso24082', 'NaN')$$),
	   sqlstate_of($$SELECT sx.pyramid_share_diff('empty', 'empty', 'L2', 2)$$);
