-- csat_result and ces_result: mergeable CSAT (1..5) and CES (1..7) statistics
SET search_path = public, sx;

CREATE TABLE cc (id int, grp int, c int, e int);
INSERT INTO cc VALUES (1, 1, 5, 7), (2, 1, 4, 6), (3, 1, 3, 5), (4, 2, 1, 2), (5, 2, 4, 1),
					  (6, 2, NULL, 7), (7, 2, 2, NULL);
SELECT csat_agg(c), ces_agg(e) FROM cc;
-- the figures; the existing aggregates over the same rows agree
SELECT csat_n(r), csat(r), csat(c) AS csat_aggregate, csat_top_box(r),
	   round(csat_low(r)::numeric, 10) AS low, round(csat_high(r)::numeric, 10) AS high
FROM (SELECT csat_agg(c) AS r, array_agg(c) AS cs FROM cc) x, unnest(x.cs) c
GROUP BY r;
-- Wilson by hand: 3 of 6 answer 4-5, z = 1.959963984540054
SELECT round((100 * (p + z^2 / (2 * n) - z * sqrt(p * (1 - p) / n + z^2 / (4 * n^2))) / (1 + z^2 / n))::numeric, 10) AS low,
	   round((100 * (p + z^2 / (2 * n) + z * sqrt(p * (1 - p) / n + z^2 / (4 * n^2))) / (1 + z^2 / n))::numeric, 10) AS high
FROM (SELECT 0.5::float8 AS p, 6::float8 AS n, 1.959963984540054::float8 AS z) v;
SELECT ces_n(r), ces_mean(r), ces(e) AS ces_aggregate, ces_net(r), ces_net(e) AS ces_net_aggregate,
	   round(ces_mean_low(r)::numeric, 10) AS low, round(ces_mean_high(r)::numeric, 10) AS high,
	   round(ces_mean_low(r, 0.8)::numeric, 10) AS low80, round(ces_mean_high(r, 0.8)::numeric, 10) AS high80
FROM (SELECT ces_agg(e) AS r FROM cc) x, cc GROUP BY r;
-- Student t by hand: mean 28/6, sample SD 2.5819888974716112 (sqrt(20/3)),
-- t(0.975, 5) = 2.5705818356363146, t(0.9, 5) = 1.4758840488244813 (R's qt);
-- the 95 % upper bound 7.38 is clipped to the scale's 7
SELECT round((28.0 / 6 - 2.5705818356363146 * sqrt(20.0 / 3) / sqrt(6))::numeric, 10) AS low,
	   round((28.0 / 6 + 2.5705818356363146 * sqrt(20.0 / 3) / sqrt(6))::numeric, 10) AS high_unclipped,
	   round((28.0 / 6 - 1.4758840488244813 * sqrt(20.0 / 3) / sqrt(6))::numeric, 10) AS low80,
	   round((28.0 / 6 + 1.4758840488244813 * sqrt(20.0 / 3) / sqrt(6))::numeric, 10) AS high80;
-- identical answers: zero spread, the interval is the mean itself
SELECT ces_mean(r), ces_mean_low(r), ces_mean_high(r)
FROM (SELECT ces_agg(4) AS r FROM generate_series(1, 1000000)) x;
-- empty and one answer: NULL where there is no figure
SELECT csat_n(r), csat(r), csat_low(r), csat_top_box(r) FROM (SELECT csat_agg(c) AS r FROM cc WHERE false) x;
SELECT ces_n(r), ces_mean(r), ces_net(r), ces_mean_low(r), ces_mean_high(r)
FROM (SELECT ces_agg(e) AS r FROM cc WHERE id = 1) x;
SELECT ces_mean(r) FROM (SELECT ces_agg(e) AS r FROM cc WHERE false) x;

-- errors: out of scale, bad confidence, bad text and binary
SELECT sqlstate_of('SELECT sx.csat_agg(6)'), sqlstate_of('SELECT sx.csat_agg(0)'),
	   sqlstate_of('SELECT sx.ces_agg(8)'), sqlstate_of('SELECT sx.ces_agg(-1)');
SELECT sqlstate_of($$SELECT sx.csat_low('answers=1,1,1,1,1', 1)$$),
	   sqlstate_of($$SELECT sx.ces_mean_high('answers=1,1,1,1,1,1,1', 0)$$),
	   sqlstate_of($$SELECT sx.ces_mean_low('answers=1,1,1,1,1,1,1', 'NaN')$$);
SELECT input, sqlstate_of(format('SELECT %L::sx.csat_result', input))
FROM (VALUES (''), ('answers=1,2,3'), ('answers=0,0,0,0,0,0'), ('answers=-1,0,0,0,0'),
			 ('answers=9223372036854775807,1,0,0,0'), ('answers= 0,0,0,0,0'), ('EMPTY'),
			 ('  answers=1,2,3,4,5  '), ('answers=1,2,3,4,5 x')) AS v(input);
SELECT input, sqlstate_of(format('SELECT %L::sx.ces_result', input))
FROM (VALUES ('answers=1,2,3,4,5'), ('answers=0,0,0,0,0,0,0'), ('answers=0,0,0,0,0,0,0,0'),
			 ('answers=4611686018427387904,4611686018427387904,0,0,0,0,0'), ('empty'),
			 ('answers=1,2,3,4,5,6,+7')) AS v(input);

-- round trips: text, binary COPY, and a truncated binary value refused
SELECT r::text::csat_result = r AS csat_text, e::text::ces_result = e AS ces_text
FROM (SELECT csat_agg(c) AS r, ces_agg(e) AS e FROM cc) x;
CREATE TABLE ccr (id int, c csat_result, e ces_result);
INSERT INTO ccr SELECT grp, csat_agg(c), ces_agg(e) FROM cc GROUP BY grp;
INSERT INTO ccr VALUES (3, 'answers=0,0,0,0,9223372036854775807', 'empty');
\copy (SELECT id, c, e FROM ccr) TO 'results-regress/ccr.bin' WITH (FORMAT binary)
CREATE TABLE ccr2 (LIKE ccr);
\copy ccr2 FROM 'results-regress/ccr.bin' WITH (FORMAT binary)
SELECT count(*) FILTER (WHERE ccr.c = ccr2.c AND ccr.e = ccr2.e) AS identical FROM ccr JOIN ccr2 USING (id);
SELECT encode(csat_result_send(c), 'hex') AS csat_wire, encode(ces_result_send(e), 'hex') AS ces_wire
FROM ccr WHERE id = 1;
CREATE TABLE raw_cc (b bytea);
CREATE TABLE cc_one (c csat_result);
INSERT INTO raw_cc SELECT substr(csat_result_send(c), 1, 40) FROM ccr WHERE id = 1;
\copy raw_cc TO 'results-regress/raw_cc.bin' WITH (FORMAT binary)
\copy cc_one FROM 'results-regress/raw_cc.bin' WITH (FORMAT binary)

-- merging: + and the merge aggregates equal the single pass; overflow is an error
SELECT (SELECT c FROM ccr WHERE id = 1) + (SELECT c FROM ccr WHERE id = 2) = (SELECT csat_agg(c) FROM cc) AS csat_plus,
	   (SELECT csat_merge(c) FROM ccr WHERE id < 3) = (SELECT csat_agg(c) FROM cc) AS csat_merge,
	   (SELECT ces_merge(e) FROM ccr) = (SELECT ces_agg(e) FROM cc) AS ces_merge;
SELECT sqlstate_of($$SELECT 'answers=0,0,0,0,9223372036854775807'::sx.csat_result + 'answers=1,0,0,0,0'$$),
	   sqlstate_of($$SELECT sx.ces_merge(r) FROM (VALUES ('answers=9223372036854775807,0,0,0,0,0,0'::sx.ces_result),
						 ('answers=0,0,0,0,0,0,1')) v(r)$$);
-- jsonb, ordering, DISTINCT through hashing
SELECT c::jsonb AS csat_json, e::jsonb AS ces_json FROM ccr ORDER BY id;
SELECT id FROM ccr ORDER BY c DESC, id;
SET enable_sort = off;
SELECT count(DISTINCT c) AS csat_distinct, count(DISTINCT e) AS ces_distinct
FROM (SELECT c, e FROM ccr UNION ALL SELECT c, e FROM ccr) x;
SELECT c, count(*) FROM (SELECT c FROM ccr UNION ALL SELECT c FROM ccr) x GROUP BY c ORDER BY c::text;
RESET enable_sort;

-- moving windows use the inverse transition and equal a recomputation
SELECT count(*) FILTER (WHERE mc = rc AND me = re) AS equal
FROM (SELECT g, csat_agg(1 + g % 5) OVER w AS mc, ces_agg(1 + (g * 3) % 7) OVER w AS me,
			 (SELECT csat_agg(1 + h % 5) FROM generate_series(greatest(1, s.g - 4), s.g) h) AS rc,
			 (SELECT ces_agg(1 + (h * 3) % 7) FROM generate_series(greatest(1, s.g - 4), s.g) h) AS re
	  FROM generate_series(1, 60) s(g) WINDOW w AS (ORDER BY g ROWS 4 PRECEDING)) w;
-- support functions called directly, or by someone else's aggregate, are checked
SELECT sqlstate_of($$SELECT sx.csat_agg_inv('empty', 3)$$),
	   sqlstate_of($$SELECT sx.ces_agg_inv('answers=0,0,1,0,0,0,0', 3)$$),
	   sqlstate_of($$SELECT sx.csat_agg_trans('answers=0,0,9223372036854775807,0,0', 3)$$);
CREATE AGGREGATE csat_uncount(integer) (
	SFUNC = sx.csat_agg_inv, STYPE = sx.csat_result, INITCOND = 'answers=0,0,1,0,0');
SELECT sqlstate_of($$SELECT csat_uncount(a) FROM (VALUES (3), (3)) v(a)$$);

-- parallel plans give the same results to the last bit
CREATE TABLE ccbig AS SELECT g % 7 AS grp, 1 + (g * 7) % 5 AS c, 1 + (g * 11 + g / 3) % 7 AS e
FROM generate_series(1, 60000) g;
ANALYZE ccbig;
CREATE TABLE cc_serial AS SELECT grp, csat_agg(c) AS c, ces_agg(e) AS e FROM ccbig GROUP BY grp;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT grp, csat_agg(c), ces_agg(e) FROM ccbig GROUP BY grp;
SELECT count(*) FILTER (WHERE s.c = p.c AND s.e = p.e) AS equal
FROM cc_serial s JOIN (SELECT grp, csat_agg(c) AS c, ces_agg(e) AS e FROM ccbig GROUP BY grp) p USING (grp);
SELECT csat_agg(c) = (SELECT csat_merge(c) FROM cc_serial) AS csat_whole,
	   ces_agg(e) = (SELECT ces_merge(e) FROM cc_serial) AS ces_whole
FROM ccbig;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
