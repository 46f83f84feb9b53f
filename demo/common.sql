-- Shared by the demo's data scripts (run in the same session).

-- The data model, in schema cx, owned by whoever runs the demo; its days
-- in UTC, as the sample times are written
DO $$ BEGIN PERFORM sx.create_data_model('cx', time_zone => 'UTC'); END $$;

-- A uniform number in [0, 1) from an integer key: the first 32 bits of its
-- MD5, the same on every machine and every run (unlike random()).
CREATE FUNCTION pg_temp.demo_uniform(key bigint) RETURNS double precision
LANGUAGE sql IMMUTABLE AS $$
	SELECT ('x' || substr(md5(key::text), 1, 8))::bit(32)::bigint / 4294967296.0
$$;
