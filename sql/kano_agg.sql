-- kano_agg and kano_merge: counting, NULLs, importance, GROUP BY, FILTER,
-- ROLLUP, windows, and merges equal to single passes
SET search_path = public, sx;

CREATE TABLE survey (
	id serial, feature text, segment text, day date,
	f kano_answer, d kano_answer, fi int, di int, importance double precision
);
-- deterministic answers: every cell of the 5x5 grid, some NULLs
INSERT INTO survey (feature, segment, day, f, d, fi, di, importance)
SELECT 'feat' || (g % 4), 'seg' || (g % 3), date '2026-01-01' + (g % 10),
	   fa, da, fa, da,
	   CASE WHEN g % 7 = 0 THEN NULL ELSE 1 + g % 9 END
FROM generate_series(1, 2000) g,
	 LATERAL (SELECT CASE WHEN g % 97 = 0 THEN NULL ELSE 1 + (g * 7) % 5 END AS fa,
					 CASE WHEN g % 89 = 0 THEN NULL ELSE 1 + (g * 3 + g / 5) % 5 END AS da) x;
INSERT INTO survey (feature, segment, day) VALUES ('feat0', 'seg0', '2026-01-01');
-- rows whose importance has decimals and spans orders of magnitude
CREATE TABLE imp_rows AS
SELECT g, 1 + g % 5 AS f, 1 + (g * 3) % 5 AS d,
	   CASE g % 4 WHEN 0 THEN g * 1234.567891 WHEN 1 THEN 1.0 / g WHEN 2 THEN 1e9 + g ELSE -g * 0.1 END AS i
FROM generate_series(1, 5000) g;

-- the aggregate equals counting the cells by hand
SELECT kano_agg(f, d) FROM survey;
SELECT string_agg(c::text, ',' ORDER BY fa, da) AS by_hand
FROM (SELECT fa, da, count(s.id) AS c
	  FROM generate_series(1, 5) fa CROSS JOIN generate_series(1, 5) da
	  LEFT JOIN survey s ON s.fi = fa AND s.di = da GROUP BY fa, da) t;
SELECT count(*) FILTER (WHERE (f IS NULL) <> (d IS NULL)) AS incomplete_by_hand,
	   count(*) FILTER (WHERE f IS NULL AND d IS NULL) AS skipped_rows
FROM survey;

-- integer overloads give the same result; so do the importance overloads' counts
SELECT kano_agg(f, d) = kano_agg(fi, di) AS int_same,
	   kano_agg(f, d, importance) = kano_agg(fi, di, importance) AS int_imp_same,
	   kano_n(kano_agg(f, d, importance)) = kano_n(kano_agg(f, d)) AS imp_counts_same
FROM survey;
-- importance: count, sum, sum of squares over complete pairs with an importance
SELECT kano_agg(f, d, importance)::jsonb -> 'importance' AS agg,
	   (SELECT jsonb_build_object('n', count(importance), 'sum', sum(importance),
			'sumsq', sum(importance * importance))
		FROM survey WHERE f IS NOT NULL AND d IS NOT NULL) AS by_hand
FROM survey;

-- no rows: an empty result, not NULL (like count)
SELECT kano_agg(f, d) AS empty, kano_n(kano_agg(f, d)) AS n FROM survey WHERE false;

-- bad codes and importance are errors, never skipped silently
SELECT sqlstate_of('SELECT sx.kano_agg(f, d) FROM (VALUES (1, 6)) v(f, d)');
SELECT sqlstate_of('SELECT sx.kano_agg(f, d) FROM (VALUES (0, NULL::int)) v(f, d)');
SELECT sqlstate_of($$SELECT sx.kano_agg(f, d, i) FROM (VALUES (1, 5, 'NaN'::float8)) v(f, d, i)$$);
SELECT sqlstate_of($$SELECT sx.kano_agg(f, d, i) FROM (VALUES (1, 5, 'Infinity'::float8)) v(f, d, i)$$);
-- importance is exact in millionths up to 1e12 in magnitude; beyond is 22003
SELECT sqlstate_of($$SELECT sx.kano_agg(f, d, i) FROM (VALUES (1, 5, 1e200::float8), (1, 5, 1e200)) v(f, d, i)$$);
SELECT sqlstate_of($$SELECT sx.kano_agg(f, d, i) FROM (VALUES (1, 5, -1000000000000.5::float8)) v(f, d, i)$$);
SELECT kano_agg(f, d, i) FROM (VALUES (1, 5, 1e12::float8), (1, 5, -1e12)) v(f, d, i);
-- importance is checked even on a row it is not counted for (1.0 took NaN here)
SELECT sqlstate_of($$SELECT sx.kano_agg(f, d, i) FROM (VALUES (1, NULL::int, 'NaN'::float8)) v(f, d, i)$$);
SELECT kano_agg(f, d, i) FROM (VALUES (1, NULL::int, 7.5::float8)) v(f, d, i);
-- the inverse checks the answer of an incomplete row as the transition does
SELECT sqlstate_of($$SELECT sx.kano_agg_inv('pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=1 importance=0,0,0'::sx.kano_result, 9, NULL)$$);
SELECT sqlstate_of($$SELECT sx.kano_agg_trans('empty'::sx.kano_result, 9, NULL)$$);

-- importance is kept exactly: values rounded to millionths, integer sums,
-- the SD from exact sums (1.0 gave 0 here, and 3.84 for the next one)
SELECT kano_importance_mean(r), kano_importance_sd(r)
FROM (SELECT kano_agg(1, 5, x) AS r FROM (VALUES (1e9 - 1), (1e9), (1e9 + 1)) v(x)) s;
SELECT abs(kano_importance_sd(r) - sd) / sd < 1e-9 AS sd_matches_stddev_samp,
	   abs(kano_importance_mean(r) - mean) / mean < 1e-12 AS mean_matches_avg,
	   round(kano_importance_sd(r)::numeric, 12) AS sd
FROM (SELECT kano_agg(1, 5, x) AS r, stddev_samp(x) AS sd, avg(x) AS mean
	  FROM (SELECT 1e7 + CASE WHEN g % 2 = 0 THEN 0.5 ELSE -0.5 END AS x
			FROM generate_series(1, 100000) g) v) s;
SELECT kano_importance_sd(kano_agg(1, 5, x))
FROM (VALUES (1e11::float8), (2e11)) v(x);
-- and the result does not depend on the order of the rows, to the last bit
SELECT count(DISTINCT r) AS distinct_results, count(DISTINCT r::text) AS distinct_texts
FROM (SELECT kano_agg(f, d, i ORDER BY g) AS r FROM imp_rows
	  UNION ALL SELECT kano_agg(f, d, i ORDER BY g DESC) FROM imp_rows
	  UNION ALL SELECT kano_agg(f, d, i ORDER BY md5(g::text)) FROM imp_rows
	  UNION ALL SELECT kano_merge(r) FROM (SELECT kano_agg(f, d, i) AS r FROM imp_rows GROUP BY g % 7) c
	  UNION ALL SELECT kano_merge(r ORDER BY k DESC)
		FROM (SELECT g % 13 AS k, kano_agg(f, d, i) AS r FROM imp_rows GROUP BY g % 13) c) x;

-- support functions under another aggregate are checked like input values:
-- no INITCOND and no sequence of calls makes a value the type refuses
CREATE AGGREGATE uncount(kano_answer, kano_answer) (
	SFUNC = sx.kano_agg_inv, STYPE = sx.kano_result,
	INITCOND = 'pairs=1,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=1,5,25');
SELECT sqlstate_of($$SELECT uncount(f, d) FROM (VALUES ('like'::sx.kano_answer, 'like'::sx.kano_answer)) v(f, d)$$);
CREATE AGGREGATE overcount(integer, integer) (
	SFUNC = sx.kano_agg_trans, STYPE = sx.kano_result,
	INITCOND = 'pairs=9223372036854775807,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0');
SELECT sqlstate_of($$SELECT overcount(f, d) FROM (VALUES (1, 2)) v(f, d)$$);
CREATE AGGREGATE remerge(sx.kano_result) (
	SFUNC = sx.kano_result_merge, STYPE = sx.kano_result, INITCOND = 'empty');
SELECT remerge(r) = kano_merge(r) AS same_as_kano_merge
FROM (SELECT kano_agg(f, d, i) AS r FROM imp_rows GROUP BY g % 5) x;
-- an aggregate naming kano_agg in a constant first argument, as Citus's
-- worker_partial_agg does, is trusted only with a transition function in C:
-- one in SQL calls the support function as a plain function, checked
CREATE FUNCTION wrap_step(r sx.kano_result, agg oid, f sx.kano_answer, d sx.kano_answer)
	RETURNS sx.kano_result LANGUAGE sql AS 'SELECT sx.kano_agg_inv(r, f, d)';
CREATE AGGREGATE wrapped(oid, sx.kano_answer, sx.kano_answer) (
	SFUNC = wrap_step, STYPE = sx.kano_result,
	INITCOND = 'pairs=1,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=1,5,25');
SELECT sqlstate_of($$SELECT wrapped('sx.kano_agg(sx.kano_answer,sx.kano_answer)'::regprocedure, f, d)
	FROM (VALUES ('like'::sx.kano_answer, 'like'::sx.kano_answer)) v(f, d)$$);
-- trust decisions are kept per backend: a second call is checked again
SELECT sqlstate_of($$SELECT uncount(f, d) FROM (VALUES ('like'::sx.kano_answer, 'like'::sx.kano_answer)) v(f, d)$$);

-- GROUP BY, FILTER and ROLLUP
SELECT feature, kano_n(kano_agg(f, d)) AS n, kano_category(kano_agg(f, d)) AS category,
	   kano_n(kano_agg(f, d) FILTER (WHERE segment = 'seg1')) AS n_seg1
FROM survey GROUP BY feature ORDER BY feature;
SELECT feature, segment, kano_n(kano_agg(f, d)) AS n
FROM survey GROUP BY ROLLUP (feature, segment) ORDER BY feature, segment;
-- the rollup's total row equals merging its groups
SELECT (SELECT kano_agg(f, d) FROM survey) =
	   (SELECT kano_merge(r) FROM (SELECT kano_agg(f, d) AS r FROM survey GROUP BY feature, segment) g)
	   AS total_equals_merge;

-- rollup table: per-day results merged equal the raw rows, also with importance
CREATE TABLE daily AS
SELECT feature, day, kano_agg(f, d, importance) AS r FROM survey GROUP BY feature, day;
SELECT count(*) AS features,
	   count(*) FILTER (WHERE merged = raw) AS merged_equals_raw
FROM (SELECT feature, kano_merge(r) AS merged FROM daily GROUP BY feature) m
JOIN (SELECT feature, kano_agg(f, d, importance) AS raw FROM survey GROUP BY feature) s USING (feature);
-- merging merged results (a rollup of a rollup)
SELECT (SELECT kano_merge(r) FROM daily) =
	   (SELECT kano_merge(m) FROM (SELECT kano_merge(r) AS m FROM daily GROUP BY day) x) AS nested;
-- kano_merge skips NULLs; of no rows it is empty
SELECT kano_merge(r) = kano_merge(r) FILTER (WHERE true),
	   kano_n(kano_merge(NULL::kano_result)) AS n_of_null
FROM daily;

-- window functions: running and moving frames (with the inverse transition)
SELECT id, f, d, kano_n(kano_agg(f, d) OVER (ORDER BY id)) AS running,
	   kano_incomplete(kano_agg(f, d) OVER (ORDER BY id)) AS running_incomplete,
	   kano_count(kano_agg(f, d) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 'I') AS moving3_i
FROM survey WHERE id BETWEEN 85 AND 99 ORDER BY id;
-- a moving frame equals recomputing each frame
SELECT count(*) AS frames,
	   count(*) FILTER (WHERE moving = recomputed) AS equal
FROM (SELECT id,
			 kano_agg(f, d) OVER (ORDER BY id ROWS BETWEEN 50 PRECEDING AND CURRENT ROW) AS moving,
			 (SELECT kano_agg(s2.f, s2.d) FROM survey s2
			  WHERE s2.id BETWEEN s1.id - 50 AND s1.id) AS recomputed
	  FROM survey s1 WHERE id <= 300) w;
SELECT count(*) AS frames,
	   count(*) FILTER (WHERE moving = recomputed) AS equal
FROM (SELECT id,
			 kano_agg(fi, di) OVER (ORDER BY id ROWS BETWEEN 20 PRECEDING AND 5 FOLLOWING) AS moving,
			 (SELECT kano_agg(s2.fi, s2.di) FROM survey s2
			  WHERE s2.id BETWEEN s1.id - 20 AND least(s1.id + 5, 300)) AS recomputed
	  FROM survey s1 WHERE id <= 300) w;

-- the transition function called directly does not modify its argument
SELECT r, kano_agg_trans(r, 'like'::kano_answer, 'dislike'::kano_answer) AS plus_one, r AS unchanged
FROM (SELECT 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0'::kano_result AS r) x;
