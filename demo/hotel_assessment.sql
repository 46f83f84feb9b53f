-- Sample data: two self-assessments of the hotel on the service
-- excellence model (sx.excellence_sub_elements), a year apart, each by two
-- assessors (the quality manager and the general manager), with targets.
-- Planted: customer experience (dimension 3) and monitoring (4.2) improve
-- from the first to the second; the assessors disagree on a few
-- sub-elements; 4.2.d was not scored the first time.

INSERT INTO cx.assessment (unit, assessed_on, title) VALUES
	('Hotel Lakeside', '2025-03-15', 'first self-assessment'),
	('Hotel Lakeside', '2026-03-20', 'second self-assessment');

INSERT INTO cx.assessment_score (assessment_id, assessor, sub_element, score, target, evidence)
SELECT a.assessment_id, v.assessor, s.sub_element,
	   least(4, greatest(0,
		   1 + floor(2 * pg_temp.demo_uniform(hashtext(s.sub_element || v.assessor)))::int
		   + CASE WHEN a.assessed_on > '2026-01-01' AND (s.element LIKE '3.%' OR s.element = '4.2')
				  THEN 1 ELSE 0 END
		   + CASE WHEN v.assessor = 'general manager' AND s.sub_element IN ('2.2.c', '3.2.d', '4.1.b')
				  THEN 2 ELSE 0 END)),
	   CASE WHEN s.element LIKE '3.%' THEN 4 ELSE 3 END,
	   CASE s.sub_element
		   WHEN '2.2.c' THEN 'team NPS and pyramid shares reviewed monthly (cx.team_by_month)'
		   WHEN '4.2.b' THEN 'touchpoint report per month on the dashboard'
	   END
FROM cx.assessment a
CROSS JOIN sx.excellence_sub_elements s
CROSS JOIN (VALUES ('quality manager'), ('general manager')) v(assessor)
WHERE NOT (s.sub_element = '4.2.d' AND a.assessed_on < '2026-01-01');
