-- Rollups and period reports of the data model: kept by the triggers of
-- the raw tables in the writing transaction, equal to the raw rows after
-- any sequence of writes; days, weeks and months in the model's time zone
SET search_path = rk, public, sx;
SET DateStyle = ISO;
SELECT sx.create_data_model('rk', time_zone => 'Europe/Berlin');
SELECT sx.data_model_time_zone('rk');

INSERT INTO journey (name) VALUES ('Stay'), ('Online');
INSERT INTO touchpoint (journey_id, stage, stage_order, name, owner, channel, agility)
SELECT j.journey_id, s, o, n, 'brand', ch, ag FROM journey j,
	(VALUES ('Stay', 'arrival', 1, 'Desk', 'physical', 1.0), ('Stay', 'arrival', 1, 'Key', 'virtual', 2.5),
			('Stay', 'stay', 2, 'Room', 'physical', 0.7), ('Online', 'booking', 1, 'Web', 'virtual', 1.3))
	AS v(jn, s, o, n, ch, ag)
WHERE j.name = v.jn;
INSERT INTO survey (name) VALUES ('Hotel');
INSERT INTO feature (survey_id, name) SELECT survey_id, f FROM survey, (VALUES ('wifi'), ('key'), ('spa')) v(f);

-- Period boundaries in Europe/Berlin: the last millisecond of a day and the
-- first of the next; the night of the spring DST change (no 02:00-03:00)
-- and of the autumn one (02:00-03:00 twice); the end of an ISO week
-- (Sunday 2026-03-29) and of a year; a UTC evening that is the next day here
INSERT INTO observation (touchpoint_id, segment, observed_at, promise_kept, nps)
SELECT (SELECT touchpoint_id FROM touchpoint WHERE name = 'Desk'), 'b', t::timestamptz, true, 10
FROM unnest(ARRAY['2026-03-28 23:59:59.999+01', '2026-03-29 00:00:00+01',
				  '2026-03-29 01:59:59.999+01', '2026-03-29 03:00:00+02',
				  '2026-03-29 23:59:59.999+02', '2026-03-30 00:00:00+02',
				  '2026-10-25 02:30:00+02', '2026-10-25 02:30:00+01',
				  '2026-10-25 23:59:59.999+01', '2026-10-26 00:00:00+01',
				  '2026-06-30 22:30:00+00', '2026-12-31 23:59:59.999+01',
				  '2027-01-01 00:00:00+01']) t;
SELECT day, experience_n(result) AS n FROM experience_daily ORDER BY day;
SELECT period_start, period_end, n FROM touchpoint_by_week ORDER BY 1;
SELECT period_start, period_end, n FROM touchpoint_by_month ORDER BY 1;
SELECT period_start, period_end, n FROM touchpoint_by_quarter ORDER BY 1;
SELECT period_start, period_end, n FROM touchpoint_by_year ORDER BY 1;
-- the same rows in UTC, from the raw rows: other days
SELECT period_start, n FROM touchpoint_periods('day', '2026-03-28', '2026-03-30', time_zone => 'UTC');
SELECT period_start, n FROM touchpoint_periods('day', '2026-03-28', '2026-03-30');
-- a range clips its periods, and figures are those of the days inside
SELECT grain, period_start, period_end, n
FROM touchpoint_periods('month', '2026-03-29', '2026-10-25');
SELECT grain, period_start, period_end, n FROM journey_periods('year', NULL, '2026-12-31');
TRUNCATE observation;
SELECT count(*) AS rollup_rows_after_truncate FROM experience_daily;

-- Random writes: inserts, updates of every key column, deletes, truncates,
-- rolled-back subtransactions; after every statement the rollups equal
-- what the raw rows give
CREATE FUNCTION pg_temp.random_observations(n int) RETURNS void LANGUAGE sql AS $$
	INSERT INTO rk.observation (touchpoint_id, segment, observed_at, promise_kept, issue_resolved,
								felt_valued, surprised, centricity, participation, data_scale,
								nps, csat, ces)
	SELECT (SELECT min(touchpoint_id) FROM rk.touchpoint) + floor(random() * 4)::int,
		   (ARRAY['business', 'leisure', NULL])[1 + floor(random() * 3)::int],
		   timestamptz '2025-12-30 00:00+01' + random() * interval '430 days',
		   random() < 0.9, CASE WHEN random() < 0.5 THEN random() < 0.7 END,
		   random() < 0.6, random() < 0.2,
		   CASE WHEN random() < 0.8 THEN 1 + floor(random() * 6)::int END,
		   1 + floor(random() * 6)::int,
		   CASE WHEN random() < 0.7 THEN 1 + floor(random() * 1000) / 8.0 END,
		   CASE WHEN random() < 0.9 THEN floor(random() * 11)::int END,
		   CASE WHEN random() < 0.8 THEN 1 + floor(random() * 5)::int END,
		   CASE WHEN random() < 0.8 THEN 1 + floor(random() * 7)::int END
	FROM generate_series(1, n)
$$;
CREATE FUNCTION pg_temp.random_answers(n int) RETURNS void LANGUAGE sql AS $$
	INSERT INTO rk.kano_response (survey_id, feature_id, respondent, segment, wave, functional,
								  dysfunctional, importance, answered_at)
	SELECT f.survey_id, f.feature_id, 'r' || g, (ARRAY['business', 'leisure', NULL])[1 + g % 3],
		   (ARRAY['2025', '2026', NULL])[1 + floor(random() * 3)::int],
		   CASE WHEN random() < 0.95 THEN 1 + floor(random() * 5)::int END,
		   CASE WHEN random() < 0.95 THEN 1 + floor(random() * 5)::int END,
		   CASE WHEN random() < 0.5 THEN floor(random() * 10000) / 100.0 END,
		   timestamptz '2025-01-01 00:00+01' + random() * interval '700 days'
	FROM generate_series(1, n) g
	CROSS JOIN LATERAL (SELECT * FROM rk.feature ORDER BY random() + g * 0 LIMIT 1) f
$$;
SELECT setseed(0.42);
DO $$
DECLARE
	op int;
	diffs int;
	ops int[] := '{0,0,0,0,0,0,0,0,0}';
BEGIN
	FOR step IN 1..160 LOOP
		op := floor(random() * 9)::int;
		ops[op + 1] := ops[op + 1] + 1;
		CASE op
			WHEN 0 THEN PERFORM pg_temp.random_observations(1 + floor(random() * 60)::int);
			WHEN 1 THEN PERFORM pg_temp.random_answers(1 + floor(random() * 40)::int);
			WHEN 2 THEN
				UPDATE rk.observation SET segment = (ARRAY['business', 'leisure', NULL, 'vip'])[1 + floor(random() * 4)::int],
					nps = CASE WHEN nps IS NULL THEN 5 END, felt_valued = NOT felt_valued
				WHERE random() < 0.2;
			WHEN 3 THEN
				UPDATE rk.observation SET observed_at = observed_at + random() * interval '40 days',
					touchpoint_id = (SELECT min(touchpoint_id) FROM rk.touchpoint) + floor(random() * 4)::int
				WHERE random() < 0.2;
			WHEN 4 THEN DELETE FROM rk.observation WHERE random() < 0.15;
			WHEN 5 THEN
				UPDATE rk.kano_response SET wave = (ARRAY['2025', '2026', NULL])[1 + floor(random() * 3)::int],
					functional = 1 + floor(random() * 5)::int, answered_at = answered_at + interval '20 days'
				WHERE random() < 0.25;
			WHEN 6 THEN DELETE FROM rk.kano_response WHERE random() < 0.15;
			WHEN 7 THEN
				-- a subtransaction that writes and is rolled back
				BEGIN
					PERFORM pg_temp.random_observations(25);
					PERFORM pg_temp.random_answers(25);
					DELETE FROM rk.observation WHERE random() < 0.5;
					RAISE EXCEPTION 'roll back' USING ERRCODE = 'P0001';
				EXCEPTION WHEN raise_exception THEN NULL;
				END;
			ELSE
				IF random() < 0.3 THEN TRUNCATE rk.observation; ELSE TRUNCATE rk.kano_response; END IF;
		END CASE;
		SELECT count(*) INTO diffs FROM sx.check_rollups('rk');
		IF diffs > 0 THEN
			RAISE EXCEPTION 'step %, operation %: % rollup rows differ from the raw rows', step, op, diffs;
		END IF;
	END LOOP;
	RAISE NOTICE 'operations of each kind: %', ops;
END $$;
SELECT pg_temp.random_observations(300), pg_temp.random_answers(300);
SELECT count(*) AS differences FROM sx.check_rollups('rk');

-- a transaction rolled back leaves the rollups as they were
BEGIN;
SELECT pg_temp.random_observations(200);
UPDATE observation SET segment = 'gone';
DELETE FROM kano_response;
ROLLBACK;
SELECT count(*) AS differences FROM sx.check_rollups('rk');

-- every period view equals its report computed from the raw rows
CREATE FUNCTION pg_temp.view_equals_raw(level text, grain text, by_segment boolean,
										 tz text DEFAULT 'Europe/Berlin') RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
	differ bigint;
BEGIN
	EXECUTE format('SELECT count(*) FROM ((TABLE rk.%1$I EXCEPT ALL (%2$s)) UNION ALL ((%2$s) EXCEPT ALL TABLE rk.%1$I)) x',
				   format('%s_by_%s%s', level, grain, CASE WHEN by_segment THEN '_and_segment' ELSE '' END),
				   sx.data_model_period_query('rk', level, grain, by_segment, raw_time_zone => tz))
		INTO differ;
	RETURN differ = 0;
END $$;
SELECT l.level, g.grain, s.by_segment, pg_temp.view_equals_raw(l.level, g.grain, s.by_segment) AS equal
FROM sx.data_model_levels() l, sx.data_model_grains() g, (VALUES (false), (true)) s(by_segment)
WHERE NOT pg_temp.view_equals_raw(l.level, g.grain, s.by_segment);
SELECT pg_temp.view_equals_raw('kano_feature', 'wave', false) AND pg_temp.view_equals_raw('kano_feature', 'wave', true)
	AS waves_equal;
-- and a report written by hand from the raw rows, without sx's query
SELECT count(*) AS months, count(*) FILTER (WHERE v.n = r.n AND v.nps IS NOT DISTINCT FROM r.nps
											AND v.csat IS NOT DISTINCT FROM r.csat) AS equal
FROM touchpoint_by_month v
FULL JOIN (SELECT touchpoint_id, date_trunc('month', observed_at AT TIME ZONE 'Europe/Berlin')::date AS period_start,
				  count(*) AS n, nps(nps_agg(nps)) AS nps, csat(csat) AS csat
		   FROM observation GROUP BY 1, 2) r USING (touchpoint_id, period_start);
SELECT count(*) AS wave_rows, count(*) FILTER (WHERE v.n = r.n) AS equal
FROM kano_feature_by_wave_and_segment v
FULL JOIN (SELECT feature_id, wave, segment, kano_n(kano_agg(functional, dysfunctional)) AS n
		   FROM kano_response GROUP BY 1, 2, 3) r
  ON r.feature_id = v.feature_id AND r.wave IS NOT DISTINCT FROM v.wave
 AND r.segment IS NOT DISTINCT FROM v.segment;
-- a stage's figures come from all its observations, not from its touchpoints' figures
SELECT count(*) AS stage_months,
	   count(*) FILTER (WHERE s.n = t.n) AS n_is_sum_of_touchpoints
FROM stage_by_month s
JOIN (SELECT journey_id, stage, period_start, sum(n) AS n FROM touchpoint_by_month GROUP BY 1, 2, 3) t
	USING (journey_id, stage, period_start);
-- no view double counts: the months of a year add up to the year
SELECT (SELECT sum(n) FROM touchpoint_by_month) = (SELECT sum(n) FROM touchpoint_by_year) AS months_add_up,
	   (SELECT sum(n) FROM touchpoint_by_day_and_segment) = (SELECT sum(n) FROM touchpoint_by_day) AS segments_add_up;
-- the 1.0 views read the rollups too and give the raw rows' figures
SELECT count(*) AS touchpoints, count(*) FILTER (WHERE r.n = x.n AND r.nps IS NOT DISTINCT FROM x.nps) AS equal
FROM touchpoint_report r
JOIN (SELECT t.touchpoint_id, count(o.observation_id) AS n, nps(nps_agg(o.nps)) AS nps
	  FROM touchpoint t LEFT JOIN observation o USING (touchpoint_id) GROUP BY 1) x USING (touchpoint_id);

-- a rollup changed by hand is found, a write that needs it says so, and a
-- rebuild puts it right
UPDATE experience_daily SET result = 'empty'
WHERE (touchpoint_id, day) = (SELECT touchpoint_id, day FROM experience_daily
							  WHERE result OPERATOR(sx.<>) 'empty' ORDER BY 1, 2 LIMIT 1);
SELECT rollup, count(*) FROM sx.check_rollups('rk') GROUP BY 1 ORDER BY 1;
SELECT sqlstate_of($$DELETE FROM rk.observation$$);
SELECT sx.rebuild_rollups('rk') > 0 AS rebuilt;
SELECT count(*) AS differences FROM sx.check_rollups('rk');

-- another time zone: create_data_model moves every row to its new day
SELECT count(*) AS berlin_days FROM experience_daily;
SELECT sx.create_data_model('rk', time_zone => 'America/New_York');
SELECT sx.data_model_time_zone('rk');
SELECT count(*) AS differences FROM sx.check_rollups('rk');
SELECT pg_temp.view_equals_raw('touchpoint', 'day', true, 'America/New_York') AS day_view_equals_raw_new_york,
	   pg_temp.view_equals_raw('touchpoint', 'day', true, 'Europe/Berlin') AS day_view_equals_raw_berlin;
SELECT sx.create_data_model('rk', time_zone => 'Europe/Berlin');

-- bad arguments are clear errors
SELECT label, sqlstate_of(q) FROM (VALUES
	('grain', $$SELECT * FROM rk.touchpoint_periods('fortnight')$$),
	('range', $$SELECT * FROM rk.touchpoint_periods('day', '2026-02-01', '2026-01-01')$$),
	('time zone', $$SELECT * FROM rk.touchpoint_periods('day', time_zone => 'Nowhere/City')$$),
	('wave of touchpoints', $$SELECT sx.data_model_period_query('rk', 'touchpoint', 'wave', false)$$),
	('wave in a period function', $$SELECT * FROM rk.kano_feature_periods('wave')$$),
	('level', $$SELECT sx.data_model_period_query('rk', 'hotel', 'day', false)$$),
	('NULL grain', $$SELECT * FROM rk.stage_periods(NULL)$$),
	('no model', $$SELECT sx.rebuild_rollups('public')$$),
	('no model check', $$SELECT * FROM sx.check_rollups('nowhere')$$)
) AS v(label, q);
