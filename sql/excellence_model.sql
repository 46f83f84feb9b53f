-- The service excellence model itself: the reference data, self-assessment
-- in the data model, repeated delight and retention, and outcomes beside
-- capability
SET search_path = em, public, sx;
SET DateStyle = ISO;

-- the model: 4 dimensions, 9 elements, and the sub-elements DOMAIN.md lists
SELECT (SELECT count(*) FROM excellence_dimensions) AS dimensions,
	   (SELECT count(*) FROM excellence_elements) AS elements,
	   (SELECT count(*) FROM excellence_sub_elements) AS sub_elements;
SELECT e.dimension, e.element, e.name, count(s.*) AS sub_elements
FROM excellence_elements e LEFT JOIN excellence_sub_elements s USING (element)
GROUP BY 1, 2, 3 ORDER BY 2;
SELECT * FROM maturity_levels ORDER BY score;
-- the domain accepts exactly the sub-elements of the table (expect no rows)
SELECT s.sub_element FROM excellence_sub_elements s
WHERE sqlstate_of(format('SELECT %L::sx.excellence_sub_element', s.sub_element)) <> 'ok';
SELECT sqlstate_of($$SELECT '2.2.g'::sx.excellence_sub_element$$);
-- everyone reads the model
SELECT has_table_privilege('public', 'sx.excellence_sub_elements', 'SELECT') AS public_reads;

SELECT sx.create_data_model('em', time_zone => 'UTC');

-- two assessments of a hotel a year apart, each by two assessors
INSERT INTO assessment (unit, assessed_on, title) VALUES
	('Hotel Lakeside', '2025-03-15', 'first self-assessment'),
	('Hotel Lakeside', '2026-03-20', 'second self-assessment'),
	('Hotel Hillside', '2026-05-02', 'without scores');
INSERT INTO assessment_score (assessment_id, assessor, sub_element, score, target, evidence)
SELECT a.assessment_id, v.assessor, s.sub_element,
	   least(4, greatest(0, (ascii(substr(s.sub_element, 5, 1)) + length(s.name) + v.bias
							 + CASE WHEN a.assessed_on > '2026-01-01' THEN 1 ELSE 0 END) % 4)),
	   CASE WHEN s.element < '3' THEN 3 ELSE 4 END,
	   CASE WHEN s.sub_element = '2.2.c' THEN 'team NPS shared monthly' END
FROM assessment a, excellence_sub_elements s, (VALUES ('QM', 0), ('GM', 1)) v(assessor, bias)
WHERE a.unit = 'Hotel Lakeside'
  -- 4.2.d was not scored in 2025: left out, not counted as 0
  AND NOT (s.sub_element = '4.2.d' AND a.assessed_on < '2026-01-01');
-- scores outside the scale and unknown sub-elements are refused
SELECT label, split_part(sqlstate_of(q), ' (', 1) FROM (VALUES
	('score 5', $$INSERT INTO em.assessment_score (assessment_id, assessor, sub_element, score) VALUES (1, 'x', '1.1.a', 5)$$),
	('target -1', $$INSERT INTO em.assessment_score (assessment_id, assessor, sub_element, score, target) VALUES (1, 'x', '1.1.a', 2, -1)$$),
	('sub-element 5.1.a', $$INSERT INTO em.assessment_score (assessment_id, assessor, sub_element, score) VALUES (1, 'x', '5.1.a', 2)$$),
	('no score', $$INSERT INTO em.assessment_score (assessment_id, assessor, sub_element) VALUES (1, 'x', '1.1.a')$$),
	('no such assessment', $$INSERT INTO em.assessment_score (assessment_id, assessor, sub_element, score) VALUES (99, 'x', '1.1.a', 1)$$)
) AS v(label, q);

SELECT assessed_on, sub_element, score, min_score, max_score, assessors, assessors_differ, target, gap,
	   previous_score, change
FROM assessment_sub_element_scores WHERE sub_element IN ('2.2.c', '4.2.c', '4.2.d') ORDER BY 1, 2;
SELECT assessed_on, element, round(score::numeric, 3) AS score, sub_elements_scored, assessors_differ,
	   round(gap::numeric, 3) AS gap, round(change::numeric, 3) AS change
FROM assessment_element_scores ORDER BY 1, 2;
SELECT assessed_on, dimension, round(score::numeric, 3) AS score, elements_scored,
	   round(change::numeric, 3) AS change
FROM assessment_dimension_scores ORDER BY 1, 2;
SELECT unit, assessed_on, round(score::numeric, 4) AS score, dimensions_scored,
	   round(target::numeric, 4) AS target, round(change::numeric, 4) AS change
FROM assessment_overall_scores ORDER BY 1, 2;
-- equal weights: the overall score is the mean of the dimensions, each the
-- mean of its elements, each the mean of its sub-elements' assessor means
SELECT o.assessment_id,
	   round(o.score::numeric, 12) = round((SELECT avg(d) FROM (
			SELECT avg(e) AS d FROM (
				SELECT el.dimension, avg(x) AS e FROM (
					SELECT sub_element, avg(score::numeric) AS x FROM assessment_score
					WHERE assessment_id = o.assessment_id GROUP BY 1) s
				JOIN excellence_sub_elements se USING (sub_element)
				JOIN excellence_elements el USING (element)
				GROUP BY el.dimension, se.element) z GROUP BY dimension) w), 12) AS recomputed
FROM assessment_overall_scores o ORDER BY 1;
-- an assessment without scores has no score rows (not a score of 0)
SELECT count(*) AS hillside_rows FROM assessment_overall_scores WHERE unit = 'Hotel Hillside';

-- the radar chart of the nine elements: current, target, previous
SELECT series, count(*) AS axes FROM assessment_radar WHERE assessed_on = '2026-03-20' GROUP BY 1 ORDER BY 1;
SELECT xpath_exists('/svg:svg/svg:title', xmlparse(document radar_chart(axis, series, value)),
					ARRAY[ARRAY['svg', 'http://www.w3.org/2000/svg']]) AS radar_is_svg,
	   (xpath('count(//svg:polyline|//svg:polygon)', xmlparse(document radar_chart(axis, series, value)),
			  ARRAY[ARRAY['svg', 'http://www.w3.org/2000/svg']]))[1]::text::int >= 3 AS three_series
FROM assessment_radar WHERE assessed_on = '2026-03-20';

-- Repeated delight and retention: guests of two months
INSERT INTO journey (name, unit) VALUES ('Stay', 'Hotel Lakeside');
INSERT INTO touchpoint (journey_id, stage, name, owner, channel)
SELECT journey_id, 'stay', n, 'brand', 'physical' FROM journey, (VALUES ('Desk'), ('Room')) v(n);
-- g1: delighted on two days in January, back in February; g2: two visits
-- in January, delighted once; g3: one visit in January, not back;
-- g4: only in February, delighted twice on the same day (one occasion)
INSERT INTO observation (touchpoint_id, customer_ref, segment, observed_at, promise_kept,
						 issue_resolved, felt_valued, surprised, nps)
SELECT t.touchpoint_id, v.c, v.seg, v.at::timestamptz, true, NULL, v.valued, false, 9
FROM (VALUES ('g1', 'Desk', 'business', '2026-01-05 10:00+00', true),
			 ('g1', 'Room', 'business', '2026-01-06 10:00+00', true),
			 ('g1', 'Desk', 'business', '2026-02-10 10:00+00', false),
			 ('g2', 'Desk', 'leisure', '2026-01-07 10:00+00', true),
			 ('g2', 'Desk', 'leisure', '2026-01-20 10:00+00', false),
			 ('g3', 'Room', 'leisure', '2026-01-09 10:00+00', false),
			 ('g4', 'Room', 'leisure', '2026-02-11 09:00+00', true),
			 ('g4', 'Room', 'leisure', '2026-02-11 18:00+00', true),
			 (NULL, 'Room', 'leisure', '2026-02-12 18:00+00', true),
			 -- a guest in March closes February
			 ('g5', 'Desk', 'leisure', '2026-03-02 10:00+00', false)) v(c, tp, seg, at, valued)
JOIN touchpoint t ON t.name = v.tp;
SELECT period_start, customers, retained, round(retention_rate::numeric, 3) AS retention,
	   delighted, repeat_eligible, repeat_delighted, round(repeat_delight_share::numeric, 3) AS repeat_share,
	   round(repeat_delight_low::numeric, 3) AS low, round(repeat_delight_high::numeric, 3) AS high
FROM repeat_delight_by_month ORDER BY 1;
SELECT period_start, segment, customers, retained, repeat_eligible, repeat_delighted
FROM repeat_delight_by_month_and_segment ORDER BY 1, 2;
SELECT period_start, touchpoint, customers, retained, delighted, repeat_delighted
FROM touchpoint_repeat_delight_by_month ORDER BY 1, 2;
-- the last period's retention is unknown until the next one has ended
SELECT period_start, customers, retained, retention_rate FROM repeat_delight_by_year;

-- outcomes beside capability, per unit and year
SELECT period_start, unit, assessed_on, round(overall_score::numeric, 3) AS overall,
	   round(experience_score::numeric, 3) AS experience, n, attained_level,
	   round(nps::numeric, 1) AS nps, round(repeat_delight_share::numeric, 3) AS repeat_delight
FROM unit_outcomes_by_year ORDER BY 1, 2;

-- complaint rate and first-contact resolution in the period views
INSERT INTO observation (touchpoint_id, customer_ref, observed_at, promise_kept, issue_resolved,
						 issue_raised_at, first_response_at, resolved_at, first_contact_resolution)
SELECT t.touchpoint_id, 'c' || g, timestamptz '2026-03-01 08:00+00' + g * interval '1 hour',
	   true, g % 3 <> 0,
	   timestamptz '2026-03-01 08:00+00' + g * interval '1 hour',
	   timestamptz '2026-03-01 08:10+00' + g * interval '1 hour' + (g % 5) * interval '7 minutes',
	   CASE WHEN g % 3 <> 0 THEN timestamptz '2026-03-01 09:00+00' + g * interval '1 hour' + g * interval '3 minutes' END,
	   g % 2 = 0
FROM touchpoint t, generate_series(1, 12) g WHERE t.name = 'Desk';
SELECT period_start, touchpoint, n, complaint_n, round(complaint_rate::numeric, 3) AS complaint_rate,
	   fcr_n, round(fcr::numeric, 3) AS fcr, round(fcr_low::numeric, 3) AS fcr_low
FROM touchpoint_by_month WHERE period_start = '2026-03-01' ORDER BY touchpoint;
SELECT label, split_part(sqlstate_of(q), ' (', 1) FROM (VALUES
	('answered before raised', $$INSERT INTO em.observation (touchpoint_id, issue_raised_at, first_response_at) SELECT touchpoint_id, '2026-01-02', '2026-01-01' FROM em.touchpoint LIMIT 1$$),
	('resolved without an issue', $$INSERT INTO em.observation (touchpoint_id, resolved_at) SELECT touchpoint_id, '2026-01-02' FROM em.touchpoint LIMIT 1$$),
	('first contact without an issue', $$INSERT INTO em.observation (touchpoint_id, first_contact_resolution) SELECT touchpoint_id, true FROM em.touchpoint LIMIT 1$$)
) AS v(label, q);
SELECT count(*) AS rollup_differences FROM sx.check_rollups('em');

-- bad arguments of the report generators
SELECT sqlstate_of($$SELECT sx.data_model_repeat_delight_query('em', 'galaxy', 'month', false, 'UTC')$$);
SELECT sqlstate_of($$SELECT sx.data_model_repeat_delight_query('em', 'model', 'day', false, 'UTC')$$);
SELECT sqlstate_of($$SELECT sx.wilson_interval(3, 2)$$);
SELECT * FROM sx.wilson_interval(0, 0);
SELECT round(share::numeric, 4), round(low::numeric, 4), round(high::numeric, 4) FROM sx.wilson_interval(81, 263);

-- Teams: each team's period beside the rest of the organization
SELECT sx.create_data_model('tm', time_zone => 'UTC');
INSERT INTO tm.journey (name) VALUES ('Stay');
INSERT INTO tm.touchpoint (journey_id, stage, name, owner, channel)
SELECT journey_id, 'stay', 'Desk ' || k, 'brand', 'physical' FROM tm.journey, generate_series(1, 2) k;
-- teams alike but for two planted ones: Alpha delights and is
-- recommended more, Delta keeps fewer promises; each team's rows follow
-- the same sequence (h = g / 5), so the others differ only by chance; some
-- observations name no team; Tiny has 6, mostly promoters; Beta serves
-- only in January
CREATE TEMP TABLE team_obs AS
SELECT g, t.touchpoint_id, timestamptz '2026-01-01 08:00 UTC' + g * interval '97 minutes' AS observed_at,
	   w.team,
	   CASE WHEN w.team = 'Delta' THEN h % 4 <> 0 ELSE h % 19 <> 0 END AS promise_kept,
	   CASE WHEN w.team = 'Alpha' THEN h % 5 <> 0 ELSE h % 2 = 0 END AS felt_valued,
	   h % 11 = 0 AS surprised,
	   CASE WHEN w.team = 'Alpha' THEN 8 + h % 3 WHEN w.team = 'Tiny' THEN 7 + g % 4 ELSE (h * 7) % 11 END AS nps,
	   1 + (h * 3) % 5 AS csat
FROM generate_series(1, 1900) g
CROSS JOIN LATERAL (SELECT g / 5 AS h) x
JOIN tm.touchpoint t ON t.name = 'Desk ' || (1 + g % 2)
CROSS JOIN LATERAL (SELECT CASE WHEN g <= 6 THEN 'Tiny'
								WHEN g % 5 = 0 THEN NULL
								WHEN g % 5 = 1 THEN 'Alpha'
								WHEN g % 5 = 2 AND g < 400 THEN 'Beta'
								WHEN g % 5 = 2 THEN 'Gamma'
								WHEN g % 5 = 3 THEN 'Gamma'
								ELSE 'Delta' END AS team) w;
INSERT INTO tm.observation (touchpoint_id, observed_at, team, promise_kept, issue_resolved,
							felt_valued, surprised, nps, csat)
SELECT touchpoint_id, observed_at, team, promise_kept, NULL, felt_valued, surprised, nps, csat FROM team_obs;
SELECT period_start, team, teams, n, rest_n, round(nps::numeric, 1) AS nps, nps_rank,
	   round(flag_confidence::numeric, 4) AS confidence, promise_flag, delight_flag, nps_flag, csat_flag
FROM tm.team_by_month ORDER BY period_start, team;
-- every figure is the one computed from the raw rows: the team's rows, and
-- the rest as all the month's rows but the team's (expect no rows)
WITH m AS (SELECT date_trunc('month', observed_at AT TIME ZONE 'UTC')::date AS period_start, * FROM team_obs),
	 k AS (SELECT period_start, count(DISTINCT team) AS teams FROM m GROUP BY 1),
	 expected AS (
	SELECT x.period_start, x.team, k.teams,
		   (SELECT count(*) FROM m WHERE m.period_start = x.period_start AND m.team = x.team) AS n,
		   (SELECT count(*) FROM m WHERE m.period_start = x.period_start AND m.team IS DISTINCT FROM x.team) AS rest_n,
		   nps((SELECT nps_agg(nps) FROM m WHERE m.period_start = x.period_start AND m.team = x.team)) AS nps,
		   (nps_diff((SELECT nps_agg(nps) FROM m WHERE m.period_start = x.period_start AND m.team IS DISTINCT FROM x.team),
					 (SELECT nps_agg(nps) FROM m WHERE m.period_start = x.period_start AND m.team = x.team),
					 1 - 0.05 / k.teams)).*
	FROM (SELECT DISTINCT period_start, team FROM m WHERE team IS NOT NULL) x JOIN k USING (period_start))
SELECT e.*, v.* FROM expected e
FULL JOIN tm.team_by_month v USING (period_start, team)
WHERE v.n IS DISTINCT FROM e.n OR v.rest_n IS DISTINCT FROM e.rest_n OR v.teams IS DISTINCT FROM e.teams
   OR v.nps IS DISTINCT FROM e.nps OR v.nps_diff IS DISTINCT FROM e.estimate
   OR v.nps_diff_low IS DISTINCT FROM e.low OR v.nps_diff_high IS DISTINCT FROM e.high
   OR (v.nps_flag IS NOT NULL) IS DISTINCT FROM e.significant;
-- the pyramid and CSAT differences are those of pyramid_share_diff and
-- csat_diff on the same groups (expect no rows)
SELECT v.period_start, v.team FROM tm.team_by_quarter v
CROSS JOIN LATERAL (SELECT sx.experience_agg(promise_kept, NULL, felt_valued, surprised, nps, csat, NULL, NULL, NULL, NULL, NULL, NULL)
						FILTER (WHERE team = v.team) AS t,
					   sx.experience_agg(promise_kept, NULL, felt_valued, surprised, nps, csat, NULL, NULL, NULL, NULL, NULL, NULL)
						FILTER (WHERE team IS DISTINCT FROM v.team) AS r
				FROM team_obs WHERE date_trunc('quarter', observed_at AT TIME ZONE 'UTC')::date = v.period_start) x
WHERE (pyramid_share_diff(experience_pyramid(x.r), experience_pyramid(x.t), 'L1', v.flag_confidence)).estimate
		IS DISTINCT FROM v.promise_diff
   OR (pyramid_share_diff(experience_pyramid(x.r), experience_pyramid(x.t), 'L3', v.flag_confidence)).low
		IS DISTINCT FROM v.delight_diff_low
   OR (csat_diff(experience_csat(x.r), experience_csat(x.t), v.flag_confidence)).high IS DISTINCT FROM v.csat_diff_high
   OR csat_low(experience_csat(x.t)) IS DISTINCT FROM v.csat_low;
-- a quarter is its months merged, not their figures averaged
SELECT q.period_start, q.team, q.n = sum(m.n) AS n_adds_up, round(q.nps::numeric, 3) AS quarter_nps,
	   round(avg(m.nps)::numeric, 3) AS mean_of_months
FROM tm.team_by_quarter q
JOIN tm.team_by_month m ON m.team = q.team AND m.period_start BETWEEN q.period_start AND q.period_end
WHERE q.team = 'Alpha' GROUP BY q.period_start, q.team, q.n, q.nps ORDER BY 1;
-- the flag is not the place in the ranking but the interval against the
-- rest, which holds the planted teams: Alpha raises the rest's NPS, so
-- Gamma, ranked third, is below it on 679 observations, while Beta, on 79,
-- is flagged nowhere; Tiny, second on 6 observations, is above only
-- because its gap is large enough for an interval on 6 to exclude 0
SELECT team, nps_rank, n, nps_flag, delight_flag FROM tm.team_by_year ORDER BY nps_rank, team;
-- experience_csat and experience_ces are the CSAT and CES parts
SELECT experience_csat(r) = (SELECT csat_agg(csat) FROM team_obs) AS csat_part,
	   experience_ces(r) = 'empty'::ces_result AS ces_part_empty
FROM (SELECT sx.experience_agg(promise_kept, NULL, felt_valued, surprised, nps, csat, NULL, NULL, NULL, NULL, NULL, NULL) AS r
	  FROM team_obs) x;
SELECT sqlstate_of($$SELECT sx.data_model_team_query('tm', 'week')$$);
SELECT sqlstate_of($$SELECT sx.data_model_team_query('tm', NULL)$$);
