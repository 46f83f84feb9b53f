-- Charts: kano_chart, pyramid_chart, trend_chart, radar_chart (SVG), their
-- state chart_points, and kano_quadrant
-- in a schema of its own: the other tests' tables have the same names
CREATE SCHEMA charts;
SET search_path = charts, public, sx;

-- Every chart is checked with PostgreSQL's XML parser (libxml2): a chart
-- that is not well-formed XML makes xmlparse fail.  count_of counts
-- elements matching an XPath expression in the SVG namespace.
CREATE FUNCTION well_formed(svg text) RETURNS boolean
LANGUAGE sql AS $$ SELECT xmlparse(document svg) IS DOCUMENT $$;
CREATE FUNCTION count_of(svg text, path text) RETURNS int
LANGUAGE sql AS $$
	SELECT (xpath('count(' || path || ')', xmlparse(document svg),
				  ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']]))[1]::text::int $$;
CREATE FUNCTION texts_of(svg text, path text) RETURNS text
LANGUAGE sql AS $$
	SELECT string_agg(x::text, ' | ')
	FROM unnest(xpath(path || '/text()', xmlparse(document svg),
					  ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']])) x $$;

-- Answer pairs with planted categories: (f, d) = like/neutral is A,
-- like/dislike O, expect/dislike M, neutral/neutral I, dislike/like R
CREATE TABLE answers (feature text, f int, d int);
INSERT INTO answers
SELECT v.feature, p.f, p.d
FROM (VALUES ('Spa', 40, 5, 1, 10, 0), ('Wi-Fi', 4, 40, 20, 3, 0),
			 ('Clean room', 0, 6, 50, 4, 0), ('Newsletter', 2, 1, 2, 40, 5),
			 ('Rooftop yoga', 35, 5, 0, 38, 0), ('<script>alert(1)</script>', 20, 2, 1, 5, 0),
			 ('Fish & "chips"', 3, 20, 10, 5, 0), ('Caf' || chr(233) || ' ' || chr(9749), 10, 2, 2, 9, 0),
			 (E'tab\there, bell\x07', 5, 5, 5, 5, 0))
	 AS v(feature, a, o, m, i, r),
	 LATERAL (VALUES (1, 3, v.a), (1, 5, v.o), (2, 5, v.m), (3, 3, v.i), (5, 1, v.r)) AS p(f, d, k),
	 LATERAL generate_series(1, p.k);
CREATE TABLE results AS SELECT feature, kano_agg(f, d) AS r FROM answers GROUP BY feature;

-- kano_quadrant is where the point lies, kano_category the largest count:
-- 'Rooftop yoga' is mostly indifferent (I 38 > A 35) but its Better 0.51
-- puts it in the attractive quadrant
SELECT feature, kano_category(r) AS dominant, kano_quadrant(r) AS quadrant,
	   round(kano_better(r)::numeric, 3) AS better, round(-kano_worse(r)::numeric, 3) AS worse,
	   kano_quadrant(r, 0.3) AS at_0_3
FROM results ORDER BY feature COLLATE "C";
-- a point on a dividing line belongs to the quadrant above or right of it;
-- no A, O, M or I answers (D = 0) is NULL; the scheme matters
SELECT kano_quadrant(kano_agg(f, d) FILTER (WHERE g < 2)) AS on_line,
	   kano_quadrant(kano_agg(f, d) FILTER (WHERE g = 2)) AS only_q,
	   kano_quadrant('empty') AS empty,
	   kano_quadrant(kano_agg(f, d) FILTER (WHERE g = 3)) AS q_iso24082,
	   kano_quadrant(kano_agg(f, d) FILTER (WHERE g = 3), 0.5, 'kano1984') AS i_kano1984
FROM (VALUES (0, 1, 3), (1, 2, 5), (2, 1, 1), (2, 5, 5), (3, 2, 2)) AS v(g, f, d);
SELECT d, sqlstate_of(format('SELECT sx.kano_quadrant(''empty'', %s)', d))
FROM (VALUES ('0'), ('1'), ('-0.5'), ('''NaN''')) AS v(d);

-- The Better-Worse diagram: well-formed, one point per label with data,
-- labels escaped, control characters dropped, non-ASCII as references
CREATE TABLE k AS SELECT kano_chart(feature, r) AS svg FROM results;
SELECT well_formed(svg), count_of(svg, '//s:circle[@class="point"]') AS points,
	   count_of(svg, '//s:text[@class="label" or @class="number"]') AS labelled,
	   count_of(svg, '//s:rect[@class="quadrant"]') AS quadrants,
	   count_of(svg, '//s:path[@class="whisker"]') AS whiskers,
	   count_of(svg, '/s:svg/s:title') AS title, count_of(svg, '/s:svg/s:desc') AS descr,
	   svg LIKE '<svg xmlns="http://www.w3.org/2000/svg" %' AS svg_first,
	   svg ~ 'width="[0-9.]+" height="[0-9.]+" viewBox="0 0 [0-9.]+ [0-9.]+"' AS sized,
	   position('<script' IN svg) = 0 AS no_raw_script,
	   position('&lt;script&gt;alert(1)&lt;/script&gt;' IN svg) > 0 AS script_escaped,
	   position('Fish &amp; &quot;chips&quot;' IN svg) > 0 AS amp_escaped,
	   position('Caf&#xE9; &#x2615;' IN svg) > 0 AS references,
	   position('tab here, bell: dominant' IN svg) > 0 AS controls_dropped,
	   svg ~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\uffff]' AS non_ascii_or_control,
	   position('href' IN svg) + position('@import' IN svg) + position('url(' IN svg) AS external
FROM k;
SELECT texts_of(svg, '//s:text[@class="quadrant-name"]') AS quadrants,
	   texts_of(svg, '/s:svg/s:title') AS title FROM k;
-- the colour of each point is its dominant category's; Rooftop yoga's is
-- the indifferent grey in the attractive quadrant
SELECT (xpath('//s:circle[@class="point"][starts-with(s:title, "' || feature || '")]/@fill',
			  xmlparse(document svg), ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']]))[1]::text AS fill,
	   feature
FROM k, (VALUES ('Spa'), ('Wi-Fi'), ('Clean room'), ('Newsletter'), ('Rooftop yoga')) AS f(feature)
ORDER BY feature;

-- no rows, one point, a label without data (NULL result, only Q), a title,
-- a divider, a scheme
SELECT well_formed(svg), count_of(svg, '//s:circle[@class="point"]') AS points,
	   texts_of(svg, '//s:text[@font-size="14"]') AS message
FROM (SELECT kano_chart(feature, r) AS svg FROM results WHERE false) x;
SELECT well_formed(svg), count_of(svg, '//s:circle[@class="point"]') AS points,
	   texts_of(svg, '//s:g[@class="no-data"]/s:text') AS not_plotted,
	   texts_of(svg, '//s:text[@class="heading"]') AS heading
FROM (SELECT kano_chart(feature, r, 0.5, 'iso24082', NULL) AS svg
	  FROM (SELECT * FROM results WHERE feature = 'Spa'
			UNION ALL SELECT 'No answers', NULL
			UNION ALL SELECT 'Only Q', kano_agg(1, 1) FROM generate_series(1, 5)
			UNION ALL SELECT NULL, 'empty') s) x;
SELECT well_formed(svg), texts_of(svg, '//s:text[@class="heading"]') AS heading,
	   (xpath('//s:path[@class="divider"]/@d', xmlparse(document svg),
			  ARRAY[ARRAY['s', 'http://www.w3.org/2000/svg']]))[1]::text AS divider,
	   position('Dividers at 0.3' IN svg) > 0 AS legend_says,
	   position('Scheme kano1984' IN svg) > 0 AS scheme
FROM (SELECT kano_chart(feature, r, 0.3, 'kano1984', 'Wave 2 & <b>') AS svg FROM results) x;

-- the same label twice is one point with both results added up
SELECT count_of(svg, '//s:circle[@class="point"]') AS points,
	   position('; n 112' IN svg) > 0 AS spa_n_added
FROM (SELECT kano_chart(feature, r) AS svg
	  FROM (SELECT feature, r FROM results WHERE feature = 'Spa'
			UNION ALL SELECT feature, r FROM results WHERE feature = 'Spa') s) x;

-- the same text whatever the order of the rows
SELECT count(DISTINCT md5(svg)) AS distinct_charts
FROM (SELECT kano_chart(feature, r) AS svg FROM (SELECT * FROM results ORDER BY feature) s
	  UNION ALL
	  SELECT kano_chart(feature, r) FROM (SELECT * FROM results ORDER BY feature DESC) s
	  UNION ALL
	  SELECT kano_chart(feature, r) FROM (SELECT * FROM results ORDER BY md5(feature)) s) x;

-- bad arguments
SELECT q, sqlstate_of(q) FROM (VALUES
	('SELECT sx.kano_chart(feature, r, 0) FROM results'),
	('SELECT sx.kano_chart(feature, r, 1) FROM results'),
	('SELECT sx.kano_chart(feature, r, ''NaN'') FROM results'),
	('SELECT sx.kano_chart(feature, r, NULL) FROM results'),
	('SELECT sx.kano_chart(feature, r, 0.5, ''pouliot2'') FROM results'),
	('SELECT sx.kano_chart(feature, r, 0.5, NULL) FROM results'),
	('SELECT sx.kano_chart(feature, r, CASE WHEN feature = ''Spa'' THEN 0.4 ELSE 0.5 END) FROM results'),
	('SELECT sx.kano_chart(feature, r, 0.5, ''iso24082'', feature) FROM results')) AS v(q);

-- Pyramid levels per label
CREATE TABLE levels (touchpoint text, r pyramid_result);
INSERT INTO levels VALUES
	('Check-in', 'levels=12,10,30,38,10 unfounded=4'), ('Room', 'levels=2,4,20,48,26 unfounded=0'),
	('Check-out', 'levels=4,6,60,25,5 unfounded=1'), ('Shuttle <bus>', 'empty'), ('Spa', NULL);
SELECT well_formed(svg), count_of(svg, '//s:g[@class="row"]') AS rows,
	   count_of(svg, '//s:line[@class="threshold"]') AS thresholds,
	   texts_of(svg, '//s:text[@class="attained"]') AS attained,
	   position('Shuttle &lt;bus&gt;: no data' IN svg) > 0 AS no_data_escaped
FROM (SELECT pyramid_chart(touchpoint, r) AS svg FROM levels) x;
-- the level each label attains is pyramid_attained's, under other thresholds too
SELECT texts_of(svg, '//s:text[@class="attained"]') AS attained,
	   (SELECT string_agg('L' || pyramid_attained(r, '{0.95,0.9,0.6,0.3}')::integer, ' | '
						  ORDER BY touchpoint COLLATE "C")
		FROM levels WHERE pyramid_n(r) > 0) AS expected
FROM (SELECT pyramid_chart(touchpoint, r, '{0.95,0.9,0.6,0.3}') AS svg FROM levels) x;
SELECT well_formed(svg), count_of(svg, '//s:g[@class="row"]') AS rows
FROM (SELECT pyramid_chart(touchpoint, r) AS svg FROM levels WHERE false) x;
SELECT q, sqlstate_of(q) FROM (VALUES
	('SELECT sx.pyramid_chart(touchpoint, r, ''{0.9,0.8,0.5}'') FROM levels'),
	('SELECT sx.pyramid_chart(touchpoint, r, ''{0.9,0.8,0.5,1.2}'') FROM levels'),
	('SELECT sx.pyramid_chart(touchpoint, r, ''{0.9,0.8,NULL,0.2}'') FROM levels'),
	('SELECT sx.pyramid_chart(touchpoint, r, NULL) FROM levels'),
	('SELECT sx.pyramid_chart(touchpoint, r, CASE WHEN touchpoint = ''Room'' THEN ''{0.9,0.8,0.5,0.3}''::float8[] ELSE ''{0.9,0.8,0.5,0.2}'' END) FROM levels')) AS v(q);

-- Trend: one line per series, NULL figures skipped, bands where both bounds are given
CREATE TABLE monthly (series text, period date, value float8, low float8, high float8);
INSERT INTO monthly
SELECT s, ('2024-01-01'::date + m * interval '1 month')::date,
	   CASE WHEN s = 'NPS' AND m = 4 THEN NULL ELSE m * 3 + length(s) END,
	   CASE WHEN m <> 7 THEN m * 3 + length(s) - 5 END, CASE WHEN m <> 7 THEN m * 3 + length(s) + 5 END
FROM unnest(ARRAY['NPS', 'CSAT & "top-2"']) s, generate_series(0, 11) m;
INSERT INTO monthly VALUES (NULL, '2024-03-01', 1, 0, 2), ('NPS', NULL, 1, 0, 2);
SELECT well_formed(svg), count_of(svg, '//s:circle[@class="point"]') AS values_drawn,
	   count_of(svg, '//s:path[@class="line"]') AS lines,
	   count_of(svg, '//s:path[@class="band"]') AS bands,
	   texts_of(svg, '//s:g[@class="x-axis"]/s:text') AS dates,
	   position('CSAT &amp; &quot;top-2&quot;' IN svg) > 0 AS escaped
FROM (SELECT trend_chart(series, period, value, low, high) AS svg FROM monthly) x;
SELECT well_formed(svg), count_of(svg, '//s:circle[@class="point"]') AS points,
	   texts_of(svg, '//s:g[@class="x-axis"]/s:text') AS dates
FROM (SELECT trend_chart('one', '2024-06-15', 42, NULL, NULL) AS svg) x;
SELECT well_formed(svg), texts_of(svg, '//s:text[@font-size="14"]') AS message
FROM (SELECT trend_chart(series, period, value, low, high) AS svg FROM monthly WHERE false) x;
SELECT texts_of(svg, '//s:g[@class="x-axis"]/s:text') AS years
FROM (SELECT trend_chart('s', ('1990-01-01'::date + g * interval '1 year')::date, g, NULL, NULL) AS svg
	  FROM generate_series(0, 30) g) x;
SELECT texts_of(svg, '//s:g[@class="x-axis"]/s:text') AS days
FROM (SELECT trend_chart('s', '2024-02-20'::date + g, g, NULL, NULL) AS svg
	  FROM generate_series(0, 12) g) x;
SELECT q, sqlstate_of(q) FROM (VALUES
	('SELECT sx.trend_chart(''s'', ''2024-01-01'', 1, 5, 3)'),
	('SELECT sx.trend_chart(''s'', ''2024-01-01'', ''Infinity'', NULL, NULL)'),
	('SELECT sx.trend_chart(''s'', ''infinity'', 1, NULL, NULL)'),
	('SELECT sx.trend_chart(''s'', d, 1, NULL, NULL) FROM (VALUES (''2024-01-01''::date), (''2024-01-01'')) v(d)')) AS v(q);

-- Radar: axes in the natural order of their labels ("9 ..." before "10 ..."),
-- one polygon per complete series, a series with a gap drawn open
CREATE TABLE maturity (element text, series text, score float8);
INSERT INTO maturity
SELECT e, s, CASE WHEN s = 'previous' AND e LIKE '3.%' THEN NULL ELSE 1 + (length(e) + length(s)) % 4 END
FROM unnest(ARRAY['1.1 Vision', '1.2 Leadership', '2.1 Culture', '2.2 Engagement', '3.1 Needs',
				  '3.2 Design', '3.3 Innovation', '4.1 Processes', '4.2 Monitoring & <results>']) e,
	 unnest(ARRAY['current', 'target', 'previous']) s;
SELECT well_formed(svg), count_of(svg, '//s:polygon[@class="series"]') AS closed,
	   count_of(svg, '//s:path[@class="series"]') AS open,
	   count_of(svg, '//s:circle[@class="point"]') AS points,
	   texts_of(svg, '//s:g[@class="axis-labels"]/s:text/s:tspan') AS axes
FROM (SELECT radar_chart(element, series, score) AS svg FROM maturity) x;
SELECT texts_of(svg, '//s:g[@class="axis-labels"]/s:text/s:tspan') AS natural_order
FROM (SELECT radar_chart(a, 's', 1) AS svg FROM unnest(ARRAY['10 ten', '9 nine', '1 one', '09 nine']) a) x;
SELECT well_formed(svg), count_of(svg, '//s:circle[@class="point"]') AS points
FROM (SELECT radar_chart(element, series, score * 25, 100) AS svg FROM maturity) x;
SELECT well_formed(svg), texts_of(svg, '//s:text[@font-size="14"]') AS message
FROM (SELECT radar_chart(element, series, score) AS svg FROM maturity WHERE false) x;
SELECT well_formed(svg), count_of(svg, '//s:circle[@class="point"]') AS points
FROM (SELECT radar_chart('only axis', 'one', 2) AS svg) x;
SELECT q, sqlstate_of(q) FROM (VALUES
	('SELECT sx.radar_chart(''a'', ''s'', 5)'),
	('SELECT sx.radar_chart(''a'', ''s'', -1)'),
	('SELECT sx.radar_chart(''a'', ''s'', 1, 0)'),
	('SELECT sx.radar_chart(''a'', ''s'', 1, NULL)'),
	('SELECT sx.radar_chart(''a'', ''s'', v) FROM (VALUES (1), (2)) x(v)')) AS v(q);

-- 1,000 labels: valid, complete, quick
SELECT well_formed(svg), count_of(svg, '//s:circle[@class="point"]') AS points
FROM (SELECT kano_chart('feature ' || g, r) AS svg
	  FROM (SELECT g, kano_agg(1, 2 + (g + k) % 4) AS r
			FROM generate_series(1, 1000) g, generate_series(1, 1 + g % 7) k GROUP BY g) s) x;
SELECT well_formed(svg), count_of(svg, '//s:g[@class="row"]') AS rows
FROM (SELECT pyramid_chart('touchpoint ' || g, ('levels=1,2,3,' || g || ',5 unfounded=0')::pyramid_result) AS svg
	  FROM generate_series(1, 1000) g) x;
SELECT well_formed(svg), count_of(svg, '//s:circle[@class="point"]') AS points
FROM (SELECT trend_chart('series ' || g % 1000, '2024-01-01'::date + g / 1000, g % 17, NULL, NULL) AS svg
	  FROM generate_series(0, 2999) g) x;
SELECT well_formed(svg), count_of(svg, '//s:circle[@class="point"]') AS points
FROM (SELECT radar_chart('axis ' || g, 's', g % 5) AS svg FROM generate_series(1, 1000) g) x;

-- Serial and parallel plans give the same text to the last byte: the
-- partial states are concatenated, and the final function sorts
CREATE TABLE many AS
SELECT 'feature ' || g % 40 AS feature, kano_agg(1 + g % 5, 1 + (g / 7) % 5) AS r,
	   ('levels=' || g % 3 || ',1,2,3,4 unfounded=0')::pyramid_result AS p,
	   'axis ' || g % 500 AS axis, 'series ' || g / 500 AS series,
	   '2024-01-01'::date + g / 40 AS period
FROM generate_series(0, 19999) g GROUP BY g;
ANALYZE many;
SET max_parallel_workers_per_gather = 0;
CREATE TABLE serial AS
SELECT md5(kano_chart(feature, r)) AS kano, md5(pyramid_chart(feature, p)) AS pyramid,
	   md5(radar_chart(axis, series, 1)) AS radar,
	   md5(trend_chart(feature, period, length(axis), 0, 9)) AS trend
FROM many;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF)
SELECT kano_chart(feature, r), pyramid_chart(feature, p), radar_chart(axis, series, 1),
	   trend_chart(feature, period, length(axis), 0, 9) FROM many;
SELECT s.kano = p.kano AS kano, s.pyramid = p.pyramid AS pyramid, s.radar = p.radar AS radar,
	   s.trend = p.trend AS trend
FROM serial s,
	 (SELECT md5(kano_chart(feature, r)) AS kano, md5(pyramid_chart(feature, p)) AS pyramid,
			 md5(radar_chart(axis, series, 1)) AS radar,
			 md5(trend_chart(feature, period, length(axis), 0, 9)) AS trend FROM many) p;
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
RESET min_parallel_table_scan_size;
RESET parallel_tuple_cost;
RESET parallel_setup_cost;

-- chart_points: the state's text form reads back to the same state
SELECT s::text, s::text::chart_points::text = s::text AS round_trip
FROM (VALUES (kano_chart_trans(kano_chart_trans('kano', 'a "quoted" \label', 'empty'), 'b',
										 (SELECT r FROM results WHERE feature = 'Spa'))),
			 (pyramid_chart_trans('pyramid', 'p', 'levels=1,2,3,4,5 unfounded=2')),
			 (trend_chart_trans('trend', 's', '2024-02-29', 0.1, NULL, 1e300)),
			 (radar_chart_trans('radar', 'axis', 'series', NULL, 2.5)),
			 ('kano'::chart_points)) AS v(s);
SELECT input, sqlstate_of(format('SELECT %L::sx.chart_points', input)) FROM (VALUES
	('bar'), ('kano divider=0.5'), ('kano divider=0.5 scheme="iso24082" title=null'),
	('kano divider=2 scheme="iso24082" title=null "a" 0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0'),
	('kano divider=0.5 scheme="x" title=null "a" 0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0'),
	('pyramid thresholds=0.9,0.8,0.5,0.2 "a" 1,0,0,0,0/3'),
	('trend "s" @1 1,5,3'), ('trend "s" @99999999999 1,null,null'), ('trend "s" @1 inf,null,null'),
	('radar max=4 "a" "s" 5'), ('radar max=4 "a" "s 1')) AS v(input);
-- a state of one kind is no state of another
SELECT sqlstate_of('SELECT sx.kano_chart_final(''pyramid'')'),
	   sqlstate_of('SELECT sx.chart_points_merge(''kano'', sx.pyramid_chart_trans(''pyramid'', ''a'', NULL))');
