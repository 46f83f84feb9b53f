-- experience_result: the mergeable result of a group of observations
-- (pyramid levels, NPS/CSAT/CES answers, co-creation counts and sums)
SET search_path = public, sx;

CREATE TABLE exp_obs (g int, tp int, pk boolean, ir boolean, fv boolean, su boolean,
				  nps int, csat int, ces int, centricity int, participation int,
				  data_scale float8, complaint boolean, fcr boolean);
INSERT INTO exp_obs
SELECT g, g % 4, g % 10 <> 0, CASE WHEN g % 4 = 0 THEN g % 8 = 0 END, g % 3 <> 0, g % 5 = 0,
	   CASE WHEN g % 13 <> 0 THEN g % 11 END, CASE WHEN g % 7 <> 0 THEN 1 + g % 5 END,
	   CASE WHEN g % 9 <> 0 THEN 1 + g % 7 END, CASE WHEN g % 6 <> 0 THEN 1 + g % 6 END,
	   1 + (g * 5) % 6, CASE WHEN g % 2 = 0 THEN 1 + (g % 1000) * 1.25 END,
	   ir IS NOT NULL OR g % 17 = 0, CASE WHEN g % 4 = 0 THEN g % 3 = 0 END
FROM generate_series(1, 4000) g, LATERAL (SELECT CASE WHEN g % 4 = 0 THEN g % 8 = 0 END AS ir) i;

-- text form, and its round trip through text and binary
SELECT experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr)
FROM exp_obs WHERE g <= 20;
CREATE TABLE er_groups AS
SELECT tp, experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) AS r
FROM exp_obs GROUP BY tp;
SELECT count(*) AS groups, count(*) FILTER (WHERE r::text::experience_result = r) AS text_round_trip
FROM er_groups;
\copy er_groups TO 'results-regress/er_groups.bin' WITH (FORMAT binary)
CREATE TABLE er_back (LIKE er_groups);
\copy er_back FROM 'results-regress/er_groups.bin' WITH (FORMAT binary)
SELECT count(*) FILTER (WHERE a.r = b.r) AS binary_round_trip,
	   count(*) FILTER (WHERE pg_column_size(a.r) = pg_column_size(b.r)) AS binary_input_packed
FROM er_groups a JOIN er_back b USING (tp);
SELECT length(experience_result_send(r)) AS wire_bytes FROM er_groups LIMIT 1;
-- stored values are packed (varints): a few dozen bytes, not the wire's
-- fixed width; packing is idempotent and every way of making a value
-- (aggregate, merge, direct call, text, binary) stores the same bytes
SELECT max(pg_column_size(r)) < 80 AS stored_small,
	   bool_and(pg_column_size(r) < length(experience_result_send(r)) / 3) AS under_a_third_of_wire,
	   bool_and(experience_result_pack(r)::text = r::text) AS pack_keeps_value,
	   bool_and(pg_column_size(experience_result_pack(r)) = pg_column_size(r)) AS pack_idempotent,
	   bool_and(pg_column_size(experience_result_merge(r, 'empty')) = pg_column_size(r)) AS direct_merge_packed,
	   bool_and(pg_column_size(r::text::experience_result) = pg_column_size(r)) AS text_input_packed,
	   bool_and(experience_result_merge(r, 'empty') = r) AS direct_merge_equal
FROM er_groups;
SELECT pg_column_size('empty'::experience_result) AS empty_bytes,
	   pg_column_size(experience_agg_trans('empty', true, null, null, null, 10, null, null, null, null, null, null, null)) AS one_observation_bytes;
-- binary input is checked like text: length, format byte, values
CREATE TABLE er_raw (tp int, b bytea);
INSERT INTO er_raw SELECT 1, substr(experience_result_send(r), 2) FROM er_groups WHERE tp = 1;
INSERT INTO er_raw SELECT 2, set_byte(experience_result_send(r), 0, 9) FROM er_groups WHERE tp = 1;
INSERT INTO er_raw SELECT 3, set_byte(experience_result_send(r), 1, 255) FROM er_groups WHERE tp = 1;
\copy (SELECT tp, b FROM er_raw WHERE tp = 1) TO 'results-regress/er_raw.bin' WITH (FORMAT binary)
\copy er_back FROM 'results-regress/er_raw.bin' WITH (FORMAT binary)
\copy (SELECT tp, b FROM er_raw WHERE tp = 2) TO 'results-regress/er_raw.bin' WITH (FORMAT binary)
\copy er_back FROM 'results-regress/er_raw.bin' WITH (FORMAT binary)
\copy (SELECT tp, b FROM er_raw WHERE tp = 3) TO 'results-regress/er_raw.bin' WITH (FORMAT binary)
\copy er_back FROM 'results-regress/er_raw.bin' WITH (FORMAT binary)
SELECT 'empty'::experience_result = 'levels=0,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0 centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=0,0'::experience_result AS empty_is_zero;

-- the figures equal those of the other result types and aggregates
SELECT count(*) AS touchpoints,
	   count(*) FILTER (WHERE e.n = pyramid_n(p) AND e.share_l2 = pyramid_share(p, 'L2')
						AND e.attained = pyramid_attained(p) AND e.attained_name = pyramid_group_label(p)
						AND e.unfounded = pyramid_unfounded(p)) AS pyramid_equal,
	   count(*) FILTER (WHERE e.nps_n = nps_n(nr) AND e.nps = nps(nr) AND e.nps_low = nps_low(nr)
						AND e.nps_high = nps_high(nr)) AS nps_equal,
	   count(*) FILTER (WHERE e.csat = c AND e.ces = ce AND e.ces_net = cn) AS csat_ces_equal,
	   count(*) FILTER (WHERE e.centricity = ac AND e.participation = ap
						AND ((e.data_scale IS NULL AND ads IS NULL)
							 OR abs(e.data_scale - ads) <= 1e-13 * ads)) AS means_equal,
	   count(*) FILTER (WHERE experience_pyramid(r) = p AND experience_nps(r) = nr) AS parts_equal
FROM (SELECT tp, experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) AS r,
			 pyramid_agg(pk, ir, fv, su) AS p, nps_agg(nps) AS nr, csat(csat) AS c, ces(ces) AS ce,
			 ces_net(ces) AS cn,
			 -- exact sums divided once, as experience_report divides
			 sum(centricity)::float8 / count(centricity) AS ac,
			 sum(participation)::float8 / count(participation) AS ap,
			 avg(data_scale::numeric)::float8 AS ads
	  FROM exp_obs GROUP BY tp) x
CROSS JOIN LATERAL experience_report(r) e;
SELECT count(*) AS touchpoints,
	   count(*) FILTER (WHERE e.complaint_n = cn AND e.complaint_rate = cr AND e.fcr_n = fn
						AND e.fcr IS NOT DISTINCT FROM fr) AS complaint_fcr_equal
FROM (SELECT tp, experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) AS r,
			 count(complaint) AS cn, (count(*) FILTER (WHERE complaint))::float8 / count(complaint) AS cr,
			 count(fcr) AS fn, (count(*) FILTER (WHERE fcr))::float8 / nullif(count(fcr), 0) AS fr
	  FROM exp_obs GROUP BY tp) x
CROSS JOIN LATERAL experience_report(r) e;
SELECT * FROM experience_report(
	(SELECT experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) FROM exp_obs));
SELECT * FROM experience_report('empty');

-- merging the groups equals one pass; subtracting a part undoes a merge
SELECT (SELECT experience_merge(r) FROM (SELECT experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) AS r FROM exp_obs GROUP BY tp) x)
	   = (SELECT experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) FROM exp_obs) AS merge_equals_one_pass;
WITH a AS (SELECT experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) AS r FROM exp_obs WHERE g <= 1500),
	 b AS (SELECT experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) AS r FROM exp_obs WHERE g > 1500),
	 w AS (SELECT experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) AS r FROM exp_obs)
SELECT (a.r + b.r) = w.r AS plus, (w.r - b.r) = a.r AS minus, (w.r - w.r) = 'empty' AS minus_self
FROM a, b, w;
SELECT sqlstate_of($$SELECT experience_agg(true, true, true, true, 1, 1, 1, 1, 1, 1, true, true) - experience_agg(true, true, true, true, 2, 1, 1, 1, 1, 1, true, false)$$);

-- moving windows: the inverse transition gives what a fresh pass gives
SELECT count(*) AS windows,
	   count(*) FILTER (WHERE moving = fresh) AS equal
FROM (SELECT g,
			 experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr)
				OVER (ORDER BY g ROWS BETWEEN 9 PRECEDING AND CURRENT ROW) AS moving
	  FROM exp_obs WHERE g <= 300) m
JOIN LATERAL (SELECT experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) AS fresh
			  FROM exp_obs o WHERE o.g BETWEEN m.g - 9 AND m.g) f ON true;

-- serial and parallel plans give the same bytes
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
CREATE TEMP TABLE par AS
SELECT tp, experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) AS r
FROM exp_obs GROUP BY tp;
RESET max_parallel_workers_per_gather;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) FILTER (WHERE s.r = p.r) AS serial_equals_parallel
FROM (SELECT tp, experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) AS r
	  FROM exp_obs GROUP BY tp) s JOIN par p USING (tp);
RESET max_parallel_workers_per_gather;
RESET parallel_setup_cost;
RESET parallel_tuple_cost;
RESET min_parallel_table_scan_size;

-- btree and hash: sort, group, index
SELECT count(DISTINCT r) AS distinct_results, count(*) AS results
FROM (SELECT experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) AS r
	  FROM exp_obs GROUP BY g % 50) x;
CREATE TEMP TABLE er AS
SELECT g % 50 AS k, experience_agg(pk, ir, fv, su, nps, csat, ces, centricity, participation, data_scale, complaint, fcr) AS r
FROM exp_obs GROUP BY g % 50;
CREATE INDEX ON er USING hash (r);
CREATE INDEX ON er (r);
SET enable_seqscan = off;
SELECT count(*) AS found_by_index FROM er a WHERE EXISTS (SELECT 1 FROM er b WHERE b.r = a.r);
RESET enable_seqscan;

-- bad answers are 22003 and name the figure
SELECT label, sqlstate_of(q) FROM (VALUES
	('nps 11', $$SELECT experience_agg(true, null, null, null, 11, null, null, null, null, null, null, null)$$),
	('csat 0', $$SELECT experience_agg(true, null, null, null, null, 0, null, null, null, null, null, null)$$),
	('ces 8', $$SELECT experience_agg(true, null, null, null, null, null, 8, null, null, null, null, null)$$),
	('centricity 7', $$SELECT experience_agg(true, null, null, null, null, null, null, 7, null, null, null, null)$$),
	('participation 0', $$SELECT experience_agg(true, null, null, null, null, null, null, null, 0, null, null, null)$$),
	('data scale inf', $$SELECT experience_agg(true, null, null, null, null, null, null, null, null, 'infinity', null, null)$$),
	('data scale 1e13', $$SELECT experience_agg(true, null, null, null, null, null, null, null, null, 1e13, null, null)$$)
) AS v(label, q);
-- impossible values are refused by the input, with what is wrong
SELECT label, sqlstate_of(format('SELECT %L::experience_result', t)) FROM (VALUES
	('syntax', 'levels=1,2'),
	('negative', 'levels=-1,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0 centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=0,0'),
	('more NPS than observations', 'levels=1,0,0,0,0 unfounded=0 nps=2,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0 centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=0,0'),
	('unfounded above level 1', 'levels=0,0,1,0,0 unfounded=1 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0 centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=0,0'),
	('centricity sum 7 of 1', 'levels=1,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0 centricity=1,7 participation=0,0 complaints=0,0 fcr=0,0 data_scale=0,0'),
	('scale sum without count', 'levels=1,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0 centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=0,1.5'),
	('scale above 1e12', 'levels=1,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0 centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=1,1000000000000.000001'),
	('scale digits', 'levels=1,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0 centricity=0,0 participation=0,0 complaints=0,0 fcr=0,0 data_scale=1,1.0000001'),
	('more complaints than known', 'levels=2,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0 centricity=0,0 participation=0,0 complaints=1,2 fcr=0,0 data_scale=0,0'),
	('fcr beyond observations', 'levels=2,0,0,0,0 unfounded=0 nps=0,0,0,0,0,0,0,0,0,0,0 csat=0,0,0,0,0 ces=0,0,0,0,0,0,0 centricity=0,0 participation=0,0 complaints=0,0 fcr=3,1 data_scale=0,0'),
	('trailing', 'empty x')
) AS v(label, t);
SELECT sqlstate_of($$SELECT experience_report('empty', '{0.9,0.8}')$$);
SELECT sqlstate_of($$SELECT experience_report('empty', confidence => 1)$$);
-- a support function called directly returns only valid values
SELECT sqlstate_of($$SELECT experience_agg_inv('empty', true, null, null, null, null, null, null, null, null, null, null, null)$$);
