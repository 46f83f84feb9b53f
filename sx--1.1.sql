/* sx--1.1.sql: service-excellence analytics, version 1.1 */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION sx" to load this file. \quit

-- Every object is created in schema sx (sx.control) and every function is
-- IMMUTABLE STRICT PARALLEL SAFE unless its comment says why not.
--
-- This is the full script of version 1.1.  The update from 1.0,
-- sx--1.0--1.1.sql, is built from update/sx--1.0--1.1.sql and the blocks
-- of this file between "--@1.1" and "--@end": each object changed or added
-- since 1.0 is written there once, with CREATE OR REPLACE where the object
-- exists in 1.0 (see ARCHITECTURE.md).  tests/upgrade.sh checks that an
-- updated 1.0 install equals a fresh install of this script.

--@1.1
------------------------------------------------------------------------
-- Schema sx belongs to the extension.  CREATE EXTENSION makes it owned by
-- the role that runs the command, which could then add objects to it,
-- such as sx.kano_classify(text, text), that win calls meant for sx's own
-- (schema-qualified ones included); a schema sx made beforehand could
-- hold them already.  So the script refuses a schema sx holding functions,
-- operators, types or operator classes that are not sx's (unless a
-- superuser made them), then takes the schema over for the role running
-- the script (the bootstrap superuser in a trusted install) and leaves
-- everyone else USAGE only.  Tables are left alone: they shadow nothing,
-- and an updated 1.0 install keeps its data model in schema sx.
------------------------------------------------------------------------

DO $guard$
DECLARE
	foreign_objects text;
	grantee record;
BEGIN
	SELECT string_agg(pg_catalog.format('%s (owned by %s)', o.what, o.owner::regrole), ', '
					  ORDER BY o.what)
	INTO foreign_objects
	FROM (SELECT 'pg_proc'::regclass AS cat, oid, proowner AS owner,
				 pg_catalog.format('function @extschema@.%I(%s)', proname,
								   pg_catalog.pg_get_function_identity_arguments(oid)) AS what
		  FROM pg_catalog.pg_proc WHERE pronamespace = '@extschema@'::regnamespace
		  UNION ALL
		  SELECT 'pg_type'::regclass, t.oid, t.typowner, pg_catalog.format('type @extschema@.%I', t.typname)
		  FROM pg_catalog.pg_type t LEFT JOIN pg_catalog.pg_class c ON c.oid = t.typrelid
		  WHERE t.typnamespace = '@extschema@'::regnamespace AND t.typelem = 0
			AND (t.typrelid = 0 OR c.relkind = 'c')
		  UNION ALL
		  SELECT 'pg_operator'::regclass, oid, oprowner,
				 pg_catalog.format('operator @extschema@.%s(%s, %s)', oprname,
								   pg_catalog.format_type(oprleft, NULL), pg_catalog.format_type(oprright, NULL))
		  FROM pg_catalog.pg_operator WHERE oprnamespace = '@extschema@'::regnamespace
		  UNION ALL
		  SELECT 'pg_opclass'::regclass, oid, opcowner, pg_catalog.format('operator class %s', opcname)
		  FROM pg_catalog.pg_opclass WHERE opcnamespace = '@extschema@'::regnamespace
		  UNION ALL
		  SELECT 'pg_opfamily'::regclass, oid, opfowner, pg_catalog.format('operator family %s', opfname)
		  FROM pg_catalog.pg_opfamily WHERE opfnamespace = '@extschema@'::regnamespace
		  UNION ALL
		  SELECT 'pg_collation'::regclass, oid, collowner, pg_catalog.format('collation %s', collname)
		  FROM pg_catalog.pg_collation WHERE collnamespace = '@extschema@'::regnamespace
		  UNION ALL
		  SELECT 'pg_conversion'::regclass, oid, conowner, pg_catalog.format('conversion %s', conname)
		  FROM pg_catalog.pg_conversion WHERE connamespace = '@extschema@'::regnamespace) o
	JOIN pg_catalog.pg_roles r ON r.oid = o.owner
	WHERE NOT r.rolsuper
	  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
					  WHERE d.classid = o.cat AND d.objid = o.oid AND d.deptype = 'e'
						AND d.refclassid = 'pg_extension'::regclass
						AND d.refobjid = (SELECT oid FROM pg_catalog.pg_extension
										  WHERE extname = 'sx'));
	IF foreign_objects IS NOT NULL THEN
		RAISE EXCEPTION 'schema @extschema@ holds objects that are not part of the extension sx'
			USING ERRCODE = 'duplicate_schema',
				  DETAIL = foreign_objects,
				  HINT = 'sx owns its schema @extschema@: move these objects to another schema or drop them, then run the command again.';
	END IF;
	EXECUTE pg_catalog.format('ALTER SCHEMA @extschema@ OWNER TO %I', current_user);
	FOR grantee IN
		SELECT DISTINCT a.grantee
		FROM pg_catalog.pg_namespace n, pg_catalog.aclexplode(n.nspacl) a
		WHERE n.oid = '@extschema@'::regnamespace AND a.grantee <> n.nspowner
	LOOP
		EXECUTE pg_catalog.format('REVOKE ALL ON SCHEMA @extschema@ FROM %s CASCADE',
								  CASE WHEN grantee.grantee = 0 THEN 'PUBLIC'
									   ELSE pg_catalog.quote_ident(grantee.grantee::regrole::text) END);
	END LOOP;
	GRANT USAGE ON SCHEMA @extschema@ TO PUBLIC;
END
$guard$;
--@end

------------------------------------------------------------------------
-- kano_answer: one answer to a functional or dysfunctional question
------------------------------------------------------------------------

CREATE TYPE kano_answer;

CREATE FUNCTION kano_answer_in(cstring) RETURNS kano_answer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_answer_out(kano_answer) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_answer_recv(internal) RETURNS kano_answer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_answer_send(kano_answer) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- Category 'S' (string): an unknown literal such as 'like' then resolves to
-- kano_answer rather than integer where both overloads exist, so that
-- kano_classify('like', 'dislike') needs no cast (as citext does).
CREATE TYPE kano_answer (
	INPUT = kano_answer_in,
	OUTPUT = kano_answer_out,
	RECEIVE = kano_answer_recv,
	SEND = kano_answer_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain,
	CATEGORY = 'S'
);
COMMENT ON TYPE kano_answer IS
	'Kano questionnaire answer: like, expect, neutral, live-with, dislike (codes 1..5)';
COMMENT ON FUNCTION kano_answer_in(cstring) IS
	'kano_answer text input: 1..5, short names or ISO wordings, any case';
COMMENT ON FUNCTION kano_answer_out(kano_answer) IS
	'kano_answer text output: like|expect|neutral|live-with|dislike';
COMMENT ON FUNCTION kano_answer_recv(internal) IS
	'kano_answer binary input: one byte 1..5';
COMMENT ON FUNCTION kano_answer_send(kano_answer) IS
	'kano_answer binary output: one byte 1..5';

-- Comparison reuses the built-in "char" functions: a kano_answer is one
-- unsigned byte holding its code (contrib/isn does the same with int8).
CREATE FUNCTION kano_answer_eq(kano_answer, kano_answer) RETURNS boolean
	AS 'chareq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_answer_ne(kano_answer, kano_answer) RETURNS boolean
	AS 'charne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_answer_lt(kano_answer, kano_answer) RETURNS boolean
	AS 'charlt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_answer_le(kano_answer, kano_answer) RETURNS boolean
	AS 'charle' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_answer_gt(kano_answer, kano_answer) RETURNS boolean
	AS 'chargt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_answer_ge(kano_answer, kano_answer) RETURNS boolean
	AS 'charge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_answer_cmp(kano_answer, kano_answer) RETURNS integer
	AS 'btcharcmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_answer_hash(kano_answer) RETURNS integer
	AS 'hashchar' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_answer_hash_extended(kano_answer, bigint) RETURNS bigint
	AS 'hashcharextended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION kano_answer_eq(kano_answer, kano_answer) IS 'kano_answer =';
COMMENT ON FUNCTION kano_answer_ne(kano_answer, kano_answer) IS 'kano_answer <>';
COMMENT ON FUNCTION kano_answer_lt(kano_answer, kano_answer) IS 'kano_answer <';
COMMENT ON FUNCTION kano_answer_le(kano_answer, kano_answer) IS 'kano_answer <=';
COMMENT ON FUNCTION kano_answer_gt(kano_answer, kano_answer) IS 'kano_answer >';
COMMENT ON FUNCTION kano_answer_ge(kano_answer, kano_answer) IS 'kano_answer >=';
COMMENT ON FUNCTION kano_answer_cmp(kano_answer, kano_answer) IS
	'kano_answer btree comparison (order of the codes, like first)';
COMMENT ON FUNCTION kano_answer_hash(kano_answer) IS 'kano_answer hash';
COMMENT ON FUNCTION kano_answer_hash_extended(kano_answer, bigint) IS
	'kano_answer seeded hash';

CREATE OPERATOR = (
	LEFTARG = kano_answer, RIGHTARG = kano_answer, FUNCTION = kano_answer_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = kano_answer, RIGHTARG = kano_answer, FUNCTION = kano_answer_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = kano_answer, RIGHTARG = kano_answer, FUNCTION = kano_answer_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = kano_answer, RIGHTARG = kano_answer, FUNCTION = kano_answer_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = kano_answer, RIGHTARG = kano_answer, FUNCTION = kano_answer_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = kano_answer, RIGHTARG = kano_answer, FUNCTION = kano_answer_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR = (kano_answer, kano_answer) IS 'equal';
COMMENT ON OPERATOR <> (kano_answer, kano_answer) IS 'not equal';
COMMENT ON OPERATOR < (kano_answer, kano_answer) IS 'less than (code order)';
COMMENT ON OPERATOR <= (kano_answer, kano_answer) IS 'less than or equal (code order)';
COMMENT ON OPERATOR > (kano_answer, kano_answer) IS 'greater than (code order)';
COMMENT ON OPERATOR >= (kano_answer, kano_answer) IS 'greater than or equal (code order)';

CREATE OPERATOR CLASS kano_answer_ops DEFAULT FOR TYPE kano_answer USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 kano_answer_cmp(kano_answer, kano_answer);
CREATE OPERATOR CLASS kano_answer_hash_ops DEFAULT FOR TYPE kano_answer USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 kano_answer_hash(kano_answer),
	FUNCTION 2 kano_answer_hash_extended(kano_answer, bigint);
COMMENT ON OPERATOR CLASS kano_answer_ops USING btree IS
	'kano_answer btree order: like < expect < neutral < live-with < dislike';
COMMENT ON OPERATOR CLASS kano_answer_hash_ops USING hash IS 'kano_answer hashing';
COMMENT ON OPERATOR FAMILY kano_answer_ops USING btree IS 'kano_answer btree operators';
COMMENT ON OPERATOR FAMILY kano_answer_hash_ops USING hash IS 'kano_answer hash operators';

--@1.1
CREATE OR REPLACE FUNCTION kano_answer(integer) RETURNS kano_answer
	AS 'MODULE_PATHNAME'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION kano_answer_code(kano_answer) RETURNS integer
	AS 'MODULE_PATHNAME'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
--@end
COMMENT ON FUNCTION kano_answer(integer) IS
	'kano_answer from its code 1..5 (22003 outside)';
COMMENT ON FUNCTION kano_answer_code(kano_answer) IS
	'code 1..5 of a kano_answer';
CREATE CAST (integer AS kano_answer) WITH FUNCTION kano_answer(integer) AS ASSIGNMENT;
CREATE CAST (kano_answer AS integer) WITH FUNCTION kano_answer_code(kano_answer) AS ASSIGNMENT;
COMMENT ON CAST (integer AS kano_answer) IS
	'answer code 1..5 to kano_answer (assignment: INSERT ... VALUES (1, 5) works)';
COMMENT ON CAST (kano_answer AS integer) IS 'kano_answer to its code 1..5';

------------------------------------------------------------------------
-- kano_category: A, O, M, I, Q, R, sorted M < O < A < I < R < Q
------------------------------------------------------------------------

CREATE TYPE kano_category;

CREATE FUNCTION kano_category_in(cstring) RETURNS kano_category
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_category_out(kano_category) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_category_recv(internal) RETURNS kano_category
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_category_send(kano_category) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE kano_category (
	INPUT = kano_category_in,
	OUTPUT = kano_category_out,
	RECEIVE = kano_category_recv,
	SEND = kano_category_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);
COMMENT ON TYPE kano_category IS
	'Kano category A, O, M, I, Q or R; sorts M < O < A < I < R < Q (the tie-break priority)';
COMMENT ON FUNCTION kano_category_in(cstring) IS
	'kano_category text input: letter or name (Kano, ISO 16355-5, delighter/satisfier/dissatisfier)';
COMMENT ON FUNCTION kano_category_out(kano_category) IS
	'kano_category text output: the letter';
COMMENT ON FUNCTION kano_category_recv(internal) IS
	'kano_category binary input: one ASCII letter';
COMMENT ON FUNCTION kano_category_send(kano_category) IS
	'kano_category binary output: one ASCII letter';

CREATE FUNCTION kano_category_eq(kano_category, kano_category) RETURNS boolean
	AS 'chareq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_category_ne(kano_category, kano_category) RETURNS boolean
	AS 'charne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_category_lt(kano_category, kano_category) RETURNS boolean
	AS 'charlt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_category_le(kano_category, kano_category) RETURNS boolean
	AS 'charle' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_category_gt(kano_category, kano_category) RETURNS boolean
	AS 'chargt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_category_ge(kano_category, kano_category) RETURNS boolean
	AS 'charge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_category_cmp(kano_category, kano_category) RETURNS integer
	AS 'btcharcmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_category_hash(kano_category) RETURNS integer
	AS 'hashchar' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION kano_category_hash_extended(kano_category, bigint) RETURNS bigint
	AS 'hashcharextended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION kano_category_eq(kano_category, kano_category) IS 'kano_category =';
COMMENT ON FUNCTION kano_category_ne(kano_category, kano_category) IS 'kano_category <>';
COMMENT ON FUNCTION kano_category_lt(kano_category, kano_category) IS 'kano_category <';
COMMENT ON FUNCTION kano_category_le(kano_category, kano_category) IS 'kano_category <=';
COMMENT ON FUNCTION kano_category_gt(kano_category, kano_category) IS 'kano_category >';
COMMENT ON FUNCTION kano_category_ge(kano_category, kano_category) IS 'kano_category >=';
COMMENT ON FUNCTION kano_category_cmp(kano_category, kano_category) IS
	'kano_category btree comparison (M < O < A < I < R < Q)';
COMMENT ON FUNCTION kano_category_hash(kano_category) IS 'kano_category hash';
COMMENT ON FUNCTION kano_category_hash_extended(kano_category, bigint) IS
	'kano_category seeded hash';

CREATE OPERATOR = (
	LEFTARG = kano_category, RIGHTARG = kano_category, FUNCTION = kano_category_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = kano_category, RIGHTARG = kano_category, FUNCTION = kano_category_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = kano_category, RIGHTARG = kano_category, FUNCTION = kano_category_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = kano_category, RIGHTARG = kano_category, FUNCTION = kano_category_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = kano_category, RIGHTARG = kano_category, FUNCTION = kano_category_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = kano_category, RIGHTARG = kano_category, FUNCTION = kano_category_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR = (kano_category, kano_category) IS 'equal';
COMMENT ON OPERATOR <> (kano_category, kano_category) IS 'not equal';
COMMENT ON OPERATOR < (kano_category, kano_category) IS 'less than (priority order)';
COMMENT ON OPERATOR <= (kano_category, kano_category) IS 'less than or equal (priority order)';
COMMENT ON OPERATOR > (kano_category, kano_category) IS 'greater than (priority order)';
COMMENT ON OPERATOR >= (kano_category, kano_category) IS 'greater than or equal (priority order)';

CREATE OPERATOR CLASS kano_category_ops DEFAULT FOR TYPE kano_category USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 kano_category_cmp(kano_category, kano_category);
CREATE OPERATOR CLASS kano_category_hash_ops DEFAULT FOR TYPE kano_category USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 kano_category_hash(kano_category),
	FUNCTION 2 kano_category_hash_extended(kano_category, bigint);
COMMENT ON OPERATOR CLASS kano_category_ops USING btree IS
	'kano_category btree order: M < O < A < I < R < Q';
COMMENT ON OPERATOR CLASS kano_category_hash_ops USING hash IS 'kano_category hashing';
COMMENT ON OPERATOR FAMILY kano_category_ops USING btree IS 'kano_category btree operators';
COMMENT ON OPERATOR FAMILY kano_category_hash_ops USING hash IS 'kano_category hash operators';

CREATE FUNCTION kano_category_name(category kano_category, vocabulary text DEFAULT 'kano')
	RETURNS text AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kano_category_name(kano_category, text) IS
	'name of a Kano category in vocabulary kano (attractive ...) or iso16355 (exciting ...)';

------------------------------------------------------------------------
-- Classification
------------------------------------------------------------------------

CREATE FUNCTION kano_classify(functional kano_answer, dysfunctional kano_answer,
							  scheme text DEFAULT 'iso24082')
	RETURNS kano_category AS 'MODULE_PATHNAME', 'kano_classify'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_classify(functional integer, dysfunctional integer,
							  scheme text DEFAULT 'iso24082')
	RETURNS kano_category AS 'MODULE_PATHNAME', 'kano_classify_int4'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kano_classify(kano_answer, kano_answer, text) IS
	'Kano category of a functional/dysfunctional answer pair under a scheme (iso24082, kano1984 or a JSON table)';
COMMENT ON FUNCTION kano_classify(integer, integer, text) IS
	'Kano category of a pair of raw answer codes 1..5 under a scheme';

CREATE FUNCTION kano_scheme_cells(scheme text DEFAULT 'iso24082')
	RETURNS TABLE (functional kano_answer, dysfunctional kano_answer,
				   category kano_category)
	LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT f::sx.kano_answer, d::sx.kano_answer, sx.kano_classify(f, d, scheme)
	FROM pg_catalog.generate_series(1, 5) AS f,
		 pg_catalog.generate_series(1, 5) AS d
	ORDER BY f, d
	$$;
COMMENT ON FUNCTION kano_scheme_cells(text) IS
	'the 25 cells of an evaluation scheme (validates a custom JSON scheme)';

------------------------------------------------------------------------
-- kano_result: mergeable statistic of a group of answer pairs
------------------------------------------------------------------------

CREATE TYPE kano_result;

CREATE FUNCTION kano_result_in(cstring) RETURNS kano_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_result_out(kano_result) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_result_recv(internal) RETURNS kano_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_result_send(kano_result) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- A fixed 240-byte varlena; plain storage keeps it out of TOAST and
-- compression, so readers see the full header and aligned fields.
CREATE TYPE kano_result (
	INPUT = kano_result_in,
	OUTPUT = kano_result_out,
	RECEIVE = kano_result_recv,
	SEND = kano_result_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE kano_result IS
	'Kano statistic of a group: 5x5 answer-pair counts, incomplete rows, importance moments; mergeable';
COMMENT ON FUNCTION kano_result_in(cstring) IS
	'kano_result text input: pairs=r1/r2/r3/r4/r5 incomplete=n importance=n,sum,sumsq (validated)';
COMMENT ON FUNCTION kano_result_out(kano_result) IS
	'kano_result text output (lossless)';
COMMENT ON FUNCTION kano_result_recv(internal) IS
	'kano_result binary input (validated)';
COMMENT ON FUNCTION kano_result_send(kano_result) IS
	'kano_result binary output';

-- Equality is equality of every count and moment.  The order behind the
-- btree class is field by field and means nothing beyond making results
-- sortable, groupable and DISTINCT-able.
CREATE FUNCTION kano_result_eq(kano_result, kano_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_result_ne(kano_result, kano_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_result_lt(kano_result, kano_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_result_le(kano_result, kano_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_result_gt(kano_result, kano_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_result_ge(kano_result, kano_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_result_cmp(kano_result, kano_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_result_hash(kano_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_result_hash_extended(kano_result, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kano_result_eq(kano_result, kano_result) IS 'kano_result =';
COMMENT ON FUNCTION kano_result_ne(kano_result, kano_result) IS 'kano_result <>';
COMMENT ON FUNCTION kano_result_lt(kano_result, kano_result) IS 'kano_result <';
COMMENT ON FUNCTION kano_result_le(kano_result, kano_result) IS 'kano_result <=';
COMMENT ON FUNCTION kano_result_gt(kano_result, kano_result) IS 'kano_result >';
COMMENT ON FUNCTION kano_result_ge(kano_result, kano_result) IS 'kano_result >=';
COMMENT ON FUNCTION kano_result_cmp(kano_result, kano_result) IS
	'kano_result btree comparison (field by field)';
COMMENT ON FUNCTION kano_result_hash(kano_result) IS 'kano_result hash';
COMMENT ON FUNCTION kano_result_hash_extended(kano_result, bigint) IS
	'kano_result seeded hash';
CREATE OPERATOR = (
	LEFTARG = kano_result, RIGHTARG = kano_result, FUNCTION = kano_result_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel,
	HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = kano_result, RIGHTARG = kano_result, FUNCTION = kano_result_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = kano_result, RIGHTARG = kano_result, FUNCTION = kano_result_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = kano_result, RIGHTARG = kano_result, FUNCTION = kano_result_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = kano_result, RIGHTARG = kano_result, FUNCTION = kano_result_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = kano_result, RIGHTARG = kano_result, FUNCTION = kano_result_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR = (kano_result, kano_result) IS 'same counts and importance moments';
COMMENT ON OPERATOR <> (kano_result, kano_result) IS 'not equal';
COMMENT ON OPERATOR < (kano_result, kano_result) IS 'less than (field by field)';
COMMENT ON OPERATOR <= (kano_result, kano_result) IS 'less than or equal (field by field)';
COMMENT ON OPERATOR > (kano_result, kano_result) IS 'greater than (field by field)';
COMMENT ON OPERATOR >= (kano_result, kano_result) IS 'greater than or equal (field by field)';
CREATE OPERATOR CLASS kano_result_ops DEFAULT FOR TYPE kano_result USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 kano_result_cmp(kano_result, kano_result);
CREATE OPERATOR CLASS kano_result_hash_ops DEFAULT FOR TYPE kano_result USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 kano_result_hash(kano_result),
	FUNCTION 2 kano_result_hash_extended(kano_result, bigint);
COMMENT ON OPERATOR CLASS kano_result_ops USING btree IS
	'kano_result btree order (field by field; for sorting and grouping only)';
COMMENT ON OPERATOR CLASS kano_result_hash_ops USING hash IS 'kano_result hashing';
COMMENT ON OPERATOR FAMILY kano_result_ops USING btree IS 'kano_result btree operators';
COMMENT ON OPERATOR FAMILY kano_result_hash_ops USING hash IS 'kano_result hash operators';

-- Merging: the combine function of every Kano aggregate, kano_merge's
-- transition, and the + operator.  It updates its first argument in place
-- only when called as an aggregate.
CREATE FUNCTION kano_result_merge(kano_result, kano_result) RETURNS kano_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kano_result_merge(kano_result, kano_result) IS
	'sum of two kano_results (counts and importance moments added)';
CREATE OPERATOR + (
	LEFTARG = kano_result, RIGHTARG = kano_result, FUNCTION = kano_result_merge,
	COMMUTATOR = +
);
COMMENT ON OPERATOR + (kano_result, kano_result) IS 'merge two Kano groups';

CREATE FUNCTION kano_result_to_jsonb(kano_result) RETURNS jsonb
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kano_result_to_jsonb(kano_result) IS
	'kano_result as jsonb: n, incomplete, pairs, iso24082 category counts, importance';
CREATE CAST (kano_result AS jsonb) WITH FUNCTION kano_result_to_jsonb(kano_result);
COMMENT ON CAST (kano_result AS jsonb) IS 'kano_result as a JSON document';

------------------------------------------------------------------------
-- Aggregates
------------------------------------------------------------------------

-- Transition functions are not strict: a row with one answer NULL is
-- counted as incomplete.  They update the state in place when called as
-- aggregates (AggCheckCallContext) and copy it otherwise.
CREATE FUNCTION kano_agg_trans(kano_result, kano_answer, kano_answer)
	RETURNS kano_result AS 'MODULE_PATHNAME'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION kano_agg_trans(kano_result, kano_answer, kano_answer, double precision)
	RETURNS kano_result AS 'MODULE_PATHNAME', 'kano_agg_trans_imp'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION kano_agg_trans(kano_result, integer, integer)
	RETURNS kano_result AS 'MODULE_PATHNAME', 'kano_agg_trans_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION kano_agg_trans(kano_result, integer, integer, double precision)
	RETURNS kano_result AS 'MODULE_PATHNAME', 'kano_agg_trans_int4_imp'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION kano_agg_inv(kano_result, kano_answer, kano_answer)
	RETURNS kano_result AS 'MODULE_PATHNAME'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION kano_agg_inv(kano_result, integer, integer)
	RETURNS kano_result AS 'MODULE_PATHNAME', 'kano_agg_inv_int4'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION kano_agg_trans(kano_result, kano_answer, kano_answer) IS
	'kano_agg transition: count one answer pair';
COMMENT ON FUNCTION kano_agg_trans(kano_result, kano_answer, kano_answer, double precision) IS
	'kano_agg transition: count one answer pair with its importance';
COMMENT ON FUNCTION kano_agg_trans(kano_result, integer, integer) IS
	'kano_agg transition: count one pair of raw codes 1..5';
COMMENT ON FUNCTION kano_agg_trans(kano_result, integer, integer, double precision) IS
	'kano_agg transition: count one pair of raw codes 1..5 with its importance';
COMMENT ON FUNCTION kano_agg_inv(kano_result, kano_answer, kano_answer) IS
	'kano_agg inverse transition (moving window frames): uncount one answer pair';
COMMENT ON FUNCTION kano_agg_inv(kano_result, integer, integer) IS
	'kano_agg inverse transition (moving window frames): uncount one pair of codes';

--@1.1
CREATE OR REPLACE AGGREGATE kano_agg(functional kano_answer, dysfunctional kano_answer) (
	SFUNC = kano_agg_trans,
	STYPE = kano_result,
	INITCOND = 'empty',
	COMBINEFUNC = kano_result_merge,
	MSFUNC = kano_agg_trans,
	MINVFUNC = kano_agg_inv,
	MSTYPE = kano_result,
	MINITCOND = 'empty',
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE kano_agg(functional kano_answer, dysfunctional kano_answer,
						  importance double precision) (
	SFUNC = kano_agg_trans,
	STYPE = kano_result,
	INITCOND = 'empty',
	COMBINEFUNC = kano_result_merge,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE kano_agg(functional integer, dysfunctional integer) (
	SFUNC = kano_agg_trans,
	STYPE = kano_result,
	INITCOND = 'empty',
	COMBINEFUNC = kano_result_merge,
	MSFUNC = kano_agg_trans,
	MINVFUNC = kano_agg_inv,
	MSTYPE = kano_result,
	MINITCOND = 'empty',
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE kano_agg(functional integer, dysfunctional integer,
						  importance double precision) (
	SFUNC = kano_agg_trans,
	STYPE = kano_result,
	INITCOND = 'empty',
	COMBINEFUNC = kano_result_merge,
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE kano_merge(kano_result) (
	SFUNC = kano_result_merge,
	STYPE = kano_result,
	INITCOND = 'empty',
	COMBINEFUNC = kano_result_merge,
	PARALLEL = SAFE
);
--@end
COMMENT ON AGGREGATE kano_agg(kano_answer, kano_answer) IS
	'Kano statistic of a group of functional/dysfunctional answer pairs';
COMMENT ON AGGREGATE kano_agg(kano_answer, kano_answer, double precision) IS
	'Kano statistic of a group of answer pairs with self-stated importance';
COMMENT ON AGGREGATE kano_agg(integer, integer) IS
	'Kano statistic of a group of raw answer-code pairs 1..5';
COMMENT ON AGGREGATE kano_agg(integer, integer, double precision) IS
	'Kano statistic of a group of raw answer-code pairs 1..5 with importance';
COMMENT ON AGGREGATE kano_merge(kano_result) IS
	'merge stored Kano statistics (rollups): equal to aggregating the raw rows';

------------------------------------------------------------------------
-- Figures of a group
------------------------------------------------------------------------

CREATE FUNCTION kano_n(result kano_result) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_incomplete(result kano_result) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_count(result kano_result, category kano_category,
						   scheme text DEFAULT 'iso24082') RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
--@1.1
CREATE OR REPLACE FUNCTION kano_category(result kano_result, scheme text DEFAULT 'iso24082',
							  rule text DEFAULT 'mode') RETURNS kano_category
	AS 'MODULE_PATHNAME'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
--@end
CREATE FUNCTION kano_better(result kano_result, scheme text DEFAULT 'iso24082')
	RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_worse(result kano_result, scheme text DEFAULT 'iso24082')
	RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_total_strength(result kano_result, scheme text DEFAULT 'iso24082')
	RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_category_strength(result kano_result, scheme text DEFAULT 'iso24082')
	RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_significant(result kano_result, scheme text DEFAULT 'iso24082')
	RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_functional_mean(result kano_result) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_functional_sd(result kano_result) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_dysfunctional_mean(result kano_result) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_dysfunctional_sd(result kano_result) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_importance_mean(result kano_result) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_importance_sd(result kano_result) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_compare(result1 kano_result, result2 kano_result,
							 scheme text DEFAULT 'iso24082') RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_report(result kano_result, scheme text DEFAULT 'iso24082',
							rule text DEFAULT 'mode',
							confidence double precision DEFAULT 0.95,
							OUT n bigint, OUT incomplete bigint,
							OUT a bigint, OUT o bigint, OUT m bigint,
							OUT i bigint, OUT q bigint, OUT r bigint,
							OUT category kano_category,
							OUT better double precision,
							OUT better_low double precision,
							OUT better_high double precision,
							OUT worse double precision,
							OUT worse_low double precision,
							OUT worse_high double precision,
							OUT total_strength double precision,
							OUT category_strength double precision,
							OUT significant boolean,
							OUT functional_mean double precision,
							OUT functional_sd double precision,
							OUT dysfunctional_mean double precision,
							OUT dysfunctional_sd double precision,
							OUT importance_mean double precision)
	RETURNS record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION kano_n(kano_result) IS 'number of complete answer pairs';
COMMENT ON FUNCTION kano_incomplete(kano_result) IS
	'number of rows with exactly one answer missing';
COMMENT ON FUNCTION kano_count(kano_result, kano_category, text) IS
	'answer pairs the scheme puts in a category';
COMMENT ON FUNCTION kano_category(kano_result, text, text) IS
	'dominant category: rule mode (largest count, ties M>O>A>I>R>Q) or berger; NULL when empty';
COMMENT ON FUNCTION kano_better(kano_result, text) IS
	'Better (satisfaction coefficient CS+): (A+O)/(A+O+M+I), NULL when A+O+M+I = 0';
COMMENT ON FUNCTION kano_worse(kano_result, text) IS
	'Worse (dissatisfaction coefficient CS-): -(O+M)/(A+O+M+I), at most 0';
COMMENT ON FUNCTION kano_total_strength(kano_result, text) IS
	'total strength: (A+O+M)/N';
COMMENT ON FUNCTION kano_category_strength(kano_result, text) IS
	'category strength: share of the first minus the second category (Q left out of the ranking)';
COMMENT ON FUNCTION kano_significant(kano_result, text) IS
	'Fong''s test: are the two largest categories significantly apart (ties never are)';
COMMENT ON FUNCTION kano_functional_mean(kano_result) IS
	'mean functional score (like 4, expect 2, neutral 0, live-with -1, dislike -2)';
COMMENT ON FUNCTION kano_functional_sd(kano_result) IS
	'sample SD of the functional score, NULL below 2 pairs';
COMMENT ON FUNCTION kano_dysfunctional_mean(kano_result) IS
	'mean dysfunctional score (like -2, expect -1, neutral 0, live-with 2, dislike 4)';
COMMENT ON FUNCTION kano_dysfunctional_sd(kano_result) IS
	'sample SD of the dysfunctional score, NULL below 2 pairs';
COMMENT ON FUNCTION kano_importance_mean(kano_result) IS
	'mean self-stated importance over complete pairs that gave one';
COMMENT ON FUNCTION kano_importance_sd(kano_result) IS
	'sample SD of self-stated importance, NULL below 2 values';
COMMENT ON FUNCTION kano_compare(kano_result, kano_result, text) IS
	'p-value of the chi-square test of homogeneity of two groups'' category counts (drift)';
COMMENT ON FUNCTION kano_report(kano_result, text, text, double precision) IS
	'every figure of a Kano group in one record, with Wilson intervals for Better and Worse';

------------------------------------------------------------------------
-- pyramid_level: the level of the service excellence pyramid, 0..4
------------------------------------------------------------------------

CREATE TYPE pyramid_level;

CREATE FUNCTION pyramid_level_in(cstring) RETURNS pyramid_level
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION pyramid_level_out(pyramid_level) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION pyramid_level_recv(internal) RETURNS pyramid_level
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION pyramid_level_send(pyramid_level) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE pyramid_level (
	INPUT = pyramid_level_in,
	OUTPUT = pyramid_level_out,
	RECEIVE = pyramid_level_recv,
	SEND = pyramid_level_send,
	INTERNALLENGTH = 1,
	PASSEDBYVALUE,
	ALIGNMENT = char,
	STORAGE = plain
);
COMMENT ON TYPE pyramid_level IS
	'service excellence pyramid level L0 (promise not kept) .. L4 (surprisingly excellent service)';
COMMENT ON FUNCTION pyramid_level_in(cstring) IS
	'pyramid_level text input: 0..4, L0..L4 or the level name';
COMMENT ON FUNCTION pyramid_level_out(pyramid_level) IS 'pyramid_level text output: L0..L4';
COMMENT ON FUNCTION pyramid_level_recv(internal) IS 'pyramid_level binary input: one byte 0..4';
COMMENT ON FUNCTION pyramid_level_send(pyramid_level) IS 'pyramid_level binary output: one byte 0..4';

CREATE FUNCTION pyramid_level_eq(pyramid_level, pyramid_level) RETURNS boolean
	AS 'chareq' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION pyramid_level_ne(pyramid_level, pyramid_level) RETURNS boolean
	AS 'charne' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION pyramid_level_lt(pyramid_level, pyramid_level) RETURNS boolean
	AS 'charlt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION pyramid_level_le(pyramid_level, pyramid_level) RETURNS boolean
	AS 'charle' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION pyramid_level_gt(pyramid_level, pyramid_level) RETURNS boolean
	AS 'chargt' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION pyramid_level_ge(pyramid_level, pyramid_level) RETURNS boolean
	AS 'charge' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION pyramid_level_cmp(pyramid_level, pyramid_level) RETURNS integer
	AS 'btcharcmp' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION pyramid_level_hash(pyramid_level) RETURNS integer
	AS 'hashchar' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION pyramid_level_hash_extended(pyramid_level, bigint) RETURNS bigint
	AS 'hashcharextended' LANGUAGE internal IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
COMMENT ON FUNCTION pyramid_level_eq(pyramid_level, pyramid_level) IS 'pyramid_level =';
COMMENT ON FUNCTION pyramid_level_ne(pyramid_level, pyramid_level) IS 'pyramid_level <>';
COMMENT ON FUNCTION pyramid_level_lt(pyramid_level, pyramid_level) IS 'pyramid_level <';
COMMENT ON FUNCTION pyramid_level_le(pyramid_level, pyramid_level) IS 'pyramid_level <=';
COMMENT ON FUNCTION pyramid_level_gt(pyramid_level, pyramid_level) IS 'pyramid_level >';
COMMENT ON FUNCTION pyramid_level_ge(pyramid_level, pyramid_level) IS 'pyramid_level >=';
COMMENT ON FUNCTION pyramid_level_cmp(pyramid_level, pyramid_level) IS
	'pyramid_level btree comparison (L0 < L4)';
COMMENT ON FUNCTION pyramid_level_hash(pyramid_level) IS 'pyramid_level hash';
COMMENT ON FUNCTION pyramid_level_hash_extended(pyramid_level, bigint) IS 'pyramid_level seeded hash';

CREATE OPERATOR = (
	LEFTARG = pyramid_level, RIGHTARG = pyramid_level, FUNCTION = pyramid_level_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = pyramid_level, RIGHTARG = pyramid_level, FUNCTION = pyramid_level_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = pyramid_level, RIGHTARG = pyramid_level, FUNCTION = pyramid_level_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = pyramid_level, RIGHTARG = pyramid_level, FUNCTION = pyramid_level_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = pyramid_level, RIGHTARG = pyramid_level, FUNCTION = pyramid_level_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = pyramid_level, RIGHTARG = pyramid_level, FUNCTION = pyramid_level_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR = (pyramid_level, pyramid_level) IS 'equal';
COMMENT ON OPERATOR <> (pyramid_level, pyramid_level) IS 'not equal';
COMMENT ON OPERATOR < (pyramid_level, pyramid_level) IS 'lower level';
COMMENT ON OPERATOR <= (pyramid_level, pyramid_level) IS 'lower or same level';
COMMENT ON OPERATOR > (pyramid_level, pyramid_level) IS 'higher level';
COMMENT ON OPERATOR >= (pyramid_level, pyramid_level) IS 'higher or same level';
CREATE OPERATOR CLASS pyramid_level_ops DEFAULT FOR TYPE pyramid_level USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 pyramid_level_cmp(pyramid_level, pyramid_level);
CREATE OPERATOR CLASS pyramid_level_hash_ops DEFAULT FOR TYPE pyramid_level USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 pyramid_level_hash(pyramid_level),
	FUNCTION 2 pyramid_level_hash_extended(pyramid_level, bigint);
COMMENT ON OPERATOR CLASS pyramid_level_ops USING btree IS 'pyramid_level btree order: L0 < L4';
COMMENT ON OPERATOR CLASS pyramid_level_hash_ops USING hash IS 'pyramid_level hashing';
COMMENT ON OPERATOR FAMILY pyramid_level_ops USING btree IS 'pyramid_level btree operators';
COMMENT ON OPERATOR FAMILY pyramid_level_hash_ops USING hash IS 'pyramid_level hash operators';

--@1.1
CREATE OR REPLACE FUNCTION pyramid_level(integer) RETURNS pyramid_level
	AS 'MODULE_PATHNAME', 'pyramid_level_int4' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION pyramid_level_number(pyramid_level) RETURNS integer
	AS 'MODULE_PATHNAME'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
--@end
COMMENT ON FUNCTION pyramid_level(integer) IS 'pyramid_level from its number 0..4 (22003 outside)';
COMMENT ON FUNCTION pyramid_level_number(pyramid_level) IS 'number 0..4 of a pyramid_level';
CREATE CAST (integer AS pyramid_level) WITH FUNCTION pyramid_level(integer) AS ASSIGNMENT;
CREATE CAST (pyramid_level AS integer) WITH FUNCTION pyramid_level_number(pyramid_level) AS ASSIGNMENT;
COMMENT ON CAST (integer AS pyramid_level) IS 'level number 0..4 to pyramid_level';
COMMENT ON CAST (pyramid_level AS integer) IS 'pyramid_level to its number 0..4';

CREATE FUNCTION pyramid_level_name(level pyramid_level) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pyramid_level_name(pyramid_level) IS
	'name of a pyramid level in ISO 23592 (L0: promise not kept)';

-- Not strict: NULL evidence is part of the rule
--@1.1
CREATE OR REPLACE FUNCTION pyramid_level(promise_kept boolean, issue_resolved boolean,
							  felt_valued boolean, surprised boolean)
	RETURNS pyramid_level AS 'MODULE_PATHNAME'
	LANGUAGE C IMMUTABLE PARALLEL SAFE;
--@end
COMMENT ON FUNCTION pyramid_level(boolean, boolean, boolean, boolean) IS
	'pyramid level of one observation: highest k whose conditions 1..k hold (NULL issue_resolved: no issue raised)';

CREATE FUNCTION kano_pyramid_role(category kano_category) RETURNS pyramid_level
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kano_pyramid_role(kano_category) IS
	'pyramid level a Kano category supports: M L1 (the promise), O L3, A L4 (surprise); NULL for I, R, Q';

------------------------------------------------------------------------
-- pyramid_result: mergeable level counts of a group of observations
------------------------------------------------------------------------

CREATE TYPE pyramid_result;

CREATE FUNCTION pyramid_result_in(cstring) RETURNS pyramid_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION pyramid_result_out(pyramid_result) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION pyramid_result_recv(internal) RETURNS pyramid_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION pyramid_result_send(pyramid_result) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

CREATE TYPE pyramid_result (
	INPUT = pyramid_result_in,
	OUTPUT = pyramid_result_out,
	RECEIVE = pyramid_result_recv,
	SEND = pyramid_result_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE pyramid_result IS
	'pyramid statistic of a group: observations per level 0..4 and delight without foundation; mergeable';
COMMENT ON FUNCTION pyramid_result_in(cstring) IS
	'pyramid_result text input: levels=l0,l1,l2,l3,l4 unfounded=u (validated)';
COMMENT ON FUNCTION pyramid_result_out(pyramid_result) IS 'pyramid_result text output (lossless)';
COMMENT ON FUNCTION pyramid_result_recv(internal) IS 'pyramid_result binary input (validated)';
COMMENT ON FUNCTION pyramid_result_send(pyramid_result) IS 'pyramid_result binary output';

--@1.1
CREATE OR REPLACE FUNCTION pyramid_result_eq(pyramid_result, pyramid_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION pyramid_result_ne(pyramid_result, pyramid_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION pyramid_result_lt(pyramid_result, pyramid_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION pyramid_result_le(pyramid_result, pyramid_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION pyramid_result_gt(pyramid_result, pyramid_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION pyramid_result_ge(pyramid_result, pyramid_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION pyramid_result_cmp(pyramid_result, pyramid_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION pyramid_result_hash(pyramid_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION pyramid_result_hash_extended(pyramid_result, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
--@end
COMMENT ON FUNCTION pyramid_result_eq(pyramid_result, pyramid_result) IS 'pyramid_result =';
COMMENT ON FUNCTION pyramid_result_ne(pyramid_result, pyramid_result) IS 'pyramid_result <>';
COMMENT ON FUNCTION pyramid_result_lt(pyramid_result, pyramid_result) IS 'pyramid_result <';
COMMENT ON FUNCTION pyramid_result_le(pyramid_result, pyramid_result) IS 'pyramid_result <=';
COMMENT ON FUNCTION pyramid_result_gt(pyramid_result, pyramid_result) IS 'pyramid_result >';
COMMENT ON FUNCTION pyramid_result_ge(pyramid_result, pyramid_result) IS 'pyramid_result >=';
COMMENT ON FUNCTION pyramid_result_cmp(pyramid_result, pyramid_result) IS
	'pyramid_result btree comparison (count by count)';
COMMENT ON FUNCTION pyramid_result_hash(pyramid_result) IS 'pyramid_result hash';
COMMENT ON FUNCTION pyramid_result_hash_extended(pyramid_result, bigint) IS 'pyramid_result seeded hash';
CREATE OPERATOR = (
	LEFTARG = pyramid_result, RIGHTARG = pyramid_result, FUNCTION = pyramid_result_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = pyramid_result, RIGHTARG = pyramid_result, FUNCTION = pyramid_result_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = pyramid_result, RIGHTARG = pyramid_result, FUNCTION = pyramid_result_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = pyramid_result, RIGHTARG = pyramid_result, FUNCTION = pyramid_result_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = pyramid_result, RIGHTARG = pyramid_result, FUNCTION = pyramid_result_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = pyramid_result, RIGHTARG = pyramid_result, FUNCTION = pyramid_result_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR = (pyramid_result, pyramid_result) IS 'same counts';
COMMENT ON OPERATOR <> (pyramid_result, pyramid_result) IS 'not equal';
COMMENT ON OPERATOR < (pyramid_result, pyramid_result) IS 'less than (count by count)';
COMMENT ON OPERATOR <= (pyramid_result, pyramid_result) IS 'less than or equal (count by count)';
COMMENT ON OPERATOR > (pyramid_result, pyramid_result) IS 'greater than (count by count)';
COMMENT ON OPERATOR >= (pyramid_result, pyramid_result) IS 'greater than or equal (count by count)';
CREATE OPERATOR CLASS pyramid_result_ops DEFAULT FOR TYPE pyramid_result USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 pyramid_result_cmp(pyramid_result, pyramid_result);
CREATE OPERATOR CLASS pyramid_result_hash_ops DEFAULT FOR TYPE pyramid_result USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 pyramid_result_hash(pyramid_result),
	FUNCTION 2 pyramid_result_hash_extended(pyramid_result, bigint);
COMMENT ON OPERATOR CLASS pyramid_result_ops USING btree IS
	'pyramid_result btree order (for sorting and grouping only)';
COMMENT ON OPERATOR CLASS pyramid_result_hash_ops USING hash IS 'pyramid_result hashing';
COMMENT ON OPERATOR FAMILY pyramid_result_ops USING btree IS 'pyramid_result btree operators';
COMMENT ON OPERATOR FAMILY pyramid_result_hash_ops USING hash IS 'pyramid_result hash operators';

CREATE FUNCTION pyramid_result_merge(pyramid_result, pyramid_result) RETURNS pyramid_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pyramid_result_merge(pyramid_result, pyramid_result) IS
	'sum of two pyramid_results';
CREATE OPERATOR + (
	LEFTARG = pyramid_result, RIGHTARG = pyramid_result, FUNCTION = pyramid_result_merge,
	COMMUTATOR = +
);
COMMENT ON OPERATOR + (pyramid_result, pyramid_result) IS 'merge two pyramid groups';

CREATE FUNCTION pyramid_result_to_jsonb(pyramid_result) RETURNS jsonb
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pyramid_result_to_jsonb(pyramid_result) IS
	'pyramid_result as jsonb: n, counts per level, unfounded';
CREATE CAST (pyramid_result AS jsonb) WITH FUNCTION pyramid_result_to_jsonb(pyramid_result);
COMMENT ON CAST (pyramid_result AS jsonb) IS 'pyramid_result as a JSON document';

--@1.1
CREATE OR REPLACE FUNCTION pyramid_agg_trans(pyramid_result, pyramid_level) RETURNS pyramid_result
	AS 'MODULE_PATHNAME', 'pyramid_agg_trans_level' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION pyramid_agg_inv(pyramid_result, pyramid_level) RETURNS pyramid_result
	AS 'MODULE_PATHNAME', 'pyramid_agg_inv_level' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
--@end
-- not strict: NULL flags are evidence
--@1.1
CREATE OR REPLACE FUNCTION pyramid_agg_trans(pyramid_result, boolean, boolean, boolean, boolean)
	RETURNS pyramid_result
	AS 'MODULE_PATHNAME', 'pyramid_agg_trans_flags' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE OR REPLACE FUNCTION pyramid_agg_inv(pyramid_result, boolean, boolean, boolean, boolean)
	RETURNS pyramid_result
	AS 'MODULE_PATHNAME', 'pyramid_agg_inv_flags' LANGUAGE C IMMUTABLE PARALLEL SAFE;
--@end
COMMENT ON FUNCTION pyramid_agg_trans(pyramid_result, pyramid_level) IS
	'pyramid_agg transition: count one level (NULL skipped)';
COMMENT ON FUNCTION pyramid_agg_inv(pyramid_result, pyramid_level) IS
	'pyramid_agg inverse transition (moving window frames)';
COMMENT ON FUNCTION pyramid_agg_trans(pyramid_result, boolean, boolean, boolean, boolean) IS
	'pyramid_agg transition: count one observation from its four evidence flags';
COMMENT ON FUNCTION pyramid_agg_inv(pyramid_result, boolean, boolean, boolean, boolean) IS
	'pyramid_agg inverse transition (moving window frames)';

--@1.1
CREATE OR REPLACE AGGREGATE pyramid_agg(level pyramid_level) (
	SFUNC = pyramid_agg_trans,
	STYPE = pyramid_result,
	INITCOND = 'empty',
	COMBINEFUNC = pyramid_result_merge,
	MSFUNC = pyramid_agg_trans,
	MINVFUNC = pyramid_agg_inv,
	MSTYPE = pyramid_result,
	MINITCOND = 'empty',
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE pyramid_agg(promise_kept boolean, issue_resolved boolean,
							 felt_valued boolean, surprised boolean) (
	SFUNC = pyramid_agg_trans,
	STYPE = pyramid_result,
	INITCOND = 'empty',
	COMBINEFUNC = pyramid_result_merge,
	MSFUNC = pyramid_agg_trans,
	MINVFUNC = pyramid_agg_inv,
	MSTYPE = pyramid_result,
	MINITCOND = 'empty',
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE pyramid_merge(pyramid_result) (
	SFUNC = pyramid_result_merge,
	STYPE = pyramid_result,
	INITCOND = 'empty',
	COMBINEFUNC = pyramid_result_merge,
	PARALLEL = SAFE
);
--@end
COMMENT ON AGGREGATE pyramid_agg(pyramid_level) IS
	'pyramid statistic of a group of stored levels (NULLs skipped; no unfounded count)';
COMMENT ON AGGREGATE pyramid_agg(boolean, boolean, boolean, boolean) IS
	'pyramid statistic of a group of observations from their evidence flags';
COMMENT ON AGGREGATE pyramid_merge(pyramid_result) IS
	'merge stored pyramid statistics (rollups)';

CREATE FUNCTION pyramid_n(result pyramid_result) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION pyramid_count(result pyramid_result, level pyramid_level) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION pyramid_share(result pyramid_result, level pyramid_level) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION pyramid_attained(result pyramid_result,
								 thresholds double precision[] DEFAULT '{0.9,0.8,0.5,0.2}')
	RETURNS pyramid_level
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION pyramid_unfounded(result pyramid_result) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION pyramid_report(result pyramid_result,
							   thresholds double precision[] DEFAULT '{0.9,0.8,0.5,0.2}',
							   OUT n bigint, OUT l0 bigint, OUT l1 bigint, OUT l2 bigint,
							   OUT l3 bigint, OUT l4 bigint,
							   OUT share_l1 double precision, OUT share_l2 double precision,
							   OUT share_l3 double precision, OUT share_l4 double precision,
							   OUT attained pyramid_level, OUT unfounded bigint)
	RETURNS record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pyramid_n(pyramid_result) IS 'number of observations';
COMMENT ON FUNCTION pyramid_count(pyramid_result, pyramid_level) IS
	'observations at exactly this level';
COMMENT ON FUNCTION pyramid_share(pyramid_result, pyramid_level) IS
	'share of observations at this level or above; NULL when empty';
COMMENT ON FUNCTION pyramid_attained(pyramid_result, double precision[]) IS
	'level the group attains: highest k with share(level >= j) >= t_j for every j <= k';
COMMENT ON FUNCTION pyramid_unfounded(pyramid_result) IS
	'observations surprised without reaching level 2 (delight without foundation)';
COMMENT ON FUNCTION pyramid_report(pyramid_result, double precision[]) IS
	'every pyramid figure of a group in one record';

------------------------------------------------------------------------
-- The leverage mechanism (ISO/TS 24082 annex D, this product's formulation)
------------------------------------------------------------------------

-- Not strict: a NULL delight threshold means half the fulcrum height
CREATE FUNCTION leverage_score(centricity double precision, participation double precision,
							   data_scale double precision,
							   agility double precision DEFAULT 1,
							   fulcrum_height double precision DEFAULT 1,
							   delight_threshold double precision DEFAULT NULL,
							   OUT cooperation double precision,
							   OUT launch_height double precision,
							   OUT optimal_data_scale double precision,
							   OUT optimal_height double precision,
							   OUT verdict text)
	RETURNS record
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION leverage_score(double precision, double precision, double precision,
								   double precision, double precision, double precision) IS
	'co-creation lever: cooperation, launch height (degree of delight), optimal data scale, verdict delight/satisfaction/stalled';

------------------------------------------------------------------------
-- Customer-experience metrics: NPS, CSAT, CES
------------------------------------------------------------------------

CREATE TYPE nps_result;

CREATE FUNCTION nps_result_in(cstring) RETURNS nps_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nps_result_out(nps_result) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nps_result_recv(internal) RETURNS nps_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nps_result_send(nps_result) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE nps_result (
	INPUT = nps_result_in,
	OUTPUT = nps_result_out,
	RECEIVE = nps_result_recv,
	SEND = nps_result_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE nps_result IS 'NPS statistic of a group: count of each answer 0..10; mergeable';
COMMENT ON FUNCTION nps_result_in(cstring) IS 'nps_result text input: answers=c0,...,c10 (validated)';
COMMENT ON FUNCTION nps_result_out(nps_result) IS 'nps_result text output (lossless)';
COMMENT ON FUNCTION nps_result_recv(internal) IS 'nps_result binary input (validated)';
COMMENT ON FUNCTION nps_result_send(nps_result) IS 'nps_result binary output';

--@1.1
CREATE OR REPLACE FUNCTION nps_result_eq(nps_result, nps_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION nps_result_ne(nps_result, nps_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION nps_result_lt(nps_result, nps_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION nps_result_le(nps_result, nps_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION nps_result_gt(nps_result, nps_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION nps_result_ge(nps_result, nps_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION nps_result_cmp(nps_result, nps_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION nps_result_hash(nps_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE OR REPLACE FUNCTION nps_result_hash_extended(nps_result, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
--@end
COMMENT ON FUNCTION nps_result_eq(nps_result, nps_result) IS 'nps_result =';
COMMENT ON FUNCTION nps_result_ne(nps_result, nps_result) IS 'nps_result <>';
COMMENT ON FUNCTION nps_result_lt(nps_result, nps_result) IS 'nps_result <';
COMMENT ON FUNCTION nps_result_le(nps_result, nps_result) IS 'nps_result <=';
COMMENT ON FUNCTION nps_result_gt(nps_result, nps_result) IS 'nps_result >';
COMMENT ON FUNCTION nps_result_ge(nps_result, nps_result) IS 'nps_result >=';
COMMENT ON FUNCTION nps_result_cmp(nps_result, nps_result) IS
	'nps_result btree comparison (count by count)';
COMMENT ON FUNCTION nps_result_hash(nps_result) IS 'nps_result hash';
COMMENT ON FUNCTION nps_result_hash_extended(nps_result, bigint) IS 'nps_result seeded hash';
CREATE OPERATOR = (
	LEFTARG = nps_result, RIGHTARG = nps_result, FUNCTION = nps_result_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = nps_result, RIGHTARG = nps_result, FUNCTION = nps_result_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = nps_result, RIGHTARG = nps_result, FUNCTION = nps_result_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = nps_result, RIGHTARG = nps_result, FUNCTION = nps_result_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = nps_result, RIGHTARG = nps_result, FUNCTION = nps_result_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = nps_result, RIGHTARG = nps_result, FUNCTION = nps_result_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR = (nps_result, nps_result) IS 'same counts';
COMMENT ON OPERATOR <> (nps_result, nps_result) IS 'not equal';
COMMENT ON OPERATOR < (nps_result, nps_result) IS 'less than (count by count)';
COMMENT ON OPERATOR <= (nps_result, nps_result) IS 'less than or equal (count by count)';
COMMENT ON OPERATOR > (nps_result, nps_result) IS 'greater than (count by count)';
COMMENT ON OPERATOR >= (nps_result, nps_result) IS 'greater than or equal (count by count)';
CREATE OPERATOR CLASS nps_result_ops DEFAULT FOR TYPE nps_result USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 nps_result_cmp(nps_result, nps_result);
CREATE OPERATOR CLASS nps_result_hash_ops DEFAULT FOR TYPE nps_result USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 nps_result_hash(nps_result),
	FUNCTION 2 nps_result_hash_extended(nps_result, bigint);
COMMENT ON OPERATOR CLASS nps_result_ops USING btree IS
	'nps_result btree order (for sorting and grouping only)';
COMMENT ON OPERATOR CLASS nps_result_hash_ops USING hash IS 'nps_result hashing';
COMMENT ON OPERATOR FAMILY nps_result_ops USING btree IS 'nps_result btree operators';
COMMENT ON OPERATOR FAMILY nps_result_hash_ops USING hash IS 'nps_result hash operators';

CREATE FUNCTION nps_result_merge(nps_result, nps_result) RETURNS nps_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nps_result_merge(nps_result, nps_result) IS 'sum of two nps_results';
CREATE OPERATOR + (
	LEFTARG = nps_result, RIGHTARG = nps_result, FUNCTION = nps_result_merge, COMMUTATOR = +
);
COMMENT ON OPERATOR + (nps_result, nps_result) IS 'merge two NPS groups';
CREATE FUNCTION nps_result_to_jsonb(nps_result) RETURNS jsonb
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nps_result_to_jsonb(nps_result) IS
	'nps_result as jsonb: n, promoters, detractors, answers';
CREATE CAST (nps_result AS jsonb) WITH FUNCTION nps_result_to_jsonb(nps_result);
COMMENT ON CAST (nps_result AS jsonb) IS 'nps_result as a JSON document';

CREATE FUNCTION nps_agg_trans(nps_result, integer) RETURNS nps_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nps_agg_inv(nps_result, integer) RETURNS nps_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nps_agg_trans(nps_result, integer) IS
	'nps_agg transition: count one answer 0..10 (22003 outside)';
COMMENT ON FUNCTION nps_agg_inv(nps_result, integer) IS
	'nps_agg inverse transition (moving window frames)';
--@1.1
CREATE OR REPLACE AGGREGATE nps_agg(answer integer) (
	SFUNC = nps_agg_trans,
	STYPE = nps_result,
	INITCOND = 'empty',
	COMBINEFUNC = nps_result_merge,
	MSFUNC = nps_agg_trans,
	MINVFUNC = nps_agg_inv,
	MSTYPE = nps_result,
	MINITCOND = 'empty',
	PARALLEL = SAFE
);
CREATE OR REPLACE AGGREGATE nps_merge(nps_result) (
	SFUNC = nps_result_merge,
	STYPE = nps_result,
	INITCOND = 'empty',
	COMBINEFUNC = nps_result_merge,
	PARALLEL = SAFE
);
--@end
COMMENT ON AGGREGATE nps_agg(integer) IS 'NPS statistic of a group of 0..10 answers (NULLs skipped)';
COMMENT ON AGGREGATE nps_merge(nps_result) IS 'merge stored NPS statistics (rollups)';

CREATE FUNCTION nps_n(result nps_result) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nps(result nps_result) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nps_low(result nps_result, confidence double precision DEFAULT 0.95)
	RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nps_high(result nps_result, confidence double precision DEFAULT 0.95)
	RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nps_n(nps_result) IS 'number of NPS answers';
COMMENT ON FUNCTION nps(nps_result) IS 'Net Promoter Score: 100 (share 9-10 - share 0-6); NULL when empty';
COMMENT ON FUNCTION nps_low(nps_result, double precision) IS
	'lower bound of the adjusted-Wald NPS interval (Rocks 2016)';
COMMENT ON FUNCTION nps_high(nps_result, double precision) IS
	'upper bound of the adjusted-Wald NPS interval (Rocks 2016)';

CREATE FUNCTION csat_accum(bigint[], integer) RETURNS bigint[]
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_accum(bigint[], integer) RETURNS bigint[]
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION sx_hist_combine(bigint[], bigint[]) RETURNS bigint[]
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_final(bigint[]) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_final(bigint[]) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_net_final(bigint[]) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION csat_accum(bigint[], integer) IS 'csat transition: histogram of answers 1..5';
COMMENT ON FUNCTION ces_accum(bigint[], integer) IS 'ces transition: histogram of answers 1..7';
COMMENT ON FUNCTION sx_hist_combine(bigint[], bigint[]) IS 'combine two answer histograms';
COMMENT ON FUNCTION csat_final(bigint[]) IS 'CSAT of a histogram: percent answering 4 or 5';
COMMENT ON FUNCTION ces_final(bigint[]) IS 'CES of a histogram: mean answer';
COMMENT ON FUNCTION ces_net_final(bigint[]) IS 'net CES of a histogram: percent 6-7 minus percent 1-3';
CREATE AGGREGATE csat(answer integer) (
	SFUNC = csat_accum, STYPE = bigint[], INITCOND = '{0,0,0,0,0}',
	FINALFUNC = csat_final, COMBINEFUNC = sx_hist_combine, PARALLEL = SAFE
);
CREATE AGGREGATE ces(answer integer) (
	SFUNC = ces_accum, STYPE = bigint[], INITCOND = '{0,0,0,0,0,0,0}',
	FINALFUNC = ces_final, COMBINEFUNC = sx_hist_combine, PARALLEL = SAFE
);
CREATE AGGREGATE ces_net(answer integer) (
	SFUNC = ces_accum, STYPE = bigint[], INITCOND = '{0,0,0,0,0,0,0}',
	FINALFUNC = ces_net_final, COMBINEFUNC = sx_hist_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE csat(integer) IS
	'CSAT: percent of 1..5 answers that are 4 or 5 (top-2-box); NULLs skipped, 22003 outside 1..5';
COMMENT ON AGGREGATE ces(integer) IS
	'CES: mean of 1..7 answers; NULLs skipped, 22003 outside 1..7';
COMMENT ON AGGREGATE ces_net(integer) IS
	'net CES: percent 6-7 minus percent 1-3 of 1..7 answers';

------------------------------------------------------------------------
-- Reference data (read by anyone; recreated by CREATE EXTENSION)
------------------------------------------------------------------------

CREATE TABLE pyramid_levels (
	level pyramid_level PRIMARY KEY,
	number integer NOT NULL UNIQUE,
	name text NOT NULL,
	perceived text NOT NULL,
	leads_to text NOT NULL
);
INSERT INTO pyramid_levels VALUES
 ('L0', 0, 'promise not kept', 'the promise is not delivered', 'dissatisfaction'),
 ('L1', 1, 'core service proposition', 'the promise is delivered', 'satisfaction'),
 ('L2', 2, 'customer feedback management', 'problems and queries are dealt with well', 'satisfaction'),
 ('L3', 3, 'individual excellent service provision',
  'warm, genuine, personalized, tailor-made; the customer feels valued', 'delight'),
 ('L4', 4, 'surprisingly excellent service provision',
  'expectations exceeded; surprise and joy', 'delight');
COMMENT ON TABLE pyramid_levels IS 'reference: the levels of the service excellence pyramid (ISO 23592)';

CREATE TABLE kano_categories (
	category kano_category PRIMARY KEY,
	letter text NOT NULL UNIQUE,
	kano_name text NOT NULL,
	iso16355_name text NOT NULL,
	pyramid_role pyramid_level,
	meaning text NOT NULL
);
INSERT INTO kano_categories VALUES
 ('M', 'M', 'must-be', 'expected', 'L1', 'dissatisfier: its absence dissatisfies, its presence is taken for granted'),
 ('O', 'O', 'one-dimensional', 'desired', 'L3', 'satisfier: the more, the better'),
 ('A', 'A', 'attractive', 'exciting', 'L4', 'delighter: its presence delights, its absence is not missed'),
 ('I', 'I', 'indifferent', 'indifferent', NULL, 'neither present nor absent matters'),
 ('R', 'R', 'reverse', 'reverse', NULL, 'undesired: its presence dissatisfies'),
 ('Q', 'Q', 'questionable', 'questionable', NULL, 'illogical answer pair');
COMMENT ON TABLE kano_categories IS 'reference: Kano categories, their names and pyramid roles';

CREATE TABLE participation_levels (
	level integer PRIMARY KEY CHECK (level BETWEEN 1 AND 6),
	description text NOT NULL
);
INSERT INTO participation_levels VALUES
 (1, 'accept'), (2, 'express needs clearly'), (3, 'use efficiently and effectively'),
 (4, 'give feedback'), (5, 'recommend to others'), (6, 'feel psychological ownership');
COMMENT ON TABLE participation_levels IS
	'reference: levels of active customer participation (ISO/TS 24082 annex C)';

CREATE TABLE centricity_levels (
	level integer PRIMARY KEY CHECK (level BETWEEN 1 AND 6),
	rationale text NOT NULL
);
INSERT INTO centricity_levels VALUES
 (1, 'rewards'), (2, 'regulations'), (3, 'requests from customers'),
 (4, 'observation from the customer''s point of view'), (5, 'empathy for customers'),
 (6, 'social interest (community feeling)');
COMMENT ON TABLE centricity_levels IS
	'reference: levels of the service provider''s customer-centricity (ISO/TS 24082 annex C)';

GRANT SELECT ON pyramid_levels, kano_categories, participation_levels, centricity_levels TO PUBLIC;

--@1.1
------------------------------------------------------------------------
-- The data model: tables for surveys, journeys and observations, and the
-- views BI tools read.  It is not part of the extension: create_data_model
-- makes it in a schema of the caller's choice, owned by the caller (or by
-- the role given), so that the data belongs to its owner, DROP EXTENSION
-- cannot drop it, and pg_dump dumps it like any other table.  Run on a
-- schema that already holds it (of this or an earlier version), the same
-- function brings it to this version without losing a row: every
-- statement is CREATE ... IF NOT EXISTS, ADD COLUMN IF NOT EXISTS or
-- CREATE OR REPLACE, and a constraint that changed is replaced only when
-- every existing row satisfies the new one.
------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION create_data_model(target_schema name, owner regrole DEFAULT NULL)
	RETURNS void
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	SET client_min_messages = warning
	AS $function$
DECLARE
	s text := quote_ident(target_schema);
	new_owner regrole := coalesce(owner, current_user::regrole);
	migration record;
	violations bigint;
	rel record;
BEGIN
	IF target_schema IS NULL THEN
		RAISE EXCEPTION 'the schema of the data model must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	EXECUTE format('CREATE SCHEMA IF NOT EXISTS %s AUTHORIZATION %s', s, new_owner);
	EXECUTE replace($ddl$
CREATE TABLE IF NOT EXISTS @s@.survey (
	survey_id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	name text NOT NULL CONSTRAINT survey_name_unique UNIQUE,
	started_on date,
	description text
);
COMMENT ON TABLE @s@.survey IS 'Kano surveys';

CREATE TABLE IF NOT EXISTS @s@.feature (
	feature_id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	survey_id integer NOT NULL REFERENCES @s@.survey,
	name text NOT NULL,
	description text,
	CONSTRAINT feature_name_unique UNIQUE (survey_id, name),
	CONSTRAINT feature_survey_unique UNIQUE (survey_id, feature_id)
);
COMMENT ON TABLE @s@.feature IS 'features (requirements) asked about in a Kano survey';

CREATE TABLE IF NOT EXISTS @s@.kano_response (
	response_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	survey_id integer NOT NULL,
	feature_id integer NOT NULL,
	respondent text,
	segment text,
	functional sx.kano_answer,
	dysfunctional sx.kano_answer,
	importance double precision
		CONSTRAINT kano_response_importance_0_1000
		CHECK (importance >= 0 AND importance <= 1000),
	answered_at timestamptz NOT NULL DEFAULT now(),
	CONSTRAINT kano_response_feature_of_survey FOREIGN KEY (survey_id, feature_id)
		REFERENCES @s@.feature (survey_id, feature_id)
);
CREATE INDEX IF NOT EXISTS kano_response_feature ON @s@.kano_response (survey_id, feature_id);
COMMENT ON TABLE @s@.kano_response IS
	'Kano answers: one functional/dysfunctional pair per respondent and feature';

CREATE TABLE IF NOT EXISTS @s@.journey (
	journey_id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	name text NOT NULL CONSTRAINT journey_name_unique UNIQUE,
	description text
);
COMMENT ON TABLE @s@.journey IS 'customer journeys';

CREATE TABLE IF NOT EXISTS @s@.touchpoint (
	touchpoint_id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	journey_id integer NOT NULL REFERENCES @s@.journey,
	stage text NOT NULL,
	stage_order integer NOT NULL DEFAULT 0,
	name text NOT NULL,
	owner text NOT NULL
		CONSTRAINT touchpoint_owner_kind
		CHECK (owner IN ('brand', 'partner', 'customer', 'social')),
	channel text NOT NULL
		CONSTRAINT touchpoint_channel_kind CHECK (channel IN ('physical', 'virtual')),
	critical boolean NOT NULL DEFAULT false,
	agility double precision NOT NULL DEFAULT 1
		CONSTRAINT touchpoint_agility_range CHECK (agility BETWEEN 1e-6 AND 1e6),
	CONSTRAINT touchpoint_name_unique UNIQUE (journey_id, name)
);
COMMENT ON TABLE @s@.touchpoint IS
	'touchpoints of a journey: stage, owner (brand, partner, customer, social), channel, moment of truth, co-creation agility';

CREATE TABLE IF NOT EXISTS @s@.observation (
	observation_id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	touchpoint_id integer NOT NULL REFERENCES @s@.touchpoint,
	customer_ref text,
	observed_at timestamptz NOT NULL DEFAULT now(),
	promise_kept boolean,
	issue_resolved boolean,
	felt_valued boolean,
	surprised boolean,
	centricity smallint CONSTRAINT observation_centricity_1_6 CHECK (centricity BETWEEN 1 AND 6),
	participation smallint
		CONSTRAINT observation_participation_1_6 CHECK (participation BETWEEN 1 AND 6),
	data_scale double precision
		CONSTRAINT observation_data_scale_1_1e6 CHECK (data_scale >= 1 AND data_scale <= 1e6),
	nps smallint CONSTRAINT observation_nps_0_10 CHECK (nps BETWEEN 0 AND 10),
	csat smallint CONSTRAINT observation_csat_1_5 CHECK (csat BETWEEN 1 AND 5),
	ces smallint CONSTRAINT observation_ces_1_7 CHECK (ces BETWEEN 1 AND 7)
);
CREATE INDEX IF NOT EXISTS observation_touchpoint ON @s@.observation (touchpoint_id);
COMMENT ON TABLE @s@.observation IS
	'observed interactions at a touchpoint: pyramid evidence, co-creation levels, data scale, NPS, CSAT, CES';

COMMENT ON SEQUENCE @s@.survey_survey_id_seq IS 'identity of survey';
COMMENT ON SEQUENCE @s@.feature_feature_id_seq IS 'identity of feature';
COMMENT ON SEQUENCE @s@.kano_response_response_id_seq IS 'identity of kano_response';
COMMENT ON SEQUENCE @s@.journey_journey_id_seq IS 'identity of journey';
COMMENT ON SEQUENCE @s@.touchpoint_touchpoint_id_seq IS 'identity of touchpoint';
COMMENT ON SEQUENCE @s@.observation_observation_id_seq IS 'identity of observation';


CREATE OR REPLACE VIEW @s@.kano_feature_report WITH (security_invoker = true) AS
SELECT s.survey_id, sv.name AS survey, s.feature_id, f.name AS feature,
	   s.segment, s.all_segments,
	   k.n, k.incomplete, k.a, k.o, k.m, k.i, k.q, k.r,
	   k.category::text AS category, sx.kano_category_name(k.category) AS category_name,
	   sx.kano_pyramid_role(k.category)::integer AS pyramid_role,
	   k.better, k.better_low, k.better_high, k.worse, k.worse_low, k.worse_high,
	   k.total_strength, k.category_strength, k.significant,
	   k.functional_mean, k.functional_sd, k.dysfunctional_mean, k.dysfunctional_sd,
	   k.importance_mean
FROM (SELECT r.survey_id, r.feature_id, r.segment,
			 GROUPING(r.segment) = 1 AS all_segments,
			 sx.kano_agg(r.functional, r.dysfunctional, r.importance) AS result
	  FROM @s@.kano_response r
	  GROUP BY r.survey_id, r.feature_id, ROLLUP (r.segment)) s
JOIN @s@.survey sv ON sv.survey_id = s.survey_id
JOIN @s@.feature f ON f.feature_id = s.feature_id
CROSS JOIN LATERAL sx.kano_report(s.result) k;
COMMENT ON VIEW @s@.kano_feature_report IS
	'Kano report per survey, feature and segment, plus one row per feature over all segments (all_segments)';

-- One pass over the observations at three grains; each row's figures come
-- from the mergeable results of all its observations, never from
-- averaging the figures of the rows below it.
CREATE OR REPLACE VIEW @s@.experience_rollup WITH (security_invoker = true) AS
SELECT CASE WHEN g.g_touchpoint = 0 THEN 'touchpoint'
			WHEN g.g_stage = 0 THEN 'stage' ELSE 'journey' END AS grain,
	   g.journey_id, g.journey, g.stage,
	   CASE WHEN g.g_stage = 0 THEN g.stage_order END AS stage_order,
	   g.touchpoint_id, g.touchpoint, g.owner, g.channel, g.critical,
	   p.n, p.share_l1, p.share_l2, p.share_l3, p.share_l4,
	   p.attained::integer AS attained_level, sx.pyramid_level_name(p.attained) AS attained_name,
	   p.unfounded,
	   sx.nps_n(g.nps) AS nps_n, sx.nps(g.nps) AS nps, sx.nps_low(g.nps) AS nps_low,
	   sx.nps_high(g.nps) AS nps_high, g.csat, g.ces,
	   g.centricity, g.participation, l.cooperation, g.data_scale,
	   l.verdict AS leverage_verdict, l.launch_height, l.optimal_data_scale, l.optimal_height
FROM (SELECT t.journey_id, j.name AS journey, t.stage, min(t.stage_order) AS stage_order,
			 t.touchpoint_id, t.name AS touchpoint, t.owner, t.channel, t.critical,
			 GROUPING(t.stage) AS g_stage, GROUPING(t.touchpoint_id) AS g_touchpoint,
			 sx.pyramid_agg(o.promise_kept, o.issue_resolved, o.felt_valued, o.surprised)
				FILTER (WHERE o.observation_id IS NOT NULL) AS pyramid,
			 sx.nps_agg(o.nps) AS nps, sx.csat(o.csat) AS csat, sx.ces(o.ces) AS ces,
			 avg(o.centricity)::double precision AS centricity,
			 avg(o.participation)::double precision AS participation,
			 avg(o.data_scale::numeric)::double precision AS data_scale,
			 avg(t.agility::numeric) FILTER (WHERE o.observation_id IS NOT NULL)::double precision AS agility
	  FROM @s@.touchpoint t
	  JOIN @s@.journey j ON j.journey_id = t.journey_id
	  LEFT JOIN @s@.observation o ON o.touchpoint_id = t.touchpoint_id
	  GROUP BY t.journey_id, j.name,
			   ROLLUP (t.stage, (t.touchpoint_id, t.name, t.owner, t.channel, t.critical))) g
CROSS JOIN LATERAL sx.pyramid_report(g.pyramid) p
LEFT JOIN LATERAL sx.leverage_score(g.centricity, g.participation, g.data_scale, g.agility) l ON true;
COMMENT ON VIEW @s@.experience_rollup IS
	'experience figures per touchpoint, journey stage and journey (grain), computed from all observations of each';

CREATE OR REPLACE VIEW @s@.touchpoint_report WITH (security_invoker = true) AS
SELECT journey_id, journey, stage, stage_order, touchpoint_id, touchpoint, owner, channel,
	   critical, n, share_l1, share_l2, share_l3, share_l4, attained_level, attained_name,
	   unfounded, nps_n, nps, nps_low, nps_high, csat, ces, centricity, participation,
	   cooperation, data_scale, leverage_verdict, launch_height, optimal_data_scale,
	   optimal_height
FROM @s@.experience_rollup
WHERE grain = 'touchpoint';
COMMENT ON VIEW @s@.touchpoint_report IS
	'per touchpoint: pyramid level shares and attained level, unfounded delight, NPS with interval, CSAT, CES, co-creation and leverage';

CREATE OR REPLACE VIEW @s@.journey_report WITH (security_invoker = true) AS
SELECT grain, journey_id, journey, stage, stage_order, n, share_l1, share_l2, share_l3,
	   share_l4, attained_level, attained_name, unfounded, nps_n, nps, nps_low, nps_high,
	   csat, ces, centricity, participation, cooperation, data_scale, leverage_verdict,
	   launch_height, optimal_data_scale, optimal_height
FROM @s@.experience_rollup
WHERE grain IN ('stage', 'journey');
COMMENT ON VIEW @s@.journey_report IS
	'the touchpoint figures per journey stage (grain stage) and per journey (grain journey), from all their observations';
$ddl$, '@s@', s);

	-- constraints that 1.1 tightened to meaningful ranges (see README)
	FOR migration IN
		SELECT * FROM (VALUES
			('kano_response', 'kano_response_importance_finite',
			 'kano_response_importance_0_1000', 'importance >= 0 AND importance <= 1000',
			 'importance outside 0..1000'),
			('observation', 'observation_data_scale_range',
			 'observation_data_scale_1_1e6', 'data_scale >= 1 AND data_scale <= 1e6',
			 'data_scale outside 1..1e6')) AS m(rel, old_name, new_name, expr, what)
	LOOP
		CONTINUE WHEN EXISTS (SELECT 1 FROM pg_constraint
							  WHERE conrelid = format('%s.%I', s, migration.rel)::regclass
								AND conname = migration.new_name);
		EXECUTE format('SELECT count(*) FROM %s.%I WHERE NOT (%s)', s, migration.rel,
					   migration.expr) INTO violations;
		IF violations > 0 THEN
			RAISE EXCEPTION 'cannot bring the data model in schema % to sx 1.1', target_schema
				USING ERRCODE = 'check_violation',
					  DETAIL = format('%s rows of %s.%I have %s.', violations, s,
									  migration.rel, migration.what),
					  HINT = 'Correct or delete those rows, then run the command again.';
		END IF;
		EXECUTE format('ALTER TABLE %s.%I DROP CONSTRAINT IF EXISTS %I, ADD CONSTRAINT %I CHECK (%s)',
					   s, migration.rel, migration.old_name, migration.new_name, migration.expr);
	END LOOP;

	IF owner IS NOT NULL THEN
		FOR rel IN
			SELECT c.oid::regclass AS name, c.relkind
			FROM pg_class c
			WHERE c.relnamespace = s::regnamespace
			  AND c.relname IN (SELECT m.relation FROM sx.data_model_relations() m)
		LOOP
			EXECUTE format('ALTER %s %s OWNER TO %s',
						   CASE rel.relkind WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END,
						   rel.name, new_owner);
		END LOOP;
	END IF;
END
$function$;
COMMENT ON FUNCTION create_data_model(name, regrole) IS
	'create (or bring to this version) the sx data model in a schema, owned by the caller or by owner; volatile, parallel unsafe: it runs DDL';

-- The relations of the data model, for the functions that move or own it
CREATE OR REPLACE FUNCTION data_model_relations()
	RETURNS TABLE (relation name, kind "char")
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT v.relation::name, v.kind::"char"
	FROM (VALUES ('survey', 'r'), ('feature', 'r'), ('kano_response', 'r'), ('journey', 'r'),
				 ('touchpoint', 'r'), ('observation', 'r'), ('kano_feature_report', 'v'),
				 ('experience_rollup', 'v'), ('touchpoint_report', 'v'),
				 ('journey_report', 'v')) AS v(relation, kind)
	$$;
COMMENT ON FUNCTION data_model_relations() IS
	'the tables (kind r) and views (kind v) that create_data_model makes';

-- Move a data model (such as the one sx 1.0 kept in schema sx) to another
-- schema, with every row; references to it by OID (views, foreign keys)
-- follow it, queries that name the old schema must be changed
CREATE OR REPLACE FUNCTION move_data_model(from_schema name, to_schema name)
	RETURNS void
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	SET client_min_messages = warning
	AS $function$
DECLARE
	rel record;
	taken text;
BEGIN
	IF from_schema IS NULL OR to_schema IS NULL THEN
		RAISE EXCEPTION 'the schemas of move_data_model must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF from_schema = to_schema THEN
		RAISE EXCEPTION 'the data model is in schema % already', to_schema
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	-- every table of the model, so that tables of the same names elsewhere
	-- are never taken for one
	IF to_regnamespace(quote_ident(from_schema)) IS NULL OR EXISTS (
		SELECT 1 FROM sx.data_model_relations() m
		WHERE m.kind = 'r'
		  AND to_regclass(format('%I.%I', from_schema, m.relation)) IS NULL) THEN
		RAISE EXCEPTION 'schema % holds no sx data model', from_schema
			USING ERRCODE = 'undefined_table',
				  DETAIL = 'A data model has the tables survey, feature, kano_response, journey, touchpoint and observation.';
	END IF;
	EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', to_schema);
	SELECT string_agg(m.relation, ', ') INTO taken
	FROM sx.data_model_relations() m
	WHERE to_regclass(format('%I.%I', to_schema, m.relation)) IS NOT NULL;
	IF taken IS NOT NULL THEN
		RAISE EXCEPTION 'schema % already holds %', to_schema, taken
			USING ERRCODE = 'duplicate_table',
				  HINT = 'Move the data model to a schema that has none of its relations.';
	END IF;
	FOR rel IN
		SELECT m.relation, m.kind FROM sx.data_model_relations() m
		WHERE to_regclass(format('%I.%I', from_schema, m.relation)) IS NOT NULL
	LOOP
		EXECUTE format('ALTER %s %I.%I SET SCHEMA %I',
					   CASE rel.kind WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END,
					   from_schema, rel.relation, to_schema);
	END LOOP;
END
$function$;
COMMENT ON FUNCTION move_data_model(name, name) IS
	'move the sx data model from one schema to another with its rows (e.g. out of schema sx after updating from 1.0); volatile, parallel unsafe: it runs DDL';
--@end

--@1.1
------------------------------------------------------------------------
-- Charts: aggregates that return a complete standalone SVG document.
-- Their state, chart_points, holds the parameters and one item per row
-- (a label and its counts or values) in the order the rows came; states
-- merge by concatenation, and the final function sorts the items by label
-- (natural order) and adds up a label given twice, so a chart is the same
-- text whatever the order of the rows or the plan.  Aggregates take no
-- DEFAULTs, so each optional argument is one more overload.
------------------------------------------------------------------------

CREATE TYPE chart_points;
CREATE FUNCTION chart_points_in(cstring) RETURNS chart_points
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION chart_points_out(chart_points) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- A state grows in place: its size is the room allocated, so it may be
-- large; extended storage lets a stored one be compressed and toasted.
CREATE TYPE chart_points (
	INPUT = chart_points_in,
	OUTPUT = chart_points_out,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE chart_points IS
	'state of the chart aggregates: the chart''s parameters and one item per row (lossless text form)';
COMMENT ON FUNCTION chart_points_in(cstring) IS
	'chart_points text input: kind, parameters and items, as chart_points_out writes them (validated)';
COMMENT ON FUNCTION chart_points_out(chart_points) IS 'chart_points text output (lossless)';

-- The combine function of every chart aggregate
CREATE FUNCTION chart_points_merge(chart_points, chart_points) RETURNS chart_points
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION chart_points_merge(chart_points, chart_points) IS
	'chart aggregates combine: the items of both states (their parameters must be equal)';

-- Transition functions are not strict: a NULL result or value is a label
-- without data, a NULL label a row that adds nothing.
CREATE FUNCTION kano_chart_trans(chart_points, text, kano_result) RETURNS chart_points
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION kano_chart_trans(chart_points, text, kano_result, double precision)
	RETURNS chart_points
	AS 'MODULE_PATHNAME', 'kano_chart_trans_divider' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION kano_chart_trans(chart_points, text, kano_result, double precision, text)
	RETURNS chart_points
	AS 'MODULE_PATHNAME', 'kano_chart_trans_scheme' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION kano_chart_trans(chart_points, text, kano_result, double precision, text, text)
	RETURNS chart_points
	AS 'MODULE_PATHNAME', 'kano_chart_trans_title' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION kano_chart_final(chart_points) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kano_chart_trans(chart_points, text, kano_result) IS
	'kano_chart transition: one label and its result';
COMMENT ON FUNCTION kano_chart_trans(chart_points, text, kano_result, double precision) IS
	'kano_chart transition: one label and its result, quadrant divider';
COMMENT ON FUNCTION kano_chart_trans(chart_points, text, kano_result, double precision, text) IS
	'kano_chart transition: one label and its result, divider, scheme';
COMMENT ON FUNCTION kano_chart_trans(chart_points, text, kano_result, double precision, text, text) IS
	'kano_chart transition: one label and its result, divider, scheme, title';
COMMENT ON FUNCTION kano_chart_final(chart_points) IS
	'kano_chart final: the Better-Worse diagram as an SVG document';

CREATE AGGREGATE kano_chart(label text, result kano_result) (
	SFUNC = kano_chart_trans, STYPE = chart_points, INITCOND = 'kano',
	FINALFUNC = kano_chart_final, COMBINEFUNC = chart_points_merge, PARALLEL = SAFE
);
CREATE AGGREGATE kano_chart(label text, result kano_result, divider double precision) (
	SFUNC = kano_chart_trans, STYPE = chart_points, INITCOND = 'kano',
	FINALFUNC = kano_chart_final, COMBINEFUNC = chart_points_merge, PARALLEL = SAFE
);
CREATE AGGREGATE kano_chart(label text, result kano_result, divider double precision,
							scheme text) (
	SFUNC = kano_chart_trans, STYPE = chart_points, INITCOND = 'kano',
	FINALFUNC = kano_chart_final, COMBINEFUNC = chart_points_merge, PARALLEL = SAFE
);
CREATE AGGREGATE kano_chart(label text, result kano_result, divider double precision,
							scheme text, title text) (
	SFUNC = kano_chart_trans, STYPE = chart_points, INITCOND = 'kano',
	FINALFUNC = kano_chart_final, COMBINEFUNC = chart_points_merge, PARALLEL = SAFE
);
COMMENT ON AGGREGATE kano_chart(text, kano_result) IS
	'Better-Worse diagram (SVG) of one Kano result per label: quadrants at 0.5, scheme iso24082';
COMMENT ON AGGREGATE kano_chart(text, kano_result, double precision) IS
	'Better-Worse diagram (SVG) with the quadrants divided at divider, in (0, 1)';
COMMENT ON AGGREGATE kano_chart(text, kano_result, double precision, text) IS
	'Better-Worse diagram (SVG) under an evaluation scheme';
COMMENT ON AGGREGATE kano_chart(text, kano_result, double precision, text, text) IS
	'Better-Worse diagram (SVG) with a title (NULL: no heading)';

CREATE FUNCTION pyramid_chart_trans(chart_points, text, pyramid_result) RETURNS chart_points
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION pyramid_chart_trans(chart_points, text, pyramid_result, double precision[])
	RETURNS chart_points
	AS 'MODULE_PATHNAME', 'pyramid_chart_trans_thresholds' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION pyramid_chart_final(chart_points) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pyramid_chart_trans(chart_points, text, pyramid_result) IS
	'pyramid_chart transition: one label and its result';
COMMENT ON FUNCTION pyramid_chart_trans(chart_points, text, pyramid_result, double precision[]) IS
	'pyramid_chart transition: one label and its result, thresholds';
COMMENT ON FUNCTION pyramid_chart_final(chart_points) IS
	'pyramid_chart final: the level bars as an SVG document';
CREATE AGGREGATE pyramid_chart(label text, result pyramid_result) (
	SFUNC = pyramid_chart_trans, STYPE = chart_points, INITCOND = 'pyramid',
	FINALFUNC = pyramid_chart_final, COMBINEFUNC = chart_points_merge, PARALLEL = SAFE
);
CREATE AGGREGATE pyramid_chart(label text, result pyramid_result,
							   thresholds double precision[]) (
	SFUNC = pyramid_chart_trans, STYPE = chart_points, INITCOND = 'pyramid',
	FINALFUNC = pyramid_chart_final, COMBINEFUNC = chart_points_merge, PARALLEL = SAFE
);
COMMENT ON AGGREGATE pyramid_chart(text, pyramid_result) IS
	'pyramid levels per label (SVG): shares at each level or above, thresholds {0.9,0.8,0.5,0.2}, attained level';
COMMENT ON AGGREGATE pyramid_chart(text, pyramid_result, double precision[]) IS
	'pyramid levels per label (SVG) against 4 thresholds in [0, 1]';

CREATE FUNCTION trend_chart_trans(chart_points, text, date, double precision,
								  double precision, double precision) RETURNS chart_points
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION trend_chart_final(chart_points) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION trend_chart_trans(chart_points, text, date, double precision,
									  double precision, double precision) IS
	'trend_chart transition: one series, period, value and interval';
COMMENT ON FUNCTION trend_chart_final(chart_points) IS
	'trend_chart final: the lines and bands as an SVG document';
CREATE AGGREGATE trend_chart(series text, period date, value double precision,
							 low double precision, high double precision) (
	SFUNC = trend_chart_trans, STYPE = chart_points, INITCOND = 'trend',
	FINALFUNC = trend_chart_final, COMBINEFUNC = chart_points_merge, PARALLEL = SAFE
);
COMMENT ON AGGREGATE trend_chart(text, date, double precision, double precision, double precision) IS
	'lines over periods (SVG), one per series, with the interval low..high as a band; NULL figures skipped';

CREATE FUNCTION radar_chart_trans(chart_points, text, text, double precision)
	RETURNS chart_points
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION radar_chart_trans(chart_points, text, text, double precision, double precision)
	RETURNS chart_points
	AS 'MODULE_PATHNAME', 'radar_chart_trans_max' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION radar_chart_final(chart_points) RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION radar_chart_trans(chart_points, text, text, double precision) IS
	'radar_chart transition: one axis, series and value';
COMMENT ON FUNCTION radar_chart_trans(chart_points, text, text, double precision, double precision) IS
	'radar_chart transition: one axis, series and value, the outer ring''s value';
COMMENT ON FUNCTION radar_chart_final(chart_points) IS
	'radar_chart final: the polygons as an SVG document';
CREATE AGGREGATE radar_chart(axis text, series text, value double precision) (
	SFUNC = radar_chart_trans, STYPE = chart_points, INITCOND = 'radar',
	FINALFUNC = radar_chart_final, COMBINEFUNC = chart_points_merge, PARALLEL = SAFE
);
CREATE AGGREGATE radar_chart(axis text, series text, value double precision,
							 max double precision) (
	SFUNC = radar_chart_trans, STYPE = chart_points, INITCOND = 'radar',
	FINALFUNC = radar_chart_final, COMBINEFUNC = chart_points_merge, PARALLEL = SAFE
);
COMMENT ON AGGREGATE radar_chart(text, text, double precision) IS
	'radar chart (SVG): one polygon per series over axes in natural order of their labels, values 0..4';
COMMENT ON AGGREGATE radar_chart(text, text, double precision, double precision) IS
	'radar chart (SVG) with values 0..max';

CREATE FUNCTION kano_quadrant(result kano_result, divider double precision DEFAULT 0.5,
							  scheme text DEFAULT 'iso24082') RETURNS kano_category
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kano_quadrant(kano_result, double precision, text) IS
	'quadrant of the Better-Worse diagram the group''s point lies in: A, O, M or I; NULL when D = 0';
--@end
