-- Sample data: a hotel guest journey, loaded into the sx data model
-- (cx.journey, cx.touchpoint, cx.observation).
--
-- 20 touchpoints in 6 stages and 20,000 observed interactions over 2025
-- and 2026, from the deterministic generator in common.sql.  Each
-- touchpoint has planted chances for the pyramid evidence and planted
-- co-creation levels, so the reports have strong and weak touchpoints,
-- delight without foundation, and every leverage verdict to show.  Guests
-- come back (100 loyal guests), observations name the team that served, and
-- an issue raised has its times of first answer and resolution.

INSERT INTO cx.journey (name, description, unit)
VALUES ('Hotel stay', 'From booking to the days after the stay', 'Hotel Lakeside');

CREATE TEMP TABLE demo_touchpoint (
	stage text, stage_order int, name text, owner text, channel text, critical boolean,
	agility float8,
	p_kept float8, p_raised float8, p_resolved float8, p_valued float8, p_surprised float8,
	centricity int, participation int, data_scale float8
);
INSERT INTO demo_touchpoint VALUES
 ('pre-arrival', 1, 'Website booking', 'brand', 'virtual', true, 1.5, 0.97, 0.10, 0.85, 0.70, 0.10, 4, 3, 3),
 ('pre-arrival', 1, 'Booking confirmation email', 'brand', 'virtual', false, 1, 0.99, 0.03, 0.90, 0.45, 0.05, 3, 1, 1),
 ('pre-arrival', 1, 'Travel agent booking', 'partner', 'virtual', false, 0.8, 0.90, 0.15, 0.60, 0.40, 0.05, 2, 2, 2),
 ('pre-arrival', 1, 'Review sites', 'social', 'virtual', false, 0.5, 0.85, 0.05, 0.50, 0.20, 0.08, 1, 1, 4),
 ('pre-arrival', 1, 'Pre-arrival message', 'brand', 'virtual', false, 1.2, 0.96, 0.05, 0.90, 0.75, 0.30, 5, 3, 4),
 ('arrival', 2, 'Airport shuttle', 'partner', 'physical', false, 1, 0.88, 0.20, 0.70, 0.55, 0.10, 3, 2, 2),
 ('arrival', 2, 'Check-in desk', 'brand', 'physical', true, 1, 0.95, 0.15, 0.90, 0.80, 0.20, 4, 2, 3),
 ('arrival', 2, 'Mobile check-in', 'brand', 'virtual', false, 2, 0.93, 0.10, 0.80, 0.60, 0.35, 4, 4, 5),
 ('stay', 3, 'Room', 'brand', 'physical', true, 1, 0.96, 0.12, 0.88, 0.78, 0.15, 4, 3, 3),
 ('stay', 3, 'Housekeeping', 'brand', 'physical', false, 1, 0.94, 0.08, 0.92, 0.70, 0.12, 4, 2, 2),
 ('stay', 3, 'Concierge', 'brand', 'physical', false, 1.5, 0.97, 0.10, 0.95, 0.92, 0.55, 5, 5, 6),
 ('stay', 3, 'In-room tablet', 'brand', 'virtual', false, 1, 0.80, 0.25, 0.40, 0.35, 0.25, 2, 3, 4),
 ('stay', 3, 'Spa', 'partner', 'physical', false, 1, 0.92, 0.08, 0.85, 0.85, 0.40, 5, 4, 4),
 ('restaurant', 4, 'Breakfast buffet', 'brand', 'physical', false, 1, 0.95, 0.10, 0.85, 0.60, 0.10, 3, 3, 2),
 ('restaurant', 4, 'Dinner service', 'brand', 'physical', true, 1.2, 0.93, 0.15, 0.90, 0.88, 0.45, 5, 4, 5),
 ('departure', 5, 'Check-out', 'brand', 'physical', true, 1, 0.96, 0.18, 0.75, 0.55, 0.05, 3, 2, 2),
 ('departure', 5, 'Invoice by email', 'brand', 'virtual', false, 1, 0.90, 0.12, 0.55, 0.25, 0.02, 2, 1, 2),
 ('after the stay', 6, 'Feedback survey', 'brand', 'virtual', false, 1, 0.97, 0.04, 0.70, 0.40, 0.05, 3, 4, 6),
 ('after the stay', 6, 'Guest social posts', 'customer', 'virtual', false, 1, 0.80, 0.05, 0.60, 0.50, 0.30, 2, 5, 3),
 ('after the stay', 6, 'Loyalty follow-up', 'brand', 'virtual', false, 1.3, 0.95, 0.05, 0.85, 0.65, 0.25, 4, 5, 5);

INSERT INTO cx.touchpoint (journey_id, stage, stage_order, name, owner, channel, critical, agility)
SELECT j.journey_id, d.stage, d.stage_order, d.name, d.owner, d.channel, d.critical, d.agility
FROM demo_touchpoint d, cx.journey j
WHERE j.name = 'Hotel stay'
ORDER BY d.stage_order, d.name;

-- 20,000 observations, about a thousand per touchpoint; u[1..18] are the
-- observation's uniform draws
INSERT INTO cx.observation (touchpoint_id, customer_ref, segment, observed_at, promise_kept,
							issue_resolved, felt_valued, surprised, centricity,
							participation, data_scale, nps, csat, ces, team,
							issue_raised_at, first_response_at, resolved_at,
							first_contact_resolution)
SELECT t.touchpoint_id, tm.guest,
	   CASE WHEN r0.u[20] < 0.35 THEN 'business' WHEN r0.u[20] < 0.75 THEN 'leisure'
			ELSE 'family' END,
	   tm.observed_at,
	   x.kept, x.resolved, x.valued, x.surprised,
	   CASE WHEN r.u[7] < 0.05 THEN NULL
			ELSE least(6, greatest(1, d.centricity + floor(r.u[8] * 3)::int - 1)) END,
	   CASE WHEN r.u[9] < 0.05 THEN NULL
			ELSE least(6, greatest(1, d.participation + floor(r.u[10] * 3)::int - 1)) END,
	   CASE WHEN r.u[11] < 0.05 THEN NULL
			ELSE greatest(1, d.data_scale + round((r.u[12] - 0.5)::numeric, 1)::float8) END,
	   CASE WHEN r.u[13] < 0.35 THEN NULL
			ELSE least(10, greatest(0, (ARRAY[3, 6, 8, 9, 10])[lv.lvl + 1] + floor(r.u[14] * 3)::int - 1)) END,
	   CASE WHEN r.u[15] < 0.40 THEN NULL
			ELSE least(5, greatest(1, (ARRAY[2, 3, 4, 4, 5])[lv.lvl + 1] + floor(r.u[16] * 2)::int - lv.lvl / 4)) END,
	   CASE WHEN r.u[17] < 0.50 THEN NULL
			ELSE least(7, greatest(1, (ARRAY[2, 4, 5, 6, 7])[lv.lvl + 1] + floor(r.u[18] * 3)::int - 1)) END,
	   -- the team that served: by the touchpoint's kind of work; the
	   -- night shift of the front office is planted weaker
	   CASE WHEN d.channel = 'virtual' THEN 'digital'
			WHEN d.stage IN ('arrival', 'departure')
			THEN CASE WHEN r0.u[21] < 0.3 THEN 'front office night' ELSE 'front office day' END
			WHEN d.stage = 'restaurant' THEN 'food and beverage'
			WHEN d.name IN ('Room', 'Housekeeping') THEN 'housekeeping'
			ELSE 'guest relations' END,
	   -- an issue raised (issue_resolved is known) was answered within
	   -- minutes to hours, and resolved within hours, if it was
	   iss.raised, iss.raised + iss.answer, iss.raised + iss.answer + iss.resolution,
	   CASE WHEN iss.raised IS NOT NULL THEN x.resolved AND r0.u[22] < 0.7 END
FROM generate_series(1, 20000) k
CROSS JOIN LATERAL (SELECT array_agg(pg_temp.demo_uniform(k * 101 + i) ORDER BY i) AS u
					FROM generate_series(0, 23) i) r0
-- 5,000 stays spread evenly over 2025 and 2026, four observations each on
-- two or three days; a quarter of the stays are of 100 loyal guests, who
-- come back about every two months, the others of guests seen once
CROSS JOIN LATERAL (SELECT (k * 7919) % 20000 / 4 AS stay, (k * 7919) % 4 AS visit) st
CROSS JOIN LATERAL (SELECT timestamptz '2025-01-01 06:00+00' + st.stay * interval '3 hours 28 minutes'
							   + st.visit * interval '20 hours' AS observed_at,
						   CASE WHEN st.stay % 4 = 0 THEN 'L' || lpad((st.stay / 4 % 100)::text, 3, '0')
								ELSE 'G' || lpad(st.stay::text, 4, '0') END AS guest) tm
CROSS JOIN LATERAL (SELECT r0.u[2:19] AS u, r0.u[1] AS pick) r
JOIN (SELECT *, row_number() OVER (ORDER BY stage_order, name) AS nr FROM demo_touchpoint) d
	ON d.nr = 1 + floor(r.pick * 20)::int
JOIN cx.touchpoint t ON t.name = d.name
CROSS JOIN LATERAL (
	-- planted trend: mobile check-in keeps its promise more often as its
	-- app matures, from 80 % in January 2025 to 98 % in December 2026
	SELECT CASE WHEN r.u[1] < 0.01 THEN NULL
				WHEN d.name = 'Mobile check-in'
				THEN r.u[1] < 0.80 + 0.18 * extract(epoch FROM tm.observed_at - timestamptz '2025-01-01 00:00+00')
										   / extract(epoch FROM interval '730 days')
				ELSE r.u[1] < d.p_kept END AS kept,
		   CASE WHEN r.u[2] >= d.p_raised THEN NULL ELSE r.u[3] < d.p_resolved END AS resolved,
		   CASE WHEN r.u[4] < 0.02 THEN NULL ELSE r.u[4] < d.p_valued END AS valued,
		   CASE WHEN r.u[5] < 0.02 THEN NULL ELSE r.u[5] < d.p_surprised END AS surprised) x
CROSS JOIN LATERAL (SELECT sx.pyramid_level(x.kept, x.resolved, x.valued, x.surprised)::int AS lvl) lv
-- the night shift answers later; a long tail of slow answers (log-normal)
CROSS JOIN LATERAL (
	SELECT CASE WHEN x.resolved IS NOT NULL THEN tm.observed_at END AS raised,
		   exp(2.5 + 1.2 * sqrt(-2 * ln(greatest(r0.u[23], 1e-9))) * cos(2 * pi() * r0.u[24])
			   + CASE WHEN r0.u[21] < 0.3 AND d.stage IN ('arrival', 'departure') THEN 0.8 ELSE 0 END)
			   * interval '1 minute' AS answer,
		   CASE WHEN x.resolved THEN (30 + 600 * r0.u[22] * r0.u[22]) * interval '1 minute' END
			   AS resolution) iss
ORDER BY k;

DROP TABLE demo_touchpoint;
ANALYZE cx.observation;
