-- One self-contained HTML page of a data model's reports: the Kano
-- diagram per wave, the Kano figures, the pyramid per touchpoint, the
-- monthly NPS trend.  Tables and charts only; no script, no link, no font
-- from outside, so the file can be mailed or opened offline.
--
--   psql -X -q -At -v schema=cx -f demo/report-page.sql -o report.html
--
-- schema: the data model's schema (cx by default); touchpoint: the one
-- whose monthly NPS is drawn beside the journeys' (by default the most
-- answered one).  make demo writes the demo's page with it.
\if :{?schema}
\else
\set schema cx
\endif
\if :{?touchpoint}
\else
\set touchpoint ''
\endif
\set ON_ERROR_STOP 1
SELECT set_config('search_path', 'pg_catalog, ' || quote_ident(:'schema') || ', sx', false) IS NOT NULL AS ok \gset

-- text as HTML text
CREATE FUNCTION pg_temp.html(t text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
	SELECT replace(replace(replace(replace(coalesce(t, '-'), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;')
$$;
-- the rows of a query as an HTML table, its columns in order
CREATE FUNCTION pg_temp.html_table(query text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
	head text;
	body text := '';
	r record;
BEGIN
	FOR r IN EXECUTE format('SELECT row_to_json(q) AS j FROM (%s) q', query) LOOP
		IF head IS NULL THEN
			SELECT string_agg('<th>' || pg_temp.html(key) || '</th>', '') INTO head
			FROM json_each_text(r.j);
		END IF;
		body := body || '<tr>' || (SELECT string_agg('<td>' || pg_temp.html(value) || '</td>', '')
								   FROM json_each_text(r.j)) || '</tr>' || E'\n';
	END LOOP;
	RETURN '<table><thead><tr>' || coalesce(head, '') || '</tr></thead><tbody>' || body
		   || '</tbody></table>';
END $$;

WITH kano_waves AS (
	SELECT string_agg(svg, E'\n' ORDER BY wave) AS svgs
	FROM (SELECT r.wave, sx.kano_chart(f.name, r.result, 0.5, 'iso24082',
										 'Kano diagram, wave ' || coalesce(r.wave, '(none)')) AS svg
		  FROM (SELECT wave, feature_id, sx.kano_merge(result) AS result
				FROM kano_monthly GROUP BY wave, feature_id) r
		  JOIN feature f USING (feature_id)
		  GROUP BY r.wave) w),
pyramid AS (
	SELECT sx.pyramid_chart(label, r) AS svg
	FROM (SELECT lpad(t.stage_order::text, 2, '0') || ' ' || t.stage || ': ' || t.name AS label,
				 sx.experience_pyramid(sx.experience_merge(m.result)) AS r
		  FROM touchpoint t LEFT JOIN experience_monthly m USING (touchpoint_id)
		  GROUP BY t.touchpoint_id, t.stage_order, t.stage, t.name) s),
trend AS (
	SELECT sx.trend_chart(series, period_start, nps, nps_low, nps_high) AS svg
	FROM (SELECT journey AS series, period_start, nps, nps_low, nps_high FROM journey_by_month
		  UNION ALL
		  SELECT touchpoint, period_start, nps, nps_low, nps_high FROM touchpoint_by_month
		  WHERE touchpoint_id = (SELECT touchpoint_id FROM touchpoint_report
								 ORDER BY touchpoint = :'touchpoint' DESC, nps_n DESC, touchpoint
								 LIMIT 1)) s)
SELECT format($html$<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>sx report: schema %1$s</title>
<style>
body { font-family: sans-serif; margin: 2em auto; max-width: 1100px; color: #222; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }
table { border-collapse: collapse; font-size: 0.85em; margin: 0.5em 0 1em; }
th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: right; }
th { background: #f2f2f2; } td:first-child, th:first-child { text-align: left; }
.charts svg { max-width: 100%%; height: auto; margin: 0.5em 0; }
p.note { color: #555; font-size: 0.9em; }
</style>
</head>
<body>
<h1>Service excellence report</h1>
<p class="note">Data model in schema %1$s, time zone %2$s; %3$s answer pairs, %4$s observations
(%5$s to %6$s). Made by sx %7$s from SQL (demo/report-page.sql).</p>
<h2>Kano diagram per wave</h2>
<p class="note">x = |Worse|, y = Better; whiskers are 95 %% Wilson intervals; the colour is the dominant category.</p>
<div class="charts">%8$s</div>
<h2>Kano figures per feature (all waves, all segments)</h2>
%9$s
<h2>Pyramid levels per touchpoint</h2>
<div class="charts">%10$s</div>
%11$s
<h2>Monthly NPS</h2>
<p class="note">Each journey and one touchpoint; bands are 95 %% adjusted-Wald intervals.</p>
<div class="charts">%12$s</div>
</body>
</html>$html$,
	pg_temp.html(:'schema'),
	pg_temp.html(sx.data_model_time_zone(:'schema')),
	(SELECT count(*) FROM kano_response), (SELECT count(*) FROM observation),
	(SELECT coalesce(min(observed_at)::date::text, '-') FROM observation),
	(SELECT coalesce(max(observed_at)::date::text, '-') FROM observation),
	(SELECT extversion FROM pg_extension WHERE extname = 'sx'),
	(SELECT coalesce(svgs, '<p>No Kano answers.</p>') FROM kano_waves),
	pg_temp.html_table($q$
		SELECT feature AS "feature", n AS "n", category AS "category", category_name AS "class",
			   round(better::numeric, 2) AS "better",
			   format('%s - %s', round(better_low::numeric, 2), round(better_high::numeric, 2)) AS "95 % CI",
			   round(worse::numeric, 2) AS "worse",
			   format('%s - %s', round(worse_low::numeric, 2), round(worse_high::numeric, 2)) AS "95 % CI ",
			   significant AS "Fong significant", pyramid_role AS "pyramid role"
		FROM kano_feature_report WHERE all_segments
		ORDER BY category::sx.kano_category, better DESC$q$),
	(SELECT svg FROM pyramid),
	pg_temp.html_table($q$
		SELECT stage AS "stage", touchpoint AS "touchpoint", n AS "n",
			   round(share_l1::numeric, 2) AS "L1+", round(share_l2::numeric, 2) AS "L2+",
			   round(share_l3::numeric, 2) AS "L3+", round(share_l4::numeric, 2) AS "L4",
			   attained_name AS "attained", round(nps::numeric) AS "NPS", round(csat::numeric) AS "CSAT"
		FROM touchpoint_report ORDER BY stage_order, touchpoint$q$),
	(SELECT svg FROM trend));
