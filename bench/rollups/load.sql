-- Observations lo .. hi - 1 of total, deterministic (integer hashing, no
-- random()): observation g is at the fraction g / total of 2025-2026
-- (Europe/Berlin), so rows arrive in time order as a live table's would;
-- its touchpoint and segment come from a hash of g, its answers from four
-- others.  psql variables :lo, :hi, :total.
INSERT INTO cx.observation (touchpoint_id, segment, observed_at, customer_ref, promise_kept,
							issue_resolved, felt_valued, surprised, centricity, participation,
							data_scale, nps, csat, ces)
SELECT t.tp, (ARRAY['business', 'leisure', 'group', 'online'])[1 + (h.h1 / 200) % 4],
	   timestamptz '2025-01-01 00:00:00 Europe/Berlin'
		   + make_interval(secs => g * (63072000.0 / :total)),
	   'c' || h.h2 % 1000000,
	   CASE WHEN h.h2 % 1000 <> 0 THEN h.h2 % 1000 < 860 + (t.tp % 13) * 10 END,
	   CASE WHEN h.h3 % 10 >= 6 THEN h.h3 % 10 < 9 END,
	   h.h4 % 100 < 50 + t.tp % 35,
	   h.h5 % 100 < 10 + t.tp % 20,
	   CASE WHEN h.h3 % 7 <> 0 THEN 1 + h.h4 % 6 END,
	   1 + h.h5 % 6,
	   CASE WHEN h.h2 % 3 <> 0 THEN 1 + (h.h5 / 7 % 1000) / 8.0 END,
	   CASE WHEN h.h4 % 10 <> 0 THEN (h.h3 / 7 + t.tp) % 11 END,
	   CASE WHEN h.h5 % 5 <> 0 THEN 1 + (h.h2 / 11) % 5 END,
	   CASE WHEN h.h1 % 6 <> 0 THEN 1 + (h.h4 / 13) % 7 END
FROM generate_series(:lo::bigint, :hi::bigint - 1) g,
	 LATERAL (SELECT (g * 2654435761) % 4294967291 AS h1,
					 (g * 40503 + 12345) % 2147483647 AS h2,
					 (g * 69069 + 7) % 4294967279 AS h3,
					 (g * 1103515245 + 12345) % 2147483629 AS h4,
					 (g * 22695477 + 1) % 4294967231 AS h5) h,
	 LATERAL (SELECT (1 + h.h1 % 200)::int AS tp) t;
