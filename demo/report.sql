-- The demo's reports over the sample survey (hotel_kano.sql)
\pset footer off
\pset null '-'
SET search_path = public, sx;

\echo
\echo '== Kano report per feature (iso24082, 95 % Wilson intervals) =='
SELECT f.feature, k.n, k.a, k.o, k.m, k.i, k.r, k.q,
	   k.category AS cat, kano_category_name(k.category) AS class,
	   round(k.better::numeric, 2) AS better,
	   format('[%s, %s]', round(k.better_low::numeric, 2), round(k.better_high::numeric, 2)) AS better_ci,
	   round(k.worse::numeric, 2) AS worse,
	   format('[%s, %s]', round(k.worse_low::numeric, 2), round(k.worse_high::numeric, 2)) AS worse_ci,
	   k.significant AS sig,
	   round(k.importance_mean::numeric, 1) AS importance
FROM (SELECT feature, kano_agg(functional, dysfunctional, importance) AS res
	  FROM hotel_kano GROUP BY feature) f,
	 LATERAL kano_report(f.res) k
ORDER BY k.category, k.better DESC;

\echo
\echo '== Per segment, where segments disagree (ROLLUP gives the all-segments row) =='
SELECT feature, coalesce(segment, '(all)') AS segment, k.n, k.category AS cat,
	   round(k.better::numeric, 2) AS better, round(k.worse::numeric, 2) AS worse
FROM (SELECT feature, segment, kano_agg(functional, dysfunctional) AS res
	  FROM hotel_kano
	  WHERE feature IN ('Loyalty points', 'Carbon footprint per stay')
	  GROUP BY ROLLUP (feature, segment)) s,
	 LATERAL kano_report(s.res) k
WHERE feature IS NOT NULL
ORDER BY feature, segment NULLS FIRST;

\echo
\echo '== Drift between the 2025 and 2026 waves (chi-square p-value) =='
SELECT feature,
	   kano_category(w2025) AS cat_2025, kano_category(w2026) AS cat_2026,
	   round(kano_compare(w2025, w2026)::numeric, 4) AS p_value,
	   CASE WHEN kano_compare(w2025, w2026) < 0.01 THEN 'drifted' ELSE '' END AS verdict
FROM (SELECT feature,
			 kano_agg(functional, dysfunctional) FILTER (WHERE answered_at < '2026-01-01') AS w2025,
			 kano_agg(functional, dysfunctional) FILTER (WHERE answered_at >= '2026-01-01') AS w2026
	  FROM hotel_kano GROUP BY feature) w
ORDER BY kano_compare(w2025, w2026), feature
LIMIT 5;

\echo
\echo '== The same features under kano1984 (differs only where answers are (2,2) or (4,4)) =='
SELECT feature, kano_count(res, 'Q') AS q_iso24082, kano_count(res, 'Q', 'kano1984') AS q_kano1984,
	   kano_category(res) AS cat_iso24082, kano_category(res, 'kano1984') AS cat_kano1984
FROM (SELECT feature, kano_agg(functional, dysfunctional) AS res FROM hotel_kano GROUP BY feature) f
WHERE kano_category(res) <> kano_category(res, 'kano1984') OR feature = 'Book-for-someone-else wizard'
ORDER BY feature;
