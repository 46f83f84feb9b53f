-- The sx data model: made by sx.create_data_model in a schema of the
-- caller's, not part of the extension; tables, constraints, BI views
SET search_path = public, sx;

-- nothing of it is in the extension; only reference data is
SELECT c.relname, c.relkind
FROM pg_depend d JOIN pg_class c ON c.oid = d.objid
WHERE d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'sx')
  AND d.refclassid = 'pg_extension'::regclass AND d.classid = 'pg_class'::regclass
  AND d.deptype = 'e' AND c.relkind IN ('r', 'v')
ORDER BY 1;
SELECT count(*) AS config_tables FROM pg_extension e, unnest(e.extconfig) WHERE e.extname = 'sx';
SELECT sx.create_data_model('cx');
-- every object it lists exists, of its kind, owned by the caller; the
-- views other than 1.0's are the period views
SELECT m.name, m.kind, coalesce(c.relowner, p.proowner) = current_user::regrole AS owned_by_caller,
	   coalesce(c.relkind = m.kind, p.oid IS NOT NULL) AS right_kind
FROM sx.data_model_objects() m
LEFT JOIN pg_class c ON m.kind <> 'f' AND c.oid = to_regclass('cx.' || m.name)
LEFT JOIN pg_proc p ON m.kind = 'f' AND p.oid = to_regprocedure(format('cx.%s(%s)', m.name, m.arguments))
WHERE m.kind <> 'v' OR m.name !~ '_by_'
ORDER BY 2, 1;
SELECT count(*) AS period_views, count(c.oid) AS made, count(*) FILTER (WHERE c.relkind = 'v') AS views
FROM sx.data_model_objects() m LEFT JOIN pg_class c ON c.oid = to_regclass('cx.' || m.name)
WHERE m.kind = 'v' AND m.name ~ '_by_';
-- and nothing else is in the schema
SELECT c.relname, c.relkind FROM pg_class c
WHERE c.relnamespace = 'cx'::regnamespace AND c.relkind IN ('r', 'v')
  AND c.relname NOT IN (SELECT name FROM sx.data_model_objects())
UNION ALL
SELECT p.proname, 'f' FROM pg_proc p
WHERE p.pronamespace = 'cx'::regnamespace
  AND p.proname NOT IN (SELECT name FROM sx.data_model_objects());
-- reference data is readable by anyone, the data model by no one but its owner
SELECT c.relname, has_table_privilege('public', c.oid, 'SELECT') AS public_select,
	   has_table_privilege('public', c.oid, 'INSERT') AS public_insert
FROM pg_class c WHERE c.relnamespace IN ('sx'::regnamespace, 'cx'::regnamespace)
  AND c.relkind IN ('r', 'v') AND c.relname !~ '_by_'
ORDER BY c.relnamespace::regnamespace::text, 1;
SELECT count(*) FILTER (WHERE has_table_privilege('public', c.oid, 'SELECT')) AS public_select_period_views
FROM pg_class c WHERE c.relnamespace = 'cx'::regnamespace AND c.relname ~ '_by_';
SELECT * FROM pyramid_levels ORDER BY level;
SELECT category, kano_name, iso16355_name, pyramid_role FROM kano_categories ORDER BY category;
-- running it again changes nothing and loses nothing (also how a model is
-- brought to a later version); bad arguments are clear errors
SELECT sx.create_data_model('cx');
SELECT sqlstate_of($$SELECT sx.create_data_model(NULL)$$);
SELECT sqlstate_of($$SELECT sx.create_data_model('cx', 'no_such_role')$$);
SELECT sqlstate_of($$SELECT sx.create_data_model('cx', time_zone => 'Mars/Olympus')$$);
SELECT sqlstate_of($$SELECT sx.create_data_model('sx')$$);
SELECT sqlstate_of($$SELECT sx.move_data_model('public', 'elsewhere')$$);
SELECT sqlstate_of($$SELECT sx.move_data_model('cx', 'cx')$$);
SET search_path = cx, public, sx;

-- a small journey
INSERT INTO journey (name) VALUES ('Test stay');
INSERT INTO touchpoint (journey_id, stage, stage_order, name, owner, channel, critical)
SELECT journey_id, s, o, n, ow, ch, cr FROM journey,
	(VALUES ('arrival', 1, 'Desk', 'brand', 'physical', true),
			('arrival', 1, 'App', 'brand', 'virtual', false),
			('stay', 2, 'Room', 'brand', 'physical', true),
			('stay', 2, 'Empty', 'partner', 'physical', false)) AS v(s, o, n, ow, ch, cr)
WHERE name = 'Test stay';
INSERT INTO observation (touchpoint_id, promise_kept, issue_resolved, felt_valued, surprised,
						 centricity, participation, data_scale, nps, csat, ces)
SELECT t.touchpoint_id,
	   k % 10 <> 0, CASE WHEN k % 4 = 0 THEN k % 8 = 0 END, k % 3 <> 0, k % 5 = 0,
	   1 + k % 6, 1 + (k * 5) % 6, 1 + k % 4, k % 11, 1 + k % 5, 1 + k % 7
FROM touchpoint t, generate_series(1, 60) g, LATERAL (SELECT g * t.touchpoint_id + g / 7 AS k) kk
WHERE t.name IN ('Desk', 'App', 'Room') AND (t.name <> 'App' OR g <= 30);

-- constraints reject impossible values with their names (the failing row,
-- holding the time of the test, is left out)
SELECT label, split_part(sqlstate_of(q), ' (Failing row', 1) FROM (VALUES
	('nps 11', $$INSERT INTO cx.observation (touchpoint_id, nps) SELECT touchpoint_id, 11 FROM cx.touchpoint LIMIT 1$$),
	('csat 0', $$INSERT INTO cx.observation (touchpoint_id, csat) SELECT touchpoint_id, 0 FROM cx.touchpoint LIMIT 1$$),
	('ces 8', $$INSERT INTO cx.observation (touchpoint_id, ces) SELECT touchpoint_id, 8 FROM cx.touchpoint LIMIT 1$$),
	('centricity 7', $$INSERT INTO cx.observation (touchpoint_id, centricity) SELECT touchpoint_id, 7 FROM cx.touchpoint LIMIT 1$$),
	('participation 0', $$INSERT INTO cx.observation (touchpoint_id, participation) SELECT touchpoint_id, 0 FROM cx.touchpoint LIMIT 1$$),
	('data scale 0.5', $$INSERT INTO cx.observation (touchpoint_id, data_scale) SELECT touchpoint_id, 0.5 FROM cx.touchpoint LIMIT 1$$),
	('data scale NaN', $$INSERT INTO cx.observation (touchpoint_id, data_scale) SELECT touchpoint_id, 'NaN' FROM cx.touchpoint LIMIT 1$$),
	('no touchpoint', $$INSERT INTO cx.observation (touchpoint_id) VALUES (-1)$$),
	('owner', $$INSERT INTO cx.touchpoint (journey_id, stage, name, owner, channel) SELECT journey_id, 's', 'x', 'robot', 'virtual' FROM cx.journey$$),
	('channel', $$INSERT INTO cx.touchpoint (journey_id, stage, name, owner, channel) SELECT journey_id, 's', 'x', 'brand', 'mail' FROM cx.journey$$),
	('agility 0', $$INSERT INTO cx.touchpoint (journey_id, stage, name, owner, channel, agility) SELECT journey_id, 's', 'x', 'brand', 'virtual', 0 FROM cx.journey$$),
	('duplicate touchpoint', $$INSERT INTO cx.touchpoint (journey_id, stage, name, owner, channel) SELECT journey_id, 's', 'Desk', 'brand', 'virtual' FROM cx.journey$$),
	('answer 6', $$INSERT INTO cx.kano_response (survey_id, feature_id, functional) VALUES (1, 1, 6)$$),
	('importance NaN', $$INSERT INTO cx.kano_response (survey_id, feature_id, importance) VALUES (1, 1, 'NaN')$$),
	('importance 1e200', $$INSERT INTO cx.kano_response (survey_id, feature_id, importance) VALUES (1, 1, 1e200)$$),
	('importance -1', $$INSERT INTO cx.kano_response (survey_id, feature_id, importance) VALUES (1, 1, -1)$$),
	('data scale 1e200', $$INSERT INTO cx.observation (touchpoint_id, data_scale) SELECT touchpoint_id, 1e200 FROM cx.touchpoint LIMIT 1$$),
	('feature of another survey', $$INSERT INTO cx.kano_response (survey_id, feature_id) VALUES (1, 1)$$)
) AS v(label, q);

-- touchpoint report: one row per touchpoint, the empty one included
SELECT stage, touchpoint, owner, channel, critical, n, round(share_l1::numeric, 3) AS l1,
	   round(share_l3::numeric, 3) AS l3, attained_level, attained_name, unfounded, nps_n,
	   round(nps::numeric, 2) AS nps, round(csat::numeric, 2) AS csat, round(ces::numeric, 2) AS ces,
	   round(cooperation::numeric, 2) AS coop, leverage_verdict
FROM touchpoint_report WHERE journey = 'Test stay' ORDER BY stage_order, touchpoint;
-- each figure equals computing it directly from the observations
SELECT count(*) AS touchpoints,
	   count(*) FILTER (WHERE r.n = d.n AND r.unfounded = d.unfounded
						AND r.attained_level = d.attained AND r.nps IS NOT DISTINCT FROM d.nps
						AND r.csat IS NOT DISTINCT FROM d.csat AND r.ces IS NOT DISTINCT FROM d.ces) AS equal
FROM touchpoint_report r
JOIN (SELECT t.touchpoint_id, pyramid_n(p) AS n, pyramid_unfounded(p) AS unfounded,
			 pyramid_attained(p)::integer AS attained, nps(nr) AS nps, cs AS csat, ce AS ces
	  FROM touchpoint t
	  LEFT JOIN LATERAL (SELECT pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised) AS p,
								nps_agg(nps) AS nr, csat(csat) AS cs, ces(ces) AS ce
						 FROM observation o WHERE o.touchpoint_id = t.touchpoint_id) a ON true) d
	USING (touchpoint_id)
WHERE r.n > 0;
-- journey report: stage rows and the journey row equal merging the touchpoints' results
SELECT grain, stage, n, attained_level, unfounded, round(nps::numeric, 3) AS nps, round(csat::numeric, 3) AS csat
FROM journey_report WHERE journey = 'Test stay' ORDER BY grain DESC, stage_order;
SELECT j.grain, j.stage, j.n = pyramid_n(m.p) AS n_merged,
	   j.attained_level = pyramid_attained(m.p)::integer AS attained_merged,
	   j.unfounded = pyramid_unfounded(m.p) AS unfounded_merged,
	   j.nps = nps(m.nr) AS nps_merged
FROM journey_report j
JOIN (SELECT t.stage, GROUPING(t.stage) AS whole, pyramid_merge(x.p) AS p, nps_merge(x.nr) AS nr
	  FROM touchpoint t
	  JOIN (SELECT touchpoint_id, pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised) AS p,
				   nps_agg(nps) AS nr
			FROM observation GROUP BY touchpoint_id) x USING (touchpoint_id)
	  GROUP BY ROLLUP (t.stage)) m
  ON (j.grain = 'journey') = (m.whole = 1) AND (j.grain = 'journey' OR j.stage = m.stage)
WHERE j.journey = 'Test stay'
ORDER BY j.grain DESC, j.stage;
-- the journey's NPS is not the average of its touchpoints' NPS
SELECT round((SELECT nps FROM journey_report WHERE journey = 'Test stay' AND grain = 'journey')::numeric, 3) AS journey_nps,
	   round((SELECT avg(nps) FROM touchpoint_report WHERE journey = 'Test stay')::numeric, 3) AS average_of_touchpoints;

-- Kano feature report: a row per segment and one over all segments
INSERT INTO survey (name) VALUES ('Test survey');
INSERT INTO feature (survey_id, name) SELECT survey_id, n FROM survey, (VALUES ('wifi'), ('spa')) v(n);
INSERT INTO kano_response (survey_id, feature_id, respondent, segment, functional, dysfunctional, importance)
SELECT f.survey_id, f.feature_id, 'r' || g, CASE WHEN g % 3 = 0 THEN 'business' ELSE 'leisure' END,
	   CASE WHEN f.name = 'wifi' THEN 2 + g % 3 ELSE 1 END, CASE WHEN f.name = 'wifi' THEN 5 ELSE 2 + g % 3 END,
	   1 + g % 9
FROM feature f, generate_series(1, 30) g;
SELECT feature, segment, all_segments, n, category, category_name, pyramid_role,
	   round(better::numeric, 3) AS better, round(worse::numeric, 3) AS worse,
	   round(importance_mean::numeric, 3) AS importance
FROM kano_feature_report ORDER BY feature, all_segments, segment;
-- view columns are plain types a BI tool reads without knowing sx, and
-- every one has a comment (expect no rows)
SELECT c.relname, a.attname, a.atttypid::regtype
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid
WHERE c.relnamespace = 'cx'::regnamespace AND c.relkind = 'v' AND a.attnum > 0
  AND (t.typnamespace = 'sx'::regnamespace OR col_description(c.oid, a.attnum) IS NULL)
ORDER BY 1, 2;
SELECT c.relname, count(*) AS columns
FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
WHERE c.relnamespace = 'cx'::regnamespace AND c.relkind = 'v' AND a.attnum > 0
  AND c.relname IN ('experience_rollup', 'journey_report', 'kano_feature_report', 'touchpoint_report',
					'kano_feature_by_month', 'kano_feature_by_wave', 'touchpoint_by_week',
					'stage_by_day_and_segment', 'journey_by_year')
GROUP BY c.relname ORDER BY 1;

-- the largest values the tables accept make no report fail (1.0 accepted
-- importance and data_scale 1e200, and then every report failed)
INSERT INTO observation (touchpoint_id, promise_kept, centricity, participation, data_scale, nps)
SELECT touchpoint_id, true, 6, 6, 1e6, 10 FROM touchpoint WHERE name = 'Desk';
INSERT INTO kano_response (survey_id, feature_id, functional, dysfunctional, importance)
SELECT survey_id, feature_id, 1, 5, 1000 FROM feature;
SELECT count(*) AS touchpoint_rows, count(leverage_verdict) AS with_verdict FROM touchpoint_report;
SELECT count(*) AS journey_rows FROM journey_report;
SELECT feature, n, round(importance_mean::numeric, 3) AS importance
FROM kano_feature_report WHERE all_segments ORDER BY feature;

-- the data model is not the extension's: DROP EXTENSION refuses while it
-- exists (1.0 dropped every row with it)
SELECT split_part(sqlstate_of('DROP EXTENSION sx'), ' (', 1) AS drop_extension;
SELECT count(*) AS observations_kept FROM observation;

-- moved to another schema with every row, it works the same
SELECT count(*) AS rows_before FROM touchpoint_report;
SELECT sx.move_data_model('cx', 'cx_moved');
SELECT count(*) AS rows_moved FROM cx_moved.touchpoint_report;
SELECT sqlstate_of($$SELECT sx.move_data_model('cx', 'elsewhere')$$);
SELECT sx.move_data_model('cx_moved', 'cx');
SELECT count(*) AS rows_back FROM cx.touchpoint_report;

-- Citus (README "Scaling out"), on a server without it: no model is
-- distributed, distribute_data_model refuses and changes nothing, and the
-- trigger DDL of a model on one server is the plain one: it writes the
-- model's rollups by name, with no EXECUTE and no lookup of shards
SELECT sx.data_model_distributed('cx') AS distributed;
SELECT sqlstate_of($$SELECT sx.distribute_data_model('cx')$$) AS distribute_without_citus;
SELECT sqlstate_of($$SELECT sx.distribute_data_model(NULL)$$) AS distribute_null;
SELECT sqlstate_of($$SELECT sx.data_model_distributed(NULL)$$) AS null_schema;
SELECT (SELECT count(*) FROM pg_constraint WHERE connamespace = 'cx'::regnamespace AND contype = 'f') AS foreign_keys,
	   (SELECT pg_get_constraintdef(oid) FROM pg_constraint
		WHERE conrelid = 'cx.kano_response'::regclass AND contype = 'p') AS answers_key,
	   (SELECT count(*) FROM pg_trigger WHERE tgrelid = 'cx.observation'::regclass AND tgenabled = 'O') AS triggers_on;
SELECT v.source, v.zone,
	   d.ddl = sx.data_model_trigger_ddl(v.schema, v.source, v.zone, false) AS default_is_plain,
	   position('pg_dist_shard' IN d.ddl) = 0 AS no_shard_lookup,
	   position('EXECUTE format' IN d.ddl) = 0 AS no_execute,
	   d.ddl !~ '@[a-z_]+@' AS filled,
	   position(format('INSERT INTO %s.%I AS r', quote_ident(v.schema), v.source || '_daily') IN d.ddl) > 0 AS writes_by_name
FROM (VALUES ('cx', 'kano', 'UTC'), ('cx', 'experience', 'UTC'),
			 ('My "Schema''s', 'kano', 'Europe/Berlin'), ('My "Schema''s', 'experience', 'Europe/Berlin'))
	 v(schema, source, zone),
	 LATERAL (SELECT sx.data_model_trigger_ddl(v.schema, v.source, v.zone) AS ddl) d;
-- the model's trigger functions are those texts' (no lookup of shards)
SELECT p.proname, position('pg_dist_shard' IN p.prosrc) = 0 AS plain,
	   p.prosrc = substring(sx.data_model_trigger_ddl('cx', v.source, sx.data_model_time_zone('cx'))
							FROM '\$body\$(.*)\$body\$') AS same_text
FROM (VALUES ('kano_response_rollup', 'kano'), ('observation_rollup', 'experience')) v(fn, source)
JOIN pg_proc p ON p.oid = to_regprocedure('cx.' || v.fn || '()')
ORDER BY 1;

-- The Citus layout: every table of the model, once; nothing in the
-- model blocks create_distributed_table or create_reference_table: each
-- distribution column is in its table, each co-located table has the same
-- distribution column type as the one it is placed with, no foreign key
-- points at a distributed table, and each unique constraint of a
-- distributed table holds the distribution column, except the primary
-- keys that distribute_data_model extends with it (listed)
SELECT l.table_name, coalesce(l.distribution_column::text, 'reference') AS distributed_by,
	   l.colocate_with
FROM sx.data_model_citus_layout() l;
SELECT o.name AS table_not_laid_out FROM sx.data_model_objects() o
WHERE o.kind = 'r' AND o.name NOT IN (SELECT table_name FROM sx.data_model_citus_layout())
UNION ALL
SELECT l.table_name || ' (not a table of the model, or twice)' FROM sx.data_model_citus_layout() l
GROUP BY l.table_name
HAVING count(*) > 1 OR l.table_name NOT IN (SELECT name FROM sx.data_model_objects() WHERE kind = 'r');
SELECT l.table_name, l.distribution_column
FROM sx.data_model_citus_layout() l
LEFT JOIN pg_attribute a ON a.attrelid = ('cx.' || l.table_name)::regclass
	AND a.attname = l.distribution_column AND NOT a.attisdropped
LEFT JOIN sx.data_model_citus_layout() w ON w.table_name = l.colocate_with
LEFT JOIN pg_attribute wa ON wa.attrelid = ('cx.' || w.table_name)::regclass
	AND wa.attname = w.distribution_column
WHERE l.distribution_column IS NOT NULL
  AND (a.attnum IS NULL OR (l.colocate_with IS NOT NULL AND wa.atttypid IS DISTINCT FROM a.atttypid));
SELECT c.conname AS foreign_key_to_a_distributed_table
FROM pg_constraint c JOIN sx.data_model_citus_layout() l ON c.confrelid = ('cx.' || l.table_name)::regclass
WHERE c.contype = 'f' AND l.distribution_column IS NOT NULL;
SELECT c.conrelid::regclass AS distributed_table, c.conname AS key_without_distribution_column, c.contype
FROM sx.data_model_citus_layout() l
JOIN pg_constraint c ON c.conrelid = ('cx.' || l.table_name)::regclass AND c.contype IN ('p', 'u', 'x')
JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attname = l.distribution_column
WHERE NOT a.attnum = ANY (c.conkey)
ORDER BY 1, 2;

-- The statements of a script, as create_data_model runs them one by one:
-- semicolons in strings, quoted names, dollar quotes and comments do not
-- split; blanks and comments alone are no statement
SELECT n, s FROM sx.data_model_statements($script$
CREATE TABLE t (x text DEFAULT ';', "a;b" int); -- a comment; with a semicolon
COMMENT ON TABLE t IS 'it''s; here';
CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$;
/* a block; comment */ SELECT $q$;$q$, $$;$$, E'\\;' ; ;
-- nothing but a comment;
SELECT 'last, without a semicolon'
-- and a comment after it
$script$) WITH ORDINALITY AS st(s, n) ORDER BY n;
SELECT count(*) AS without_statements FROM sx.data_model_statements(E' \n-- only; comments\n/* ; */ ;; \n');
SELECT v.source, o.on_shards, count(*) AS statements,
	   count(*) FILTER (WHERE s LIKE 'CREATE OR REPLACE TRIGGER %') AS triggers
FROM (VALUES ('kano'), ('experience')) v(source), (VALUES (false), (true)) o(on_shards),
	 LATERAL sx.data_model_statements(sx.data_model_trigger_ddl('cx', v.source, 'UTC', o.on_shards)) s
GROUP BY v.source, o.on_shards ORDER BY 1, o.on_shards;

-- The trigger functions for the shards of a distributed model run their
-- statements through EXECUTE on the rollup shards they look up; on the
-- table itself (here: no Citus) they write the model's rollups.  Put in
-- a model of its own, they keep its rollups as the plain ones do.
SELECT sx.create_data_model('cx_shards', time_zone => 'UTC');
DO $$
DECLARE
	stmt text;
BEGIN
	FOR stmt IN SELECT sx.data_model_statements(sx.data_model_trigger_ddl('cx_shards', v.source, 'UTC', true))
				FROM (VALUES ('kano'), ('experience')) v(source) LOOP
		EXECUTE stmt;
	END LOOP;
END $$;
SELECT p.proname, position('pg_dist_shard' IN p.prosrc) > 0 AS looks_up_shards
FROM pg_proc p WHERE p.pronamespace = 'cx_shards'::regnamespace AND p.proname LIKE '%\_rollup' ORDER BY 1;
INSERT INTO cx_shards.survey (name) VALUES ('s');
INSERT INTO cx_shards.feature (survey_id, name) SELECT survey_id, f FROM cx_shards.survey, unnest(ARRAY['f1', 'f2']) f;
INSERT INTO cx_shards.journey (name) VALUES ('j');
INSERT INTO cx_shards.touchpoint (journey_id, stage, name, owner, channel)
SELECT journey_id, 'stay', t, 'brand', 'physical' FROM cx_shards.journey, unnest(ARRAY['t1', 't2']) t;
INSERT INTO cx_shards.kano_response (survey_id, feature_id, respondent, segment, functional, dysfunctional, importance, answered_at)
SELECT f.survey_id, f.feature_id, 'r' || g, CASE WHEN g % 3 = 0 THEN 'b' END, 1 + g % 5, 1 + g * 7 % 5, g % 10,
	   timestamptz '2026-01-30 12:00+00' + g * interval '7 hours'
FROM cx_shards.feature f, generate_series(1, 300) g;
INSERT INTO cx_shards.observation (touchpoint_id, customer_ref, segment, team, observed_at, promise_kept,
								   issue_resolved, felt_valued, surprised, nps)
SELECT t.touchpoint_id, 'c' || g % 40, CASE WHEN g % 4 = 0 THEN 'b' END, CASE WHEN g % 2 = 0 THEN 'x' END,
	   timestamptz '2026-02-27 12:00+00' + g * interval '5 hours', g % 7 <> 0,
	   CASE WHEN g % 5 = 0 THEN g % 10 = 0 END, g % 3 = 0, g % 11 = 0, g % 11
FROM cx_shards.touchpoint t, generate_series(1, 300) g;
UPDATE cx_shards.kano_response SET functional = 5, segment = 'c' WHERE respondent LIKE 'r1%';
UPDATE cx_shards.observation SET observed_at = observed_at + interval '20 days' WHERE customer_ref = 'c7';
DELETE FROM cx_shards.kano_response WHERE respondent LIKE 'r2%';
DELETE FROM cx_shards.observation WHERE team IS NULL AND nps > 5;
SELECT count(*) AS differences FROM sx.check_rollups('cx_shards');
SELECT (SELECT count(*) FROM cx_shards.kano_daily) AS kano_days,
	   (SELECT count(*) FROM cx_shards.experience_monthly) AS experience_months;
TRUNCATE cx_shards.kano_response;
SELECT count(*) AS kano_rollup_rows_after_truncate FROM cx_shards.kano_daily;
SELECT count(*) AS differences FROM sx.check_rollups('cx_shards');
SET client_min_messages = warning;
DROP SCHEMA cx_shards CASCADE;
RESET client_min_messages;
