-- duration_result: a mergeable duration sketch (DDSketch) with exact count,
-- least, greatest and mean, and quantiles within a relative alpha
SET search_path = public, sx;

-- durations: log-normal, heavy-tailed (Pareto), all equal, one value, and
-- a mix with zeros, as intervals (microsecond resolution)
SELECT setseed(0.25);
CREATE TABLE dur (kind text, day int, d interval);
INSERT INTO dur
SELECT 'lognormal', g % 7,
	   make_interval(secs => round(60 * exp(1.5 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()))::numeric, 6))
FROM generate_series(1, 20000) g;
INSERT INTO dur
SELECT 'pareto', g % 7, make_interval(secs => round((0.5 / (1 - random()) ^ (1 / 1.1))::numeric, 6))
FROM generate_series(1, 20000) g;
INSERT INTO dur SELECT 'equal', g % 7, interval '3 minutes 20 seconds' FROM generate_series(1, 5000) g;
INSERT INTO dur VALUES ('one', 0, interval '2 days 00:00:00.000001');
INSERT INTO dur
SELECT 'mixed', g % 7, CASE WHEN g % 5 = 0 THEN interval '0' ELSE g * interval '1 millisecond' END
FROM generate_series(1, 3000) g;
INSERT INTO dur VALUES ('mixed', 1, NULL);
ANALYZE dur;
CREATE TABLE dur_us AS
SELECT kind, day, (extract(epoch FROM d) * 1000000)::bigint AS us FROM dur WHERE d IS NOT NULL;

-- exact figures: count, least, greatest, and the mean to the microsecond
-- (the exact mean rounded half up)
CREATE TABLE sk AS SELECT kind, duration_agg(d) AS r FROM dur GROUP BY kind;
SELECT kind, duration_n(r) = n AS n_ok, duration_min(r) = mn AS min_ok, duration_max(r) = mx AS max_ok,
	   extract(epoch FROM duration_mean(r)) * 1000000 = floor(total::numeric / n + 0.5) AS mean_exact,
	   duration_alpha(r)
FROM sk JOIN (SELECT kind, count(d) AS n, min(d) AS mn, max(d) AS mx FROM dur GROUP BY kind) a USING (kind)
JOIN (SELECT kind, sum(us) AS total FROM dur_us GROUP BY kind) b USING (kind)
ORDER BY kind;
-- quantiles against percentile_disc: within alpha of the exact value (in
-- seconds; as an interval, also within the half microsecond of rounding),
-- exact at q = 0 and q = 1, for several alphas
CREATE TABLE qs AS SELECT unnest('{0,0.001,0.01,0.05,0.1,0.25,0.333,0.5,0.75,0.9,0.95,0.99,0.999,1}'::float8[]) AS q;
CREATE TABLE qcheck AS
SELECT kind, alpha, q, extract(epoch FROM exact)::float8 AS exact,
	   duration_quantile_seconds(r, q) AS est, extract(epoch FROM duration_quantile(r, q))::float8 AS est_interval
FROM (SELECT kind, a.alpha, duration_agg(d, a.alpha) AS r FROM dur, unnest('{0.01,0.001,0.05,0.5}'::float8[]) a(alpha)
	  GROUP BY kind, a.alpha) s
CROSS JOIN qs
JOIN LATERAL (SELECT percentile_disc(qs.q) WITHIN GROUP (ORDER BY d) AS exact FROM dur WHERE dur.kind = s.kind) e ON true;
SELECT kind, alpha, count(*) AS quantiles,
	   count(*) FILTER (WHERE abs(est - exact) <= alpha * exact * (1 + 1e-12)) AS within_alpha,
	   count(*) FILTER (WHERE abs(est_interval - exact) <= alpha * exact + 0.5e-6) AS interval_within,
	   count(*) FILTER (WHERE q IN (0, 1) AND est = exact) AS exact_ends,
	   round(max(abs(est - exact) / nullif(exact, 0))::numeric, 4) AS worst_relative_error
FROM qcheck GROUP BY kind, alpha ORDER BY kind, alpha;
-- the mixed group: zeros are exact
SELECT q, exact, est FROM qcheck WHERE kind = 'mixed' AND alpha = 0.01 AND q <= 0.1 ORDER BY q;

-- merging stored results equals the single pass, in any grouping
CREATE TABLE sk_day AS SELECT kind, day, duration_agg(d) AS r FROM dur GROUP BY kind, day;
SELECT s.kind, m.r = s.r AS merge_equals_raw, m.r::text = s.r::text AS same_text
FROM sk s JOIN (SELECT kind, duration_merge(r) AS r FROM sk_day GROUP BY kind) m USING (kind) ORDER BY kind;
SELECT count(*) FILTER (WHERE a.r + b.r = (SELECT duration_agg(d) FROM dur WHERE kind = a.kind AND day IN (a.day, b.day)))
	   AS pairs_equal, count(*) AS pairs
FROM sk_day a JOIN sk_day b ON a.kind = b.kind AND a.day < b.day;
-- a value whose last bucket is one past its greatest duration's (which a
-- logarithm rounded the other way gives) merges as it is
WITH v(r) AS (SELECT 'alpha=0.01 zeros=0 min=1 max=2 sum=3 buckets=0:1,36:1'::duration_result)
SELECT m::text AS merged, m = (SELECT r + r FROM v) AS merge_equals_sum
FROM (SELECT duration_merge(r) AS m FROM (SELECT r FROM v UNION ALL SELECT r FROM v) x) y;
-- the order of the rows does not matter, to the byte
SELECT kind, duration_agg(d ORDER BY d) = duration_agg(d ORDER BY d DESC) AS order_free
FROM dur GROUP BY kind ORDER BY kind;
-- seconds give the same sketch as the same intervals
SELECT duration_agg(extract(epoch FROM d)::float8) = duration_agg(d) AS seconds_equal_intervals
FROM dur WHERE kind = 'pareto';

-- the text form, and what it refuses (the least and greatest durations may
-- be one bucket off the first and last, for a logarithm rounded the other
-- way on another machine: 56 passes for min=3, whose bucket is 55, 57 not)
SELECT duration_agg(x * interval '1 ms') FROM generate_series(0, 4) x;
SELECT duration_agg(d) FROM dur WHERE false;
SELECT r::text::duration_result = r AS text_round_trip FROM sk ORDER BY kind;
SELECT input, sqlstate_of(format('SELECT %L::sx.duration_result', input))
FROM (VALUES (''), ('empty'), (' Empty '),
			 ('alpha=0.01 zeros=2 min=0 max=0 sum=0 buckets='),
			 ('alpha=0.01 zeros=0 min=1 max=1 sum=1 buckets=0:1'),
			 ('alpha=0.01  zeros=0 min=3 max=1000 sum=1003 buckets=55:1,346:1  '),
			 ('alpha=0.01 zeros=0 min=3 max=1000 sum=1003 buckets=346:1,55:1'),
			 ('alpha=0.01 zeros=0 min=3 max=1000 sum=1003 buckets=55:1,55:1'),
			 ('alpha=0.01 zeros=0 min=3 max=1000 sum=1003 buckets=55:1,200:0,346:1'),
			 ('alpha=0.01 zeros=0 min=3 max=1000 sum=1003 buckets=55:1,346:1,2185:1'),
			 ('alpha=0.01 zeros=0 min=3 max=1000 sum=1004 buckets=55:1,346:1'),
			 ('alpha=0.01 zeros=0 min=3 max=1000 sum=1003 buckets=56:1,346:1'),
			 ('alpha=0.01 zeros=0 min=3 max=1000 sum=1003 buckets=57:1,346:1'),
			 ('alpha=0.01 zeros=1 min=3 max=1000 sum=1003 buckets=55:1,346:1'),
			 ('alpha=0.00001 zeros=0 min=1 max=1 sum=1 buckets=0:1'),
			 ('alpha=0.6 zeros=0 min=1 max=1 sum=1 buckets=0:1'),
			 ('alpha=nan zeros=0 min=1 max=1 sum=1 buckets=0:1'),
			 ('alpha=0 zeros=0 min=0 max=0 sum=0 buckets='),
			 ('alpha=0.01 zeros=0 min=1 max=1 sum=1 buckets=0:1,'),
			 ('alpha=0.01 zeros=0 min=1 max=1 sum=1 buckets=0:-1'),
			 ('alpha=0.01 zeros=0 min=1 max=1 sum=340282366920938463463374607431768211456 buckets=0:1'),
			 ('alpha=0.01 zeros=9223372036854775807 min=0 max=1 sum=1 buckets=0:1'),
			 ('alpha=0.01 zeros=0 min=1 max=1 sum=1 buckets=0:1 n=1'),
			 ('alpha=0.01 zeros=0 min=1 max=9223372036854775807 sum=9223372036854775808 buckets=0:1,2184:1'),
			 ('alpha=0.01 zeros=0 min=1 max=9223372036854775807 sum=9223372036854775808 buckets=0:1,2185:1'),
			 ('alpha=1e-2 zeros=0 min=1 max=2 sum=3 buckets=0:1,35:1'), ('alpha=0.01 zeros=0 min=1 max=2 sum=2 buckets=0:1,35:1'),
			 ('alpha=0.01 zeros=0 min=2 max=1 sum=3 buckets=0:1,35:1'), ('alpha=0.01 zeros=0 min=1 max=5 sum=5 buckets=0:1')
	 ) AS v(input);
-- binary: COPY round trip (TOASTed values included), short and odd lengths refused
CREATE TABLE skb (kind text, r duration_result);
INSERT INTO skb SELECT kind, r FROM sk;
INSERT INTO skb SELECT 'wide', duration_agg(x * interval '1 microsecond' * 1000 ^ (x % 6), 0.0001) FROM generate_series(1, 3000) x;
SELECT kind, pg_column_size(r) < octet_length(duration_result_send(r)) AS compressed FROM skb WHERE kind = 'wide';
\copy skb TO 'results-regress/skb.bin' WITH (FORMAT binary)
CREATE TABLE skb2 (LIKE skb);
\copy skb2 FROM 'results-regress/skb.bin' WITH (FORMAT binary)
SELECT count(*) FILTER (WHERE skb.r = skb2.r) AS identical, count(*) FROM skb JOIN skb2 USING (kind);
CREATE TABLE raw_dur (b bytea);
CREATE TABLE dur_one (r duration_result);
INSERT INTO raw_dur SELECT substr(duration_result_send(r), 1, 51) FROM sk WHERE kind = 'one';
\copy raw_dur TO 'results-regress/raw_dur.bin' WITH (FORMAT binary)
\copy dur_one FROM 'results-regress/raw_dur.bin' WITH (FORMAT binary)
TRUNCATE raw_dur;
INSERT INTO raw_dur SELECT substr(duration_result_send(r), 1, 49) FROM sk WHERE kind = 'one';
\copy raw_dur TO 'results-regress/raw_dur.bin' WITH (FORMAT binary)
\copy dur_one FROM 'results-regress/raw_dur.bin' WITH (FORMAT binary)
-- the buckets are varints (step from the previous index, count): 01 01 is
-- bucket 0 once; 81 00 01 says the same in a varint that is not minimal
SELECT encode(duration_result_send('alpha=0.01 zeros=0 min=1 max=1 sum=1 buckets=0:1'), 'hex') AS wire;
TRUNCATE raw_dur;
INSERT INTO raw_dur
SELECT substr(duration_result_send('alpha=0.01 zeros=0 min=1 max=1 sum=1 buckets=0:1'), 1, 49) || '\x810001'::bytea;
\copy raw_dur TO 'results-regress/raw_dur.bin' WITH (FORMAT binary)
\copy dur_one FROM 'results-regress/raw_dur.bin' WITH (FORMAT binary)

-- errors
SELECT sqlstate_of($$SELECT sx.duration_agg(d) FROM (VALUES (interval '-1 second')) v(d)$$),
	   sqlstate_of($$SELECT sx.duration_agg(d) FROM (VALUES (interval '1 day -25 hours')) v(d)$$),
	   sqlstate_of($$SELECT sx.duration_agg(d) FROM (VALUES (interval '178000000 years')) v(d)$$),
	   sqlstate_of($$SELECT sx.duration_agg(s) FROM (VALUES ('NaN'::float8)) v(s)$$),
	   sqlstate_of($$SELECT sx.duration_agg(s) FROM (VALUES ('Infinity'::float8)) v(s)$$),
	   sqlstate_of($$SELECT sx.duration_agg(s) FROM (VALUES (-1e-9)) v(s)$$);
SELECT sqlstate_of($$SELECT sx.duration_agg(d, 0) FROM (VALUES (interval '0')) v(d)$$),
	   sqlstate_of($$SELECT sx.duration_agg(d, 0) FROM (VALUES (interval '1 s')) v(d)$$),
	   sqlstate_of($$SELECT sx.duration_agg(d, 0.51) FROM (VALUES (interval '1 s')) v(d)$$),
	   sqlstate_of($$SELECT sx.duration_agg(d, a) FROM (VALUES (interval '1 s', 0.01), (interval '2 s', 0.02)) v(d, a)$$),
	   sqlstate_of($$SELECT sx.duration_agg(1.0, 0.02) + sx.duration_agg(1.0)$$),
	   sqlstate_of($$SELECT sx.duration_quantile(sx.duration_agg(1.0), 1.5)$$),
	   sqlstate_of($$SELECT sx.duration_quantile_seconds(sx.duration_agg(1.0), 'NaN')$$);
-- edge durations: zero only, one microsecond, the longest there is
SELECT duration_agg(d), duration_quantile(duration_agg(d), 0.5)
FROM (VALUES (interval '0'), (interval '0')) v(d);
SELECT r, duration_quantile(r, 0.5), duration_mean(r), duration_max(r)
FROM (SELECT duration_agg(d) AS r FROM (VALUES (interval '1 microsecond'), (interval '1 microsecond'),
	  ('9223372036854775807 microseconds'::interval)) v(d)) x;
SELECT duration_n(r), duration_min(r), duration_mean(r), duration_quantile(r, 0.5), duration_alpha(r)
FROM (SELECT duration_agg(d) AS r FROM dur WHERE false) x;
-- a month is 30 days, a day 24 hours, as interval comparison has it
SELECT duration_agg(interval '1 month') = duration_agg(interval '30 days') AS month_is_30_days,
	   duration_max(duration_agg(interval '1 day 1 hour'));

-- jsonb, ordering, DISTINCT through hashing
SELECT r::jsonb FROM (SELECT duration_agg(x * interval '1 ms') AS r FROM generate_series(0, 4) x) s;
SELECT duration_agg(d)::jsonb FROM dur WHERE false;
SELECT kind FROM sk ORDER BY r, kind;
SET enable_sort = off;
SELECT count(DISTINCT r) FROM (SELECT r FROM sk UNION ALL SELECT r FROM sk) x;
RESET enable_sort;

-- support functions called directly, or by someone else's aggregate, are checked
SELECT sx.duration_agg_trans('empty', interval '1 s');
SELECT sqlstate_of($$SELECT sx.duration_agg_trans('alpha=0.01 zeros=1 min=0 max=0 sum=0 buckets=', interval '1 s', 0.02)$$);
CREATE AGGREGATE my_durations(interval) (
	SFUNC = sx.duration_agg_trans, STYPE = sx.duration_state,
	INITCOND = 'alpha=0.01 zeros=1 min=0 max=0 sum=0 buckets=', FINALFUNC = sx.duration_state_final);
SELECT my_durations(d) FROM (VALUES (interval '1 s'), (interval '2 s')) v(d);
SELECT sqlstate_of($$SELECT sx.duration_state_final('alpha=0.01 zeros=0 min=1 max=1 sum=1 buckets=0:1')$$),
	   sqlstate_of($$SELECT sx.duration_state_combine('alpha=0.01 zeros=0 min=1 max=1 sum=1 buckets=0:1',
													   'alpha=0.02 zeros=0 min=1 max=1 sum=1 buckets=0:1')$$),
	   sqlstate_of($$SELECT sx.duration_merge_trans('empty', 'alpha=0.01 zeros=0 min=1 max=1 sum=1 buckets=0:1')$$);

-- the state: dense buckets from the first to the last used, the text of
-- the result it holds; the stored result lists only the non-empty ones
SELECT duration_agg_trans(duration_agg_trans('empty', interval '1 ms'), interval '1 hour')::text =
	   (SELECT duration_agg(d)::text FROM (VALUES (interval '1 ms'), (interval '1 hour')) v(d)) AS state_text_is_result_text;
SELECT pg_column_size(duration_agg_trans(duration_agg_trans('empty', interval '1 ms'), interval '1 hour')) AS state_bytes,
	   pg_column_size(duration_agg(d)) AS result_bytes
FROM (VALUES (interval '1 ms'), (interval '1 hour')) v(d);
SELECT s::text = s::text::duration_state::text AS state_round_trip
FROM (SELECT duration_agg_trans(duration_agg_trans('empty', 0.25), 1e4) AS s) x;

-- parallel plans give the same sketches to the last byte
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;
EXPLAIN (COSTS OFF) SELECT kind, duration_agg(d) FROM dur GROUP BY kind;
SELECT count(*) FILTER (WHERE s.r = p.r AND s.r::text = p.r::text) AS equal, count(*)
FROM sk s JOIN (SELECT kind, duration_agg(d) AS r FROM dur GROUP BY kind) p USING (kind);
EXPLAIN (COSTS OFF) SELECT duration_agg(d) FROM dur WHERE kind = 'pareto';
SELECT duration_agg(d) = (SELECT r FROM sk WHERE kind = 'pareto') AS whole_equal FROM dur WHERE kind = 'pareto';
RESET parallel_leader_participation;
RESET max_parallel_workers_per_gather;
