-- The demo's reports: Kano (cx.kano_feature_report and cx.kano_response)
-- and the guest journey (cx.touchpoint_report, cx.journey_report).
\pset footer off
\pset null '-'
SET search_path = cx, public, sx;

\echo
\echo '== Kano report per feature (cx.kano_feature_report; iso24082, 95 % Wilson intervals) =='
SELECT feature, n, a, o, m, i, r, q, category AS cat, category_name AS class,
	   round(better::numeric, 2) AS better,
	   format('[%s, %s]', round(better_low::numeric, 2), round(better_high::numeric, 2)) AS better_ci,
	   round(worse::numeric, 2) AS worse,
	   format('[%s, %s]', round(worse_low::numeric, 2), round(worse_high::numeric, 2)) AS worse_ci,
	   significant AS sig, pyramid_role AS role, round(importance_mean::numeric, 1) AS importance
FROM kano_feature_report
WHERE all_segments
ORDER BY category::kano_category, better DESC;

\echo
\echo '== Per segment, where segments disagree =='
SELECT feature, CASE WHEN all_segments THEN '(all)' ELSE segment END AS segment, n,
	   category AS cat, round(better::numeric, 2) AS better, round(worse::numeric, 2) AS worse
FROM kano_feature_report
WHERE feature IN ('Loyalty points', 'Carbon footprint per stay')
ORDER BY feature, all_segments DESC, segment;

\echo
\echo '== Drift between the 2025 and 2026 waves (cx.kano_feature_by_wave; chi-square p-value) =='
SELECT w1.feature, w1.n AS n_2025, w1.category AS cat_2025, w2.n AS n_2026, w2.category AS cat_2026,
	   round(w1.better::numeric, 2) AS better_2025, round(w2.better::numeric, 2) AS better_2026,
	   round(kano_compare(r1.res, r2.res)::numeric, 4) AS p_value,
	   CASE WHEN kano_compare(r1.res, r2.res) < 0.01 THEN 'drifted' ELSE '' END AS verdict
FROM kano_feature_by_wave w1
JOIN kano_feature_by_wave w2 ON w2.feature_id = w1.feature_id AND w2.wave = '2026'
CROSS JOIN LATERAL (SELECT kano_merge(result) AS res FROM kano_monthly
					WHERE feature_id = w1.feature_id AND wave = '2025') r1
CROSS JOIN LATERAL (SELECT kano_merge(result) AS res FROM kano_monthly
					WHERE feature_id = w1.feature_id AND wave = '2026') r2
WHERE w1.wave = '2025'
ORDER BY kano_compare(r1.res, r2.res), w1.feature
LIMIT 5;

\echo
\echo '== The same answers under kano1984 (differs only where answers are (2,2) or (4,4)) =='
SELECT f.name AS feature, kano_count(res, 'Q') AS q_iso24082, kano_count(res, 'Q', 'kano1984') AS q_kano1984,
	   kano_category(res) AS cat_iso24082, kano_category(res, 'kano1984') AS cat_kano1984
FROM (SELECT feature_id, kano_agg(functional, dysfunctional) AS res FROM kano_response GROUP BY feature_id) r
JOIN feature f USING (feature_id)
WHERE kano_category(res) <> kano_category(res, 'kano1984')
ORDER BY f.name;

\echo
\echo '== Guest journey per touchpoint (cx.touchpoint_report) =='
SELECT stage, touchpoint, CASE WHEN critical THEN '*' ELSE '' END AS moment_of_truth, n,
	   round(share_l1::numeric, 2) AS l1, round(share_l2::numeric, 2) AS l2,
	   round(share_l3::numeric, 2) AS l3, round(share_l4::numeric, 2) AS l4,
	   'L' || attained_level AS attained, unfounded,
	   round(nps::numeric) AS nps, format('[%s, %s]', round(nps_low::numeric), round(nps_high::numeric)) AS nps_ci,
	   round(csat::numeric) AS csat, round(ces::numeric, 1) AS ces,
	   round(cooperation::numeric, 1) AS coop, round(data_scale::numeric, 1) AS scale,
	   leverage_verdict AS lever, round(optimal_data_scale::numeric, 1) AS best_scale
FROM touchpoint_report
ORDER BY stage_order, touchpoint;

\echo
\echo '== Guest journey per stage and overall (cx.journey_report) =='
SELECT CASE WHEN grain = 'journey' THEN '(whole journey)' ELSE stage END AS stage, n,
	   round(share_l1::numeric, 2) AS l1, round(share_l2::numeric, 2) AS l2,
	   round(share_l3::numeric, 2) AS l3, round(share_l4::numeric, 2) AS l4,
	   'L' || attained_level AS attained, unfounded, round(nps::numeric) AS nps,
	   round(csat::numeric) AS csat, round(ces::numeric, 1) AS ces,
	   round(cooperation::numeric, 1) AS coop, leverage_verdict AS lever
FROM journey_report
ORDER BY grain = 'journey', stage_order;

\echo
\echo '== Monthly trend of one touchpoint, 2025-2026 (cx.touchpoint_by_month; planted: mobile check-in improves) =='
SELECT to_char(period_start, 'YYYY-MM') AS month, n, round(share_l1::numeric, 3) AS promise_kept,
	   'L' || attained_level AS attained, round(nps::numeric) AS nps,
	   format('[%s, %s]', round(nps_low::numeric), round(nps_high::numeric)) AS nps_ci,
	   attained_name
FROM touchpoint_by_month
WHERE touchpoint = 'Mobile check-in'
ORDER BY period_start;

\echo
\echo '== The whole journey per quarter and segment (cx.journey_by_quarter_and_segment) =='
SELECT to_char(period_start, 'YYYY-"Q"Q') AS quarter, segment, n, 'L' || attained_level AS attained,
	   round(share_l1::numeric, 3) AS promise_kept, round(share_l3::numeric, 3) AS felt_valued,
	   round(nps::numeric) AS nps, round(csat::numeric) AS csat
FROM journey_by_quarter_and_segment
ORDER BY period_start, segment;
