-- The times to respond and to resolve in the data model: kept in the
-- experience rollups (merged on insert; recomputed from the raw rows for
-- the keys a delete or update touches), shown by the period reports as
-- counts, medians and 90th percentiles, equal to the raw rows after any
-- sequence of writes
SET search_path = rd, public, sx;
SET DateStyle = ISO;
SET IntervalStyle = postgres;
SELECT sx.create_data_model('rd', time_zone => 'Europe/Berlin');

INSERT INTO journey (name) VALUES ('Stay'), ('Online');
INSERT INTO touchpoint (journey_id, stage, stage_order, name, owner, channel)
SELECT j.journey_id, s, o, n, 'brand', ch FROM journey j,
	(VALUES ('Stay', 'arrival', 1, 'Desk', 'physical'), ('Stay', 'arrival', 1, 'Phone', 'virtual'),
			('Stay', 'stay', 2, 'Room', 'physical'), ('Online', 'booking', 1, 'Web', 'virtual'))
	AS v(jn, s, o, n, ch)
WHERE j.name = v.jn;

-- One day at the desk: five issues answered after 0 s, 10 min, 20 min,
-- 1 h and 1 day, three of them resolved; one issue still open; one
-- observation without an issue
INSERT INTO observation (touchpoint_id, observed_at, promise_kept, issue_resolved, issue_raised_at,
						 first_response_at, resolved_at, first_contact_resolution)
SELECT (SELECT touchpoint_id FROM touchpoint WHERE name = 'Desk'), t + interval '1 hour', true, v.resolved,
	   t + v.raised, t + v.raised + v.response, t + v.raised + v.resolution, v.fcr
FROM (VALUES (interval '0', interval '0', interval '2 hours', true, true),
			 (interval '1 hour', interval '10 minutes', interval '30 minutes', true, true),
			 (interval '2 hours', interval '20 minutes', NULL, false, false),
			 (interval '3 hours', interval '1 hour', interval '3 days', true, false),
			 (interval '4 hours', interval '1 day', NULL, NULL, NULL),
			 (interval '5 hours', NULL, NULL, NULL, NULL),
			 (NULL, NULL, NULL, NULL, NULL)) AS v(raised, response, resolution, resolved, fcr),
	 (VALUES (timestamptz '2026-05-04 08:00+02')) AS d(t);
SELECT period_start, n, complaint_n, complaint_rate, fcr_n, round(fcr::numeric, 3) AS fcr,
	   response_n, response_median_seconds, round(response_p90_seconds::numeric, 1) AS response_p90_seconds,
	   resolution_n, resolution_median_seconds, round(resolution_p90_seconds::numeric, 1) AS resolution_p90_seconds
FROM touchpoint_by_day;
-- the rollup rows hold the sketches: exact count, least and greatest
SELECT day, duration_n(response_time) AS responses, duration_min(response_time) AS fastest,
	   duration_max(response_time) AS slowest, duration_mean(resolution_time) AS mean_resolution
FROM experience_daily;
-- removing the slowest answer: the next one is the greatest (a recompute,
-- not a subtraction); the month follows its days
DELETE FROM observation WHERE first_response_at - issue_raised_at = interval '1 day';
SELECT day, duration_n(response_time) AS responses, duration_max(response_time) AS slowest
FROM experience_daily;
SELECT month, duration_n(response_time) AS responses, duration_max(response_time) AS slowest
FROM experience_monthly;
-- an issue answered later than recorded, and one that is now resolved
UPDATE observation SET first_response_at = issue_raised_at + interval '2 hours'
WHERE first_response_at - issue_raised_at = interval '20 minutes';
UPDATE observation SET resolved_at = issue_raised_at + interval '45 minutes'
WHERE issue_raised_at IS NOT NULL AND first_response_at IS NULL;
SELECT response_n, response_median_seconds, resolution_n, resolution_median_seconds
FROM touchpoint_by_month;
SELECT count(*) AS differences FROM sx.check_rollups('rd');
TRUNCATE observation;

-- Random writes: inserts, updates of the times and of every key column,
-- deletes, rolled-back subtransactions, truncates; after every statement
-- the rollups (and their times) equal what the raw rows give.  The times
-- are log-normal (median 10 minutes, some of days), a few exactly 0.
CREATE FUNCTION pg_temp.random_issues(n int) RETURNS void LANGUAGE sql AS $$
	INSERT INTO rd.observation (touchpoint_id, segment, team, observed_at, promise_kept, nps,
								issue_raised_at, first_response_at, resolved_at, first_contact_resolution)
	SELECT x.touchpoint_id, x.segment, x.team, x.observed_at, true, x.nps, x.raised,
		   CASE WHEN x.answered THEN x.raised + x.response END,
		   CASE WHEN x.resolved THEN x.raised + x.response + x.resolution END,
		   CASE WHEN x.raised IS NOT NULL AND random() < 0.8 THEN random() < 0.6 END
	FROM (SELECT (SELECT min(touchpoint_id) FROM rd.touchpoint) + floor(random() * 4)::int AS touchpoint_id,
				 (ARRAY['business', 'leisure', NULL])[1 + floor(random() * 3)::int] AS segment,
				 (ARRAY['day', 'night', NULL])[1 + floor(random() * 3)::int] AS team,
				 t AS observed_at, floor(random() * 11)::int AS nps,
				 CASE WHEN random() < 0.7 THEN t + random() * interval '2 hours' END AS raised,
				 random() < 0.85 AS answered, random() < 0.6 AS resolved,
				 CASE WHEN random() < 0.05 THEN interval '0'
					  ELSE make_interval(secs => round(exp(ln(600) + 1.5 * sqrt(-2 * ln(1 - random()))
													  * cos(2 * pi() * random())))) END AS response,
				 make_interval(secs => round(exp(ln(7200) + 1.2 * sqrt(-2 * ln(1 - random()))
												* cos(2 * pi() * random())))) AS resolution
		  FROM generate_series(1, n),
			   LATERAL (SELECT timestamptz '2026-01-01 00:00+01' + random() * interval '150 days' AS t) tt) x
$$;
SELECT setseed(0.13);
DO $$
DECLARE
	op int;
	diffs int;
	ops int[] := '{0,0,0,0,0,0,0,0,0}';
BEGIN
	FOR step IN 1..150 LOOP
		op := floor(random() * 9)::int;
		ops[op + 1] := ops[op + 1] + 1;
		CASE op
			WHEN 0 THEN PERFORM pg_temp.random_issues(1 + floor(random() * 80)::int);
			WHEN 1 THEN
				-- answered or resolved later, or the answer unrecorded
				UPDATE rd.observation
				SET first_response_at = CASE WHEN random() < 0.2 THEN NULL
											 ELSE issue_raised_at + random() * interval '3 hours' END,
					resolved_at = CASE WHEN random() < 0.5 THEN resolved_at
									   ELSE issue_raised_at + random() * interval '4 days' END
				WHERE issue_raised_at IS NOT NULL AND random() < 0.2;
			WHEN 2 THEN
				UPDATE rd.observation
				SET segment = (ARRAY['business', 'leisure', NULL, 'vip'])[1 + floor(random() * 4)::int],
					team = (ARRAY['day', 'night', NULL])[1 + floor(random() * 3)::int]
				WHERE random() < 0.2;
			WHEN 3 THEN
				-- to another day, month or touchpoint, with its times
				UPDATE rd.observation
				SET observed_at = observed_at + d, issue_raised_at = issue_raised_at + d,
					first_response_at = first_response_at + d, resolved_at = resolved_at + d,
					touchpoint_id = (SELECT min(touchpoint_id) FROM rd.touchpoint) + floor(random() * 4)::int
				FROM (SELECT random() * interval '40 days' AS d) x
				WHERE random() < 0.2;
			WHEN 4 THEN
				-- a column that is no time: the times stay as they are
				UPDATE rd.observation SET nps = 10 - nps WHERE random() < 0.3;
			WHEN 5 THEN DELETE FROM rd.observation WHERE random() < 0.15;
			WHEN 6 THEN DELETE FROM rd.observation WHERE resolved_at - issue_raised_at > interval '1 day';
			WHEN 7 THEN
				BEGIN
					PERFORM pg_temp.random_issues(30);
					DELETE FROM rd.observation WHERE random() < 0.5;
					UPDATE rd.observation SET first_response_at = NULL;
					RAISE EXCEPTION 'roll back' USING ERRCODE = 'P0001';
				EXCEPTION WHEN raise_exception THEN NULL;
				END;
			ELSE
				IF random() < 0.2 THEN TRUNCATE rd.observation; ELSE PERFORM pg_temp.random_issues(5); END IF;
		END CASE;
		SELECT count(*) INTO diffs FROM sx.check_rollups('rd');
		IF diffs > 0 THEN
			RAISE EXCEPTION 'step %, operation %: % rollup rows differ from the raw rows', step, op, diffs;
		END IF;
	END LOOP;
	RAISE NOTICE 'operations of each kind: %', ops;
END $$;
SELECT pg_temp.random_issues(2000);
SELECT count(*) AS differences FROM sx.check_rollups('rd');
SELECT count(*) FILTER (WHERE first_response_at IS NOT NULL) > 1000 AS many_answered,
	   count(*) FILTER (WHERE resolved_at IS NOT NULL) > 700 AS many_resolved
FROM observation;

-- every period view equals its report computed from the raw rows
CREATE FUNCTION pg_temp.view_equals_raw(level text, grain text, by_segment boolean) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
	differ bigint;
BEGIN
	EXECUTE format('SELECT count(*) FROM ((TABLE rd.%1$I EXCEPT ALL (%2$s)) UNION ALL ((%2$s) EXCEPT ALL TABLE rd.%1$I)) x',
				   format('%s_by_%s%s', level, grain, CASE WHEN by_segment THEN '_and_segment' ELSE '' END),
				   sx.data_model_period_query('rd', level, grain, by_segment, raw_time_zone => 'Europe/Berlin'))
		INTO differ;
	RETURN differ = 0;
END $$;
SELECT count(*) AS views, count(*) FILTER (WHERE pg_temp.view_equals_raw(l.level, g.grain, s.by_segment)) AS equal
FROM sx.data_model_levels() l, sx.data_model_grains() g, (VALUES (false), (true)) s(by_segment)
WHERE l.source = 'experience';
-- and figures written by hand from the raw rows: the counts exact, the
-- medians and 90th percentiles those of one sketch of the raw times, and
-- within 1 % of percentile_disc
CREATE FUNCTION pg_temp.near(estimate float8, exact numeric) RETURNS boolean LANGUAGE sql AS $$
	SELECT CASE WHEN exact IS NULL THEN estimate IS NULL
				ELSE abs(estimate - exact) <= 0.01 * exact END
$$;
CREATE TEMP TABLE raw_months AS
SELECT touchpoint_id, date_trunc('month', observed_at AT TIME ZONE 'Europe/Berlin')::date AS period_start,
	   count(first_response_at - issue_raised_at) AS response_n,
	   duration_agg(first_response_at - issue_raised_at) AS response,
	   percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - issue_raised_at)) AS response_median,
	   percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM first_response_at - issue_raised_at)) AS response_p90,
	   count(resolved_at - issue_raised_at) AS resolution_n,
	   duration_agg(resolved_at - issue_raised_at) AS resolution,
	   percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - issue_raised_at)) AS resolution_median,
	   percentile_disc(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - issue_raised_at)) AS resolution_p90
FROM observation GROUP BY 1, 2;
SELECT count(*) AS months,
	   count(*) FILTER (WHERE v.response_n = r.response_n AND v.resolution_n = r.resolution_n) AS counts_equal,
	   count(*) FILTER (WHERE v.response_median_seconds IS NOT DISTINCT FROM duration_quantile_seconds(r.response, 0.5)
						  AND v.response_p90_seconds IS NOT DISTINCT FROM duration_quantile_seconds(r.response, 0.9)
						  AND v.resolution_median_seconds IS NOT DISTINCT FROM duration_quantile_seconds(r.resolution, 0.5)
						  AND v.resolution_p90_seconds IS NOT DISTINCT FROM duration_quantile_seconds(r.resolution, 0.9))
		   AS same_sketch,
	   count(*) FILTER (WHERE pg_temp.near(v.response_median_seconds, r.response_median)
						  AND pg_temp.near(v.response_p90_seconds, r.response_p90)
						  AND pg_temp.near(v.resolution_median_seconds, r.resolution_median)
						  AND pg_temp.near(v.resolution_p90_seconds, r.resolution_p90))
		   AS within_1_percent
FROM touchpoint_by_month v FULL JOIN raw_months r USING (touchpoint_id, period_start);
-- no view double counts: the weeks (from the days) and the quarters (from
-- the months) add up to the rows
SELECT (SELECT sum(response_n) FROM touchpoint_by_week) = (SELECT sum(response_n) FROM raw_months)
	   AND (SELECT sum(resolution_n) FROM journey_by_quarter_and_segment) = (SELECT sum(resolution_n) FROM raw_months)
	   AS counts_add_up;
-- the functions: a range of days, from the rollups and in another zone from the raw rows
SELECT count(*) AS days,
	   count(*) FILTER (WHERE p.response_n = v.response_n
						  AND p.response_median_seconds IS NOT DISTINCT FROM v.response_median_seconds)
		   AS equal_to_view
FROM stage_periods('day', '2026-02-01', '2026-02-28') p
JOIN stage_by_day v USING (journey_id, stage, period_start);
SELECT sum(response_n) = (SELECT count(*) FROM observation
						  WHERE first_response_at IS NOT NULL
							AND observed_at >= '2026-02-01 00:00+00' AND observed_at < '2026-03-01 00:00+00')
	   AS utc_month_from_raw_rows
FROM journey_periods('month', '2026-02-01', '2026-02-28', time_zone => 'UTC');

-- a rebuild gives the rollups back to the byte (less the rows the
-- triggers left empty when every row of their key went)
CREATE TEMP TABLE kept AS SELECT * FROM experience_daily WHERE result OPERATOR(sx.<>) 'empty';
SELECT count(*) AS emptied_rows, count(*) FILTER (WHERE duration_n(response_time) = 0
												   AND duration_n(resolution_time) = 0) AS without_times
FROM experience_daily WHERE result OPERATOR(sx.=) 'empty';
SELECT sx.rebuild_rollups('rd') > 0 AS rebuilt;
SELECT count(*) AS rows_kept, (SELECT count(*) FROM experience_daily) AS rows_rebuilt,
	   (SELECT count(*) FROM ((TABLE kept EXCEPT ALL TABLE experience_daily)
							  UNION ALL (TABLE experience_daily EXCEPT ALL TABLE kept)) x) AS rows_differing
FROM kept;
-- a time changed by hand in a rollup is found
UPDATE experience_monthly SET resolution_time = 'empty'
WHERE ctid = (SELECT ctid FROM experience_monthly WHERE duration_n(resolution_time) > 0
			  ORDER BY month, touchpoint_id, segment, team LIMIT 1);
SELECT rollup, count(*) FROM sx.check_rollups('rd') GROUP BY 1;
SELECT sx.rebuild_rollups('rd') > 0 AS rebuilt;

-- rollups made before they kept these times (the columns dropped here,
-- with the views that read them): create_data_model adds them and
-- computes them from the raw rows
SET client_min_messages = warning;
ALTER TABLE experience_daily DROP COLUMN response_time CASCADE, DROP COLUMN resolution_time CASCADE;
ALTER TABLE experience_monthly DROP COLUMN response_time CASCADE, DROP COLUMN resolution_time CASCADE;
RESET client_min_messages;
SELECT count(*) AS period_views_left FROM pg_views WHERE schemaname = 'rd' AND viewname LIKE 'touchpoint\_by\_%';
SELECT sx.create_data_model('rd');
SELECT count(*) AS differences FROM sx.check_rollups('rd');
SELECT (SELECT sum(response_n) FROM touchpoint_by_month) = (SELECT sum(response_n) FROM raw_months) AS times_back;
SELECT c.relname, a.attname, col_description(c.oid, a.attnum) IS NOT NULL AS described
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'rd'::regnamespace AND c.relname IN ('experience_daily', 'touchpoint_by_month')
  AND a.attname ~ '^(response|resolution)_'
ORDER BY 1, a.attnum;
SET client_min_messages = warning;
DROP SCHEMA rd CASCADE;
RESET client_min_messages;

-- The trigger functions of a model distributed by Citus (EXECUTE on the
-- rollup shards they look up, the raw rows read from the shard the
-- trigger fires on; here, without Citus, the model's own tables) keep the
-- times as the plain ones do
SELECT sx.create_data_model('rds', time_zone => 'Asia/Kolkata');
DO $$
DECLARE
	stmt text;
BEGIN
	FOR stmt IN SELECT sx.data_model_statements(sx.data_model_trigger_ddl('rds', 'experience', 'Asia/Kolkata', true))
	LOOP
		EXECUTE stmt;
	END LOOP;
END $$;
SELECT position('pg_dist_shard' IN prosrc) > 0 AS looks_up_shards, position('%5$s' IN prosrc) > 0 AS reads_its_shard
FROM pg_proc WHERE oid = 'rds.observation_rollup'::regproc;
INSERT INTO rds.journey (name) VALUES ('j');
INSERT INTO rds.touchpoint (journey_id, stage, name, owner, channel)
SELECT journey_id, 'stay', t, 'brand', 'physical' FROM rds.journey, unnest(ARRAY['t1', 't2']) t;
INSERT INTO rds.observation (touchpoint_id, segment, team, observed_at, promise_kept, issue_raised_at,
							 first_response_at, resolved_at)
SELECT t.touchpoint_id, CASE WHEN g % 4 = 0 THEN 'b' END, CASE WHEN g % 3 = 0 THEN 'x' END, at, true,
	   CASE WHEN g % 5 <> 0 THEN at END, CASE WHEN g % 5 <> 0 THEN at + g * interval '17 seconds' END,
	   CASE WHEN g % 5 IN (1, 2) THEN at + g * interval '3 minutes' END
FROM rds.touchpoint t, generate_series(1, 400) g,
	 LATERAL (SELECT timestamptz '2026-02-25 20:00+00' + g * interval '97 minutes' AS at) x;
UPDATE rds.observation SET resolved_at = first_response_at + interval '1 hour'
WHERE resolved_at IS NULL AND first_response_at IS NOT NULL AND observation_id % 3 = 0;
UPDATE rds.observation SET observed_at = observed_at + interval '9 days', issue_raised_at = issue_raised_at + interval '9 days',
	first_response_at = first_response_at + interval '9 days', resolved_at = resolved_at + interval '9 days'
WHERE observation_id % 7 = 0;
DELETE FROM rds.observation WHERE first_response_at - issue_raised_at > interval '1 hour';
SELECT count(*) AS differences FROM sx.check_rollups('rds');
SELECT sum(duration_n(response_time)) = (SELECT count(first_response_at) FROM rds.observation) AS responses_counted
FROM rds.experience_monthly;
SET client_min_messages = warning;
DROP SCHEMA rds CASCADE;
RESET client_min_messages;
