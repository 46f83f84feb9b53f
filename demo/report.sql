-- The demo's reports, read from the data model's views in schema cx
-- (tools/demo.sh runs this file; every table fits 120 columns and is
-- followed by what its columns mean).
\pset footer off
\pset null '-'
SET search_path = cx, public, sx;

\echo
\echo '== Kano survey: answers per feature (cx.kano_feature_report, all segments, both waves) =='
SELECT feature, n, a, o, m, i, r, q, category AS cat, category_name AS class,
	   round(importance_mean::numeric, 1) AS importance
FROM kano_feature_report
WHERE all_segments
ORDER BY category::kano_category, better DESC;
\echo 'n: complete answer pairs; a o m i r q: pairs classified attractive, one-dimensional, must-be,'
\echo 'indifferent, reverse, questionable (scheme iso24082); cat/class: the dominant category;'
\echo 'importance: mean self-stated importance (1..9).'

\echo
\echo '== Kano survey: figures per feature (95 % Wilson intervals) =='
SELECT k.feature, k.category AS cat,
	   format('%s [%s, %s]', round(k.better::numeric, 2), round(k.better_low::numeric, 2),
			  round(k.better_high::numeric, 2)) AS better,
	   format('%s [%s, %s]', round(k.worse::numeric, 2), round(k.worse_low::numeric, 2),
			  round(k.worse_high::numeric, 2)) AS worse,
	   kano_quadrant(m.result) AS quadrant, k.significant AS sig, k.pyramid_role AS role
FROM kano_feature_report k
JOIN (SELECT feature_id, kano_merge(result) AS result FROM kano_monthly GROUP BY feature_id) m
	USING (feature_id)
WHERE k.all_segments
ORDER BY k.category::kano_category, k.better DESC;
\echo 'better = (A + O) / (A + O + M + I), worse = -(O + M) / (A + O + M + I), with their intervals;'
\echo 'quadrant: where (|worse|, better) falls in the Better-Worse diagram (dividers at 0.5), which can'
\echo 'differ from the dominant category; sig: Fong''s test says the dominant category leads significantly;'
\echo 'role: the pyramid level the category bears on (1 promise kept ... 4 surprise; - for I, R, Q).'

\echo
\echo '== Kano survey: per segment, where segments disagree =='
SELECT feature, CASE WHEN all_segments THEN '(all)' ELSE segment END AS segment, n,
	   category AS cat, round(better::numeric, 2) AS better, round(worse::numeric, 2) AS worse
FROM kano_feature_report
WHERE feature IN ('Loyalty points', 'Carbon footprint per stay')
ORDER BY feature, all_segments DESC, segment;

\echo
\echo '== Kano survey: drift between the 2025 and 2026 waves (cx.kano_feature_by_wave) =='
SELECT w1.feature, w1.n AS n_2025, w1.category AS cat_2025, w2.n AS n_2026, w2.category AS cat_2026,
	   round(w1.better::numeric, 2) AS better_2025, round(w2.better::numeric, 2) AS better_2026,
	   round(kano_compare(r1.res, r2.res)::numeric, 4) AS p_value,
	   CASE WHEN kano_compare(r1.res, r2.res) < 0.01 THEN 'drifted' ELSE 'same' END AS verdict
FROM kano_feature_by_wave w1
JOIN kano_feature_by_wave w2 ON w2.feature_id = w1.feature_id AND w2.wave = '2026'
CROSS JOIN LATERAL (SELECT kano_merge(result) AS res FROM kano_monthly
					WHERE feature_id = w1.feature_id AND wave = '2025') r1
CROSS JOIN LATERAL (SELECT kano_merge(result) AS res FROM kano_monthly
					WHERE feature_id = w1.feature_id AND wave = '2026') r2
WHERE w1.wave = '2025'
ORDER BY kano_compare(r1.res, r2.res), w1.feature
LIMIT 5;
\echo 'p_value: chi-square test that the two waves have the same category mix (kano_compare);'
\echo 'verdict: drifted when p < 0.01. The five features with the smallest p are shown.'

\echo
\echo '== Kano survey: the same answers under kano1984 (differs only where answers are (2,2) or (4,4)) =='
SELECT f.name AS feature, kano_count(res, 'Q') AS q_iso24082, kano_count(res, 'Q', 'kano1984') AS q_kano1984,
	   kano_category(res) AS cat_iso24082, kano_category(res, 'kano1984') AS cat_kano1984
FROM (SELECT feature_id, kano_agg(functional, dysfunctional) AS res FROM kano_response GROUP BY feature_id) r
JOIN feature f USING (feature_id)
WHERE kano_category(res) <> kano_category(res, 'kano1984')
ORDER BY f.name;

\echo
\echo '== Guest journey: pyramid levels per touchpoint (cx.touchpoint_report, 2025-2026) =='
SELECT stage, touchpoint, CASE WHEN critical THEN '*' ELSE '' END AS mot, n,
	   round(share_l1::numeric, 2) AS l1, round(share_l2::numeric, 2) AS l2,
	   round(share_l3::numeric, 2) AS l3, round(share_l4::numeric, 2) AS l4,
	   'L' || attained_level AS attained, unfounded
FROM touchpoint_report
ORDER BY stage_order, touchpoint;
\echo 'mot: a moment of truth; n: observations; l1..l4: share of observations at level k or above'
\echo '(1 promise kept, 2 issues handled, 3 felt valued, 4 surprised); attained: the highest level whose'
\echo 'share meets its threshold (90 %, 80 %, 50 %, 20 %) with all below it; unfounded: surprised'
\echo 'without reaching level 2 (delight without foundation).'

\echo
\echo '== Guest journey: NPS, CSAT, CES and the leverage mechanism per touchpoint =='
SELECT touchpoint, round(nps::numeric) AS nps,
	   format('[%s, %s]', round(nps_low::numeric), round(nps_high::numeric)) AS nps_ci,
	   round(csat::numeric) AS csat, round(ces::numeric, 1) AS ces,
	   round(cooperation::numeric, 1) AS coop, round(data_scale::numeric, 1) AS scale,
	   leverage_verdict AS lever, round(optimal_data_scale::numeric, 1) AS best_scale
FROM touchpoint_report
ORDER BY stage_order, touchpoint;
\echo 'nps: Net Promoter Score with its 95 % adjusted-Wald interval; csat: % of answers 4-5 of 5;'
\echo 'ces: mean effort score (1..7); coop: cooperation of centricity and participation; scale: mean'
\echo 'data-collection scale; lever: the leverage mechanism''s verdict; best_scale: the scale of the'
\echo 'highest launch (ISO/TS 24082 annex D, README "The leverage mechanism").'

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
\echo 'A stage''s figures come from all its observations, never from averaging its touchpoints.'

\echo
\echo '== Monthly trend of one touchpoint (cx.touchpoint_by_month; planted: mobile check-in improves) =='
SELECT to_char(period_start, 'YYYY-MM') AS month, n, round(nps::numeric) AS nps,
	   attained_name AS attained
FROM touchpoint_by_month
WHERE touchpoint = 'Mobile check-in'
ORDER BY period_start;
\echo 'attained: the level the month''s observations attain, and the share that decides it.'

\echo
\echo '== The whole journey per quarter and segment (cx.journey_by_quarter_and_segment) =='
SELECT to_char(period_start, 'YYYY-"Q"Q') AS quarter, segment, n, 'L' || attained_level AS attained,
	   round(share_l1::numeric, 3) AS l1, round(share_l3::numeric, 3) AS l3,
	   round(nps::numeric) AS nps, round(csat::numeric) AS csat
FROM journey_by_quarter_and_segment
ORDER BY period_start, segment;

\echo
\echo '== Complaints per quarter (cx.journey_by_quarter): rate, first-contact resolution =='
SELECT to_char(period_start, 'YYYY-"Q"Q') AS quarter, n, complaint_n AS issues_known,
	   round(100 * complaint_rate::numeric, 1) AS complaint_pct,
	   format('[%s, %s]', round(100 * complaint_rate_low::numeric, 1), round(100 * complaint_rate_high::numeric, 1)) AS ci,
	   fcr_n AS issues, round(100 * fcr::numeric, 1) AS fcr_pct,
	   format('[%s, %s]', round(100 * fcr_low::numeric, 1), round(100 * fcr_high::numeric, 1)) AS fcr_ci
FROM journey_by_quarter
ORDER BY period_start;
\echo 'complaint_pct: observations that raised an issue; fcr_pct: issues resolved at the first contact;'
\echo 'ci: 95 % Wilson intervals.'

\echo
\echo '== Times to respond and to resolve per quarter (cx.journey_by_quarter) =='
SELECT to_char(period_start, 'YYYY-"Q"Q') AS quarter, response_n AS answered,
	   round(response_median_seconds::numeric / 60, 1) AS response_median_min,
	   round(response_p90_seconds::numeric / 60, 1) AS response_p90_min, resolution_n AS resolved,
	   round(resolution_median_seconds::numeric / 3600, 1) AS resolution_median_h,
	   round(resolution_p90_seconds::numeric / 3600, 1) AS resolution_p90_h
FROM journey_by_quarter
ORDER BY period_start;
\echo 'from the issue raised to its first answer (minutes) and to its resolution (hours); median and'
\echo '90th percentile within 1 % of the exact ones (duration sketches in the rollups).'

\echo
\echo '== Repeated delight per quarter (cx.repeat_delight_by_quarter) =='
SELECT to_char(period_start, 'YYYY-"Q"Q') AS quarter, customers, retained,
	   round(100 * retention_rate::numeric, 1) AS retained_pct, delighted, repeat_eligible AS eligible,
	   repeat_delighted AS repeat, round(100 * repeat_delight_share::numeric, 1) AS repeat_pct,
	   format('[%s, %s]', round(100 * repeat_delight_low::numeric, 1), round(100 * repeat_delight_high::numeric, 1)) AS ci
FROM repeat_delight_by_quarter
ORDER BY period_start;
\echo 'retained: guests of the quarter seen again the next quarter (- until that quarter has ended);'
\echo 'delighted: guests with an observation at level 3 or more; eligible: guests with two or more'
\echo 'observations; repeat: delighted on two or more days; repeat_pct = repeat / eligible.'

\echo
\echo '== Teams in 2026 against the rest of the hotel (cx.team_by_year; planted: a weaker night front office) =='
SELECT team, n, round(share_l1::numeric, 3) AS l1, round(share_l3::numeric, 2) AS l3,
	   round(nps::numeric) AS nps, nps_rank AS rank,
	   format('%s [%s, %s]', round(nps_diff::numeric), round(nps_diff_low::numeric),
			  round(nps_diff_high::numeric)) AS nps_vs_rest,
	   coalesce(promise_flag, '-') AS promise, coalesce(delight_flag, '-') AS delight,
	   coalesce(nps_flag, '-') AS nps_flag, round(csat::numeric) AS csat, coalesce(csat_flag, '-') AS csat_flag
FROM team_by_year
WHERE period_start = '2026-01-01'
ORDER BY nps_rank, team;
\echo 'l1, l3: shares at level 1 (promise kept) and 3 (felt valued) or above; rank: by NPS;'
\echo 'nps_vs_rest: the team minus all other observations of the year, with its interval; the flags'
\echo '(above, below, - for no significant difference) use confidence 1 - 0.05 / teams (README "Teams"):'
\echo 'a team low in the ranking is not flagged unless its interval against the rest excludes 0.'

\echo
\echo '== Self-assessment on the service excellence model (cx.assessment_element_scores) =='
SELECT c.element, left(c.element_name, 38) AS element_name, round(p.score::numeric, 2) AS score_2025,
	   round(c.score::numeric, 2) AS score_2026, round(c.change::numeric, 2) AS change,
	   round(c.target::numeric, 1) AS target, round(c.gap::numeric, 2) AS gap,
	   CASE WHEN c.assessors_differ THEN 'yes' ELSE '' END AS assessors_differ
FROM assessment_element_scores c
LEFT JOIN assessment_element_scores p ON p.assessment_id = c.previous_assessment_id AND p.element = c.element
WHERE c.assessed_on = (SELECT max(assessed_on) FROM assessment)
ORDER BY c.element;
SELECT assessed_on, round(score::numeric, 2) AS overall, dimensions_scored,
	   round(change::numeric, 2) AS change
FROM assessment_overall_scores ORDER BY assessed_on;
\echo 'Scores 0..4 (sx.maturity_levels: 0 not addressed ... 4 excellent): an element is the mean of its'
\echo 'sub-elements, each the mean of its two assessors; assessors_differ: by 2 levels or more somewhere.'

\echo
\echo '== Capability beside outcomes (cx.unit_outcomes_by_year) =='
SELECT extract(year FROM period_start)::int AS year, unit, round(overall_score::numeric, 2) AS capability,
	   n, 'L' || attained_level AS attained, round(nps::numeric) AS nps,
	   round(100 * repeat_delight_share::numeric, 1) AS repeat_delight_pct
FROM unit_outcomes_by_year ORDER BY 1;
