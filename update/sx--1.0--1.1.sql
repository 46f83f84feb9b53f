/* sx--1.0--1.1.sql: update sx 1.0 to 1.1 */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION sx UPDATE TO '1.1'" to load this file. \quit

-- This file is built (make) from update/sx--1.0--1.1.sql, where the
-- steps that only an update needs are written, and from the blocks of
-- sx--1.1.sql marked "--@1.1", which define every object changed or added
-- since 1.0, each once.  Edit those two, not the built file.

--@blocks sx--1.1.sql

------------------------------------------------------------------------
-- kano_report, pyramid_report and leverage_score returned record through
-- OUT parameters in 1.0; in 1.1 they return the named composite types of
-- the same names, columns and order that the blocks above created, so
-- that a report computed on a postgres_fdw shard can be read back.
-- CREATE OR REPLACE cannot change a return type, and dropping the
-- functions would drop the views that call them (the data model's of 1.0,
-- and the users').  So each function is changed in place, keeping its OID
-- and what depends on it:
--   1. the calls stored in this database's catalogs (views, rules,
--      defaults, constraints, index expressions, triggers, policies, SQL
--      function bodies, ...) are rewritten by update_report_calls
--      (src/sx_update.c says how), which must happen while the functions
--      still return record; the relations that cache them are invalidated;
--   2. its pg_proc row takes the return type and the argument columns that
--      CREATE FUNCTION ... RETURNS type writes, after checking that its OUT
--      parameters are the type's columns, names, types and order;
--   3. its dependencies on types become those CREATE FUNCTION records: its
--      argument types and the new return type.
-- tests/upgrade.sh checks views of every form before and after, and the
-- catalog against a fresh install.
------------------------------------------------------------------------

CREATE FUNCTION update_report_calls(tree pg_node_tree, functions oid[], types oid[])
	RETURNS pg_node_tree
	AS 'MODULE_PATHNAME' LANGUAGE C STRICT;

DO $named_results$
DECLARE
	fn regprocedure;
	rettype regtype;
	outs text;
	cols text;
	argtypes oid[];
	functions oid[] := '{}';
	types oid[] := '{}';
	calls text;
	col record;
	rels oid[];
	stored bigint;
BEGIN
	FOR fn, rettype IN
		SELECT f.oid, t.oid
		FROM pg_catalog.pg_proc f
		JOIN pg_catalog.pg_type t ON t.typname = f.proname AND t.typnamespace = f.pronamespace
		WHERE f.pronamespace = '@extschema@'::regnamespace
		  AND f.proname IN ('kano_report', 'pyramid_report', 'leverage_score')
		  AND f.prorettype = 'pg_catalog.record'::regtype
		ORDER BY f.proname
	LOOP
		-- the OUT parameters, in order, must be the type's columns
		SELECT pg_catalog.string_agg(a.name || ' ' || a.typ::regtype::text, ', ' ORDER BY a.k)
		INTO outs
		FROM pg_catalog.pg_proc f,
			 LATERAL ROWS FROM (pg_catalog.unnest(f.proallargtypes), pg_catalog.unnest(f.proargmodes),
								pg_catalog.unnest(f.proargnames)) WITH ORDINALITY AS a(typ, mode, name, k)
		WHERE f.oid = fn AND a.mode = 'o';
		SELECT pg_catalog.string_agg(a.attname || ' ' || a.atttypid::regtype::text, ', ' ORDER BY a.attnum)
		INTO cols
		FROM pg_catalog.pg_attribute a, pg_catalog.pg_type t
		WHERE t.oid = rettype AND a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped;
		IF outs IS DISTINCT FROM cols THEN
			RAISE EXCEPTION 'cannot change % to return %', fn, rettype
				USING DETAIL = pg_catalog.format('Its OUT parameters are (%s), the type''s columns (%s).',
												 outs, cols);
		END IF;
		functions := functions || fn::oid;
		types := types || rettype::oid;
	END LOOP;
	IF pg_catalog.cardinality(functions) <> 3 THEN
		RAISE EXCEPTION 'found % of the 3 report functions of 1.0 returning record',
			pg_catalog.cardinality(functions);
	END IF;

	-- 1. the stored calls: in the text form of a node tree, a call is
	-- "{FUNCEXPR :funcid <oid> :funcresulttype 2249 ..."
	calls := pg_catalog.format('\{FUNCEXPR :funcid (%s) :funcresulttype %s ',
							   pg_catalog.array_to_string(functions, '|'),
							   'pg_catalog.record'::regtype::oid);
	FOR col IN
		SELECT c.relname, a.attname, m.relcol
		FROM pg_catalog.pg_attribute a
		JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
		LEFT JOIN (VALUES ('pg_rewrite', 'ev_class'), ('pg_attrdef', 'adrelid'),
						  ('pg_constraint', 'conrelid'), ('pg_index', 'indexrelid'),
						  ('pg_trigger', 'tgrelid'), ('pg_policy', 'polrelid'),
						  ('pg_statistic_ext', 'stxrelid'), ('pg_partitioned_table', 'partrelid'),
						  ('pg_publication_rel', 'prrelid'), ('pg_class', 'oid'),
						  -- cached by function and type OID, invalidated by the update
						  ('pg_proc', NULL), ('pg_type', NULL)) AS m(catalog, relcol)
			ON m.catalog = c.relname
		WHERE a.atttypid = 'pg_catalog.pg_node_tree'::regtype
		  AND c.relnamespace = 'pg_catalog'::regnamespace AND c.relkind = 'r' AND NOT c.relisshared
		ORDER BY 1, 2
	LOOP
		IF col.relcol IS NULL AND col.relname NOT IN ('pg_proc', 'pg_type') THEN
			-- a catalog this update does not know (a later PostgreSQL):
			-- refuse rather than leave a call that no longer plans
			EXECUTE pg_catalog.format('SELECT pg_catalog.count(*) FROM pg_catalog.%I WHERE %I::text ~ $1',
									  col.relname, col.attname)
				INTO stored USING calls;
			IF stored > 0 THEN
				RAISE EXCEPTION 'cannot update calls of sx''s report functions stored in %.%',
					col.relname, col.attname;
			END IF;
			CONTINUE;
		END IF;
		EXECUTE pg_catalog.format(
			'WITH u AS (UPDATE pg_catalog.%I SET %I = @extschema@.update_report_calls(%I, $1, $2)
						WHERE %I::text ~ $3 RETURNING %s AS rel)
			 SELECT pg_catalog.array_agg(rel) FROM u WHERE rel <> 0',
			col.relname, col.attname, col.attname, col.attname,
			CASE WHEN col.relcol IS NULL THEN '0::oid' ELSE pg_catalog.quote_ident(col.relcol) END)
			INTO rels USING functions, types, calls;
		-- relations cache their rules, defaults, constraints, triggers and
		-- policies: updating their pg_class row invalidates that
		UPDATE pg_catalog.pg_class SET relname = relname WHERE oid = ANY (rels);
	END LOOP;

	FOR i IN 1 .. pg_catalog.cardinality(functions) LOOP
		fn := functions[i];
		rettype := types[i];
		-- 2. what CREATE FUNCTION writes for IN parameters only: no argument
		-- types or modes beyond proargtypes, names of the IN parameters
		UPDATE pg_catalog.pg_proc f
		SET prorettype = rettype,
			proallargtypes = NULL,
			proargmodes = NULL,
			proargnames = f.proargnames[1:f.pronargs]
		WHERE f.oid = fn
		RETURNING f.proargtypes::oid[] INTO argtypes;
		-- 3. a type only an OUT parameter had is no longer one the function
		-- depends on; the return type is
		DELETE FROM pg_catalog.pg_depend d
		WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = fn AND d.objsubid = 0
		  AND d.refclassid = 'pg_catalog.pg_type'::regclass AND d.deptype = 'n'
		  AND NOT d.refobjid = ANY (argtypes);
		INSERT INTO pg_catalog.pg_depend (classid, objid, objsubid, refclassid, refobjid, refobjsubid, deptype)
		VALUES ('pg_catalog.pg_proc'::regclass, fn, 0, 'pg_catalog.pg_type'::regclass, rettype, 0, 'n');
	END LOOP;
END
$named_results$;

DROP FUNCTION update_report_calls(pg_node_tree, oid[], oid[]);

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
