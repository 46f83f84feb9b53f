/* sx--1.0--1.1.sql: update sx 1.0 to 1.1 */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION sx UPDATE TO '1.1'" to load this file. \quit

-- This file is built (make) from update/sx--1.0--1.1.sql, where the
-- steps that only an update needs are written, and from the blocks of
-- sx--1.1.sql marked "--@1.1", which define every object changed or added
-- since 1.0, each once.  Edit those two, not the built file.

--@blocks sx--1.1.sql

------------------------------------------------------------------------
-- The data model of 1.0 was part of the extension, so DROP EXTENSION
-- dropped its rows, and it belonged to the bootstrap superuser, with
-- TRIGGER granted to the extension's owner.  Its tables, sequences and
-- views leave the extension, with every row, where they are, and pass to
-- the extension's owner; the grants of 1.0 go with the old owner.  They
-- keep working as they are; sx.move_data_model and sx.create_data_model
-- bring them to 1.1 in a schema of the owner's (README, "Upgrading").
------------------------------------------------------------------------

ALTER EXTENSION sx DROP VIEW journey_report;
ALTER EXTENSION sx DROP VIEW touchpoint_report;
ALTER EXTENSION sx DROP VIEW experience_rollup;
ALTER EXTENSION sx DROP VIEW kano_feature_report;
ALTER EXTENSION sx DROP TABLE observation;
ALTER EXTENSION sx DROP TABLE touchpoint;
ALTER EXTENSION sx DROP TABLE journey;
ALTER EXTENSION sx DROP TABLE kano_response;
ALTER EXTENSION sx DROP TABLE feature;
ALTER EXTENSION sx DROP TABLE survey;
ALTER EXTENSION sx DROP SEQUENCE observation_observation_id_seq;
ALTER EXTENSION sx DROP SEQUENCE touchpoint_touchpoint_id_seq;
ALTER EXTENSION sx DROP SEQUENCE journey_journey_id_seq;
ALTER EXTENSION sx DROP SEQUENCE kano_response_response_id_seq;
ALTER EXTENSION sx DROP SEQUENCE feature_feature_id_seq;
ALTER EXTENSION sx DROP SEQUENCE survey_survey_id_seq;
ALTER TABLE survey OWNER TO @extowner@;
ALTER TABLE feature OWNER TO @extowner@;
ALTER TABLE kano_response OWNER TO @extowner@;
ALTER TABLE journey OWNER TO @extowner@;
ALTER TABLE touchpoint OWNER TO @extowner@;
ALTER TABLE observation OWNER TO @extowner@;
ALTER VIEW kano_feature_report OWNER TO @extowner@;
ALTER VIEW experience_rollup OWNER TO @extowner@;
ALTER VIEW touchpoint_report OWNER TO @extowner@;
ALTER VIEW journey_report OWNER TO @extowner@;
-- what 1.0 granted the owner is now the owner's own; grants the owner
-- made to other roles stay
REVOKE GRANT OPTION FOR ALL ON TABLE survey, feature, kano_response, journey, touchpoint,
	observation, kano_feature_report, experience_rollup, touchpoint_report, journey_report
	FROM @extowner@;
REVOKE GRANT OPTION FOR ALL ON SEQUENCE survey_survey_id_seq, feature_feature_id_seq,
	kano_response_response_id_seq, journey_journey_id_seq, touchpoint_touchpoint_id_seq,
	observation_observation_id_seq FROM @extowner@;

------------------------------------------------------------------------
-- kano_result values stored by 1.0 read in the 1.1 layout, whose hash
-- differs: hash indexes over kano_result are rebuilt.  (A btree index
-- stays valid: converting keeps the order.)
------------------------------------------------------------------------

DO $reindex$
DECLARE
	idx regclass;
BEGIN
	FOR idx IN
		SELECT DISTINCT i.indexrelid::regclass
		FROM pg_catalog.pg_index i, pg_catalog.unnest(i.indclass::oid[]) AS c(opclass)
		JOIN pg_catalog.pg_opclass o ON o.oid = c.opclass
		WHERE o.opcname = 'kano_result_hash_ops'
		  AND o.opcnamespace = '@extschema@'::regnamespace
	LOOP
		EXECUTE pg_catalog.format('REINDEX INDEX %s', idx);
	END LOOP;
END
$reindex$;
