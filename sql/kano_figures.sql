-- Figures of a kano_result, checked against hand-computed values
SET search_path = public, sx;

-- A group with A=3, O=5, M=2, I=6, R=1, Q=1 under iso24082:
--   A: (like, neutral) x3; O: (like, dislike) x5; M: (expect, dislike) x2;
--   I: (neutral, neutral) x6; R: (dislike, like) x1; Q: (like, like) x1
CREATE TABLE g1 AS SELECT f::kano_answer AS f, d::kano_answer AS d, imp
FROM (VALUES (1, 3, 3), (1, 3, 3), (1, 3, 3), (1, 5, 9), (1, 5, 9), (1, 5, 9), (1, 5, 9),
			 (1, 5, 9), (2, 5, 7), (2, 5, 7), (3, 3, 1), (3, 3, 1), (3, 3, 1), (3, 3, 1),
			 (3, 3, 1), (3, 3, NULL), (5, 1, NULL), (1, 1, NULL)) AS v(f, d, imp);
CREATE TABLE r1 AS SELECT kano_agg(f, d, imp) AS res FROM g1;

-- N = 18, D = A+O+M+I = 16
-- Better = (3+5)/16 = 0.5; Worse = -(5+2)/16 = -0.4375
-- total strength = (3+5+2)/18 = 0.5555...; mode category I (6), second O (5):
-- category strength = (6-5)/18 = 0.0555...
-- Fong: a=6, b=5, n=18: 1.65*sqrt(11*25/36) = 4.56 > 1: not significant
SELECT kano_n(res), kano_incomplete(res),
	   kano_count(res, 'A') AS a, kano_count(res, 'O') AS o, kano_count(res, 'M') AS m,
	   kano_count(res, 'I') AS i, kano_count(res, 'R') AS r, kano_count(res, 'Q') AS q,
	   kano_better(res), kano_worse(res),
	   kano_total_strength(res) = 10::float8 / 18 AS total_ok,
	   kano_category_strength(res) = 1::float8 / 18 AS cat_strength_ok,
	   kano_category(res) AS mode, kano_category(res, rule => 'berger') AS berger,
	   kano_significant(res)
FROM r1;
-- Berger: O+A+M = 10 > I+R+Q = 8, so the largest of O, A, M: O

-- Continuous analysis:
-- functional scores: like(4) x9, expect(2) x2, neutral(0) x6, dislike(-2) x1
--   mean = (36+4+0-2)/18 = 2.1111...; dysfunctional: like(-2) x2, neutral(0) x9,
--   dislike(4) x7: mean = (-4+0+28)/18 = 1.3333...
-- importance: 3x3 + 9x5 + 7x2 + 1x5 = 73 over 15 values: 4.8666...
SELECT kano_functional_mean(res) = 38::float8 / 18 AS fmean_ok,
	   round(kano_functional_sd(res)::numeric, 10) AS fsd,
	   round(sqrt((9 * (4 - 38.0/18)^2 + 2 * (2 - 38.0/18)^2 + 6 * (0 - 38.0/18)^2 + (-2 - 38.0/18)^2) / 17)::numeric, 10) AS fsd_by_hand,
	   kano_dysfunctional_mean(res) = 24::float8 / 18 AS dmean_ok,
	   round(kano_dysfunctional_sd(res)::numeric, 10) AS dsd,
	   round(sqrt((2 * (-2 - 24.0/18)^2 + 9 * (0 - 24.0/18)^2 + 7 * (4 - 24.0/18)^2) / 17)::numeric, 10) AS dsd_by_hand,
	   kano_importance_mean(res) = 73::float8 / 15 AS imp_ok,
	   round(kano_importance_sd(res)::numeric, 10) AS imp_sd,
	   round(s.imp_sd::numeric, 10) AS imp_sd_sql
FROM r1, (SELECT stddev_samp(imp) AS imp_sd FROM g1) s;

-- under kano1984 nothing changes for this group (no (2,2) or (4,4) pairs)
SELECT kano_report(res) = kano_report(res, 'kano1984') FROM r1;

-- the report is of the named type kano_report, whose text form reads back
-- (what a postgres_fdw coordinator does with a report computed on a
-- shard); its columns in (f(x)).col, (f(x)).* and FROM are the same
SELECT pg_typeof(kano_report(res)) AS type,
	   kano_report(res)::text::kano_report = kano_report(res) AS reads_back,
	   (kano_report(res)).category, (kano_report(res, rule => 'berger')).n
FROM r1;
SELECT (SELECT row_to_json(s)::text FROM (SELECT (kano_report(res)).* FROM r1) s)
	   = (SELECT row_to_json(k)::text FROM r1, kano_report(res) k) AS star_equals_from,
	   (SELECT row_to_json(k)::text FROM r1, kano_report(res) k)
	   = (SELECT row_to_json(kano_report(res))::text FROM r1) AS from_equals_value;

-- the report: same figures, with Wilson intervals
-- Better: x=8, n=16, z=1.959964: center (0.5 + 0.12)/1.24 = 0.5, half-width
-- 1.959964/1.24*sqrt(0.015625 + 0.00375) = 0.2200; so [0.2800, 0.7200]
SELECT n, incomplete, a, o, m, i, q, r, category, better,
	   round(better_low::numeric, 4) AS better_low, round(better_high::numeric, 4) AS better_high,
	   worse, round(worse_low::numeric, 4) AS worse_low, round(worse_high::numeric, 4) AS worse_high,
	   round(total_strength::numeric, 6) AS total_strength,
	   round(category_strength::numeric, 6) AS category_strength, significant,
	   round(functional_mean::numeric, 6) AS functional_mean,
	   round(dysfunctional_mean::numeric, 6) AS dysfunctional_mean,
	   round(importance_mean::numeric, 6) AS importance_mean
FROM r1, LATERAL kano_report(r1.res);
-- Worse: x=7, n=16; Wilson by hand in SQL, and the bounds mirror |Worse|
SELECT round(-(c + h)::numeric, 10) AS worse_low_by_hand, round(-(c - h)::numeric, 10) AS worse_high_by_hand,
	   round(k.worse_low::numeric, 10) AS worse_low, round(k.worse_high::numeric, 10) AS worse_high
FROM r1, LATERAL kano_report(r1.res) k,
	 LATERAL (SELECT 1.959963984540054 AS z, 7.0 / 16 AS p, 16 AS nn) w,
	 LATERAL (SELECT (p + z^2 / (2 * nn)) / (1 + z^2 / nn) AS c,
					 z / (1 + z^2 / nn) * sqrt(p * (1 - p) / nn + z^2 / (4 * nn^2)) AS h) ch;
-- a 99 % interval is wider, a 50 % one narrower
SELECT k99.better_high - k99.better_low > k95.better_high - k95.better_low AS wider,
	   k50.better_high - k50.better_low < k95.better_high - k95.better_low AS narrower
FROM r1, LATERAL kano_report(res, confidence => 0.99) k99,
	 LATERAL kano_report(res) k95, LATERAL kano_report(res, confidence => 0.5) k50;
-- intervals stay inside [0, 1]: all A
SELECT better, better_low, better_high, worse, worse_low, worse_high
FROM (SELECT kano_agg(1, 3) AS res FROM generate_series(1, 4)) x, LATERAL kano_report(res) AS k;

-- ties: the priority M > O > A > I > R > Q decides, never the alphabet
SELECT label, kano_category(r) AS mode, kano_category(r, rule => 'berger') AS berger,
	   kano_category_strength(r) AS strength, kano_significant(r) AS significant
FROM (VALUES
	('A=O tie', 'pairs=0,1,1,0,2/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
	('M=O tie', 'pairs=0,0,0,0,2/0,0,0,0,2/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
	('A=I tie', 'pairs=0,2,0,0,0/0,0,2,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
	('I=R tie', 'pairs=0,0,0,0,0/3,0,3,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
	('R=Q tie', 'pairs=4,0,0,0,0/4,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'),
	('all Q', 'pairs=5,0,0,0,0/0,5,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,5 incomplete=0 importance=0,0,0'),
	-- berger: O+A+M = 4 is not > I+R+Q = 4, so the largest of I, R, Q even though O leads
	('berger I', 'pairs=0,0,0,0,4/0,0,2,0,0/0,0,0,0,0/0,0,0,0,0/2,0,0,0,0 incomplete=0 importance=0,0,0'),
	-- Fong: 40 vs 10 of n=50 is significant
	('Fong 40/10', 'pairs=0,40,0,0,10/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0')
) AS v(label, txt), LATERAL (SELECT txt::kano_result AS r) x;
-- Fong's boundary, by hand: a=40, b=10, n=50: 1.65*sqrt(50*50/100) = 8.25 <= 30

-- empty group and zero denominators: NULLs, never errors
SELECT n, incomplete, a, category, better, better_low, worse, worse_high, total_strength,
	   category_strength, significant, functional_mean, functional_sd, importance_mean
FROM kano_report('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=3 importance=0,0,0');
-- only Q and R: no Better/Worse, but a category and strengths
SELECT n, category, better, worse, total_strength, category_strength, significant
FROM kano_report('pairs=1,0,0,0,0/2,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0');
-- one pair: means but no standard deviations
SELECT kano_functional_mean(r), kano_functional_sd(r), kano_dysfunctional_sd(r),
	   kano_importance_mean(r), kano_importance_sd(r)
FROM (SELECT kano_agg(1, 5, 7.5) AS r) x;

-- a custom scheme changes the figures; built-ins by name
SELECT kano_category(res, '{"table": ["MMMMM","MMMMM","MMMMM","MMMMM","MMMMM"]}') AS all_m,
	   kano_count(res, 'M', '{"table": ["MMMMM","MMMMM","MMMMM","MMMMM","MMMMM"]}') AS m_count,
	   kano_better(res, '{"table": ["MMMMM","MMMMM","MMMMM","MMMMM","MMMMM"]}') AS better
FROM r1;
-- kano1984 vs iso24082 on a group of (expect, expect) and (live-with, live-with)
SELECT kano_count(r, 'Q') AS q_iso, kano_count(r, 'Q', 'kano1984') AS q_k84,
	   kano_count(r, 'I', 'kano1984') AS i_k84
FROM (SELECT kano_agg(f, d) AS r FROM (VALUES (2, 2), (4, 4), (4, 4)) v(f, d)) x;

-- parameters: bad rule, scheme or confidence are 22023
SELECT check_name, sqlstate_of(q) FROM (VALUES
	('rule', $$SELECT sx.kano_category(res, rule => 'majority') FROM r1$$),
	('scheme', $$SELECT sx.kano_report(res, 'nope') FROM r1$$),
	('confidence 1', $$SELECT sx.kano_report(res, confidence => 1) FROM r1$$),
	('confidence 0', $$SELECT sx.kano_report(res, confidence => 0) FROM r1$$),
	('confidence NaN', $$SELECT sx.kano_report(res, confidence => 'NaN') FROM r1$$),
	('confidence 95', $$SELECT sx.kano_report(res, confidence => 95) FROM r1$$)) AS v(check_name, q);
\set VERBOSITY default
SELECT kano_report(res, confidence => 95) FROM r1;
SELECT kano_category(res, rule => 'majority') FROM r1;

-- kano_compare: chi-square test of homogeneity over the six categories
-- group 1: A=3, O=5, M=2, I=6, R=1, Q=1 (r1); group 2: A=20, O=5, M=2, I=3
-- (R and Q empty in group 2 but not in group 1, so all six remain: df = 5)
CREATE TABLE r2 AS SELECT kano_agg(f, d) AS res FROM (
	SELECT 1, 3 FROM generate_series(1, 20) UNION ALL SELECT 1, 5 FROM generate_series(1, 5)
	UNION ALL SELECT 2, 5 FROM generate_series(1, 2) UNION ALL SELECT 3, 3 FROM generate_series(1, 3)) v(f, d);
-- by hand in SQL: expected counts, statistic; p-value checked against the
-- closed form of the chi-square survival function for odd df = 5:
-- Q = erfc(sqrt(x/2)) + e^(-x/2) * sqrt(2x/pi) * (1 + x/3)
SELECT round(kano_compare(a.res, b.res)::numeric, 12) AS p,
	   round((SELECT erfc_sum FROM (SELECT x,
		 (1 - (SELECT 2 / sqrt(pi()) * sum((-1)^k * (sqrt(x / 2))^(2 * k + 1) / (factorial(k) * (2 * k + 1)))
			   FROM generate_series(0, 60) k)) + exp(-x / 2) * sqrt(2 * x / pi()) * (1 + x / 3) AS erfc_sum
		 FROM (SELECT sum((o - e)^2 / e) AS x FROM (
			SELECT o1 AS o, (o1 + o2) * 18.0 / 48 AS e FROM (VALUES (3, 20), (5, 5), (2, 2), (6, 3), (1, 0), (1, 0)) c(o1, o2)
			UNION ALL
			SELECT o2, (o1 + o2) * 30.0 / 48 FROM (VALUES (3, 20), (5, 5), (2, 2), (6, 3), (1, 0), (1, 0)) c(o1, o2)) cells) s) q)::numeric, 12) AS p_by_hand
FROM r1 a, r2 b;
-- symmetric; identical groups give 1; degenerate cases give NULL
SELECT kano_compare(a.res, b.res) = kano_compare(b.res, a.res) AS symmetric,
	   kano_compare(a.res, a.res) AS same_groups,
	   kano_compare(a.res, 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0') AS empty_group,
	   kano_compare((SELECT kano_agg(1, 3)), (SELECT kano_agg(1, 3))) AS one_category
FROM r1 a, r2 b;
-- 2 categories, df = 1: 10 A + 0 O against 0 A + 10 O gives chi2 = 20,
-- p = erfc(sqrt(10)) = 7.744216431044074e-06 (Python's math.erfc)
SELECT round(kano_compare(
	(SELECT kano_agg(1, 3) FROM generate_series(1, 10)),
	(SELECT kano_agg(1, 5) FROM generate_series(1, 10)))::numeric, 17) AS p_df1;
