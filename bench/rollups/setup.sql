-- make bench-rollups: the data model and its 200 touchpoints (4 journeys
-- x 5 stages x 10 touchpoints), days in Europe/Berlin
SELECT sx.create_data_model('cx', time_zone => 'Europe/Berlin');
INSERT INTO cx.journey (name) VALUES ('Stay'), ('Dining'), ('Online'), ('Events');
INSERT INTO cx.touchpoint (journey_id, stage, stage_order, name, owner, channel, critical, agility)
SELECT j.journey_id, 'stage ' || s, s, format('%s %s.%s', j.name, s, k),
	   (ARRAY['brand', 'partner', 'customer', 'social'])[1 + (s + k) % 4],
	   CASE WHEN k % 3 = 0 THEN 'virtual' ELSE 'physical' END,
	   k = 1, 0.5 + ((j.journey_id * 7 + s * 3 + k) % 20) / 10.0
FROM cx.journey j, generate_series(1, 5) s, generate_series(1, 10) k
ORDER BY j.journey_id, s, k;
DO $$
BEGIN
	IF (SELECT (count(*), min(touchpoint_id), max(touchpoint_id)) FROM cx.touchpoint)
		IS DISTINCT FROM (200::bigint, 1, 200) THEN
		RAISE EXCEPTION 'expected touchpoints 1..200';
	END IF;
END $$;
