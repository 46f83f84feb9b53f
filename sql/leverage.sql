-- The leverage mechanism: closed forms against a brute-force search
SET search_path = public, sx;

-- a worked example: M = 5, a = 4, r = 5, agility 1, H = 1:
-- m = 1, x = 1.25, mu = 0.2, h = 1.25 * 0.75 / 1.3125 = 0.714285...
-- r* = 4 (sqrt(6) - 1) = 5.7979..., h* = (sqrt(6) - 1) / 2 = 0.7247...
SELECT cooperation, launch_height = 1.25 * 0.75 / 1.3125 AS h_ok,
	   round(optimal_data_scale::numeric, 10) AS r_star,
	   round((4 * (sqrt(6) - 1))::numeric, 10) AS r_star_by_hand,
	   round(optimal_height::numeric, 10) AS h_star,
	   round(((sqrt(6) - 1) / 2)::numeric, 10) AS h_star_by_hand, verdict
FROM leverage_score(5, 4, 5);

-- the three verdicts
SELECT label, l.*
FROM (VALUES ('delight', 5.0, 4.0, 5.0, 1.0), ('satisfaction', 3, 2, 3, 1),
			 ('stalled', 1, 1, 3, 1), ('stalled at h = 0', 2, 1, 2, 1),
			 ('agile: delight', 2, 2, 2, 2)) AS v(label, c, p, r, ag),
	 LATERAL leverage_score(c, p, r, ag) l;
-- M/m < 3 means no delight at any scale; h* = H/2 exactly when M/m = 3
SELECT verdict, optimal_height FROM leverage_score(2, 3, 3);
SELECT round(optimal_height::numeric, 12) AS h_star_at_3 FROM leverage_score(3, 3, 3);
SELECT verdict FROM leverage_score(3, 3, 3);
-- the delight threshold and fulcrum height are parameters
SELECT verdict FROM leverage_score(5, 4, 5, delight_threshold => 0.8);
SELECT verdict, launch_height FROM leverage_score(5, 4, 5, fulcrum_height => 2);
SELECT verdict FROM leverage_score(5, 4, 5, fulcrum_height => 2, delight_threshold => 2);
-- r* is clamped to the fulcrum height
SELECT optimal_data_scale, optimal_height FROM leverage_score(1, 1, 1.5, agility => 0.4);
-- of the named type leverage_score, whose text form reads back
SELECT pg_typeof(leverage_score(5, 4, 5)) AS type,
	   leverage_score(5, 4, 5)::text::leverage_score = leverage_score(5, 4, 5) AS reads_back,
	   (leverage_score(5, 4, 5)).verdict;

-- brute force: h over a fine grid of r in [H, 40] for many parameter sets;
-- the best grid point must not beat the closed form, and must be close to it
CREATE TABLE grid AS
SELECT c::float8 AS c, p::float8 AS p, ag, h
FROM generate_series(1, 6) c, generate_series(1, 6) p,
	 (VALUES (0.25::float8), (0.5), (1), (2), (4)) a(ag), (VALUES (1::float8), (1.5)) hh(h);
SELECT count(*) AS parameter_sets,
	   count(*) FILTER (WHERE best.h_max <= l.optimal_height + 1e-12) AS closed_form_not_beaten,
	   count(*) FILTER (WHERE l.optimal_height - best.h_max < 1e-4) AS grid_within_1e4,
	   count(*) FILTER (WHERE abs(best.r_arg - l.optimal_data_scale) < 0.05) AS argmax_within_005
FROM grid g,
	 LATERAL leverage_score(g.c, g.p, greatest(g.h, 1), g.ag, g.h) l,
	 LATERAL (SELECT max(s.launch_height) AS h_max,
					 (array_agg(r ORDER BY s.launch_height DESC))[1] AS r_arg
			  FROM generate_series(0, 3900) i,
				   LATERAL (SELECT g.h + i * 0.01 AS r) rr,
				   LATERAL leverage_score(g.c, g.p, rr.r, g.ag, g.h) s) best;
-- and the closed form of h* itself: unclamped, h* = (H/2)(sqrt(1 + M/m) - 1)
SELECT count(*) FILTER (WHERE abs(l.optimal_height - g.h / 2 * (sqrt(1 + g.c * g.ag) - 1)) < 1e-12) AS closed_form_h,
	   count(*) FILTER (WHERE g.p * (sqrt(1 + g.c * g.ag) - 1) >= g.h) AS unclamped
FROM grid g, LATERAL leverage_score(g.c, g.p, greatest(g.h, 1), g.ag, g.h) l
WHERE g.p * (sqrt(1 + g.c * g.ag) - 1) >= g.h;
-- stalled exactly when m r >= M a
SELECT count(*) AS cases,
	   count(*) FILTER (WHERE (l.verdict = 'stalled') = (r / ag >= c * p)) AS agree
FROM grid g, generate_series(1, 20) r, LATERAL leverage_score(g.c, g.p, r, g.ag, g.h) l
WHERE r >= g.h;
-- delight is reachable only when centricity x agility >= 3
SELECT count(*) FILTER (WHERE l.optimal_height >= g.h / 2) AS can_delight,
	   count(*) FILTER (WHERE l.optimal_height >= g.h / 2 AND g.c * g.ag < 3) AS against_rule
FROM grid g, LATERAL leverage_score(g.c, g.p, greatest(g.h, 1), g.ag, g.h) l;

-- NULLs give NULL (the threshold NULL is the default)
SELECT leverage_score(NULL, 1, 1) IS NULL AS null_centricity,
	   (leverage_score(5, 4, 5, NULL)).verdict IS NULL AS null_agility,
	   (leverage_score(5, 4, 5, 1, 1, NULL)).verdict AS default_threshold;

-- errors: 22023 with the valid range
SELECT label, sqlstate_of(q) FROM (VALUES
	('centricity 0', 'SELECT sx.leverage_score(0, 1, 1)'),
	('centricity 7', 'SELECT sx.leverage_score(7, 1, 1)'),
	('centricity NaN', $$SELECT sx.leverage_score('NaN', 1, 1)$$),
	('participation 0.5', 'SELECT sx.leverage_score(1, 0.5, 1)'),
	('participation 6.5', 'SELECT sx.leverage_score(1, 6.5, 1)'),
	('scale below H', 'SELECT sx.leverage_score(1, 1, 0.5)'),
	('scale below H=2', 'SELECT sx.leverage_score(1, 1, 1.5, fulcrum_height => 2)'),
	('scale infinite', $$SELECT sx.leverage_score(1, 1, 'Infinity')$$),
	('agility 0', 'SELECT sx.leverage_score(1, 1, 1, 0)'),
	('agility -1', 'SELECT sx.leverage_score(1, 1, 1, -1)'),
	('agility NaN', $$SELECT sx.leverage_score(1, 1, 1, 'NaN')$$),
	('height 0', 'SELECT sx.leverage_score(1, 1, 1, 1, 0)'),
	('height -1', 'SELECT sx.leverage_score(1, 1, 1, 1, -1)'),
	('threshold 0', 'SELECT sx.leverage_score(1, 1, 1, 1, 1, 0)'),
	('threshold -1', 'SELECT sx.leverage_score(1, 1, 1, 1, 1, -1)'),
	('just above 6', 'SELECT sx.leverage_score(6.0000001, 1, 1)'),
	('just below 1', 'SELECT sx.leverage_score(1, 0.99999999999999989, 1)')) AS v(label, q);
\set VERBOSITY default
SELECT * FROM leverage_score(1, 1, 0.5);
SELECT * FROM leverage_score(8, 1, 1);

-- extremes the parameters allow still give the documented verdict and a
-- finite answer where one exists (1.0: a height of 0 called delight, and
-- out-of-range errors for the next three)
SELECT label, l.*
FROM (VALUES ('tiny fulcrum', 1, 1, 1, 1, 5e-324::float8),
			 ('huge data scale', 1, 1, 1e160, 1, 1),
			 ('tiny agility', 6, 6, 1, 1e-320, 1),
			 ('huge values', 6, 6, 1e308, 1, 1e300)) AS v(label, c, p, r, agility, h),
	 LATERAL leverage_score(c, p, r, agility, h) l;
-- the verdict always follows the returned height: stalled at or below 0,
-- delight at or above the threshold
SELECT count(*) AS cases,
	   count(*) FILTER (WHERE verdict = CASE WHEN launch_height <= 0 THEN 'stalled'
										  WHEN launch_height >= coalesce(t, h / 2) THEN 'delight'
										  ELSE 'satisfaction' END) AS verdict_follows_height
FROM (VALUES (1), (1.5), (2), (3.5), (6)) c(c), (VALUES (1), (3), (6)) p(p),
	 (VALUES (1), (1.7), (3), (10), (1e6), (1e200)) r(r), (VALUES (1e-300), (0.5), (1), (4), (1e300)) a(a),
	 (VALUES (1e-300::float8), (1)) h(h), (VALUES (NULL::float8), (1e-310), (0.3)) t(t),
	 LATERAL leverage_score(c, p, greatest(r, h), a, h, t) l;
