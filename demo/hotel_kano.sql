-- Sample data: a Kano survey of a hotel-booking app, loaded into the sx
-- data model (cx.survey, cx.feature, cx.kano_response).
--
-- 800 respondents in 3 segments (business, leisure, family) answer the
-- functional and dysfunctional question on 14 features, in two waves
-- (2025 and 2026).  Every answer is drawn from a deterministic generator
-- (no random()), so every run loads the same rows.  Each feature has a
-- planted category mix; some differ by segment or wave so that the
-- segment breakdown and the drift test have something to find.

CREATE TEMP TABLE demo_feature (
	feature_id int PRIMARY KEY,
	name text NOT NULL,
	planted text NOT NULL		-- what the generator was told, for the reader
);
INSERT INTO demo_feature VALUES
 (1, 'Free cancellation', 'M'),
 (2, 'Secure payment', 'M'),
 (3, 'Price match guarantee', 'O'),
 (4, 'One-minute checkout', 'O'),
 (5, '360-degree room tours', 'A'),
 (6, 'Personal local tips', 'A'),
 (7, 'Mobile room key', 'A in 2025, O in 2026'),
 (8, 'Loyalty points', 'O for business, I otherwise'),
 (9, 'Late checkout on request', 'A'),
 (10, 'Chatbot instead of phone support', 'R'),
 (11, 'Share booking on social media', 'I'),
 (12, 'Newsletter pop-up at booking', 'R'),
 (13, 'Carbon footprint per stay', 'I, A for families'),
 (14, 'Book-for-someone-else wizard', 'Q (confusing question)');

-- Category mix per feature, optionally per segment or wave: weights of
-- M, O, A, I, R, Q.  The most specific matching row applies.
CREATE TEMP TABLE demo_profile (
	feature_id int, segment text, wave int,
	m int, o int, a int, i int, r int, q int
);
INSERT INTO demo_profile VALUES
 (1, NULL, NULL, 58, 20, 4, 14, 2, 2),
 (2, NULL, NULL, 66, 16, 2, 12, 2, 2),
 (3, NULL, NULL, 14, 52, 12, 18, 2, 2),
 (4, NULL, NULL, 18, 46, 14, 18, 2, 2),
 (5, NULL, NULL, 4, 12, 52, 28, 2, 2),
 (6, NULL, NULL, 3, 10, 48, 33, 4, 2),
 (7, NULL, 2025, 4, 14, 56, 22, 2, 2),
 (7, NULL, 2026, 12, 50, 18, 16, 2, 2),
 (8, 'business', NULL, 10, 55, 15, 16, 2, 2),
 (8, NULL, NULL, 4, 14, 12, 64, 4, 2),
 (9, NULL, NULL, 6, 24, 44, 22, 2, 2),
 (10, NULL, NULL, 3, 6, 8, 28, 53, 2),
 (11, NULL, NULL, 2, 5, 9, 70, 12, 2),
 (12, NULL, NULL, 2, 3, 3, 35, 55, 2),
 (13, NULL, NULL, 3, 8, 16, 64, 7, 2),
 (13, 'family', NULL, 4, 12, 50, 30, 2, 2),
 (14, NULL, NULL, 6, 12, 12, 22, 8, 40);

-- The answer pairs that each category's questions produce (iso24082 cells)
CREATE TEMP TABLE demo_cell (cat char, k int, f int, d int);
INSERT INTO demo_cell VALUES
 ('M', 0, 2, 5), ('M', 1, 3, 5), ('M', 2, 4, 5),
 ('O', 0, 1, 5),
 ('A', 0, 1, 2), ('A', 1, 1, 3), ('A', 2, 1, 4),
 ('I', 0, 2, 3), ('I', 1, 2, 4), ('I', 2, 3, 2), ('I', 3, 3, 3), ('I', 4, 3, 4),
 ('I', 5, 4, 2), ('I', 6, 4, 3),
 ('R', 0, 2, 1), ('R', 1, 3, 1), ('R', 2, 4, 1), ('R', 3, 5, 1), ('R', 4, 5, 2),
 ('R', 5, 5, 3), ('R', 6, 5, 4),
 ('Q', 0, 1, 1), ('Q', 1, 2, 2), ('Q', 2, 4, 4), ('Q', 3, 5, 5);

CREATE TEMP TABLE demo_respondent AS
SELECT g AS respondent,
	   CASE WHEN pg_temp.demo_uniform(g * 7 + 1) < 0.35 THEN 'business'
			WHEN pg_temp.demo_uniform(g * 7 + 1) < 0.75 THEN 'leisure'
			ELSE 'family' END AS segment,
	   CASE WHEN g <= 400 THEN 2025 ELSE 2026 END AS wave
FROM generate_series(1, 800) g;

-- Into the sx data model: one survey, its features, one row per
-- respondent and feature
INSERT INTO cx.survey (name, started_on, description)
VALUES ('Hotel booking app', '2025-03-01',
		'Kano survey of a hotel-booking app, waves in March 2025 and March 2026');
INSERT INTO cx.feature (survey_id, name, description)
SELECT s.survey_id, f.name, 'planted: ' || f.planted
FROM cx.survey s, demo_feature f
WHERE s.name = 'Hotel booking app'
ORDER BY f.feature_id;

INSERT INTO cx.kano_response (survey_id, feature_id, respondent, segment, wave, functional,
							  dysfunctional, importance, answered_at)
SELECT sf.survey_id, sf.feature_id, 'R' || lpad(r.respondent::text, 4, '0'), r.segment,
	   r.wave::text,
	   CASE WHEN u.miss < 0.010 OR (u.miss < 0.025 AND u.which < 0.5) THEN NULL ELSE c.f END,
	   CASE WHEN u.miss < 0.010 OR (u.miss < 0.025 AND u.which >= 0.5) THEN NULL ELSE c.d END,
	   CASE WHEN u.miss < 0.010 THEN NULL
			ELSE least(9, greatest(1, imp.base + floor(u.spread * 3)::int - 1)) END,
	   make_date(r.wave, 3, 1) + (r.respondent % 28) + time '10:00'
FROM demo_respondent r
CROSS JOIN demo_feature f
JOIN cx.feature sf ON sf.name = f.name
CROSS JOIN LATERAL (
	SELECT pg_temp.demo_uniform(r.respondent * 1009 + f.feature_id * 17 + 1) AS pick,
		   pg_temp.demo_uniform(r.respondent * 1009 + f.feature_id * 17 + 2) AS cell,
		   pg_temp.demo_uniform(r.respondent * 1009 + f.feature_id * 17 + 3) AS miss,
		   pg_temp.demo_uniform(r.respondent * 1009 + f.feature_id * 17 + 4) AS which,
		   pg_temp.demo_uniform(r.respondent * 1009 + f.feature_id * 17 + 5) AS spread) u
CROSS JOIN LATERAL (
	SELECT * FROM demo_profile p
	WHERE p.feature_id = f.feature_id
	  AND (p.segment IS NULL OR p.segment = r.segment)
	  AND (p.wave IS NULL OR p.wave = r.wave)
	ORDER BY (p.segment IS NOT NULL)::int + (p.wave IS NOT NULL)::int DESC
	LIMIT 1) p
CROSS JOIN LATERAL (
	SELECT CASE
			WHEN u.pick * t < p.m THEN 'M'
			WHEN u.pick * t < p.m + p.o THEN 'O'
			WHEN u.pick * t < p.m + p.o + p.a THEN 'A'
			WHEN u.pick * t < p.m + p.o + p.a + p.i THEN 'I'
			WHEN u.pick * t < p.m + p.o + p.a + p.i + p.r THEN 'R'
			ELSE 'Q' END AS cat
	FROM (SELECT p.m + p.o + p.a + p.i + p.r + p.q AS t) tt) k
CROSS JOIN LATERAL (
	SELECT * FROM demo_cell c
	WHERE c.cat = k.cat
	  AND c.k = floor(u.cell * (SELECT count(*) FROM demo_cell c2 WHERE c2.cat = k.cat))::int) c
CROSS JOIN LATERAL (
	SELECT CASE k.cat WHEN 'M' THEN 8 WHEN 'O' THEN 7 WHEN 'A' THEN 5 WHEN 'I' THEN 3
		   WHEN 'R' THEN 2 ELSE 4 END AS base) imp
ORDER BY r.respondent, f.feature_id;

DROP TABLE demo_cell, demo_profile, demo_respondent, demo_feature;
ANALYZE cx.kano_response;
