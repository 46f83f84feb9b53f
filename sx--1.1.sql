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
--@1.1
-- Subtraction undoes a merge: the rows of b removed from a, as a rollup
-- removes deleted rows.  b must be part of a (22003 otherwise).
CREATE OR REPLACE FUNCTION kano_result_subtract(kano_result, kano_result) RETURNS kano_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kano_result_subtract(kano_result, kano_result) IS
	'a kano_result without the rows of another that is part of it';
CREATE OPERATOR - (
	LEFTARG = kano_result, RIGHTARG = kano_result, FUNCTION = kano_result_subtract
);
COMMENT ON OPERATOR - (kano_result, kano_result) IS 'remove a part of a Kano group';
--@end

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
--@1.1
-- What kano_report returns: a named composite type, not record through OUT
-- parameters, so that a report computed on a postgres_fdw shard comes back
-- (a remote row of an anonymous record type cannot be read).  1.0's
-- function is changed in place by the update, with its OID and the views
-- that call it (update/sx--1.0--1.1.sql).
CREATE TYPE kano_report AS (
	n bigint, incomplete bigint,
	a bigint, o bigint, m bigint, i bigint, q bigint, r bigint,
	category kano_category,
	better double precision, better_low double precision, better_high double precision,
	worse double precision, worse_low double precision, worse_high double precision,
	total_strength double precision, category_strength double precision,
	significant boolean,
	functional_mean double precision, functional_sd double precision,
	dysfunctional_mean double precision, dysfunctional_sd double precision,
	importance_mean double precision
);
COMMENT ON TYPE kano_report IS 'every figure of a Kano group, as kano_report returns them';
COMMENT ON COLUMN kano_report.n IS 'number of complete answer pairs (kano_n)';
COMMENT ON COLUMN kano_report.incomplete IS 'rows with exactly one answer missing (kano_incomplete)';
COMMENT ON COLUMN kano_report.a IS 'pairs the scheme classifies attractive';
COMMENT ON COLUMN kano_report.o IS 'pairs the scheme classifies one-dimensional';
COMMENT ON COLUMN kano_report.m IS 'pairs the scheme classifies must-be';
COMMENT ON COLUMN kano_report.i IS 'pairs the scheme classifies indifferent';
COMMENT ON COLUMN kano_report.q IS 'pairs the scheme classifies questionable';
COMMENT ON COLUMN kano_report.r IS 'pairs the scheme classifies reverse';
COMMENT ON COLUMN kano_report.category IS 'dominant category under the rule (kano_category); NULL when empty';
COMMENT ON COLUMN kano_report.better IS 'Better, (A+O)/(A+O+M+I) (kano_better)';
COMMENT ON COLUMN kano_report.better_low IS 'lower bound of the Wilson interval of Better at the confidence';
COMMENT ON COLUMN kano_report.better_high IS 'upper bound of the Wilson interval of Better at the confidence';
COMMENT ON COLUMN kano_report.worse IS 'Worse, -(O+M)/(A+O+M+I) (kano_worse)';
COMMENT ON COLUMN kano_report.worse_low IS 'lower (more negative) bound of the Wilson interval of Worse';
COMMENT ON COLUMN kano_report.worse_high IS 'upper bound of the Wilson interval of Worse';
COMMENT ON COLUMN kano_report.total_strength IS 'total strength, (A+O+M)/N (kano_total_strength)';
COMMENT ON COLUMN kano_report.category_strength IS 'category strength (kano_category_strength)';
COMMENT ON COLUMN kano_report.significant IS 'Fong''s test (kano_significant); NULL when empty';
COMMENT ON COLUMN kano_report.functional_mean IS 'mean functional score (kano_functional_mean)';
COMMENT ON COLUMN kano_report.functional_sd IS 'sample SD of the functional score (kano_functional_sd)';
COMMENT ON COLUMN kano_report.dysfunctional_mean IS 'mean dysfunctional score (kano_dysfunctional_mean)';
COMMENT ON COLUMN kano_report.dysfunctional_sd IS 'sample SD of the dysfunctional score (kano_dysfunctional_sd)';
COMMENT ON COLUMN kano_report.importance_mean IS 'mean self-stated importance (kano_importance_mean)';
--@end
CREATE FUNCTION kano_report(result kano_result, scheme text DEFAULT 'iso24082',
							rule text DEFAULT 'mode',
							confidence double precision DEFAULT 0.95)
	RETURNS kano_report
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
--@1.1
CREATE OR REPLACE FUNCTION pyramid_result_subtract(pyramid_result, pyramid_result) RETURNS pyramid_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pyramid_result_subtract(pyramid_result, pyramid_result) IS
	'a pyramid_result without the observations of another that is part of it';
CREATE OPERATOR - (
	LEFTARG = pyramid_result, RIGHTARG = pyramid_result, FUNCTION = pyramid_result_subtract
);
COMMENT ON OPERATOR - (pyramid_result, pyramid_result) IS 'remove a part of a pyramid group';
--@end

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
--@1.1
-- What pyramid_report returns (a named type: see kano_report)
CREATE TYPE pyramid_report AS (
	n bigint, l0 bigint, l1 bigint, l2 bigint, l3 bigint, l4 bigint,
	share_l1 double precision, share_l2 double precision,
	share_l3 double precision, share_l4 double precision,
	attained pyramid_level, unfounded bigint
);
COMMENT ON TYPE pyramid_report IS 'every pyramid figure of a group, as pyramid_report returns them';
COMMENT ON COLUMN pyramid_report.n IS 'number of observations (pyramid_n)';
COMMENT ON COLUMN pyramid_report.l0 IS 'observations at exactly level 0';
COMMENT ON COLUMN pyramid_report.l1 IS 'observations at exactly level 1';
COMMENT ON COLUMN pyramid_report.l2 IS 'observations at exactly level 2';
COMMENT ON COLUMN pyramid_report.l3 IS 'observations at exactly level 3';
COMMENT ON COLUMN pyramid_report.l4 IS 'observations at exactly level 4';
COMMENT ON COLUMN pyramid_report.share_l1 IS 'share at level 1 or above; NULL when empty';
COMMENT ON COLUMN pyramid_report.share_l2 IS 'share at level 2 or above; NULL when empty';
COMMENT ON COLUMN pyramid_report.share_l3 IS 'share at level 3 or above; NULL when empty';
COMMENT ON COLUMN pyramid_report.share_l4 IS 'share at level 4; NULL when empty';
COMMENT ON COLUMN pyramid_report.attained IS 'level the group attains under the thresholds (pyramid_attained)';
COMMENT ON COLUMN pyramid_report.unfounded IS 'observations surprised without reaching level 2 (pyramid_unfounded)';
--@end
CREATE FUNCTION pyramid_report(result pyramid_result,
							   thresholds double precision[] DEFAULT '{0.9,0.8,0.5,0.2}')
	RETURNS pyramid_report
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
--@1.1
CREATE OR REPLACE FUNCTION pyramid_group_label(result pyramid_result,
											   thresholds double precision[] DEFAULT '{0.9,0.8,0.5,0.2}')
	RETURNS text
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION pyramid_group_label(pyramid_result, double precision[]) IS
	'the level a group attains, in words for a group: "below level 1: 89.9 % of promises kept, 90 % needed"; NULL when empty';
--@end

------------------------------------------------------------------------
-- The leverage mechanism (ISO/TS 24082 annex D, this product's formulation)
------------------------------------------------------------------------

--@1.1
-- What leverage_score returns (a named type: see kano_report)
CREATE TYPE leverage_score AS (
	cooperation double precision,
	launch_height double precision,
	optimal_data_scale double precision,
	optimal_height double precision,
	verdict text
);
COMMENT ON TYPE leverage_score IS 'the co-creation lever of a touchpoint, as leverage_score returns it';
COMMENT ON COLUMN leverage_score.cooperation IS 'intense cooperation: centricity x participation';
COMMENT ON COLUMN leverage_score.launch_height IS 'height the ball rises to, the degree of delight (in the unit of the fulcrum height)';
COMMENT ON COLUMN leverage_score.optimal_data_scale IS 'data scale giving the greatest launch height';
COMMENT ON COLUMN leverage_score.optimal_height IS 'launch height at the optimal data scale';
COMMENT ON COLUMN leverage_score.verdict IS 'delight, satisfaction or stalled';
--@end
-- Not strict: a NULL delight threshold means half the fulcrum height
CREATE FUNCTION leverage_score(centricity double precision, participation double precision,
							   data_scale double precision,
							   agility double precision DEFAULT 1,
							   fulcrum_height double precision DEFAULT 1,
							   delight_threshold double precision DEFAULT NULL)
	RETURNS leverage_score
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
--@1.1
CREATE OR REPLACE FUNCTION nps_result_subtract(nps_result, nps_result) RETURNS nps_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION nps_result_subtract(nps_result, nps_result) IS
	'an nps_result without the answers of another that is part of it';
CREATE OPERATOR - (
	LEFTARG = nps_result, RIGHTARG = nps_result, FUNCTION = nps_result_subtract
);
COMMENT ON OPERATOR - (nps_result, nps_result) IS 'remove a part of an NPS group';
--@end
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

--@1.1
-- A share with its Wilson score interval, for figures counted in SQL
CREATE TYPE wilson_interval AS (share double precision, low double precision, high double precision);
COMMENT ON TYPE wilson_interval IS 'a share with its Wilson score interval (wilson_interval)';
COMMENT ON COLUMN wilson_interval.share IS 'successes / trials';
COMMENT ON COLUMN wilson_interval.low IS 'lower bound of the Wilson score interval';
COMMENT ON COLUMN wilson_interval.high IS 'upper bound of the Wilson score interval';
CREATE FUNCTION wilson_interval(successes bigint, trials bigint,
								confidence double precision DEFAULT 0.95)
	RETURNS wilson_interval
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION wilson_interval(bigint, bigint, double precision) IS
	'a share and its Wilson score interval at a confidence; NULL figures for no trials, 22023 unless 0 <= successes <= trials';
--@end

--@1.1
------------------------------------------------------------------------
-- experience_result: everything a touchpoint report needs about a group
-- of observations (pyramid levels, NPS, CSAT and CES answers, co-creation
-- counts and sums), mergeable; what the data model's rollups store
------------------------------------------------------------------------

CREATE TYPE experience_result;
CREATE FUNCTION experience_result_in(cstring) RETURNS experience_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_result_out(experience_result) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_result_recv(internal) RETURNS experience_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_result_send(experience_result) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE experience_result (
	INPUT = experience_result_in,
	OUTPUT = experience_result_out,
	RECEIVE = experience_result_recv,
	SEND = experience_result_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE experience_result IS
	'experience figures of a group of observations: pyramid levels, NPS/CSAT/CES answers, co-creation sums; mergeable';
COMMENT ON FUNCTION experience_result_in(cstring) IS
	'experience_result text input: levels=... unfounded=... nps=... csat=... ces=... centricity=n,sum participation=n,sum data_scale=n,sum (validated)';
COMMENT ON FUNCTION experience_result_out(experience_result) IS 'experience_result text output (lossless)';
COMMENT ON FUNCTION experience_result_recv(internal) IS 'experience_result binary input (validated)';
COMMENT ON FUNCTION experience_result_send(experience_result) IS 'experience_result binary output';

CREATE FUNCTION experience_result_eq(experience_result, experience_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_result_ne(experience_result, experience_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_result_lt(experience_result, experience_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_result_le(experience_result, experience_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_result_gt(experience_result, experience_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_result_ge(experience_result, experience_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_result_cmp(experience_result, experience_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_result_hash(experience_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_result_hash_extended(experience_result, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION experience_result_eq(experience_result, experience_result) IS 'experience_result =';
COMMENT ON FUNCTION experience_result_ne(experience_result, experience_result) IS 'experience_result <>';
COMMENT ON FUNCTION experience_result_lt(experience_result, experience_result) IS 'experience_result <';
COMMENT ON FUNCTION experience_result_le(experience_result, experience_result) IS 'experience_result <=';
COMMENT ON FUNCTION experience_result_gt(experience_result, experience_result) IS 'experience_result >';
COMMENT ON FUNCTION experience_result_ge(experience_result, experience_result) IS 'experience_result >=';
COMMENT ON FUNCTION experience_result_cmp(experience_result, experience_result) IS
	'experience_result btree comparison (field by field)';
COMMENT ON FUNCTION experience_result_hash(experience_result) IS 'experience_result hash';
COMMENT ON FUNCTION experience_result_hash_extended(experience_result, bigint) IS
	'experience_result seeded hash';
CREATE OPERATOR = (
	LEFTARG = experience_result, RIGHTARG = experience_result, FUNCTION = experience_result_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = experience_result, RIGHTARG = experience_result, FUNCTION = experience_result_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = experience_result, RIGHTARG = experience_result, FUNCTION = experience_result_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = experience_result, RIGHTARG = experience_result, FUNCTION = experience_result_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = experience_result, RIGHTARG = experience_result, FUNCTION = experience_result_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = experience_result, RIGHTARG = experience_result, FUNCTION = experience_result_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR = (experience_result, experience_result) IS 'same counts and sums';
COMMENT ON OPERATOR <> (experience_result, experience_result) IS 'not equal';
COMMENT ON OPERATOR < (experience_result, experience_result) IS 'less than (field by field)';
COMMENT ON OPERATOR <= (experience_result, experience_result) IS 'less than or equal (field by field)';
COMMENT ON OPERATOR > (experience_result, experience_result) IS 'greater than (field by field)';
COMMENT ON OPERATOR >= (experience_result, experience_result) IS 'greater than or equal (field by field)';
CREATE OPERATOR CLASS experience_result_ops DEFAULT FOR TYPE experience_result USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 experience_result_cmp(experience_result, experience_result);
CREATE OPERATOR CLASS experience_result_hash_ops DEFAULT FOR TYPE experience_result USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 experience_result_hash(experience_result),
	FUNCTION 2 experience_result_hash_extended(experience_result, bigint);
COMMENT ON OPERATOR CLASS experience_result_ops USING btree IS
	'experience_result btree order (for sorting and grouping only)';
COMMENT ON OPERATOR CLASS experience_result_hash_ops USING hash IS 'experience_result hashing';
COMMENT ON OPERATOR FAMILY experience_result_ops USING btree IS 'experience_result btree operators';
COMMENT ON OPERATOR FAMILY experience_result_hash_ops USING hash IS 'experience_result hash operators';

CREATE FUNCTION experience_result_merge(experience_result, experience_result) RETURNS experience_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION experience_result_merge(experience_result, experience_result) IS
	'sum of two experience_results';
CREATE OPERATOR + (
	LEFTARG = experience_result, RIGHTARG = experience_result,
	FUNCTION = experience_result_merge, COMMUTATOR = +
);
COMMENT ON OPERATOR + (experience_result, experience_result) IS 'merge two groups of observations';
CREATE FUNCTION experience_result_subtract(experience_result, experience_result) RETURNS experience_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION experience_result_subtract(experience_result, experience_result) IS
	'an experience_result without the observations of another that is part of it';
CREATE OPERATOR - (
	LEFTARG = experience_result, RIGHTARG = experience_result, FUNCTION = experience_result_subtract
);
COMMENT ON OPERATOR - (experience_result, experience_result) IS 'remove a part of a group of observations';

CREATE FUNCTION experience_result_pack(experience_result) RETURNS experience_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION experience_result_pack(experience_result) IS
	'the same value in its stored form (varints, about a sixth of an aggregate''s state): the final function of experience_agg and experience_merge';
CREATE FUNCTION experience_agg_trans(experience_result, boolean, boolean, boolean, boolean,
									 integer, integer, integer, integer, integer,
									 double precision, boolean, boolean)
	RETURNS experience_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
CREATE FUNCTION experience_agg_inv(experience_result, boolean, boolean, boolean, boolean,
								   integer, integer, integer, integer, integer,
								   double precision, boolean, boolean)
	RETURNS experience_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE PARALLEL SAFE;
COMMENT ON FUNCTION experience_agg_trans(experience_result, boolean, boolean, boolean, boolean,
										 integer, integer, integer, integer, integer,
										 double precision, boolean, boolean) IS
	'experience_agg transition: counts one observation';
COMMENT ON FUNCTION experience_agg_inv(experience_result, boolean, boolean, boolean, boolean,
									   integer, integer, integer, integer, integer,
									   double precision, boolean, boolean) IS
	'experience_agg inverse transition (moving windows)';
CREATE AGGREGATE experience_agg(promise_kept boolean, issue_resolved boolean,
								felt_valued boolean, surprised boolean,
								nps integer, csat integer, ces integer,
								centricity integer, participation integer,
								data_scale double precision, complaint boolean,
								first_contact_resolution boolean) (
	SFUNC = experience_agg_trans, STYPE = experience_result, INITCOND = 'empty',
	FINALFUNC = experience_result_pack, COMBINEFUNC = experience_result_merge,
	MSFUNC = experience_agg_trans, MINVFUNC = experience_agg_inv,
	MSTYPE = experience_result, MINITCOND = 'empty', MFINALFUNC = experience_result_pack,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE experience_agg(boolean, boolean, boolean, boolean, integer, integer,
									integer, integer, integer, double precision, boolean, boolean) IS
	'experience_result of observations: pyramid flags, NPS 0..10, CSAT 1..5, CES 1..7, centricity and participation 1..6, data scale, whether an issue was raised, whether the first contact resolved it; a NULL leaves its figure out';
CREATE AGGREGATE experience_merge(experience_result) (
	SFUNC = experience_result_merge, STYPE = experience_result, INITCOND = 'empty',
	FINALFUNC = experience_result_pack, COMBINEFUNC = experience_result_merge,
	MSFUNC = experience_result_merge, MINVFUNC = experience_result_subtract,
	MSTYPE = experience_result, MINITCOND = 'empty', MFINALFUNC = experience_result_pack,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE experience_merge(experience_result) IS
	'merge experience_results (e.g. daily rollups into a month); NULLs skipped';

CREATE FUNCTION experience_n(result experience_result) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_pyramid(result experience_result) RETURNS pyramid_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_nps(result experience_result) RETURNS nps_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION experience_n(experience_result) IS 'observations of the group';
COMMENT ON FUNCTION experience_pyramid(experience_result) IS
	'the pyramid part of an experience_result, as a pyramid_result';
COMMENT ON FUNCTION experience_nps(experience_result) IS
	'the NPS answers of an experience_result, as an nps_result';

CREATE TYPE experience_report AS (
	n bigint,
	share_l1 double precision,
	share_l2 double precision,
	share_l3 double precision,
	share_l4 double precision,
	attained pyramid_level,
	attained_name text,
	unfounded bigint,
	nps_n bigint,
	nps double precision,
	nps_low double precision,
	nps_high double precision,
	csat_n bigint,
	csat double precision,
	ces_n bigint,
	ces double precision,
	ces_net double precision,
	centricity double precision,
	participation double precision,
	data_scale double precision,
	complaint_n bigint,
	complaint_rate double precision,
	complaint_rate_low double precision,
	complaint_rate_high double precision,
	fcr_n bigint,
	fcr double precision,
	fcr_low double precision,
	fcr_high double precision
);
COMMENT ON TYPE experience_report IS 'the figures of a group of observations (experience_report)';
COMMENT ON COLUMN experience_report.n IS 'observations';
COMMENT ON COLUMN experience_report.share_l1 IS 'share of observations at level 1 or above (promise kept)';
COMMENT ON COLUMN experience_report.share_l2 IS 'share at level 2 or above';
COMMENT ON COLUMN experience_report.share_l3 IS 'share at level 3 or above';
COMMENT ON COLUMN experience_report.share_l4 IS 'share at level 4 (surprise)';
COMMENT ON COLUMN experience_report.attained IS 'pyramid level the group attains under the thresholds';
COMMENT ON COLUMN experience_report.attained_name IS
	'the attained level in words for a group, with the shares that decide it';
COMMENT ON COLUMN experience_report.unfounded IS 'surprised without reaching level 2 (delight without foundation)';
COMMENT ON COLUMN experience_report.nps_n IS 'NPS answers';
COMMENT ON COLUMN experience_report.nps IS 'Net Promoter Score, -100..100';
COMMENT ON COLUMN experience_report.nps_low IS 'lower bound of the adjusted-Wald NPS interval';
COMMENT ON COLUMN experience_report.nps_high IS 'upper bound of the adjusted-Wald NPS interval';
COMMENT ON COLUMN experience_report.csat_n IS 'CSAT answers';
COMMENT ON COLUMN experience_report.csat IS 'CSAT: percent of answers 4 or 5 on 1..5';
COMMENT ON COLUMN experience_report.ces_n IS 'CES answers';
COMMENT ON COLUMN experience_report.ces IS 'CES: mean answer on 1..7';
COMMENT ON COLUMN experience_report.ces_net IS 'net CES: percent 6-7 minus percent 1-3';
COMMENT ON COLUMN experience_report.centricity IS 'mean customer-centricity level 1..6';
COMMENT ON COLUMN experience_report.participation IS 'mean customer participation level 1..6';
COMMENT ON COLUMN experience_report.data_scale IS 'mean data-collection scale';
COMMENT ON COLUMN experience_report.complaint_n IS 'observations saying whether an issue was raised';
COMMENT ON COLUMN experience_report.complaint_rate IS 'complaint rate: share of them that raised an issue';
COMMENT ON COLUMN experience_report.complaint_rate_low IS 'lower bound of its Wilson interval';
COMMENT ON COLUMN experience_report.complaint_rate_high IS 'upper bound of its Wilson interval';
COMMENT ON COLUMN experience_report.fcr_n IS 'issues saying whether the first contact resolved them';
COMMENT ON COLUMN experience_report.fcr IS 'first-contact resolution: share of them resolved at the first contact';
COMMENT ON COLUMN experience_report.fcr_low IS 'lower bound of its Wilson interval';
COMMENT ON COLUMN experience_report.fcr_high IS 'upper bound of its Wilson interval';
CREATE FUNCTION experience_report(result experience_result,
								  thresholds double precision[] DEFAULT '{0.9,0.8,0.5,0.2}',
								  confidence double precision DEFAULT 0.95)
	RETURNS experience_report
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION experience_report(experience_result, double precision[], double precision) IS
	'every figure of a group of observations in one row: pyramid shares and attained level, NPS with interval, CSAT, CES, co-creation means';
--@end

------------------------------------------------------------------------
-- csat_result: mergeable answer counts of a group of CSAT answers 1..5
------------------------------------------------------------------------

--@1.1
CREATE TYPE csat_result;
CREATE FUNCTION csat_result_in(cstring) RETURNS csat_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_result_out(csat_result) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_result_recv(internal) RETURNS csat_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_result_send(csat_result) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- A fixed 48-byte varlena, plain storage, as nps_result
CREATE TYPE csat_result (
	INPUT = csat_result_in,
	OUTPUT = csat_result_out,
	RECEIVE = csat_result_recv,
	SEND = csat_result_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE csat_result IS 'CSAT statistic of a group: count of each answer 1..5; mergeable';
COMMENT ON FUNCTION csat_result_in(cstring) IS 'csat_result text input: answers=c1,...,c5 (validated)';
COMMENT ON FUNCTION csat_result_out(csat_result) IS 'csat_result text output (lossless)';
COMMENT ON FUNCTION csat_result_recv(internal) IS 'csat_result binary input (validated)';
COMMENT ON FUNCTION csat_result_send(csat_result) IS 'csat_result binary output';

CREATE FUNCTION csat_result_eq(csat_result, csat_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_result_ne(csat_result, csat_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_result_lt(csat_result, csat_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_result_le(csat_result, csat_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_result_gt(csat_result, csat_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_result_ge(csat_result, csat_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_result_cmp(csat_result, csat_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_result_hash(csat_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_result_hash_extended(csat_result, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION csat_result_eq(csat_result, csat_result) IS 'csat_result =';
COMMENT ON FUNCTION csat_result_ne(csat_result, csat_result) IS 'csat_result <>';
COMMENT ON FUNCTION csat_result_lt(csat_result, csat_result) IS 'csat_result <';
COMMENT ON FUNCTION csat_result_le(csat_result, csat_result) IS 'csat_result <=';
COMMENT ON FUNCTION csat_result_gt(csat_result, csat_result) IS 'csat_result >';
COMMENT ON FUNCTION csat_result_ge(csat_result, csat_result) IS 'csat_result >=';
COMMENT ON FUNCTION csat_result_cmp(csat_result, csat_result) IS
	'csat_result btree comparison (count by count)';
COMMENT ON FUNCTION csat_result_hash(csat_result) IS 'csat_result hash';
COMMENT ON FUNCTION csat_result_hash_extended(csat_result, bigint) IS 'csat_result seeded hash';
CREATE OPERATOR = (
	LEFTARG = csat_result, RIGHTARG = csat_result, FUNCTION = csat_result_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = csat_result, RIGHTARG = csat_result, FUNCTION = csat_result_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = csat_result, RIGHTARG = csat_result, FUNCTION = csat_result_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = csat_result, RIGHTARG = csat_result, FUNCTION = csat_result_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = csat_result, RIGHTARG = csat_result, FUNCTION = csat_result_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = csat_result, RIGHTARG = csat_result, FUNCTION = csat_result_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR = (csat_result, csat_result) IS 'same counts';
COMMENT ON OPERATOR <> (csat_result, csat_result) IS 'not equal';
COMMENT ON OPERATOR < (csat_result, csat_result) IS 'less than (count by count)';
COMMENT ON OPERATOR <= (csat_result, csat_result) IS 'less than or equal (count by count)';
COMMENT ON OPERATOR > (csat_result, csat_result) IS 'greater than (count by count)';
COMMENT ON OPERATOR >= (csat_result, csat_result) IS 'greater than or equal (count by count)';
CREATE OPERATOR CLASS csat_result_ops DEFAULT FOR TYPE csat_result USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 csat_result_cmp(csat_result, csat_result);
CREATE OPERATOR CLASS csat_result_hash_ops DEFAULT FOR TYPE csat_result USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 csat_result_hash(csat_result),
	FUNCTION 2 csat_result_hash_extended(csat_result, bigint);
COMMENT ON OPERATOR CLASS csat_result_ops USING btree IS
	'csat_result btree order (for sorting and grouping only)';
COMMENT ON OPERATOR CLASS csat_result_hash_ops USING hash IS 'csat_result hashing';
COMMENT ON OPERATOR FAMILY csat_result_ops USING btree IS 'csat_result btree operators';
COMMENT ON OPERATOR FAMILY csat_result_hash_ops USING hash IS 'csat_result hash operators';

-- Merging: the combine function of csat_agg, csat_merge's transition and
-- the + operator; in place only when called as an aggregate
CREATE FUNCTION csat_result_merge(csat_result, csat_result) RETURNS csat_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION csat_result_merge(csat_result, csat_result) IS 'sum of two csat_results';
CREATE OPERATOR + (
	LEFTARG = csat_result, RIGHTARG = csat_result, FUNCTION = csat_result_merge, COMMUTATOR = +
);
COMMENT ON OPERATOR + (csat_result, csat_result) IS 'merge two CSAT groups';
CREATE FUNCTION csat_result_to_jsonb(csat_result) RETURNS jsonb
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION csat_result_to_jsonb(csat_result) IS
	'csat_result as jsonb: n, satisfied (4-5), answers';
CREATE CAST (csat_result AS jsonb) WITH FUNCTION csat_result_to_jsonb(csat_result);
COMMENT ON CAST (csat_result AS jsonb) IS 'csat_result as a JSON document';

CREATE FUNCTION csat_agg_trans(csat_result, integer) RETURNS csat_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_agg_inv(csat_result, integer) RETURNS csat_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION csat_agg_trans(csat_result, integer) IS
	'csat_agg transition: count one answer 1..5 (22003 outside)';
COMMENT ON FUNCTION csat_agg_inv(csat_result, integer) IS
	'csat_agg inverse transition (moving window frames)';
CREATE AGGREGATE csat_agg(answer integer) (
	SFUNC = csat_agg_trans,
	STYPE = csat_result,
	INITCOND = 'empty',
	COMBINEFUNC = csat_result_merge,
	MSFUNC = csat_agg_trans,
	MINVFUNC = csat_agg_inv,
	MSTYPE = csat_result,
	MINITCOND = 'empty',
	PARALLEL = SAFE
);
CREATE AGGREGATE csat_merge(csat_result) (
	SFUNC = csat_result_merge,
	STYPE = csat_result,
	INITCOND = 'empty',
	COMBINEFUNC = csat_result_merge,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE csat_agg(integer) IS 'CSAT statistic of a group of 1..5 answers (NULLs skipped)';
COMMENT ON AGGREGATE csat_merge(csat_result) IS 'merge stored CSAT statistics (rollups)';

CREATE FUNCTION csat_n(result csat_result) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat(result csat_result) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_low(result csat_result, confidence double precision DEFAULT 0.95)
	RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_high(result csat_result, confidence double precision DEFAULT 0.95)
	RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_top_box(result csat_result) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION csat_n(csat_result) IS 'number of CSAT answers';
COMMENT ON FUNCTION csat(csat_result) IS 'CSAT: percent answering 4 or 5 (top-2-box); NULL when empty';
COMMENT ON FUNCTION csat_low(csat_result, double precision) IS
	'lower bound of the Wilson interval of CSAT, in percent';
COMMENT ON FUNCTION csat_high(csat_result, double precision) IS
	'upper bound of the Wilson interval of CSAT, in percent';
COMMENT ON FUNCTION csat_top_box(csat_result) IS
	'percent answering 5, the top box (a delight proxy); NULL when empty';
--@end

------------------------------------------------------------------------
-- ces_result: mergeable answer counts of a group of CES answers 1..7
------------------------------------------------------------------------

--@1.1
CREATE TYPE ces_result;
CREATE FUNCTION ces_result_in(cstring) RETURNS ces_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_result_out(ces_result) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_result_recv(internal) RETURNS ces_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_result_send(ces_result) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- A fixed 64-byte varlena, plain storage, as nps_result
CREATE TYPE ces_result (
	INPUT = ces_result_in,
	OUTPUT = ces_result_out,
	RECEIVE = ces_result_recv,
	SEND = ces_result_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = plain
);
COMMENT ON TYPE ces_result IS 'CES statistic of a group: count of each answer 1..7; mergeable';
COMMENT ON FUNCTION ces_result_in(cstring) IS 'ces_result text input: answers=c1,...,c7 (validated)';
COMMENT ON FUNCTION ces_result_out(ces_result) IS 'ces_result text output (lossless)';
COMMENT ON FUNCTION ces_result_recv(internal) IS 'ces_result binary input (validated)';
COMMENT ON FUNCTION ces_result_send(ces_result) IS 'ces_result binary output';

CREATE FUNCTION ces_result_eq(ces_result, ces_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_result_ne(ces_result, ces_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_result_lt(ces_result, ces_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_result_le(ces_result, ces_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_result_gt(ces_result, ces_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_result_ge(ces_result, ces_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_result_cmp(ces_result, ces_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_result_hash(ces_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_result_hash_extended(ces_result, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ces_result_eq(ces_result, ces_result) IS 'ces_result =';
COMMENT ON FUNCTION ces_result_ne(ces_result, ces_result) IS 'ces_result <>';
COMMENT ON FUNCTION ces_result_lt(ces_result, ces_result) IS 'ces_result <';
COMMENT ON FUNCTION ces_result_le(ces_result, ces_result) IS 'ces_result <=';
COMMENT ON FUNCTION ces_result_gt(ces_result, ces_result) IS 'ces_result >';
COMMENT ON FUNCTION ces_result_ge(ces_result, ces_result) IS 'ces_result >=';
COMMENT ON FUNCTION ces_result_cmp(ces_result, ces_result) IS
	'ces_result btree comparison (count by count)';
COMMENT ON FUNCTION ces_result_hash(ces_result) IS 'ces_result hash';
COMMENT ON FUNCTION ces_result_hash_extended(ces_result, bigint) IS 'ces_result seeded hash';
CREATE OPERATOR = (
	LEFTARG = ces_result, RIGHTARG = ces_result, FUNCTION = ces_result_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = ces_result, RIGHTARG = ces_result, FUNCTION = ces_result_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = ces_result, RIGHTARG = ces_result, FUNCTION = ces_result_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = ces_result, RIGHTARG = ces_result, FUNCTION = ces_result_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = ces_result, RIGHTARG = ces_result, FUNCTION = ces_result_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = ces_result, RIGHTARG = ces_result, FUNCTION = ces_result_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR = (ces_result, ces_result) IS 'same counts';
COMMENT ON OPERATOR <> (ces_result, ces_result) IS 'not equal';
COMMENT ON OPERATOR < (ces_result, ces_result) IS 'less than (count by count)';
COMMENT ON OPERATOR <= (ces_result, ces_result) IS 'less than or equal (count by count)';
COMMENT ON OPERATOR > (ces_result, ces_result) IS 'greater than (count by count)';
COMMENT ON OPERATOR >= (ces_result, ces_result) IS 'greater than or equal (count by count)';
CREATE OPERATOR CLASS ces_result_ops DEFAULT FOR TYPE ces_result USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 ces_result_cmp(ces_result, ces_result);
CREATE OPERATOR CLASS ces_result_hash_ops DEFAULT FOR TYPE ces_result USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 ces_result_hash(ces_result),
	FUNCTION 2 ces_result_hash_extended(ces_result, bigint);
COMMENT ON OPERATOR CLASS ces_result_ops USING btree IS
	'ces_result btree order (for sorting and grouping only)';
COMMENT ON OPERATOR CLASS ces_result_hash_ops USING hash IS 'ces_result hashing';
COMMENT ON OPERATOR FAMILY ces_result_ops USING btree IS 'ces_result btree operators';
COMMENT ON OPERATOR FAMILY ces_result_hash_ops USING hash IS 'ces_result hash operators';

-- Merging: the combine function of ces_agg, ces_merge's transition and
-- the + operator; in place only when called as an aggregate
CREATE FUNCTION ces_result_merge(ces_result, ces_result) RETURNS ces_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ces_result_merge(ces_result, ces_result) IS 'sum of two ces_results';
CREATE OPERATOR + (
	LEFTARG = ces_result, RIGHTARG = ces_result, FUNCTION = ces_result_merge, COMMUTATOR = +
);
COMMENT ON OPERATOR + (ces_result, ces_result) IS 'merge two CES groups';
CREATE FUNCTION ces_result_to_jsonb(ces_result) RETURNS jsonb
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ces_result_to_jsonb(ces_result) IS
	'ces_result as jsonb: n, easy (6-7), hard (1-3), answers';
CREATE CAST (ces_result AS jsonb) WITH FUNCTION ces_result_to_jsonb(ces_result);
COMMENT ON CAST (ces_result AS jsonb) IS 'ces_result as a JSON document';

CREATE FUNCTION ces_agg_trans(ces_result, integer) RETURNS ces_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_agg_inv(ces_result, integer) RETURNS ces_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ces_agg_trans(ces_result, integer) IS
	'ces_agg transition: count one answer 1..7 (22003 outside)';
COMMENT ON FUNCTION ces_agg_inv(ces_result, integer) IS
	'ces_agg inverse transition (moving window frames)';
CREATE AGGREGATE ces_agg(answer integer) (
	SFUNC = ces_agg_trans,
	STYPE = ces_result,
	INITCOND = 'empty',
	COMBINEFUNC = ces_result_merge,
	MSFUNC = ces_agg_trans,
	MINVFUNC = ces_agg_inv,
	MSTYPE = ces_result,
	MINITCOND = 'empty',
	PARALLEL = SAFE
);
CREATE AGGREGATE ces_merge(ces_result) (
	SFUNC = ces_result_merge,
	STYPE = ces_result,
	INITCOND = 'empty',
	COMBINEFUNC = ces_result_merge,
	PARALLEL = SAFE
);
COMMENT ON AGGREGATE ces_agg(integer) IS 'CES statistic of a group of 1..7 answers (NULLs skipped)';
COMMENT ON AGGREGATE ces_merge(ces_result) IS 'merge stored CES statistics (rollups)';

CREATE FUNCTION ces_n(result ces_result) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_mean(result ces_result) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_mean_low(result ces_result, confidence double precision DEFAULT 0.95)
	RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_mean_high(result ces_result, confidence double precision DEFAULT 0.95)
	RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_net(result ces_result) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION ces_n(ces_result) IS 'number of CES answers';
COMMENT ON FUNCTION ces_mean(ces_result) IS 'CES: mean answer 1..7; NULL when empty';
COMMENT ON FUNCTION ces_mean_low(ces_result, double precision) IS
	'lower bound of the Student t interval of the mean CES, within 1..7; NULL below 2 answers';
COMMENT ON FUNCTION ces_mean_high(ces_result, double precision) IS
	'upper bound of the Student t interval of the mean CES, within 1..7; NULL below 2 answers';
COMMENT ON FUNCTION ces_net(ces_result) IS 'net CES: percent 6-7 minus percent 1-3; NULL when empty';
--@end

------------------------------------------------------------------------
-- duration_result: mergeable duration summary (a DDSketch, Masson, Rim
-- and Lee, VLDB 2019): exact count, least, greatest and mean, and log
-- buckets from which quantiles are read within a relative error alpha
------------------------------------------------------------------------

--@1.1
CREATE TYPE duration_result;
CREATE FUNCTION duration_result_in(cstring) RETURNS duration_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_result_out(duration_result) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_result_recv(internal) RETURNS duration_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_result_send(duration_result) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
-- Variable length: 56 bytes and two varints per non-empty bucket (a few
-- hundred bytes for a day's durations), so it may pass a page and is
-- stored toastable, unlike the fixed-size results.
CREATE TYPE duration_result (
	INPUT = duration_result_in,
	OUTPUT = duration_result_out,
	RECEIVE = duration_result_recv,
	SEND = duration_result_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE duration_result IS
	'duration summary of a group: exact count, min, max and sum, and log buckets for quantiles within a relative alpha; mergeable';
COMMENT ON FUNCTION duration_result_in(cstring) IS
	'duration_result text input: alpha=a zeros=n min=us max=us sum=us buckets=k:c,... (validated)';
COMMENT ON FUNCTION duration_result_out(duration_result) IS 'duration_result text output (lossless)';
COMMENT ON FUNCTION duration_result_recv(internal) IS 'duration_result binary input (validated)';
COMMENT ON FUNCTION duration_result_send(duration_result) IS 'duration_result binary output';

CREATE FUNCTION duration_result_eq(duration_result, duration_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_result_ne(duration_result, duration_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_result_lt(duration_result, duration_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_result_le(duration_result, duration_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_result_gt(duration_result, duration_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_result_ge(duration_result, duration_result) RETURNS boolean
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_result_cmp(duration_result, duration_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_result_hash(duration_result) RETURNS integer
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_result_hash_extended(duration_result, bigint) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION duration_result_eq(duration_result, duration_result) IS 'duration_result =';
COMMENT ON FUNCTION duration_result_ne(duration_result, duration_result) IS 'duration_result <>';
COMMENT ON FUNCTION duration_result_lt(duration_result, duration_result) IS 'duration_result <';
COMMENT ON FUNCTION duration_result_le(duration_result, duration_result) IS 'duration_result <=';
COMMENT ON FUNCTION duration_result_gt(duration_result, duration_result) IS 'duration_result >';
COMMENT ON FUNCTION duration_result_ge(duration_result, duration_result) IS 'duration_result >=';
COMMENT ON FUNCTION duration_result_cmp(duration_result, duration_result) IS
	'duration_result btree comparison (field by field, then bucket by bucket)';
COMMENT ON FUNCTION duration_result_hash(duration_result) IS 'duration_result hash';
COMMENT ON FUNCTION duration_result_hash_extended(duration_result, bigint) IS
	'duration_result seeded hash';
CREATE OPERATOR = (
	LEFTARG = duration_result, RIGHTARG = duration_result, FUNCTION = duration_result_eq,
	COMMUTATOR = =, NEGATOR = <>, RESTRICT = eqsel, JOIN = eqjoinsel, HASHES, MERGES
);
CREATE OPERATOR <> (
	LEFTARG = duration_result, RIGHTARG = duration_result, FUNCTION = duration_result_ne,
	COMMUTATOR = <>, NEGATOR = =, RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR < (
	LEFTARG = duration_result, RIGHTARG = duration_result, FUNCTION = duration_result_lt,
	COMMUTATOR = >, NEGATOR = >=, RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR <= (
	LEFTARG = duration_result, RIGHTARG = duration_result, FUNCTION = duration_result_le,
	COMMUTATOR = >=, NEGATOR = >, RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR > (
	LEFTARG = duration_result, RIGHTARG = duration_result, FUNCTION = duration_result_gt,
	COMMUTATOR = <, NEGATOR = <=, RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR >= (
	LEFTARG = duration_result, RIGHTARG = duration_result, FUNCTION = duration_result_ge,
	COMMUTATOR = <=, NEGATOR = <, RESTRICT = scalargesel, JOIN = scalargejoinsel
);
COMMENT ON OPERATOR = (duration_result, duration_result) IS 'same durations summarized, same alpha';
COMMENT ON OPERATOR <> (duration_result, duration_result) IS 'not equal';
COMMENT ON OPERATOR < (duration_result, duration_result) IS 'less than (for sorting only)';
COMMENT ON OPERATOR <= (duration_result, duration_result) IS 'less than or equal (for sorting only)';
COMMENT ON OPERATOR > (duration_result, duration_result) IS 'greater than (for sorting only)';
COMMENT ON OPERATOR >= (duration_result, duration_result) IS 'greater than or equal (for sorting only)';
CREATE OPERATOR CLASS duration_result_ops DEFAULT FOR TYPE duration_result USING btree AS
	OPERATOR 1 <, OPERATOR 2 <=, OPERATOR 3 =, OPERATOR 4 >=, OPERATOR 5 >,
	FUNCTION 1 duration_result_cmp(duration_result, duration_result);
CREATE OPERATOR CLASS duration_result_hash_ops DEFAULT FOR TYPE duration_result USING hash AS
	OPERATOR 1 =,
	FUNCTION 1 duration_result_hash(duration_result),
	FUNCTION 2 duration_result_hash_extended(duration_result, bigint);
COMMENT ON OPERATOR CLASS duration_result_ops USING btree IS
	'duration_result btree order (for sorting and grouping only)';
COMMENT ON OPERATOR CLASS duration_result_hash_ops USING hash IS 'duration_result hashing';
COMMENT ON OPERATOR FAMILY duration_result_ops USING btree IS 'duration_result btree operators';
COMMENT ON OPERATOR FAMILY duration_result_hash_ops USING hash IS 'duration_result hash operators';

-- a + b: a merge of the two bucket lists
CREATE FUNCTION duration_result_merge(duration_result, duration_result) RETURNS duration_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION duration_result_merge(duration_result, duration_result) IS
	'sum of two duration_results of the same alpha (22023 otherwise)';
CREATE OPERATOR + (
	LEFTARG = duration_result, RIGHTARG = duration_result, FUNCTION = duration_result_merge,
	COMMUTATOR = +
);
COMMENT ON OPERATOR + (duration_result, duration_result) IS 'merge two duration summaries';
CREATE FUNCTION duration_result_to_jsonb(duration_result) RETURNS jsonb
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION duration_result_to_jsonb(duration_result) IS
	'duration_result as jsonb: n, alpha, zeros, min_us, max_us, sum_us, buckets [index, count]';
CREATE CAST (duration_result AS jsonb) WITH FUNCTION duration_result_to_jsonb(duration_result);
COMMENT ON CAST (duration_result AS jsonb) IS 'duration_result as a JSON document';

-- The state of the duration aggregates: the same sketch with its buckets
-- stored densely from the first to the last one used, so that counting a
-- duration is an index and an increment; its text and binary forms are
-- a duration_result's.  The final function lists the non-empty buckets.
CREATE TYPE duration_state;
CREATE FUNCTION duration_state_in(cstring) RETURNS duration_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_state_out(duration_state) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_state_recv(internal) RETURNS duration_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_state_send(duration_state) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE duration_state (
	INPUT = duration_state_in,
	OUTPUT = duration_state_out,
	RECEIVE = duration_state_recv,
	SEND = duration_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE duration_state IS
	'state of duration_agg and duration_merge: a duration sketch with dense buckets';
COMMENT ON FUNCTION duration_state_in(cstring) IS 'duration_state text input: a duration_result''s text (validated)';
COMMENT ON FUNCTION duration_state_out(duration_state) IS 'duration_state text output (lossless)';
COMMENT ON FUNCTION duration_state_recv(internal) IS 'duration_state binary input: a duration_result''s (validated)';
COMMENT ON FUNCTION duration_state_send(duration_state) IS 'duration_state binary output';

-- Strict: NULL durations are skipped.  No inverse transition: the least
-- and greatest durations cannot be taken back out of a summary.
CREATE FUNCTION duration_agg_trans(duration_state, interval) RETURNS duration_state
	AS 'MODULE_PATHNAME', 'duration_agg_trans' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_agg_trans(duration_state, interval, double precision) RETURNS duration_state
	AS 'MODULE_PATHNAME', 'duration_agg_trans_alpha' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_agg_trans(duration_state, double precision) RETURNS duration_state
	AS 'MODULE_PATHNAME', 'duration_agg_trans_float8' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_agg_trans(duration_state, double precision, double precision)
	RETURNS duration_state
	AS 'MODULE_PATHNAME', 'duration_agg_trans_float8_alpha' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_merge_trans(duration_state, duration_result) RETURNS duration_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_state_combine(duration_state, duration_state) RETURNS duration_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_state_final(duration_state) RETURNS duration_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION duration_agg_trans(duration_state, interval) IS
	'duration_agg transition: count one duration at alpha 0.01 (22003 if negative)';
COMMENT ON FUNCTION duration_agg_trans(duration_state, interval, double precision) IS
	'duration_agg transition: count one duration at an alpha (22023 if it changes)';
COMMENT ON FUNCTION duration_agg_trans(duration_state, double precision) IS
	'duration_agg transition: count one duration in seconds at alpha 0.01';
COMMENT ON FUNCTION duration_agg_trans(duration_state, double precision, double precision) IS
	'duration_agg transition: count one duration in seconds at an alpha';
COMMENT ON FUNCTION duration_merge_trans(duration_state, duration_result) IS
	'duration_merge transition: add a stored duration_result (22023 for another alpha)';
COMMENT ON FUNCTION duration_state_combine(duration_state, duration_state) IS
	'combine function of the duration aggregates: the sum of two states';
COMMENT ON FUNCTION duration_state_final(duration_state) IS
	'final function of the duration aggregates: the duration_result';
CREATE AGGREGATE duration_agg(duration interval) (
	SFUNC = duration_agg_trans, STYPE = duration_state, INITCOND = 'empty',
	FINALFUNC = duration_state_final, COMBINEFUNC = duration_state_combine, PARALLEL = SAFE
);
CREATE AGGREGATE duration_agg(duration interval, alpha double precision) (
	SFUNC = duration_agg_trans, STYPE = duration_state, INITCOND = 'empty',
	FINALFUNC = duration_state_final, COMBINEFUNC = duration_state_combine, PARALLEL = SAFE
);
CREATE AGGREGATE duration_agg(seconds double precision) (
	SFUNC = duration_agg_trans, STYPE = duration_state, INITCOND = 'empty',
	FINALFUNC = duration_state_final, COMBINEFUNC = duration_state_combine, PARALLEL = SAFE
);
CREATE AGGREGATE duration_agg(seconds double precision, alpha double precision) (
	SFUNC = duration_agg_trans, STYPE = duration_state, INITCOND = 'empty',
	FINALFUNC = duration_state_final, COMBINEFUNC = duration_state_combine, PARALLEL = SAFE
);
CREATE AGGREGATE duration_merge(duration_result) (
	SFUNC = duration_merge_trans, STYPE = duration_state, INITCOND = 'empty',
	FINALFUNC = duration_state_final, COMBINEFUNC = duration_state_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE duration_agg(interval) IS
	'duration summary of a group of intervals, alpha 0.01 (NULLs skipped, 22003 for negative ones)';
COMMENT ON AGGREGATE duration_agg(interval, double precision) IS
	'duration summary of a group of intervals with relative accuracy alpha (0.0001..0.5)';
COMMENT ON AGGREGATE duration_agg(double precision) IS
	'duration summary of a group of durations in seconds, alpha 0.01';
COMMENT ON AGGREGATE duration_agg(double precision, double precision) IS
	'duration summary of a group of durations in seconds with relative accuracy alpha';
COMMENT ON AGGREGATE duration_merge(duration_result) IS
	'merge stored duration summaries of the same alpha (rollups)';

CREATE FUNCTION duration_n(result duration_result) RETURNS bigint
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_alpha(result duration_result) RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_min(result duration_result) RETURNS interval
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_max(result duration_result) RETURNS interval
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_mean(result duration_result) RETURNS interval
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_quantile(result duration_result, q double precision) RETURNS interval
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION duration_quantile_seconds(result duration_result, q double precision)
	RETURNS double precision
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION duration_n(duration_result) IS 'number of durations (zeros included)';
COMMENT ON FUNCTION duration_alpha(duration_result) IS 'relative accuracy of the quantiles; NULL when empty';
COMMENT ON FUNCTION duration_min(duration_result) IS 'least duration (exact); NULL when empty';
COMMENT ON FUNCTION duration_max(duration_result) IS 'greatest duration (exact); NULL when empty';
COMMENT ON FUNCTION duration_mean(duration_result) IS
	'mean duration, exact to the microsecond; NULL when empty';
COMMENT ON FUNCTION duration_quantile(duration_result, double precision) IS
	'q-quantile within relative alpha of percentile_disc(q), rounded to the microsecond; NULL when empty';
COMMENT ON FUNCTION duration_quantile_seconds(duration_result, double precision) IS
	'q-quantile in seconds, within relative alpha of percentile_disc(q); NULL when empty';
--@end

------------------------------------------------------------------------
-- The statistics of change: homogeneity of any number of Kano groups,
-- the drift between two, and differences with intervals
------------------------------------------------------------------------

--@1.1
-- The state of kano_homogeneity: the category counts of each group, in
-- arrival order, with the scheme they were counted under.  It grows by a
-- group per row and keeps room for more, so it is no result type: no
-- comparison, and its bytes depend on the plan (the final function sorts
-- the groups, so the test does not).
CREATE TYPE kano_homogeneity_state;
CREATE FUNCTION kano_homogeneity_state_in(cstring) RETURNS kano_homogeneity_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_homogeneity_state_out(kano_homogeneity_state) RETURNS cstring
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_homogeneity_state_recv(internal) RETURNS kano_homogeneity_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_homogeneity_state_send(kano_homogeneity_state) RETURNS bytea
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE TYPE kano_homogeneity_state (
	INPUT = kano_homogeneity_state_in,
	OUTPUT = kano_homogeneity_state_out,
	RECEIVE = kano_homogeneity_state_recv,
	SEND = kano_homogeneity_state_send,
	INTERNALLENGTH = VARIABLE,
	ALIGNMENT = double,
	STORAGE = extended
);
COMMENT ON TYPE kano_homogeneity_state IS
	'state of kano_homogeneity: the category counts of each group and their scheme';
COMMENT ON FUNCTION kano_homogeneity_state_in(cstring) IS
	'kano_homogeneity_state text input: scheme=<5 rows> groups=<M,O,A,I,R,Q counts>/... (validated)';
COMMENT ON FUNCTION kano_homogeneity_state_out(kano_homogeneity_state) IS
	'kano_homogeneity_state text output (lossless)';
COMMENT ON FUNCTION kano_homogeneity_state_recv(internal) IS
	'kano_homogeneity_state binary input (validated)';
COMMENT ON FUNCTION kano_homogeneity_state_send(kano_homogeneity_state) IS
	'kano_homogeneity_state binary output';

CREATE TYPE kano_homogeneity AS (
	statistic double precision,
	df integer,
	p_value double precision,
	groups bigint
);
COMMENT ON TYPE kano_homogeneity IS
	'chi-square test of homogeneity of Kano groups: statistic, degrees of freedom, p-value, groups compared';
COMMENT ON COLUMN kano_homogeneity.statistic IS 'the chi-square statistic of the groups x categories table (empty categories left out)';
COMMENT ON COLUMN kano_homogeneity.df IS 'degrees of freedom: (groups - 1)(categories - 1)';
COMMENT ON COLUMN kano_homogeneity.p_value IS 'the p-value of the statistic (upper tail of chi-square with df)';
COMMENT ON COLUMN kano_homogeneity.groups IS 'the groups compared (those with complete pairs)';

-- Strict: a NULL group (or scheme) is skipped.  Groups without complete
-- pairs are not kept: the test leaves them out.
CREATE FUNCTION kano_homogeneity_trans(kano_homogeneity_state, kano_result)
	RETURNS kano_homogeneity_state
	AS 'MODULE_PATHNAME', 'kano_homogeneity_trans' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_homogeneity_trans(kano_homogeneity_state, kano_result, text)
	RETURNS kano_homogeneity_state
	AS 'MODULE_PATHNAME', 'kano_homogeneity_trans_scheme' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_homogeneity_combine(kano_homogeneity_state, kano_homogeneity_state)
	RETURNS kano_homogeneity_state
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_homogeneity_final(kano_homogeneity_state) RETURNS kano_homogeneity
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kano_homogeneity_trans(kano_homogeneity_state, kano_result) IS
	'kano_homogeneity transition: the category counts of a group under iso24082';
COMMENT ON FUNCTION kano_homogeneity_trans(kano_homogeneity_state, kano_result, text) IS
	'kano_homogeneity transition: the category counts of a group under a scheme (22023 if it changes)';
COMMENT ON FUNCTION kano_homogeneity_combine(kano_homogeneity_state, kano_homogeneity_state) IS
	'kano_homogeneity combine: the groups of both';
COMMENT ON FUNCTION kano_homogeneity_final(kano_homogeneity_state) IS
	'kano_homogeneity final: the test over the groups, sorted; NULL below two groups or categories';
CREATE AGGREGATE kano_homogeneity(kano_result) (
	SFUNC = kano_homogeneity_trans, STYPE = kano_homogeneity_state, INITCOND = 'empty',
	FINALFUNC = kano_homogeneity_final, COMBINEFUNC = kano_homogeneity_combine, PARALLEL = SAFE
);
CREATE AGGREGATE kano_homogeneity(kano_result, scheme text) (
	SFUNC = kano_homogeneity_trans, STYPE = kano_homogeneity_state, INITCOND = 'empty',
	FINALFUNC = kano_homogeneity_final, COMBINEFUNC = kano_homogeneity_combine, PARALLEL = SAFE
);
COMMENT ON AGGREGATE kano_homogeneity(kano_result) IS
	'chi-square test of homogeneity of the categories (iso24082) of any number of groups';
COMMENT ON AGGREGATE kano_homogeneity(kano_result, text) IS
	'chi-square test of homogeneity of the categories (under a scheme) of any number of groups';

CREATE TYPE kano_drift AS (
	category_before kano_category,
	category_after kano_category,
	a_before double precision,
	o_before double precision,
	m_before double precision,
	a_after double precision,
	o_after double precision,
	m_after double precision,
	change double precision,
	change_low double precision,
	change_high double precision,
	p_value double precision,
	verdict text
);
COMMENT ON TYPE kano_drift IS
	'drift of a Kano feature: dominant categories, A, O, M shares of D, change of (A - M)/D with interval, verdict';
COMMENT ON COLUMN kano_drift.category_before IS 'the dominant category before (rule mode)';
COMMENT ON COLUMN kano_drift.category_after IS 'the dominant category after (rule mode)';
COMMENT ON COLUMN kano_drift.a_before IS 'share of A in D = A + O + M + I, before';
COMMENT ON COLUMN kano_drift.o_before IS 'share of O in D, before';
COMMENT ON COLUMN kano_drift.m_before IS 'share of M in D, before';
COMMENT ON COLUMN kano_drift.a_after IS 'share of A in D, after';
COMMENT ON COLUMN kano_drift.o_after IS 'share of O in D, after';
COMMENT ON COLUMN kano_drift.m_after IS 'share of M in D, after';
COMMENT ON COLUMN kano_drift.change IS 'the net share (A - M) / D after minus before';
COMMENT ON COLUMN kano_drift.change_low IS 'lower bound of the adjusted-Wald interval of the change (Rocks 2016)';
COMMENT ON COLUMN kano_drift.change_high IS 'upper bound of the adjusted-Wald interval of the change';
COMMENT ON COLUMN kano_drift.p_value IS 'the p-value of kano_compare of the two groups, for context';
COMMENT ON COLUMN kano_drift.verdict IS 'toward attractive, toward must-be, or no significant change (README "Drift")';
CREATE FUNCTION kano_drift(before kano_result, after kano_result, scheme text DEFAULT 'iso24082',
						   confidence double precision DEFAULT 0.95,
						   threshold double precision DEFAULT 0)
	RETURNS kano_drift
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kano_drift(kano_result, kano_result, text, double precision, double precision) IS
	'drift from before to after along A -> O -> M: toward must-be, toward attractive, or no significant change';

CREATE TYPE sx_difference AS (
	estimate double precision,
	low double precision,
	high double precision,
	significant boolean
);
COMMENT ON TYPE sx_difference IS
	'a difference between two groups (second minus first), its interval, and whether it excludes 0';
COMMENT ON COLUMN sx_difference.estimate IS 'the second group''s figure minus the first''s';
COMMENT ON COLUMN sx_difference.low IS 'lower bound of the interval of the difference at the confidence asked for';
COMMENT ON COLUMN sx_difference.high IS 'upper bound of the interval of the difference';
COMMENT ON COLUMN sx_difference.significant IS 'whether the interval excludes 0';
CREATE FUNCTION kano_better_diff(first kano_result, second kano_result,
								 scheme text DEFAULT 'iso24082',
								 confidence double precision DEFAULT 0.95)
	RETURNS sx_difference
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_worse_diff(first kano_result, second kano_result,
								scheme text DEFAULT 'iso24082',
								confidence double precision DEFAULT 0.95)
	RETURNS sx_difference
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION nps_diff(first nps_result, second nps_result,
						 confidence double precision DEFAULT 0.95)
	RETURNS sx_difference
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION pyramid_share_diff(first pyramid_result, second pyramid_result,
								   level pyramid_level,
								   confidence double precision DEFAULT 0.95)
	RETURNS sx_difference
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION csat_diff(first csat_result, second csat_result,
						  confidence double precision DEFAULT 0.95)
	RETURNS sx_difference
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ces_diff(first ces_result, second ces_result,
						 confidence double precision DEFAULT 0.95)
	RETURNS sx_difference
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kano_better_diff(kano_result, kano_result, text, double precision) IS
	'Better of the second minus the first, Newcombe hybrid score interval (method 10, 1998)';
COMMENT ON FUNCTION kano_worse_diff(kano_result, kano_result, text, double precision) IS
	'|Worse| of the second minus the first, Newcombe hybrid score interval (method 10, 1998)';
COMMENT ON FUNCTION nps_diff(nps_result, nps_result, double precision) IS
	'NPS of the second minus the first, in points, adjusted-Wald interval (Rocks 2016)';
COMMENT ON FUNCTION pyramid_share_diff(pyramid_result, pyramid_result, pyramid_level, double precision) IS
	'share at a level or above, second minus first, Newcombe hybrid score interval';
COMMENT ON FUNCTION csat_diff(csat_result, csat_result, double precision) IS
	'CSAT of the second minus the first, in points, Newcombe hybrid score interval';
COMMENT ON FUNCTION ces_diff(ces_result, ces_result, double precision) IS
	'mean CES of the second minus the first, Welch t interval';

-- the CSAT and CES parts of an experience_result, as their own result types
CREATE FUNCTION experience_csat(result experience_result) RETURNS csat_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION experience_ces(result experience_result) RETURNS ces_result
	AS 'MODULE_PATHNAME' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION experience_csat(experience_result) IS
	'the CSAT answers of an experience_result, as a csat_result (for csat_low, csat_high, csat_diff)';
COMMENT ON FUNCTION experience_ces(experience_result) IS
	'the CES answers of an experience_result, as a ces_result (for ces_mean_low, ces_mean_high, ces_diff)';
--@end

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
-- The service excellence model (ISO 23592 clause 7; sub-elements as ISO/TR
-- 7179 Table 1 lists them), and this product's maturity scale for
-- self-assessment (README "Self-assessment")
------------------------------------------------------------------------

CREATE TABLE excellence_dimensions (
	dimension integer PRIMARY KEY CHECK (dimension BETWEEN 1 AND 4),
	name text NOT NULL UNIQUE
);
INSERT INTO excellence_dimensions VALUES
 (1, 'Service excellence leadership and strategy'),
 (2, 'Service excellence culture and employee engagement'),
 (3, 'Creating outstanding customer experiences'),
 (4, 'Operational service excellence');
COMMENT ON TABLE excellence_dimensions IS
	'reference: the four dimensions of the service excellence model (ISO 23592 clause 7)';
COMMENT ON COLUMN excellence_dimensions.dimension IS 'the dimension''s number, 1..4';
COMMENT ON COLUMN excellence_dimensions.name IS 'the dimension''s name';

CREATE TABLE excellence_elements (
	element text PRIMARY KEY CHECK (element ~ '^[1-4]\.[1-3]$'),
	dimension integer NOT NULL REFERENCES excellence_dimensions,
	name text NOT NULL UNIQUE
);
INSERT INTO excellence_elements VALUES
 ('1.1', 1, 'Service excellence vision, mission and strategy'),
 ('1.2', 1, 'Leadership and management requirements'),
 ('2.1', 2, 'Service excellence culture'),
 ('2.2', 2, 'Employee engagement'),
 ('3.1', 3, 'Understanding customer needs, expectations and desires'),
 ('3.2', 3, 'Designing and renewing outstanding customer experiences'),
 ('3.3', 3, 'Service innovation management'),
 ('4.1', 4, 'Managing customer-experience-related efficient and effective processes and organizational structure'),
 ('4.2', 4, 'Monitoring service excellence activities and results');
COMMENT ON TABLE excellence_elements IS
	'reference: the nine elements of the service excellence model, numbered within their dimension (ISO 23592 clause 7)';
COMMENT ON COLUMN excellence_elements.element IS 'the element''s number, e.g. 3.2';
COMMENT ON COLUMN excellence_elements.dimension IS 'the dimension it belongs to';
COMMENT ON COLUMN excellence_elements.name IS 'the element''s name';

CREATE TABLE excellence_sub_elements (
	sub_element text PRIMARY KEY CHECK (sub_element ~ '^[1-4]\.[1-3]\.[a-f]$'),
	element text NOT NULL REFERENCES excellence_elements,
	name text NOT NULL
);
INSERT INTO excellence_sub_elements VALUES
 ('1.1.a', '1.1', 'vision'), ('1.1.b', '1.1', 'mission'), ('1.1.c', '1.1', 'strategy'),
 ('1.2.a', '1.2', 'leadership'),
 ('1.2.b', '1.2', 'sharing efforts, defined responsibilities and objectives'),
 ('1.2.c', '1.2', 'employee empowerment and engagement'),
 ('2.1.a', '2.1', 'defining the service excellence culture'),
 ('2.1.b', '2.1', 'communicating the service excellence culture'),
 ('2.1.c', '2.1', 'implementing the service excellence culture'),
 ('2.2.a', '2.2', 'recruitment and induction of new employees'),
 ('2.2.b', '2.2', 'continuous learning and development'),
 ('2.2.c', '2.2', 'feedback of customers at an employee or team level'),
 ('2.2.d', '2.2', 'evaluation and assessment of employees'),
 ('2.2.e', '2.2', 'recognition or acknowledgement system'),
 ('2.2.f', '2.2', 'employee feedback mechanism'),
 ('3.1.a', '3.1', 'scope and depth of listening to customers'),
 ('3.1.b', '3.1', 'organization of data acquisition and use'),
 ('3.1.c', '3.1', 'adapting to customer needs, expectations and desires'),
 ('3.2.a', '3.2', 'designing and documenting the customer experience'),
 ('3.2.b', '3.2', 'setting service standards and delivering the service promise'),
 ('3.2.c', '3.2', 'deployment of the customer experience concept throughout the organization'),
 ('3.2.d', '3.2', 'service recovery excellence'),
 ('3.3.a', '3.3', 'innovation culture'), ('3.3.b', '3.3', 'structured innovation process'),
 ('4.1.a', '4.1', 'managing the processes'),
 ('4.1.b', '4.1', 'deploying technologies and techniques'),
 ('4.1.c', '4.1', 'management of organizational structures and partnerships'),
 ('4.2.a', '4.2', 'causal relationships'), ('4.2.b', '4.2', 'use of performance indicators'),
 ('4.2.c', '4.2', 'use of measurement tools'),
 ('4.2.d', '4.2', 'use of metrics on operational, tactical and strategic levels');
COMMENT ON TABLE excellence_sub_elements IS
	'reference: the 33 sub-elements of the service excellence model, lettered within their element (ISO/TR 7179 Table 1)';
COMMENT ON COLUMN excellence_sub_elements.sub_element IS 'the sub-element''s number and letter, e.g. 2.2.c';
COMMENT ON COLUMN excellence_sub_elements.element IS 'the element it belongs to';
COMMENT ON COLUMN excellence_sub_elements.name IS 'the sub-element''s name';

CREATE TABLE maturity_levels (
	score integer PRIMARY KEY CHECK (score BETWEEN 0 AND 4),
	name text NOT NULL UNIQUE,
	description text NOT NULL
);
INSERT INTO maturity_levels VALUES
 (0, 'not addressed', 'nothing is done about it'),
 (1, 'initiated', 'ad hoc, single efforts'),
 (2, 'defined', 'a documented approach, partly deployed'),
 (3, 'implemented', 'deployed throughout, and measured'),
 (4, 'excellent', 'measured results improve continuously and drive change');
COMMENT ON TABLE maturity_levels IS
	'reference: the maturity scale 0..4 of a self-assessment score (this product''s rule; the standards give none)';
COMMENT ON COLUMN maturity_levels.score IS 'the score, 0..4';
COMMENT ON COLUMN maturity_levels.name IS 'the level''s name';
COMMENT ON COLUMN maturity_levels.description IS 'what the level means';

GRANT SELECT ON excellence_dimensions, excellence_elements, excellence_sub_elements,
	maturity_levels TO PUBLIC;

-- A sub-element of the model, as a column type: an unknown one is 23514
CREATE DOMAIN excellence_sub_element AS text
	CONSTRAINT excellence_sub_element_known CHECK (VALUE IN (
		'1.1.a', '1.1.b', '1.1.c', '1.2.a', '1.2.b', '1.2.c', '2.1.a', '2.1.b', '2.1.c',
		'2.2.a', '2.2.b', '2.2.c', '2.2.d', '2.2.e', '2.2.f', '3.1.a', '3.1.b', '3.1.c',
		'3.2.a', '3.2.b', '3.2.c', '3.2.d', '3.3.a', '3.3.b', '4.1.a', '4.1.b', '4.1.c',
		'4.2.a', '4.2.b', '4.2.c', '4.2.d'));
COMMENT ON DOMAIN excellence_sub_element IS
	'a sub-element of the service excellence model, e.g. 2.2.c (excellence_sub_elements)';
--@end

--@1.1
------------------------------------------------------------------------
-- The data model: tables for surveys, journeys and observations, their
-- rollups per day and month, and the views and functions BI tools read.
-- It is not part of the extension: create_data_model makes it in a schema
-- of the caller's choice, owned by the caller (or by the role given), so
-- that the data belongs to its owner, DROP EXTENSION cannot drop it, and
-- pg_dump dumps it like any other table.  Run on a schema that already
-- holds it (of this or an earlier version), the same function brings it
-- to this version without losing a row: every statement is CREATE ... IF
-- NOT EXISTS, ADD COLUMN IF NOT EXISTS or CREATE OR REPLACE, and a
-- constraint that changed is replaced only when every existing row
-- satisfies the new one.
--
-- What the model holds is listed once, in data_model_objects(); the
-- period reports are written once, in data_model_period_query(); the
-- rollups are computed once, in data_model_rollup_query(); every view
-- column is described once, in data_model_column_comments().
------------------------------------------------------------------------

-- The levels the period reports exist at, and the grains
CREATE TYPE data_model_level AS (level text, source text, description text);
COMMENT ON TYPE data_model_level IS 'a level of the data model''s period reports (data_model_levels)';
COMMENT ON COLUMN data_model_level.level IS 'the level: kano_feature, touchpoint, stage, journey';
COMMENT ON COLUMN data_model_level.source IS 'the rollups it reads: kano or experience';
COMMENT ON COLUMN data_model_level.description IS 'what a row of the level is';
CREATE OR REPLACE FUNCTION data_model_levels()
	RETURNS SETOF data_model_level
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT * FROM (VALUES
		('kano_feature', 'kano', 'Kano figures per survey and feature'),
		('touchpoint', 'experience', 'experience figures per touchpoint'),
		('stage', 'experience', 'experience figures per journey stage'),
		('journey', 'experience', 'experience figures per journey')) AS v(level, source, description)
	$$;
COMMENT ON FUNCTION data_model_levels() IS
	'the levels of the data model''s period reports and the rollups (kano, experience) they read';

CREATE TYPE data_model_grain AS (grain text, monthly boolean, length interval);
COMMENT ON TYPE data_model_grain IS 'a grain of the data model''s period reports (data_model_grains)';
COMMENT ON COLUMN data_model_grain.grain IS 'day, week, month, quarter or year';
COMMENT ON COLUMN data_model_grain.monthly IS 'whether its periods are whole months (read from the monthly rollups)';
COMMENT ON COLUMN data_model_grain.length IS 'the length of a period';
CREATE OR REPLACE FUNCTION data_model_grains()
	RETURNS SETOF data_model_grain
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT v.grain, v.monthly, v.length::interval
	FROM (VALUES ('day', false, '1 day'), ('week', false, '7 days'), ('month', true, '1 month'),
				 ('quarter', true, '3 months'), ('year', true, '1 year')) AS v(grain, monthly, length)
	$$;
COMMENT ON FUNCTION data_model_grains() IS
	'the grains of the period reports: day, ISO week (Monday to Sunday), month, quarter, year; monthly: computable from monthly rollups';

-- Everything create_data_model makes: tables (r), views (v), functions
-- (f, with their argument types), in the order they are made
CREATE TYPE data_model_object AS (name name, kind "char", arguments text);
COMMENT ON TYPE data_model_object IS 'an object create_data_model makes (data_model_objects)';
COMMENT ON COLUMN data_model_object.name IS 'its name, in the data model''s schema';
COMMENT ON COLUMN data_model_object.kind IS 'r table, v view, f function';
COMMENT ON COLUMN data_model_object.arguments IS 'a function''s argument types (NULL for a relation)';
CREATE OR REPLACE FUNCTION data_model_objects()
	RETURNS SETOF data_model_object
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT v.name::name, v.kind::"char", v.arguments
	FROM (VALUES (1, 'survey', 'r', NULL), (2, 'feature', 'r', NULL),
				 (3, 'kano_response', 'r', NULL), (4, 'journey', 'r', NULL),
				 (5, 'touchpoint', 'r', NULL), (6, 'observation', 'r', NULL),
				 (7, 'data_model_settings', 'r', NULL),
				 (8, 'kano_daily', 'r', NULL), (9, 'kano_monthly', 'r', NULL),
				 (10, 'experience_daily', 'r', NULL), (11, 'experience_monthly', 'r', NULL),
				 (12, 'kano_feature_report', 'v', NULL), (13, 'experience_rollup', 'v', NULL),
				 (14, 'touchpoint_report', 'v', NULL), (15, 'journey_report', 'v', NULL),
				 (16, 'kano_response_rollup', 'f', ''), (17, 'observation_rollup', 'f', ''),
				 (18, 'assessment', 'r', NULL), (19, 'assessment_score', 'r', NULL),
				 (20, 'assessment_sub_element_scores', 'v', NULL),
				 (21, 'assessment_element_scores', 'v', NULL),
				 (22, 'assessment_dimension_scores', 'v', NULL),
				 (23, 'assessment_overall_scores', 'v', NULL), (24, 'assessment_radar', 'v', NULL),
				 (25, 'unit_outcomes_by_year', 'v', NULL),
				 (26, 'team_by_month', 'v', NULL), (27, 'team_by_quarter', 'v', NULL),
				 (28, 'team_by_year', 'v', NULL))
		AS v(o, name, kind, arguments)
	UNION ALL
	SELECT format('%srepeat_delight_by_%s%s', sc.prefix, g.grain, seg.suffix)::name, 'v', NULL
	FROM (VALUES (''), ('touchpoint_')) sc(prefix),
		 (VALUES ('month'), ('quarter'), ('year')) g(grain),
		 (VALUES (''), ('_and_segment')) seg(suffix)
	UNION ALL
	SELECT format('%s_by_%s%s', l.level, g.grain, s.suffix)::name, 'v', NULL
	FROM sx.data_model_levels() WITH ORDINALITY l(level, source, description, lo),
		 sx.data_model_grains() WITH ORDINALITY g(grain, monthly, length, go),
		 (VALUES (0, ''), (1, '_and_segment')) s(so, suffix)
	UNION ALL
	SELECT v.name::name, 'v', NULL
	FROM (VALUES ('kano_feature_by_wave'), ('kano_feature_by_wave_and_segment')) v(name)
	UNION ALL
	SELECT format('%s_periods', l.level)::name, 'f', 'text, date, date, boolean, text'
	FROM sx.data_model_levels() l
	$$;
COMMENT ON FUNCTION data_model_objects() IS
	'the tables (kind r), views (v) and functions (f, with their argument types) that create_data_model makes';

-- What every view column of the data model means, once for all views
CREATE TYPE data_model_column AS (column_name name, description text);
COMMENT ON TYPE data_model_column IS 'the meaning of a view column of the data model (data_model_column_comments)';
COMMENT ON COLUMN data_model_column.column_name IS 'the column''s name, in every view that has it';
COMMENT ON COLUMN data_model_column.description IS 'its COMMENT ON COLUMN';
CREATE OR REPLACE FUNCTION data_model_column_comments()
	RETURNS SETOF data_model_column
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT v.c::name, v.d FROM (VALUES
	('grain', 'the grain of the period (day, week, month, quarter, year, wave) or, in experience_rollup, of the row (touchpoint, stage, journey)'),
	('period_start', 'first day of the period (inclusive; a week starts on Monday), in the data model''s time zone; clipped to the range asked for'),
	('period_end', 'last day of the period (inclusive); clipped to the range asked for'),
	('wave', 'the survey wave (kano_response.wave); NULL: answers without a wave'),
	('segment', 'customer segment, region or market; NULL with all_segments: every segment together'),
	('all_segments', 'true: the row covers every segment (segment is NULL); false: one segment (NULL: rows without a segment)'),
	('survey_id', 'survey'), ('survey', 'survey name'),
	('feature_id', 'feature'), ('feature', 'feature name'),
	('n', 'rows counted: answer pairs (Kano) or observations (experience)'),
	('incomplete', 'answer pairs with a missing answer (not classified)'),
	('a', 'answer pairs classified attractive'), ('o', 'classified one-dimensional'),
	('m', 'classified must-be'), ('i', 'classified indifferent'),
	('q', 'classified questionable'), ('r', 'classified reverse'),
	('category', 'dominant Kano category (letter)'), ('category_name', 'dominant Kano category (name)'),
	('pyramid_role', 'pyramid level the dominant category bears on (1..4; NULL for Q and R)'),
	('better', 'Better coefficient (A + O) / (A + O + M + I)'),
	('better_low', 'lower bound of the Wilson interval of Better'),
	('better_high', 'upper bound of the Wilson interval of Better'),
	('worse', 'Worse coefficient -(O + M) / (A + O + M + I)'),
	('worse_low', 'lower bound of the Wilson interval of Worse'),
	('worse_high', 'upper bound of the Wilson interval of Worse'),
	('total_strength', 'total strength: share of A and O and M'),
	('category_strength', 'category strength: share of the first minus the second category'),
	('significant', 'Fong''s test: the dominant category leads significantly'),
	('functional_mean', 'mean functional answer (1..5)'),
	('functional_sd', 'standard deviation of the functional answers'),
	('dysfunctional_mean', 'mean dysfunctional answer (1..5)'),
	('dysfunctional_sd', 'standard deviation of the dysfunctional answers'),
	('importance_mean', 'mean stated importance'),
	('journey_id', 'journey'), ('journey', 'journey name'),
	('stage', 'journey stage'), ('stage_order', 'order of the stage in its journey'),
	('touchpoint_id', 'touchpoint'), ('touchpoint', 'touchpoint name'),
	('owner', 'touchpoint owner: brand, partner, customer or social'),
	('channel', 'physical or virtual'), ('critical', 'moment of truth'),
	('share_l1', 'share of observations at level 1 or above (promise kept)'),
	('share_l2', 'share at level 2 or above (customer feedback management)'),
	('share_l3', 'share at level 3 or above (individual excellent service)'),
	('share_l4', 'share at level 4 (surprisingly excellent service)'),
	('attained_level', 'pyramid level 0..4 the group attains under the default thresholds 0.9, 0.8, 0.5, 0.2'),
	('attained_name', 'the attained level in words for a group, with the shares that decide it'),
	('unfounded', 'observations surprised without reaching level 2 (delight without foundation)'),
	('nps_n', 'NPS answers'), ('nps', 'Net Promoter Score, -100..100'),
	('nps_low', 'lower bound of the 95 % adjusted-Wald NPS interval'),
	('nps_high', 'upper bound of the 95 % adjusted-Wald NPS interval'),
	('csat_n', 'CSAT answers'), ('csat', 'CSAT: percent of answers 4 or 5 on 1..5'),
	('ces_n', 'CES answers'), ('ces', 'CES: mean answer on 1..7'),
	('ces_net', 'net CES: percent of answers 6-7 minus percent 1-3'),
	('centricity', 'mean customer-centricity level (1..6)'),
	('participation', 'mean customer participation level (1..6)'),
	('cooperation', 'leverage: cooperation of centricity and participation'),
	('data_scale', 'mean data-collection scale'),
	('leverage_verdict', 'leverage mechanism verdict'),
	('launch_height', 'leverage: launch height of the ball'),
	('optimal_data_scale', 'leverage: data scale of the highest launch'),
	('optimal_height', 'leverage: the highest launch height'),
	('complaint_n', 'observations saying whether an issue was raised'),
	('complaint_rate', 'complaint rate: share of the observations that raised an issue'),
	('complaint_rate_low', 'lower bound of the 95 % Wilson interval of the complaint rate'),
	('complaint_rate_high', 'upper bound of the 95 % Wilson interval of the complaint rate'),
	('fcr_n', 'issues saying whether the first contact resolved them'),
	('fcr', 'first-contact resolution: share of those issues resolved at the first contact'),
	('fcr_low', 'lower bound of the 95 % Wilson interval of first-contact resolution'),
	('fcr_high', 'upper bound of the 95 % Wilson interval of first-contact resolution'),
	('response_n', 'issues answered: observations with issue_raised_at and first_response_at'),
	('response_median_seconds', 'median time to the first response (first_response_at - issue_raised_at), seconds, within 1 % of the exact median (percentile_disc); NULL: none answered'),
	('response_p90_seconds', '90th percentile of the time to the first response, seconds, within 1 % of percentile_disc(0.9)'),
	('resolution_n', 'issues resolved: observations with issue_raised_at and resolved_at'),
	('resolution_median_seconds', 'median time to resolution (resolved_at - issue_raised_at), seconds, within 1 % of the exact median (percentile_disc); NULL: none resolved'),
	('resolution_p90_seconds', '90th percentile of the time to resolution, seconds, within 1 % of percentile_disc(0.9)'),
	('assessment_id', 'self-assessment'), ('unit', 'organization unit (assessment.unit, journey.unit)'),
	('assessed_on', 'date of the self-assessment'),
	('previous_assessment_id', 'the unit''s assessment before this one (NULL: none)'),
	('dimension', 'dimension of the service excellence model, 1..4'),
	('dimension_name', 'the dimension''s name'),
	('element', 'element of the model, e.g. 3.2'), ('element_name', 'the element''s name'),
	('sub_element', 'sub-element of the model, e.g. 2.2.c'),
	('sub_element_name', 'the sub-element''s name'),
	('score', 'maturity score 0..4: the mean of the assessors (sub-element), of the scored sub-elements (element), of the elements (dimension), of the dimensions (overall)'),
	('min_score', 'lowest score an assessor gave'), ('max_score', 'highest score an assessor gave'),
	('assessors', 'assessors who scored it'),
	('assessors_differ', 'some assessors differ by 2 levels or more (on a sub-element below)'),
	('target', 'target score (the mean of the targets given)'), ('gap', 'target minus score'),
	('previous_score', 'the score at the unit''s previous assessment'),
	('change', 'score minus previous score'),
	('sub_elements_scored', 'scored sub-elements of the element'),
	('elements_scored', 'scored elements of the dimension'),
	('dimensions_scored', 'scored dimensions'),
	('axis', 'the element, as a radar chart''s axis label'),
	('series', 'current, target or previous'), ('value', 'the element score of the series'),
	('customers', 'customers seen in the period (observations naming their customer)'),
	('retained', 'of them, seen again in the next period; NULL until that period has ended'),
	('retention_rate', 'retained / customers'),
	('retention_low', 'lower bound of the 95 % Wilson interval of the retention rate'),
	('retention_high', 'upper bound of the 95 % Wilson interval of the retention rate'),
	('delighted', 'customers delighted (level 3 or more) at least once in the period'),
	('delighted_share', 'delighted / customers'),
	('repeat_eligible', 'customers with two or more observations in the period'),
	('repeat_delighted', 'customers delighted on two or more distinct days of the period'),
	('repeat_delight_share', 'repeat delight: repeat_delighted / repeat_eligible'),
	('repeat_delight_low', 'lower bound of the 95 % Wilson interval of repeat delight'),
	('repeat_delight_high', 'upper bound of the 95 % Wilson interval of repeat delight'),
	('overall_score', 'overall self-assessment score (the year''s last assessment)'),
	('leadership_score', 'score of dimension 1, leadership and strategy'),
	('culture_score', 'score of dimension 2, culture and employee engagement'),
	('experience_score', 'score of dimension 3, creating outstanding customer experiences'),
	('operations_score', 'score of dimension 4, operational service excellence'),
	('team', 'the team (or employee reference) that served, as observation.team names it'),
	('teams', 'teams with observations in the period (k: the flags use confidence 1 - 0.05 / k)'),
	('rest_n', 'observations of the rest of the organization in the period: all but the team''s, those naming no team included'),
	('csat_low', 'lower bound of the 95 % Wilson interval of csat'),
	('csat_high', 'upper bound of the 95 % Wilson interval of csat'),
	('nps_rank', 'rank of the team by NPS in the period (1: highest; teams without NPS answers last); a rank alone is no evidence, see nps_flag'),
	('delight_rank', 'rank of the team by share_l3 (felt valued or more) in the period (1: highest)'),
	('flag_confidence', 'confidence of the difference intervals and flags: 1 - 0.05 / teams (Bonferroni), so that when no team differs from the rest, any flag at all in the period has at most a 5 % chance'),
	('promise_diff', 'share of promises kept (level 1 or more), team minus rest (Newcombe)'),
	('promise_diff_low', 'lower bound of promise_diff at flag_confidence'),
	('promise_diff_high', 'upper bound of promise_diff at flag_confidence'),
	('promise_flag', 'above or below: the interval of promise_diff excludes 0; NULL: no significant difference (or no data)'),
	('delight_diff', 'share at level 3 or more (felt valued), team minus rest (Newcombe)'),
	('delight_diff_low', 'lower bound of delight_diff at flag_confidence'),
	('delight_diff_high', 'upper bound of delight_diff at flag_confidence'),
	('delight_flag', 'above or below: the interval of delight_diff excludes 0; NULL: no significant difference (or no data)'),
	('nps_diff', 'NPS, team minus rest, in points (adjusted-Wald difference, Rocks 2016)'),
	('nps_diff_low', 'lower bound of nps_diff at flag_confidence'),
	('nps_diff_high', 'upper bound of nps_diff at flag_confidence'),
	('nps_flag', 'above or below: the interval of nps_diff excludes 0; NULL: no significant difference (or no data)'),
	('csat_diff', 'CSAT (top-2-box share), team minus rest (Newcombe)'),
	('csat_diff_low', 'lower bound of csat_diff at flag_confidence'),
	('csat_diff_high', 'upper bound of csat_diff at flag_confidence'),
	('csat_flag', 'above or below: the interval of csat_diff excludes 0; NULL: no significant difference (or no data)')) AS v(c, d)
	$$;
COMMENT ON FUNCTION data_model_column_comments() IS
	'the description of every view column of the data model (COMMENT ON COLUMN)';

-- The rows of one rollup, computed from raw rows: per survey, feature,
-- segment, wave and day (source kano) or per touchpoint, segment, team and
-- day (experience, with the times to respond and to resolve), days in
-- time_zone.  relation is the raw table (or a
-- trigger's transition table), already quoted; range_from/range_to
-- (NULL: unbounded) limit the raw rows to those days.
CREATE OR REPLACE FUNCTION data_model_rollup_query(source text, relation text, time_zone text,
												   range_from date DEFAULT NULL,
												   range_to date DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $function$
DECLARE
	at_col text := CASE source WHEN 'kano' THEN 'answered_at' ELSE 'observed_at' END;
	bounds text := '';
BEGIN
	IF range_from IS NOT NULL THEN
		bounds := format(' AND x.%I >= (%L::timestamp AT TIME ZONE %L)', at_col, range_from, time_zone);
	END IF;
	IF range_to IS NOT NULL THEN
		bounds := bounds || format(' AND x.%I < (%L::timestamp AT TIME ZONE %L)', at_col,
								 range_to + 1, time_zone);
	END IF;
	IF source = 'kano' THEN
		RETURN format($q$SELECT x.survey_id, x.feature_id, x.segment, x.wave,
	   (x.answered_at AT TIME ZONE %1$L)::date AS day,
	   sx.kano_agg(x.functional, x.dysfunctional, x.importance) AS result
FROM %2$s x WHERE true%3$s
GROUP BY x.survey_id, x.feature_id, x.segment, x.wave, 5$q$, time_zone, relation, bounds);
	ELSIF source = 'experience' THEN
		RETURN format($q$SELECT x.touchpoint_id, x.segment, x.team,
	   (x.observed_at AT TIME ZONE %1$L)::date AS day,
	   sx.experience_agg(x.promise_kept, x.issue_resolved, x.felt_valued, x.surprised,
						 x.nps, x.csat, x.ces, x.centricity, x.participation,
						 x.data_scale, x.issue_raised_at IS NOT NULL OR x.issue_resolved IS NOT NULL,
						 x.first_contact_resolution) AS result,
	   sx.duration_agg(x.first_response_at - x.issue_raised_at) AS response_time,
	   sx.duration_agg(x.resolved_at - x.issue_raised_at) AS resolution_time
FROM %2$s x WHERE true%3$s
GROUP BY x.touchpoint_id, x.segment, x.team, 4$q$, time_zone, relation, bounds);
	END IF;
	RAISE EXCEPTION 'unknown rollup source "%"', source
		USING ERRCODE = 'invalid_parameter_value', HINT = 'The sources are kano and experience.';
END
$function$;
COMMENT ON FUNCTION data_model_rollup_query(text, text, text, date, date) IS
	'the query computing daily rollup rows (kano or experience) from raw rows, days in the time zone given';

-- The query of a period report: one row per period, level key and (with
-- by_segment) segment, its figures computed from the merged results of
-- every row of the period.  Reads the monthly rollups where the periods
-- are whole months, the daily ones otherwise, and the raw rows when
-- raw_time_zone (a time zone other than the data model's) is given.
-- from_date and to_date (inclusive, NULL: unbounded) clip the periods.
CREATE OR REPLACE FUNCTION data_model_period_query(target_schema name, level text, grain text,
												   by_segment boolean,
												   from_date date DEFAULT NULL,
												   to_date date DEFAULT NULL,
												   raw_time_zone text DEFAULT NULL)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $function$
DECLARE
	s text := quote_ident(target_schema);
	src text;
	monthly boolean;
	step interval;
	col text := 'day';
	rel text;
	period text;
	seg text := CASE WHEN by_segment THEN 'r.segment' ELSE 'NULL::text' END;
	seg_group text := CASE WHEN by_segment THEN ', r.segment' ELSE '' END;
	filter text := '';
	p_start text := 'p.period_start';
	p_end text;
	keys text;
	inner_keys text;
	outer_cols text;
	joins text;
	q text;
BEGIN
	IF target_schema IS NULL OR level IS NULL OR grain IS NULL OR by_segment IS NULL THEN
		RAISE EXCEPTION 'the schema, level, grain and by_segment of a period report must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	SELECT l.source INTO src FROM sx.data_model_levels() l WHERE l.level = data_model_period_query.level;
	IF src IS NULL THEN
		RAISE EXCEPTION 'unknown report level "%"', level
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'The levels are kano_feature, touchpoint, stage and journey.';
	END IF;
	SELECT g.monthly, g.length INTO monthly, step
	FROM sx.data_model_grains() g WHERE g.grain = data_model_period_query.grain;
	IF monthly IS NULL AND NOT (grain = 'wave' AND src = 'kano') THEN
		RAISE EXCEPTION 'unknown period grain "%"', grain
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'The grains are day, week, month, quarter and year (and wave for kano_feature).';
	END IF;
	IF from_date > to_date THEN
		RAISE EXCEPTION 'the period range starts after it ends'
			USING ERRCODE = 'invalid_parameter_value',
				  DETAIL = format('From %s to %s.', from_date, to_date);
	END IF;

	-- where the results come from
	IF raw_time_zone IS NOT NULL THEN
		rel := '(' || sx.data_model_rollup_query(src, format('%s.%I', s,
						CASE src WHEN 'kano' THEN 'kano_response' ELSE 'observation' END),
						raw_time_zone, from_date, to_date) || ')';
	ELSIF monthly AND (from_date IS NULL OR from_date = date_trunc('month', from_date)::date)
			AND (to_date IS NULL OR to_date = (date_trunc('month', to_date) + interval '1 month')::date - 1) THEN
		col := 'month';
		rel := format('%s.%I', s, src || '_monthly');
	ELSE
		rel := format('%s.%I', s, src || '_daily');
	END IF;
	IF raw_time_zone IS NULL THEN
		IF from_date IS NOT NULL THEN
			filter := format(' AND r.%I >= %L::date', col, date_trunc(CASE col WHEN 'month' THEN 'month' ELSE 'day' END, from_date)::date);
		END IF;
		IF to_date IS NOT NULL THEN
			filter := filter || format(' AND r.%I <= %L::date', col, to_date);
		END IF;
	END IF;

	-- the periods, clipped to the range
	IF grain = 'wave' THEN
		period := 'r.wave, min(r.day) AS period_start, max(r.day) AS period_end';
		p_end := 'p.period_end';
	ELSE
		period := CASE WHEN grain = col THEN format('r.%I', col)
					   ELSE format('date_trunc(%L, r.%I)::date', grain, col) END || ' AS period_start';
		p_end := format('(p.period_start + interval %L)::date - 1', step);
		IF from_date IS NOT NULL THEN
			p_start := format('greatest(p.period_start, %L::date)', from_date);
		END IF;
		IF to_date IS NOT NULL THEN
			p_end := format('least(%s, %L::date)', p_end, to_date);
		END IF;
	END IF;

	IF src = 'kano' THEN
		q := format($q$SELECT r.survey_id, r.feature_id, %1$s, %2$s AS segment,
		 sx.kano_merge(r.result) AS result
	  FROM %3$s r WHERE true%4$s
	  GROUP BY r.survey_id, r.feature_id, %5$s%6$s
	  HAVING sx.kano_merge(r.result) OPERATOR(sx.<>) 'empty'::sx.kano_result$q$,
				period, seg, rel, filter, CASE WHEN grain = 'wave' THEN 'r.wave' ELSE '3' END, seg_group);
		RETURN format($q$SELECT %1$L::text AS grain, %2$s AS period_start, %3$s AS period_end,%4$s
	   p.segment, %5$L::boolean AS all_segments,
	   p.survey_id, sv.name AS survey, p.feature_id, f.name AS feature,
	   k.n, k.incomplete, k.a, k.o, k.m, k.i, k.q, k.r,
	   k.category::text AS category, sx.kano_category_name(k.category) AS category_name,
	   sx.kano_pyramid_role(k.category)::integer AS pyramid_role,
	   k.better, k.better_low, k.better_high, k.worse, k.worse_low, k.worse_high,
	   k.total_strength, k.category_strength, k.significant,
	   k.functional_mean, k.functional_sd, k.dysfunctional_mean, k.dysfunctional_sd,
	   k.importance_mean
FROM (%6$s) p
JOIN %7$s.survey sv ON sv.survey_id = p.survey_id
JOIN %7$s.feature f ON f.feature_id = p.feature_id
CROSS JOIN LATERAL sx.kano_report(p.result) k$q$,
			grain, p_start, p_end, CASE WHEN grain = 'wave' THEN ' p.wave,' ELSE '' END,
			NOT by_segment, q, s);
	END IF;

	-- experience: touchpoint, stage or journey
	-- (a touchpoint is grouped by the rollup's column, the distribution
	-- column on Citus, so that the whole query runs on the shards)
	keys := CASE level WHEN 'touchpoint' THEN 't.journey_id, r.touchpoint_id'
					   WHEN 'stage' THEN 't.journey_id, t.stage'
					   ELSE 't.journey_id' END;
	outer_cols := CASE level
		WHEN 'touchpoint' THEN 'p.journey_id, j.name AS journey, t.stage, t.stage_order, p.touchpoint_id, t.name AS touchpoint, t.owner, t.channel, t.critical,'
		WHEN 'stage' THEN 'p.journey_id, j.name AS journey, p.stage, p.stage_order,'
		ELSE 'p.journey_id, j.name AS journey,' END;
	joins := format('JOIN %s.journey j ON j.journey_id = p.journey_id', s)
		|| CASE level WHEN 'touchpoint'
				THEN format(' JOIN %s.touchpoint t ON t.touchpoint_id = p.touchpoint_id', s) ELSE '' END;
	inner_keys := keys || CASE level WHEN 'stage' THEN ', min(t.stage_order) AS stage_order' ELSE '' END;
	-- agility is the touchpoint's own; a stage or journey has the mean over
	-- its observations, in numeric so that it does not depend on the order
	q := format($q$SELECT %1$s, %2$s, %3$s AS segment,
		 sx.experience_merge(r.result) AS result, %9$s AS agility,
		 sx.duration_merge(r.response_time) AS response_time,
		 sx.duration_merge(r.resolution_time) AS resolution_time
	  FROM %4$s r JOIN %5$s.touchpoint t ON t.touchpoint_id = r.touchpoint_id
	  WHERE true%6$s
	  GROUP BY %7$s, period_start%8$s
	  HAVING sx.experience_merge(r.result) OPERATOR(sx.<>) 'empty'::sx.experience_result$q$,
			  inner_keys, period, seg, rel, s, filter, keys, seg_group,
			  CASE level WHEN 'touchpoint' THEN 'min(t.agility)'
			  ELSE $a$(sum(sx.experience_n(r.result) * t.agility::numeric)
		  / nullif(sum(sx.experience_n(r.result)), 0))::double precision$a$ END);
	RETURN format($q$SELECT %1$L::text AS grain, %2$s AS period_start, %3$s AS period_end,
	   p.segment, %4$L::boolean AS all_segments, %5$s
	   e.n, e.share_l1, e.share_l2, e.share_l3, e.share_l4,
	   e.attained::integer AS attained_level, e.attained_name, e.unfounded,
	   e.nps_n, e.nps, e.nps_low, e.nps_high, e.csat_n, e.csat, e.ces_n, e.ces, e.ces_net,
	   e.centricity, e.participation, l.cooperation, e.data_scale,
	   l.verdict AS leverage_verdict, l.launch_height, l.optimal_data_scale, l.optimal_height,
	   e.complaint_n, e.complaint_rate, e.complaint_rate_low, e.complaint_rate_high,
	   e.fcr_n, e.fcr, e.fcr_low, e.fcr_high,
	   sx.duration_n(p.response_time) AS response_n,
	   sx.duration_quantile_seconds(p.response_time, 0.5) AS response_median_seconds,
	   sx.duration_quantile_seconds(p.response_time, 0.9) AS response_p90_seconds,
	   sx.duration_n(p.resolution_time) AS resolution_n,
	   sx.duration_quantile_seconds(p.resolution_time, 0.5) AS resolution_median_seconds,
	   sx.duration_quantile_seconds(p.resolution_time, 0.9) AS resolution_p90_seconds
FROM (%6$s) p
%7$s
CROSS JOIN LATERAL sx.experience_report(p.result) e
LEFT JOIN LATERAL sx.leverage_score(e.centricity, e.participation, e.data_scale, p.agility) l ON true$q$,
		grain, p_start, p_end, NOT by_segment, outer_cols, q, joins);
END
$function$;
COMMENT ON FUNCTION data_model_period_query(name, text, text, boolean, date, date, text) IS
	'the query of a period report of the data model in a schema (level, grain, by segment, range, time zone for raw rows); what its views and *_periods functions run';

-- The data model of a schema at this version, or an error saying why not
CREATE OR REPLACE FUNCTION data_model_time_zone(target_schema name)
	RETURNS text
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $function$
DECLARE
	tz text;
BEGIN
	IF target_schema IS NULL THEN
		RAISE EXCEPTION 'the schema of the data model must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF to_regclass(format('%I.data_model_settings', target_schema)) IS NULL THEN
		RAISE EXCEPTION 'schema % holds no sx 1.1 data model', target_schema
			USING ERRCODE = 'undefined_table',
				  HINT = format('Make it, or bring it to this version, with SELECT sx.create_data_model(%L).',
								target_schema);
	END IF;
	EXECUTE format('SELECT time_zone FROM %I.data_model_settings', target_schema) INTO tz;
	RETURN tz;
END
$function$;
COMMENT ON FUNCTION data_model_time_zone(name) IS
	'the time zone whose days, weeks and months the rollups of a data model count in; stable: reads the data model';

-- Recompute every rollup of a data model from its raw rows.  Writers wait
-- (SHARE lock on the raw tables) and readers see the old rollups until
-- the transaction commits: rows are deleted, not truncated.
CREATE OR REPLACE FUNCTION rebuild_rollups(target_schema name)
	RETURNS bigint
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	AS $function$
DECLARE
	s text := quote_ident(target_schema);
	tz text := sx.data_model_time_zone(target_schema);
	written bigint;
	total bigint := 0;
BEGIN
	EXECUTE format('LOCK TABLE %1$s.kano_response, %1$s.observation IN SHARE MODE', s);
	EXECUTE format('DELETE FROM %s.kano_daily', s);
	EXECUTE format('DELETE FROM %s.kano_monthly', s);
	EXECUTE format('DELETE FROM %s.experience_daily', s);
	EXECUTE format('DELETE FROM %s.experience_monthly', s);
	EXECUTE format('INSERT INTO %s.kano_daily (survey_id, feature_id, segment, wave, day, result) %s',
				   s, sx.data_model_rollup_query('kano', s || '.kano_response', tz));
	GET DIAGNOSTICS written = ROW_COUNT;
	total := total + written;
	EXECUTE format($q$INSERT INTO %1$s.kano_monthly (survey_id, feature_id, segment, wave, month, result)
SELECT survey_id, feature_id, segment, wave, date_trunc('month', day)::date, sx.kano_merge(result)
FROM %1$s.kano_daily GROUP BY 1, 2, 3, 4, 5$q$, s);
	GET DIAGNOSTICS written = ROW_COUNT;
	total := total + written;
	EXECUTE format('INSERT INTO %s.experience_daily (touchpoint_id, segment, team, day, result,'
				   ' response_time, resolution_time) %s',
				   s, sx.data_model_rollup_query('experience', s || '.observation', tz));
	GET DIAGNOSTICS written = ROW_COUNT;
	total := total + written;
	EXECUTE format($q$INSERT INTO %1$s.experience_monthly (touchpoint_id, segment, team, month, result,
	response_time, resolution_time)
SELECT touchpoint_id, segment, team, date_trunc('month', day)::date, sx.experience_merge(result),
	   sx.duration_merge(response_time), sx.duration_merge(resolution_time)
FROM %1$s.experience_daily GROUP BY 1, 2, 3, 4$q$, s);
	GET DIAGNOSTICS written = ROW_COUNT;
	RETURN total + written;
END
$function$;
COMMENT ON FUNCTION rebuild_rollups(name) IS
	'recompute the daily and monthly rollups of a data model from its raw rows; returns the rollup rows written; volatile, parallel unsafe';

CREATE TYPE rollup_difference AS (rollup name, key text, stored text, expected text);
COMMENT ON TYPE rollup_difference IS 'a rollup row that differs from its raw rows (check_rollups)';
COMMENT ON COLUMN rollup_difference.rollup IS 'the rollup table';
COMMENT ON COLUMN rollup_difference.key IS 'the row''s key, as text';
COMMENT ON COLUMN rollup_difference.stored IS
	'the result stored, and in the experience rollups its response and resolution times (NULL: missing)';
COMMENT ON COLUMN rollup_difference.expected IS 'the same of the raw rows (NULL: none)';

-- Every rollup row that differs from what its raw rows give (none when
-- the rollups are right), its result and, in the experience rollups, its
-- times to respond and to resolve; an empty result (rows removed, or rows
-- without any answer) counts as no row
CREATE OR REPLACE FUNCTION check_rollups(target_schema name)
	RETURNS SETOF rollup_difference
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $function$
DECLARE
	s text := quote_ident(target_schema);
	tz text := sx.data_model_time_zone(target_schema);
	src record;
BEGIN
	FOR src IN
		SELECT * FROM (VALUES
			('kano', 'kano_response', 'sx.kano_result', 'sx.kano_merge',
			 ARRAY['survey_id', 'feature_id', 'segment', 'wave'], '{}'::text[]),
			('experience', 'observation', 'sx.experience_result', 'sx.experience_merge',
			 ARRAY['touchpoint_id', 'segment', 'team'], ARRAY['response_time', 'resolution_time']))
			AS v(source, raw, type, merge, keys, durations)
	LOOP
		RETURN QUERY EXECUTE format($q$
WITH expected_daily AS (%1$s),
expected_monthly AS (
	SELECT %2$s, date_trunc('month', day)::date AS month, %3$s(result) AS result%9$s
	FROM expected_daily GROUP BY %2$s, date_trunc('month', day)::date),
sd AS (SELECT concat_ws(', ', %4$s, 'day ' || day) AS key, %10$s AS r
	   FROM %5$s.%6$I WHERE result OPERATOR(sx.<>) 'empty'::%7$s),
ed AS (SELECT concat_ws(', ', %4$s, 'day ' || day) AS key, %10$s AS r
	   FROM expected_daily WHERE result OPERATOR(sx.<>) 'empty'::%7$s),
sm AS (SELECT concat_ws(', ', %4$s, 'month ' || month) AS key, %10$s AS r
	   FROM %5$s.%8$I WHERE result OPERATOR(sx.<>) 'empty'::%7$s),
em AS (SELECT concat_ws(', ', %4$s, 'month ' || month) AS key, %10$s AS r
	   FROM expected_monthly WHERE result OPERATOR(sx.<>) 'empty'::%7$s)
SELECT %6$L::name, coalesce(a.key, b.key), a.r, b.r
FROM (SELECT * FROM sd EXCEPT ALL SELECT * FROM ed) a
FULL JOIN (SELECT * FROM ed EXCEPT ALL SELECT * FROM sd) b ON a.key = b.key
UNION ALL
SELECT %8$L::name, coalesce(a.key, b.key), a.r, b.r
FROM (SELECT * FROM sm EXCEPT ALL SELECT * FROM em) a
FULL JOIN (SELECT * FROM em EXCEPT ALL SELECT * FROM sm) b ON a.key = b.key
ORDER BY 1, 2$q$,
			sx.data_model_rollup_query(src.source, s || '.' || src.raw, tz),
			array_to_string(src.keys, ', '),
			src.merge,
			(SELECT string_agg(format('%L || quote_nullable(%I)', k || ' ', k), ', ')
			 FROM unnest(src.keys) k),
			s, src.source || '_daily', src.type, src.source || '_monthly',
			(SELECT coalesce(string_agg(format(', sx.duration_merge(%1$I) AS %1$I', c), ''), '')
			 FROM unnest(src.durations) c),
			(SELECT 'concat_ws('' | '', result::text'
					|| coalesce(string_agg(format(', %L || %I::text', c || ' ', c), ''), '') || ')'
			 FROM unnest(src.durations) c));
	END LOOP;
END
$function$;
COMMENT ON FUNCTION check_rollups(name) IS
	'the rollup rows of a data model that differ from their raw rows; no rows when the rollups are right; stable: reads the data model';


-- The query of a team report (team_by_month, _quarter, _year): per period
-- and team, the figures of the team's observations, its rank among the
-- period's teams, and its difference from the rest of the organization
-- (every observation of the period but the team's, those naming no team
-- included: the organization's result minus the team's, exact because
-- experience_result subtracts).  A flag is raised only where the interval
-- of team minus rest excludes 0 at confidence 1 - 0.05 / k for the k teams
-- of the period (Bonferroni), so that when no team differs from the rest,
-- the chance that any of the k is flagged is at most 5 %: the top or the
-- bottom of a ranking of small teams is not flagged by being there.
CREATE OR REPLACE FUNCTION data_model_team_query(target_schema name, grain text)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $function$
DECLARE
	s text := quote_ident(target_schema);
	step interval;
BEGIN
	IF target_schema IS NULL OR grain IS NULL THEN
		RAISE EXCEPTION 'the arguments of a team report must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	SELECT g.length INTO step FROM sx.data_model_grains() g
	WHERE g.grain = data_model_team_query.grain AND g.monthly;
	IF step IS NULL THEN
		RAISE EXCEPTION 'unknown grain "%" for a team report', grain
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'The grains are month, quarter and year.';
	END IF;
	RETURN format($q$SELECT %1$L::text AS grain, t.period_start,
	   (t.period_start + interval %2$L)::date - 1 AS period_end,
	   t.team, t.teams,
	   e.n, sx.experience_n(t.rest) AS rest_n,
	   e.share_l1, e.share_l2, e.share_l3, e.share_l4,
	   e.attained::integer AS attained_level, e.attained_name,
	   e.nps_n, e.nps, e.nps_low, e.nps_high,
	   e.csat_n, e.csat, sx.csat_low(c.team) AS csat_low, sx.csat_high(c.team) AS csat_high,
	   sx.duration_quantile_seconds(t.response_time, 0.5) AS response_median_seconds,
	   sx.duration_quantile_seconds(t.resolution_time, 0.5) AS resolution_median_seconds,
	   rank() OVER (PARTITION BY t.period_start ORDER BY e.nps DESC NULLS LAST) AS nps_rank,
	   rank() OVER (PARTITION BY t.period_start ORDER BY e.share_l3 DESC NULLS LAST) AS delight_rank,
	   t.confidence AS flag_confidence,
	   dp.estimate AS promise_diff, dp.low AS promise_diff_low, dp.high AS promise_diff_high,
	   CASE WHEN dp.significant THEN CASE WHEN dp.estimate > 0 THEN 'above' ELSE 'below' END END AS promise_flag,
	   dd.estimate AS delight_diff, dd.low AS delight_diff_low, dd.high AS delight_diff_high,
	   CASE WHEN dd.significant THEN CASE WHEN dd.estimate > 0 THEN 'above' ELSE 'below' END END AS delight_flag,
	   dn.estimate AS nps_diff, dn.low AS nps_diff_low, dn.high AS nps_diff_high,
	   CASE WHEN dn.significant THEN CASE WHEN dn.estimate > 0 THEN 'above' ELSE 'below' END END AS nps_flag,
	   dc.estimate AS csat_diff, dc.low AS csat_diff_low, dc.high AS csat_diff_high,
	   CASE WHEN dc.significant THEN CASE WHEN dc.estimate > 0 THEN 'above' ELSE 'below' END END AS csat_flag
FROM (SELECT x.period_start, x.team, x.result, x.response_time, x.resolution_time,
			 count(*) OVER (PARTITION BY x.period_start) AS teams,
			 1 - 0.05::double precision / count(*) OVER (PARTITION BY x.period_start) AS confidence,
			 o.result OPERATOR(sx.-) x.result AS rest
	  FROM (SELECT date_trunc(%1$L, m.month)::date AS period_start, m.team,
				   sx.experience_merge(m.result) AS result,
				   sx.duration_merge(m.response_time) AS response_time,
				   sx.duration_merge(m.resolution_time) AS resolution_time
			FROM %3$s.experience_monthly m
			WHERE m.team IS NOT NULL
			GROUP BY 1, 2
			HAVING sx.experience_merge(m.result) OPERATOR(sx.<>) 'empty'::sx.experience_result) x
	  JOIN (SELECT date_trunc(%1$L, m.month)::date AS period_start, sx.experience_merge(m.result) AS result
			FROM %3$s.experience_monthly m
			GROUP BY 1) o ON o.period_start = x.period_start) t
CROSS JOIN LATERAL sx.experience_report(t.result) e
CROSS JOIN LATERAL (SELECT sx.experience_csat(t.result) AS team, sx.experience_csat(t.rest) AS rest) c
CROSS JOIN LATERAL (SELECT sx.experience_pyramid(t.result) AS team, sx.experience_pyramid(t.rest) AS rest) py
LEFT JOIN LATERAL sx.pyramid_share_diff(py.rest, py.team, 'L1', t.confidence) dp ON true
LEFT JOIN LATERAL sx.pyramid_share_diff(py.rest, py.team, 'L3', t.confidence) dd ON true
LEFT JOIN LATERAL sx.nps_diff(sx.experience_nps(t.rest), sx.experience_nps(t.result), t.confidence) dn ON true
LEFT JOIN LATERAL sx.csat_diff(c.rest, c.team, t.confidence) dc ON true$q$,
		grain, step, s);
END
$function$;
COMMENT ON FUNCTION data_model_team_query(name, text) IS
	'the query of a team report of the data model in a schema (grain month, quarter or year): each team''s figures, rank, and difference from the rest of the organization with a flag at Bonferroni-adjusted confidence';

-- The query of a repeated-delight report (README "Repeated delight and
-- retention"; ISO/TS 24082 5.7.4): per period, scope (the whole model,
-- each touchpoint or each organization unit) and, with by_segment, each
-- segment, over the observations that name their customer.  A customer
-- seen in a period is retained when seen again, in the same scope, in the
-- next period; delighted on an occasion that reaches level 3 or more;
-- repeatedly delighted when delighted on two or more distinct days of the
-- period, as a share of the customers with two or more observations in
-- it.  Computed from the raw rows (distinct customers do not merge).
CREATE OR REPLACE FUNCTION data_model_repeat_delight_query(target_schema name, scope text,
														   grain text, by_segment boolean,
														   time_zone text)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $function$
DECLARE
	s text := quote_ident(target_schema);
	step interval;
	scope_key text;
	scope_cols text;
	scope_join text;
BEGIN
	IF target_schema IS NULL OR scope IS NULL OR grain IS NULL OR by_segment IS NULL
	   OR time_zone IS NULL THEN
		RAISE EXCEPTION 'the arguments of a repeated-delight report must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	SELECT g.length INTO step FROM sx.data_model_grains() g
	WHERE g.grain = data_model_repeat_delight_query.grain AND g.grain <> 'day';
	IF step IS NULL THEN
		RAISE EXCEPTION 'unknown grain "%" for repeated delight', grain
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'The grains are week, month, quarter and year.';
	END IF;
	scope_key := CASE scope WHEN 'model' THEN 'NULL::integer'
							WHEN 'touchpoint' THEN 'o.touchpoint_id'
							WHEN 'unit' THEN 'NULL::integer' END;
	IF scope_key IS NULL THEN
		RAISE EXCEPTION 'unknown scope "%" for repeated delight', scope
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'The scopes are model, touchpoint and unit.';
	END IF;
	scope_cols := CASE scope
		WHEN 'touchpoint' THEN 't.journey_id, j.name AS journey, t.stage, t.stage_order, a.touchpoint_id, t.name AS touchpoint,'
		WHEN 'unit' THEN 'a.unit,'
		ELSE '' END;
	scope_join := CASE scope
		WHEN 'touchpoint' THEN format('JOIN %1$s.touchpoint t ON t.touchpoint_id = a.touchpoint_id JOIN %1$s.journey j ON j.journey_id = t.journey_id', s)
		ELSE '' END;
	RETURN format($q$SELECT %1$L::text AS grain, a.period_start,
	   (a.period_start + interval %2$L)::date - 1 AS period_end,
	   a.segment, %3$L::boolean AS all_segments, %4$s
	   a.customers,
	   CASE WHEN (a.period_start + interval %2$L * 2)::date - 1 <= l.last_day THEN a.retained END AS retained,
	   CASE WHEN (a.period_start + interval %2$L * 2)::date - 1 <= l.last_day THEN r.share END AS retention_rate,
	   CASE WHEN (a.period_start + interval %2$L * 2)::date - 1 <= l.last_day THEN r.low END AS retention_low,
	   CASE WHEN (a.period_start + interval %2$L * 2)::date - 1 <= l.last_day THEN r.high END AS retention_high,
	   a.delighted, d.share AS delighted_share,
	   a.repeat_eligible, a.repeat_delighted, rd.share AS repeat_delight_share,
	   rd.low AS repeat_delight_low, rd.high AS repeat_delight_high
FROM (SELECT p.period_start, p.scope_id, p.unit, p.touchpoint_id, p.segment,
			 count(*) AS customers,
			 count(*) FILTER (WHERE p.next_period = (p.period_start + interval %2$L)::date) AS retained,
			 count(*) FILTER (WHERE p.delighted_days >= 1) AS delighted,
			 count(*) FILTER (WHERE p.observations >= 2) AS repeat_eligible,
			 count(*) FILTER (WHERE p.delighted_days >= 2) AS repeat_delighted
	  FROM (SELECT c.*, lead(c.period_start) OVER (PARTITION BY c.customer_ref, c.scope_id, c.unit, c.segment
													  ORDER BY c.period_start) AS next_period
			FROM (SELECT date_trunc(%1$L, x.day)::date AS period_start, x.scope_id, x.unit,
						 x.scope_id AS touchpoint_id, x.segment, x.customer_ref,
						 count(*) AS observations,
						 count(DISTINCT x.day) FILTER (WHERE x.delighted) AS delighted_days
				  FROM (SELECT o.customer_ref, %5$s AS scope_id, %6$s AS unit, %7$s AS segment,
							   (o.observed_at AT TIME ZONE %8$L)::date AS day,
							   sx.pyramid_level(o.promise_kept, o.issue_resolved, o.felt_valued,
												o.surprised) OPERATOR(sx.>=) 'L3'::sx.pyramid_level AS delighted
						FROM %9$s.observation o %10$s
						WHERE o.customer_ref IS NOT NULL) x
				  GROUP BY 1, x.scope_id, x.unit, x.segment, x.customer_ref) c) p
	  GROUP BY p.period_start, p.scope_id, p.unit, p.touchpoint_id, p.segment) a
CROSS JOIN (SELECT max((o.observed_at AT TIME ZONE %8$L)::date) AS last_day
			FROM %9$s.observation o WHERE o.customer_ref IS NOT NULL) l
CROSS JOIN LATERAL sx.wilson_interval(a.retained, a.customers) r
CROSS JOIN LATERAL sx.wilson_interval(a.delighted, a.customers) d
CROSS JOIN LATERAL sx.wilson_interval(a.repeat_delighted, a.repeat_eligible) rd
%11$s$q$,
		grain, step, NOT by_segment, scope_cols, scope_key,
		CASE scope WHEN 'unit' THEN 'j.unit' ELSE 'NULL::text' END,
		CASE WHEN by_segment THEN 'o.segment' ELSE 'NULL::text' END,
		time_zone, s,
		CASE scope WHEN 'unit'
			THEN format('JOIN %1$s.touchpoint t ON t.touchpoint_id = o.touchpoint_id JOIN %1$s.journey j ON j.journey_id = t.journey_id', s)
			ELSE '' END,
		scope_join);
END
$function$;
COMMENT ON FUNCTION data_model_repeat_delight_query(name, text, text, boolean, text) IS
	'the query of a repeated-delight and retention report of a data model (scope model, touchpoint or unit; grain; by segment; time zone of the days)';

-- The self-assessment views of a data model (README "Self-assessment"):
-- scores per sub-element (the mean of its assessors), element (the mean
-- of its scored sub-elements), dimension (of its elements) and overall (of
-- the dimensions); unscored parts are left out, never counted as 0
CREATE OR REPLACE FUNCTION data_model_assessment_ddl(target_schema name)
	RETURNS text
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $function$
	SELECT replace($ddl$
CREATE OR REPLACE VIEW @s@.assessment_sub_element_scores WITH (security_invoker = true) AS
SELECT a.assessment_id, a.unit, a.assessed_on, p.assessment_id AS previous_assessment_id,
	   e.dimension, se.element, x.sub_element, se.name AS sub_element_name,
	   x.score, x.min_score, x.max_score, x.assessors, x.max_score - x.min_score >= 2 AS assessors_differ,
	   x.target, x.target - x.score AS gap, y.score AS previous_score, x.score - y.score AS change
FROM @s@.assessment a
JOIN (SELECT s.assessment_id, s.sub_element::text AS sub_element,
			 avg(s.score)::double precision AS score, min(s.score)::integer AS min_score,
			 max(s.score)::integer AS max_score, count(*) AS assessors,
			 avg(s.target)::double precision AS target
	  FROM @s@.assessment_score s GROUP BY 1, 2) x ON x.assessment_id = a.assessment_id
JOIN sx.excellence_sub_elements se ON se.sub_element = x.sub_element
JOIN sx.excellence_elements e ON e.element = se.element
LEFT JOIN LATERAL (SELECT q.assessment_id FROM @s@.assessment q
				   WHERE q.unit = a.unit AND q.assessed_on < a.assessed_on
				   ORDER BY q.assessed_on DESC LIMIT 1) p ON true
LEFT JOIN (SELECT s.assessment_id, s.sub_element::text AS sub_element,
				  avg(s.score)::double precision AS score
		   FROM @s@.assessment_score s GROUP BY 1, 2) y
	ON y.assessment_id = p.assessment_id AND y.sub_element = x.sub_element;
COMMENT ON VIEW @s@.assessment_sub_element_scores IS
	'self-assessment: per assessment and sub-element, the mean score of its assessors, their spread, the target, and the change since the unit''s previous assessment';

CREATE OR REPLACE VIEW @s@.assessment_element_scores WITH (security_invoker = true) AS
SELECT c.assessment_id, c.unit, c.assessed_on, c.previous_assessment_id, e.dimension, c.element,
	   e.name AS element_name, c.score, c.sub_elements_scored, c.assessors_differ, c.target,
	   c.target - c.score AS gap, p.score AS previous_score, c.score - p.score AS change
FROM (SELECT assessment_id, unit, assessed_on, previous_assessment_id, element,
			 avg(score::numeric)::double precision AS score, count(*) AS sub_elements_scored,
			 bool_or(assessors_differ) AS assessors_differ,
			 avg(target::numeric)::double precision AS target
	  FROM @s@.assessment_sub_element_scores GROUP BY 1, 2, 3, 4, 5) c
JOIN sx.excellence_elements e ON e.element = c.element
LEFT JOIN (SELECT assessment_id, element, avg(score::numeric)::double precision AS score
		   FROM @s@.assessment_sub_element_scores GROUP BY 1, 2) p
	ON p.assessment_id = c.previous_assessment_id AND p.element = c.element;
COMMENT ON VIEW @s@.assessment_element_scores IS
	'self-assessment: per assessment and element, the mean of its scored sub-elements, the target, and the change since the previous assessment';

CREATE OR REPLACE VIEW @s@.assessment_dimension_scores WITH (security_invoker = true) AS
SELECT c.assessment_id, c.unit, c.assessed_on, c.previous_assessment_id, c.dimension,
	   d.name AS dimension_name, c.score, c.elements_scored, c.assessors_differ, c.target,
	   c.target - c.score AS gap, p.score AS previous_score, c.score - p.score AS change
FROM (SELECT assessment_id, unit, assessed_on, previous_assessment_id, dimension,
			 avg(score::numeric)::double precision AS score, count(*) AS elements_scored,
			 bool_or(assessors_differ) AS assessors_differ,
			 avg(target::numeric)::double precision AS target
	  FROM @s@.assessment_element_scores GROUP BY 1, 2, 3, 4, 5) c
JOIN sx.excellence_dimensions d ON d.dimension = c.dimension
LEFT JOIN (SELECT assessment_id, dimension, avg(score::numeric)::double precision AS score
		   FROM @s@.assessment_element_scores GROUP BY 1, 2) p
	ON p.assessment_id = c.previous_assessment_id AND p.dimension = c.dimension;
COMMENT ON VIEW @s@.assessment_dimension_scores IS
	'self-assessment: per assessment and dimension, the mean of its scored elements, the target, and the change since the previous assessment';

CREATE OR REPLACE VIEW @s@.assessment_overall_scores WITH (security_invoker = true) AS
SELECT c.assessment_id, c.unit, c.assessed_on, c.previous_assessment_id, c.score,
	   c.dimensions_scored, c.assessors_differ, c.target, c.target - c.score AS gap,
	   p.score AS previous_score, c.score - p.score AS change
FROM (SELECT assessment_id, unit, assessed_on, previous_assessment_id,
			 avg(score::numeric)::double precision AS score, count(*) AS dimensions_scored,
			 bool_or(assessors_differ) AS assessors_differ,
			 avg(target::numeric)::double precision AS target
	  FROM @s@.assessment_dimension_scores GROUP BY 1, 2, 3, 4) c
LEFT JOIN (SELECT assessment_id, avg(score::numeric)::double precision AS score
		   FROM @s@.assessment_dimension_scores GROUP BY 1) p
	ON p.assessment_id = c.previous_assessment_id;
COMMENT ON VIEW @s@.assessment_overall_scores IS
	'self-assessment: per assessment, the mean of its scored dimensions (equal weights), the target, and the change since the previous assessment';

-- the nine elements as a radar chart draws them: current, target, previous
CREATE OR REPLACE VIEW @s@.assessment_radar WITH (security_invoker = true) AS
SELECT r.assessment_id, r.unit, r.assessed_on, r.element || ' ' || e.name AS axis, r.series, r.value
FROM (SELECT assessment_id, unit, assessed_on, element, 'current' AS series, score AS value
	  FROM @s@.assessment_element_scores
	  UNION ALL
	  SELECT assessment_id, unit, assessed_on, element, 'target', target
	  FROM @s@.assessment_element_scores WHERE target IS NOT NULL
	  UNION ALL
	  SELECT assessment_id, unit, assessed_on, element, 'previous', previous_score
	  FROM @s@.assessment_element_scores WHERE previous_score IS NOT NULL) r
JOIN sx.excellence_elements e ON e.element = r.element;
COMMENT ON VIEW @s@.assessment_radar IS
	'self-assessment: the element scores of each assessment as series current, target and previous, for sx.radar_chart(axis, series, value)';
$ddl$, '@s@', quote_ident(target_schema))
$function$;
COMMENT ON FUNCTION data_model_assessment_ddl(name) IS
	'the DDL of the self-assessment views of a data model';

-- Rights on a data model for another role: read (its tables, rollups,
-- views and period functions) or write (also adding, changing and
-- removing surveys, journeys, answers and observations, which keeps the
-- rollups, so a writer may change those too).  Run by the model's owner;
-- the rights are ordinary GRANTs, taken back with REVOKE.
CREATE OR REPLACE FUNCTION grant_data_model(target_schema name, grantee regrole,
											access text DEFAULT 'read')
	RETURNS void
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	AS $function$
DECLARE
	s text := quote_ident(target_schema);
	obj record;
	raw text[] := ARRAY['survey', 'feature', 'kano_response', 'journey', 'touchpoint', 'observation'];
	rollups text[] := ARRAY['kano_daily', 'kano_monthly', 'experience_daily', 'experience_monthly'];
BEGIN
	IF grantee IS NULL OR access IS NULL THEN
		RAISE EXCEPTION 'the grantee and access of grant_data_model must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF access NOT IN ('read', 'write') THEN
		RAISE EXCEPTION 'unknown access "%"', access
			USING ERRCODE = 'invalid_parameter_value', HINT = 'The accesses are read and write.';
	END IF;
	PERFORM sx.data_model_time_zone(target_schema);
	EXECUTE format('GRANT USAGE ON SCHEMA %s TO %s', s, grantee);
	FOR obj IN
		SELECT o.name, o.kind, o.arguments FROM sx.data_model_objects() o
		WHERE o.kind IN ('r', 'v') OR o.name ~ '_periods$'
	LOOP
		EXECUTE CASE obj.kind WHEN 'f'
			THEN format('GRANT EXECUTE ON FUNCTION %s.%I(%s) TO %s', s, obj.name, obj.arguments, grantee)
			ELSE format('GRANT SELECT ON %s.%I TO %s', s, obj.name, grantee) END;
	END LOOP;
	IF access = 'write' THEN
		FOR obj IN SELECT unnest(raw) AS name LOOP
			EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %s.%I TO %s', s, obj.name, grantee);
			EXECUTE format('GRANT USAGE ON SEQUENCE %s.%I TO %s', s,
						   CASE obj.name WHEN 'kano_response' THEN 'kano_response_response_id_seq'
										 ELSE obj.name || '_' || obj.name || '_id_seq' END, grantee);
		END LOOP;
		FOR obj IN SELECT unnest(rollups) AS name LOOP
			EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %s.%I TO %s', s, obj.name, grantee);
		END LOOP;
	END IF;
END
$function$;
COMMENT ON FUNCTION grant_data_model(name, regrole, text) IS
	'grant a role read (tables, rollups, views, period functions) or write (also the raw tables, which keep the rollups) rights on a data model; volatile, parallel unsafe: it grants';

-- The statements of a DDL script, one per row, in order: the script split
-- at the semicolons that are not inside a string, a quoted identifier, a
-- dollar quote or a comment (statements of only blanks and comments are
-- left out; E'' strings are read as plain ones, so none of the scripts
-- has a quote escaped by a backslash).  create_data_model runs its scripts
-- one statement at a time, because Citus sends the text of a DDL command
-- on a distributed table to the workers as it came, and a text of several
-- commands fails there.
CREATE OR REPLACE FUNCTION data_model_statements(script text)
	RETURNS SETOF text
	LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $function$
DECLARE
	tok text;
	stmt text := '';
	tag text;			-- the dollar quote being read (NULL: none)
	code boolean := false;	-- the statement has more than blanks and comments
	prev text := '';
BEGIN
	FOR tok IN
		SELECT m[1] FROM regexp_matches(script,
			$re$('(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|/\*(?:[^*]|\*+[^*/])*\*+/|\$(?:[A-Za-z_][A-Za-z_0-9]*)?\$|;|[^;'"$/-]+|.)$re$,
			'g') m
	LOOP
		IF tag IS NOT NULL THEN
			stmt := stmt || tok;
			IF tok = tag THEN
				tag := NULL;
			END IF;
		ELSIF tok = ';' THEN
			IF code THEN
				RETURN NEXT btrim(stmt || tok, E' \t\r\n');
			END IF;
			stmt := '';
			code := false;
		ELSE
			-- a dollar sign after a letter or digit belongs to a name
			IF tok ~ '^\$.*\$$' AND prev !~ '[A-Za-z0-9_]$' THEN
				tag := tok;
			END IF;
			stmt := stmt || tok;
			code := code OR tok !~ '^(\s+|--.*|/\*.*)$';
		END IF;
		prev := tok;
	END LOOP;
	IF code THEN
		RETURN NEXT btrim(stmt, E' \t\r\n');
	END IF;
END
$function$;
COMMENT ON FUNCTION data_model_statements(text) IS
	'the statements of a DDL script, split at the semicolons outside strings, quoted names, dollar quotes and comments (create_data_model runs them one by one)';

-- Whether a data model is distributed by Citus (sx.distribute_data_model):
-- its answers are a distributed table.  False without Citus.
CREATE OR REPLACE FUNCTION data_model_distributed(target_schema name)
	RETURNS boolean
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $function$
DECLARE
	distributed boolean := false;
BEGIN
	IF target_schema IS NULL THEN
		RAISE EXCEPTION 'the schema of the data model must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	-- Citus's catalog, read only where it exists
	IF to_regclass('pg_catalog.pg_dist_partition') IS NOT NULL THEN
		EXECUTE 'SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_dist_partition
								WHERE logicalrelid = to_regclass($1) AND partmethod = ''h'')'
			INTO distributed USING format('%I.kano_response', target_schema);
	END IF;
	RETURN distributed;
END
$function$;
COMMENT ON FUNCTION data_model_distributed(name) IS
	'whether the data model in a schema is distributed by Citus (its kano_response is a distributed table); false without Citus; stable: reads the catalog';

-- The DDL of the trigger function and triggers that keep the rollups of
-- one raw table of a data model (source kano or experience); the query
-- of the rows a statement changed is data_model_rollup_query's.  With
-- on_shards (a model that distribute_data_model gave to Citus), the
-- triggers fire on the shards of the raw table, on the workers, and each
-- writes the co-located shards of the rollups, found in Citus's metadata
-- (pg_dist_shard): the same statements, run by EXECUTE with those names.
-- Without, the function is the one of a model on one server.
CREATE OR REPLACE FUNCTION data_model_trigger_ddl(target_schema name, source text, time_zone text,
												  on_shards boolean DEFAULT false)
	RETURNS text
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $function$
DECLARE
	s text := quote_ident(target_schema);
	tbl text := CASE source WHEN 'kano' THEN 'kano_response' ELSE 'observation' END;
	keys text[] := CASE source WHEN 'kano' THEN ARRAY['survey_id', 'feature_id', 'segment', 'wave']
							   ELSE ARRAY['touchpoint_id', 'segment', 'team'] END;
	-- the order of the unique index (the day first, so that a range of
	-- days or months is an index range; then the keys that are never
	-- NULL, then the others): upserts in that order take their row locks
	-- in one order, so concurrent writers do not deadlock
	ordered text[] := CASE source WHEN 'kano' THEN ARRAY['@day@', 'survey_id', 'feature_id', 'segment', 'wave']
								  ELSE ARRAY['@day@', 'touchpoint_id', 'segment', 'team'] END;
	nullable text[] := ARRAY['segment', 'wave', 'team'];
	ddl text := $trigger$
CREATE OR REPLACE FUNCTION @s@.@name@() RETURNS trigger
	LANGUAGE plpgsql
	SET search_path = pg_catalog, pg_temp
	AS $body$
DECLARE
	missing bigint;@declare@
BEGIN@locate@
	IF TG_OP = 'TRUNCATE' THEN
		@exec@DELETE FROM @daily@@end_dml@;
		@exec@DELETE FROM @monthly@@end_dml@;
		RETURN NULL;
	END IF;
	IF TG_OP IN ('INSERT', 'UPDATE') THEN
		@exec@WITH d AS (@new@),
		daily AS (
			INSERT INTO @daily@ AS r (@keys@, day, result@durations@)
			SELECT @keys@, day, result@durations@ FROM d ORDER BY @order@
			ON CONFLICT ON CONSTRAINT @daily_key@
			DO UPDATE SET result = r.result OPERATOR(sx.+) excluded.result@add_durations@)
		INSERT INTO @monthly@ AS r (@keys@, month, result@durations@)
		SELECT @keys@, date_trunc('month', day)::date AS month, @merge@(result)@merge_durations@
		FROM d GROUP BY @keys@, month ORDER BY @morder@
		ON CONFLICT ON CONSTRAINT @monthly_key@
		DO UPDATE SET result = r.result OPERATOR(sx.+) excluded.result@add_durations@@end_dml@;
	END IF;
	IF TG_OP IN ('UPDATE', 'DELETE') THEN
		-- a rollup that lacks the rows removed was not kept by this
		-- trigger: say so, rather than that a subtraction failed
		BEGIN
		@exec@WITH d AS (@old@),
		m AS (SELECT @keys@, date_trunc('month', day)::date AS month, @merge@(result) AS result
			  FROM d GROUP BY @keys@, month),
		daily AS (
			UPDATE @daily@ r SET result = r.result OPERATOR(sx.-) d.result
			FROM d WHERE @match_day@ RETURNING 1),
		monthly AS (
			UPDATE @monthly@ r SET result = r.result OPERATOR(sx.-) m.result
			FROM m WHERE @match_month@ RETURNING 1)
		SELECT (SELECT count(*) FROM d) + (SELECT count(*) FROM m)
			   - (SELECT count(*) FROM daily) - (SELECT count(*) FROM monthly)@into@;
		EXCEPTION WHEN numeric_value_out_of_range THEN
			missing := -1;
		END;
		IF missing <> 0 THEN
			RAISE EXCEPTION 'the rollups of % are missing rows that % removes', TG_TABLE_NAME, TG_OP
				USING ERRCODE = 'data_corrupted',
					  DETAIL = 'They were not kept by this trigger, or were changed by hand.',
					  HINT = 'Run SELECT sx.rebuild_rollups(' || quote_literal(TG_TABLE_SCHEMA) || ').';
		END IF;@recompute_durations@
	END IF;
	RETURN NULL;
END
$body$;
COMMENT ON FUNCTION @s@.@name@() IS 'keeps the rollups of @table@ (trigger; sx.rebuild_rollups, sx.check_rollups)';
CREATE OR REPLACE TRIGGER @table@_rollup_insert AFTER INSERT ON @s@.@table@
	REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION @s@.@name@();
CREATE OR REPLACE TRIGGER @table@_rollup_update AFTER UPDATE ON @s@.@table@
	REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION @s@.@name@();
CREATE OR REPLACE TRIGGER @table@_rollup_delete AFTER DELETE ON @s@.@table@
	REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION @s@.@name@();
CREATE OR REPLACE TRIGGER @table@_rollup_truncate AFTER TRUNCATE ON @s@.@table@
	FOR EACH STATEMENT EXECUTE FUNCTION @s@.@name@();
$trigger$;
	-- The times to respond and to resolve (experience): a duration_result
	-- merges exactly but has no exact inverse (once a least or greatest
	-- duration is removed, the next one is not known), so the keys whose
	-- removed rows had such a time are recomputed: each day from its raw
	-- rows (by the index on touchpoint and time; on a Citus shard, the raw
	-- shard's), then each month from its days (one probe of the rollup's
	-- key per day: the key begins with the day, so a range of days would
	-- scan every key of the month).  Their rollup rows are locked by the
	-- subtraction above, so the raw rows these statements read (each with
	-- a snapshot of its own) include those of every writer of the key that
	-- committed first, and a writer that comes later adds its rows to what
	-- is written here.
	recompute text := $recompute$

		@exec@WITH k AS (
			SELECT DISTINCT x.touchpoint_id, x.segment, x.team,
				   (x.observed_at AT TIME ZONE @tz@)::date AS day
			FROM old_rows x
			WHERE x.issue_raised_at IS NOT NULL
			  AND (x.first_response_at IS NOT NULL OR x.resolved_at IS NOT NULL))
		UPDATE @daily@ r
		SET response_time = f.response_time, resolution_time = f.resolution_time
		FROM k CROSS JOIN LATERAL (
			SELECT sx.duration_agg(x.first_response_at - x.issue_raised_at) AS response_time,
				   sx.duration_agg(x.resolved_at - x.issue_raised_at) AS resolution_time
			FROM @raw@ x
			WHERE x.touchpoint_id = k.touchpoint_id
			  AND x.observed_at >= (k.day::timestamp AT TIME ZONE @tz@) - interval '1 day'
			  AND x.observed_at < ((k.day + 1)::timestamp AT TIME ZONE @tz@) + interval '1 day'
			  AND (x.observed_at AT TIME ZONE @tz@)::date = k.day
			  AND x.segment IS NOT DISTINCT FROM k.segment AND x.team IS NOT DISTINCT FROM k.team) f
		WHERE r.day = k.day AND r.touchpoint_id = k.touchpoint_id
		  AND r.segment IS NOT DISTINCT FROM k.segment AND r.team IS NOT DISTINCT FROM k.team@end_recompute@;
		@exec@WITH k AS (
			SELECT DISTINCT x.touchpoint_id, x.segment, x.team,
				   date_trunc('month', x.observed_at AT TIME ZONE @tz@)::date AS month
			FROM old_rows x
			WHERE x.issue_raised_at IS NOT NULL
			  AND (x.first_response_at IS NOT NULL OR x.resolved_at IS NOT NULL))
		UPDATE @monthly@ r
		SET response_time = f.response_time, resolution_time = f.resolution_time
		FROM k CROSS JOIN LATERAL (
			SELECT sx.duration_merge(y.response_time) AS response_time,
				   sx.duration_merge(y.resolution_time) AS resolution_time
			FROM @daily@ y
			WHERE y.day = ANY (ARRAY(SELECT d::date FROM generate_series(k.month,
						(k.month + interval '1 month' - interval '1 day')::date, interval '1 day') d))
			  AND y.touchpoint_id = k.touchpoint_id
			  AND y.segment IS NOT DISTINCT FROM k.segment AND y.team IS NOT DISTINCT FROM k.team) f
		WHERE r.month = k.month AND r.touchpoint_id = k.touchpoint_id
		  AND r.segment IS NOT DISTINCT FROM k.segment AND r.team IS NOT DISTINCT FROM k.team@end_recompute@;$recompute$;
	experience boolean := source = 'experience';
BEGIN
	IF source NOT IN ('kano', 'experience') THEN
		RAISE EXCEPTION 'unknown rollup source "%"', source
			USING ERRCODE = 'invalid_parameter_value', HINT = 'The sources are kano and experience.';
	END IF;
	ddl := replace(ddl, '@recompute_durations@', CASE WHEN experience THEN recompute ELSE '' END);
	ddl := replace(ddl, '@durations@', CASE WHEN experience THEN ', response_time, resolution_time' ELSE '' END);
	ddl := replace(ddl, '@add_durations@', CASE WHEN experience THEN
		', response_time = r.response_time OPERATOR(sx.+) excluded.response_time,'
		' resolution_time = r.resolution_time OPERATOR(sx.+) excluded.resolution_time' ELSE '' END);
	ddl := replace(ddl, '@merge_durations@', CASE WHEN experience THEN
		', sx.duration_merge(response_time), sx.duration_merge(resolution_time)' ELSE '' END);
	-- the raw rows a recompute reads: the table, or on a shard the shard
	-- the trigger fires on (its rows are all those of its rollup shards' keys)
	ddl := replace(ddl, '@raw@', CASE WHEN on_shards THEN '%5$s' ELSE '@s@.@table@' END);
	ddl := replace(ddl, '@end_recompute@', CASE WHEN on_shards
		THEN $e$$dml$, daily, monthly, daily_key, monthly_key, format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME))$e$
		ELSE '' END);
	ddl := replace(ddl, '@tz@', CASE WHEN on_shards THEN replace(quote_literal(time_zone), '%', '%%')
									 ELSE quote_literal(time_zone) END);
	IF on_shards THEN
		-- the statements below go through format(): their own % are doubled
		ddl := replace(ddl, '@declare@', $shard$
	-- the rollups: those of the model, or, when this fires on a shard of
	-- a Citus distributed table, their shards co-located with it
	daily text := @daily_rel@;
	monthly text := @monthly_rel@;
	daily_key name := '@source@_daily_key';
	monthly_key name := '@source@_monthly_key';$shard$);
		ddl := replace(ddl, '@locate@', $shard$
	IF TG_TABLE_NAME <> '@table@' THEN
		SELECT format('%I.%I', TG_TABLE_SCHEMA, '@source@_daily_' || d.shardid),
			   format('%I.%I', TG_TABLE_SCHEMA, '@source@_monthly_' || m.shardid),
			   '@source@_daily_key_' || d.shardid, '@source@_monthly_key_' || m.shardid
		INTO daily, monthly, daily_key, monthly_key
		FROM pg_catalog.pg_dist_shard t
		JOIN pg_catalog.pg_dist_shard d
			ON d.logicalrelid = @daily_rel@::regclass AND d.shardminvalue = t.shardminvalue
		JOIN pg_catalog.pg_dist_shard m
			ON m.logicalrelid = @monthly_rel@::regclass AND m.shardminvalue = t.shardminvalue
		WHERE t.logicalrelid = @table_rel@::regclass
		  AND t.shardid = substring(TG_TABLE_NAME FROM '_([0-9]+)$')::bigint;
		IF NOT FOUND THEN
			RAISE EXCEPTION 'no rollup shards co-located with %', TG_TABLE_NAME
				USING ERRCODE = 'object_not_in_prerequisite_state',
					  HINT = 'Distribute the data model with SELECT sx.distribute_data_model(' || quote_literal(TG_TABLE_SCHEMA) || ').';
		END IF;
	END IF;$shard$);
		ddl := replace(ddl, '@exec@', 'EXECUTE format($dml$');
		ddl := replace(ddl, '@end_dml@', '$dml$, daily, monthly, daily_key, monthly_key)');
		ddl := replace(ddl, '@into@', '$dml$, daily, monthly, daily_key, monthly_key) INTO missing');
		ddl := replace(ddl, '@daily@', '%1$s');
		ddl := replace(ddl, '@monthly@', '%2$s');
		ddl := replace(ddl, '@daily_key@', '%3$I');
		ddl := replace(ddl, '@monthly_key@', '%4$I');
		ddl := replace(ddl, '@daily_rel@', quote_literal(s || '.' || source || '_daily'));
		ddl := replace(ddl, '@monthly_rel@', quote_literal(s || '.' || source || '_monthly'));
		ddl := replace(ddl, '@table_rel@', quote_literal(s || '.' || tbl));
		ddl := replace(ddl, '@new@', replace(sx.data_model_rollup_query(source, 'new_rows', time_zone), '%', '%%'));
		ddl := replace(ddl, '@old@', replace(sx.data_model_rollup_query(source, 'old_rows', time_zone), '%', '%%'));
	ELSE
		ddl := replace(ddl, '@declare@', '');
		ddl := replace(ddl, '@locate@', '');
		ddl := replace(ddl, '@exec@', '');
		ddl := replace(ddl, '@end_dml@', '');
		ddl := replace(ddl, '@into@', ' INTO missing');
		ddl := replace(ddl, '@daily@', '@s@.@source@_daily');
		ddl := replace(ddl, '@monthly@', '@s@.@source@_monthly');
		ddl := replace(ddl, '@daily_key@', '@source@_daily_key');
		ddl := replace(ddl, '@monthly_key@', '@source@_monthly_key');
	END IF;
	ddl := replace(ddl, '@new@', sx.data_model_rollup_query(source, 'new_rows', time_zone));
	ddl := replace(ddl, '@old@', sx.data_model_rollup_query(source, 'old_rows', time_zone));
	ddl := replace(ddl, '@order@', replace(array_to_string(ordered, ', '), '@day@', 'day'));
	ddl := replace(ddl, '@morder@', replace(array_to_string(ordered, ', '), '@day@', 'month'));
	ddl := replace(ddl, '@match_day@', (
		SELECT string_agg(format(CASE WHEN k = ANY (nullable) THEN 'r.%1$I IS NOT DISTINCT FROM d.%1$I'
									  ELSE 'r.%1$I = d.%1$I' END, k), ' AND ')
		FROM unnest(keys || ARRAY['day']) k));
	ddl := replace(ddl, '@match_month@', (
		SELECT string_agg(format(CASE WHEN k = ANY (nullable) THEN 'r.%1$I IS NOT DISTINCT FROM m.%1$I'
									  ELSE 'r.%1$I = m.%1$I' END, k), ' AND ')
		FROM unnest(keys || ARRAY['month']) k));
	ddl := replace(ddl, '@keys@', array_to_string(keys, ', '));
	ddl := replace(ddl, '@merge@', CASE source WHEN 'kano' THEN 'sx.kano_merge' ELSE 'sx.experience_merge' END);
	ddl := replace(ddl, '@name@', tbl || '_rollup');
	ddl := replace(ddl, '@table@', tbl);
	ddl := replace(ddl, '@source@', source);
	RETURN replace(ddl, '@s@', s);
END
$function$;
COMMENT ON FUNCTION data_model_trigger_ddl(name, text, text, boolean) IS
	'the DDL of the trigger function and triggers that keep the rollups of a data model''s kano_response (source kano) or observation (experience); on_shards: of a model distributed by Citus, whose triggers fire on the shards';

CREATE OR REPLACE FUNCTION create_data_model(target_schema name, owner regrole DEFAULT NULL,
											 time_zone text DEFAULT NULL)
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
	obj record;
	tz text;
	old_tz text;
	view_sql text;
	durations_added boolean;
	stmt text;
	src text;
	distributed boolean;
	unsafe_triggers text;
BEGIN
	IF target_schema IS NULL THEN
		RAISE EXCEPTION 'the schema of the data model must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	-- schema sx holds only what the extension made (see the top of this
	-- script); a 1.0 data model kept there is moved out first
	IF target_schema = 'sx' THEN
		RAISE EXCEPTION 'the data model cannot be made in schema sx'
			USING ERRCODE = 'invalid_schema_name',
				  DETAIL = 'Schema sx belongs to the extension; the data model belongs to its owner.',
				  HINT = 'Move a data model of sx 1.0 out with SELECT sx.move_data_model(''sx'', ''cx''), then run SELECT sx.create_data_model(''cx'').';
	END IF;
	IF time_zone IS NOT NULL THEN
		-- an unknown zone is 22023, from the server
		PERFORM now() AT TIME ZONE time_zone;
	END IF;
	EXECUTE format('CREATE SCHEMA IF NOT EXISTS %s AUTHORIZATION %s', s, new_owner);
	-- experience rollups made before they kept the times to respond and
	-- to resolve: those are computed below
	durations_added := to_regclass(format('%s.experience_daily', s)) IS NOT NULL
		AND NOT EXISTS (SELECT 1 FROM pg_attribute a
						WHERE a.attrelid = to_regclass(format('%s.experience_daily', s))
						  AND a.attname = 'response_time' AND NOT a.attisdropped);
	-- every script below runs one statement at a time (data_model_statements)
	FOR stmt IN SELECT sx.data_model_statements(replace($ddl$
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
	-- (1.1; last, as in a model brought from 1.0 by ADD COLUMN)
	wave text,
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
	ces smallint CONSTRAINT observation_ces_1_7 CHECK (ces BETWEEN 1 AND 7),
	-- (1.1; last, as in a model brought from 1.0 by ADD COLUMN)
	segment text,
	team text,
	issue_raised_at timestamptz,
	first_response_at timestamptz,
	resolved_at timestamptz,
	first_contact_resolution boolean
);
-- models of an earlier version get the columns 1.1 added
ALTER TABLE @s@.observation ADD COLUMN IF NOT EXISTS segment text,
	ADD COLUMN IF NOT EXISTS team text,
	ADD COLUMN IF NOT EXISTS issue_raised_at timestamptz,
	ADD COLUMN IF NOT EXISTS first_response_at timestamptz,
	ADD COLUMN IF NOT EXISTS resolved_at timestamptz,
	ADD COLUMN IF NOT EXISTS first_contact_resolution boolean;
ALTER TABLE @s@.journey ADD COLUMN IF NOT EXISTS unit text;
ALTER TABLE @s@.kano_response ADD COLUMN IF NOT EXISTS wave text;
CREATE INDEX IF NOT EXISTS observation_touchpoint ON @s@.observation (touchpoint_id);
CREATE INDEX IF NOT EXISTS observation_observed_at ON @s@.observation (observed_at);
CREATE INDEX IF NOT EXISTS observation_segment ON @s@.observation (segment);
CREATE INDEX IF NOT EXISTS observation_team ON @s@.observation (team);
CREATE INDEX IF NOT EXISTS observation_touchpoint_time ON @s@.observation (touchpoint_id, observed_at);
CREATE INDEX IF NOT EXISTS observation_customer_time ON @s@.observation (customer_ref, observed_at)
	WHERE customer_ref IS NOT NULL;
COMMENT ON COLUMN @s@.observation.team IS 'the team (or employee reference) that served (free text; NULL: not recorded)';
COMMENT ON COLUMN @s@.observation.issue_raised_at IS 'when the customer raised an issue (a complaint) at this interaction; NULL: none';
COMMENT ON COLUMN @s@.observation.first_response_at IS 'when the issue was first answered';
COMMENT ON COLUMN @s@.observation.resolved_at IS 'when the issue was resolved';
COMMENT ON COLUMN @s@.observation.first_contact_resolution IS 'whether the issue was resolved at the first contact';
COMMENT ON COLUMN @s@.journey.unit IS 'the organization unit (e.g. a hotel) that runs the journey, as self-assessments name it';
CREATE INDEX IF NOT EXISTS kano_response_answered_at ON @s@.kano_response (answered_at);
CREATE INDEX IF NOT EXISTS kano_response_wave ON @s@.kano_response (wave);
COMMENT ON COLUMN @s@.observation.segment IS 'customer segment, region or market (free text; NULL: none)';
COMMENT ON COLUMN @s@.kano_response.wave IS 'the survey wave or period the answers belong to (free text, e.g. 2026; NULL: none)';
COMMENT ON TABLE @s@.observation IS
	'observed interactions at a touchpoint: pyramid evidence, co-creation levels, data scale, NPS, CSAT, CES';

COMMENT ON SEQUENCE @s@.survey_survey_id_seq IS 'identity of survey';
COMMENT ON SEQUENCE @s@.feature_feature_id_seq IS 'identity of feature';
COMMENT ON SEQUENCE @s@.kano_response_response_id_seq IS 'identity of kano_response';
COMMENT ON SEQUENCE @s@.journey_journey_id_seq IS 'identity of journey';
COMMENT ON SEQUENCE @s@.touchpoint_touchpoint_id_seq IS 'identity of touchpoint';
COMMENT ON SEQUENCE @s@.observation_observation_id_seq IS 'identity of observation';


CREATE TABLE IF NOT EXISTS @s@.assessment (
	assessment_id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
	unit text NOT NULL,
	assessed_on date NOT NULL,
	title text,
	CONSTRAINT assessment_unit_date_unique UNIQUE (unit, assessed_on)
);
COMMENT ON TABLE @s@.assessment IS
	'self-assessments of the service excellence model: an organization unit on a date (README "Self-assessment")';
COMMENT ON SEQUENCE @s@.assessment_assessment_id_seq IS 'identity of assessment';
CREATE TABLE IF NOT EXISTS @s@.assessment_score (
	assessment_id integer NOT NULL REFERENCES @s@.assessment ON DELETE CASCADE,
	assessor text NOT NULL,
	sub_element sx.excellence_sub_element NOT NULL,
	score smallint NOT NULL CONSTRAINT assessment_score_0_4 CHECK (score BETWEEN 0 AND 4),
	target smallint CONSTRAINT assessment_target_0_4 CHECK (target BETWEEN 0 AND 4),
	evidence text,
	PRIMARY KEY (assessment_id, assessor, sub_element)
);
COMMENT ON TABLE @s@.assessment_score IS
	'self-assessment scores: per assessment, assessor and sub-element, the maturity score 0..4 (sx.maturity_levels), an optional target and evidence';

CREATE TABLE IF NOT EXISTS @s@.data_model_settings (
	singleton boolean PRIMARY KEY DEFAULT true CONSTRAINT data_model_settings_one_row CHECK (singleton),
	time_zone text NOT NULL,
	sx_version text NOT NULL
);
COMMENT ON TABLE @s@.data_model_settings IS
	'the data model''s settings (one row, kept by sx.create_data_model): the time zone of its days';

-- Rollups: the mergeable result of every (key, day) and (key, month),
-- kept by the triggers of the raw tables in the writing transaction
CREATE TABLE IF NOT EXISTS @s@.kano_daily (
	survey_id integer NOT NULL,
	feature_id integer NOT NULL,
	segment text,
	wave text,
	day date NOT NULL,
	result sx.kano_result NOT NULL,
	CONSTRAINT kano_daily_key UNIQUE NULLS NOT DISTINCT (day, survey_id, feature_id, segment, wave)
);
CREATE TABLE IF NOT EXISTS @s@.kano_monthly (
	survey_id integer NOT NULL,
	feature_id integer NOT NULL,
	segment text,
	wave text,
	month date NOT NULL,
	result sx.kano_result NOT NULL,
	CONSTRAINT kano_monthly_key UNIQUE NULLS NOT DISTINCT (month, survey_id, feature_id, segment, wave)
);
CREATE TABLE IF NOT EXISTS @s@.experience_daily (
	touchpoint_id integer NOT NULL,
	segment text,
	team text,
	day date NOT NULL,
	result sx.experience_result NOT NULL,
	CONSTRAINT experience_daily_key UNIQUE NULLS NOT DISTINCT (day, touchpoint_id, segment, team),
	-- (last, as in a rollup made before they were added)
	response_time sx.duration_result NOT NULL DEFAULT 'empty',
	resolution_time sx.duration_result NOT NULL DEFAULT 'empty'
);
CREATE TABLE IF NOT EXISTS @s@.experience_monthly (
	touchpoint_id integer NOT NULL,
	segment text,
	team text,
	month date NOT NULL,
	result sx.experience_result NOT NULL,
	CONSTRAINT experience_monthly_key UNIQUE NULLS NOT DISTINCT (month, touchpoint_id, segment, team),
	response_time sx.duration_result NOT NULL DEFAULT 'empty',
	resolution_time sx.duration_result NOT NULL DEFAULT 'empty'
);
-- rollups made before the times to respond and resolve were kept get
-- them empty here, and computed from the raw rows below
ALTER TABLE @s@.experience_daily
	ADD COLUMN IF NOT EXISTS response_time sx.duration_result NOT NULL DEFAULT 'empty',
	ADD COLUMN IF NOT EXISTS resolution_time sx.duration_result NOT NULL DEFAULT 'empty';
ALTER TABLE @s@.experience_monthly
	ADD COLUMN IF NOT EXISTS response_time sx.duration_result NOT NULL DEFAULT 'empty',
	ADD COLUMN IF NOT EXISTS resolution_time sx.duration_result NOT NULL DEFAULT 'empty';
COMMENT ON TABLE @s@.kano_daily IS
	'rollup: kano_result of the answers per survey, feature, segment, wave and day (kept by trigger; sx.rebuild_rollups, sx.check_rollups)';
COMMENT ON TABLE @s@.kano_monthly IS
	'rollup: kano_result of the answers per survey, feature, segment, wave and month (kept by trigger)';
COMMENT ON TABLE @s@.experience_daily IS
	'rollup: experience_result of the observations per touchpoint, segment, team and day (kept by trigger; sx.rebuild_rollups, sx.check_rollups)';
COMMENT ON TABLE @s@.experience_monthly IS
	'rollup: experience_result of the observations per touchpoint, segment, team and month (kept by trigger)';
COMMENT ON COLUMN @s@.kano_daily.day IS 'the day, in the data model''s time zone';
COMMENT ON COLUMN @s@.kano_monthly.month IS 'first day of the month, in the data model''s time zone';
COMMENT ON COLUMN @s@.experience_daily.day IS 'the day, in the data model''s time zone';
COMMENT ON COLUMN @s@.experience_monthly.month IS 'first day of the month, in the data model''s time zone';
COMMENT ON COLUMN @s@.experience_daily.response_time IS
	'times to the first response (first_response_at - issue_raised_at) of the day''s issues answered';
COMMENT ON COLUMN @s@.experience_daily.resolution_time IS
	'times to resolution (resolved_at - issue_raised_at) of the day''s issues resolved';
COMMENT ON COLUMN @s@.experience_monthly.response_time IS
	'times to the first response of the month''s issues answered';
COMMENT ON COLUMN @s@.experience_monthly.resolution_time IS
	'times to resolution of the month''s issues resolved';
$ddl$, '@s@', s)) LOOP
		EXECUTE stmt;
	END LOOP;

	-- constraints that 1.1 tightened to meaningful ranges (see README)
	FOR migration IN
		SELECT * FROM (VALUES
			('kano_response', 'kano_response_importance_finite',
			 'kano_response_importance_0_1000', 'importance >= 0 AND importance <= 1000',
			 'importance outside 0..1000'),
			('observation', 'observation_data_scale_range',
			 'observation_data_scale_1_1e6', 'data_scale >= 1 AND data_scale <= 1e6',
			 'data_scale outside 1..1e6'),
			('observation', 'observation_issue_times', 'observation_issue_times',
			 '(first_response_at IS NULL OR (issue_raised_at IS NOT NULL AND first_response_at >= issue_raised_at)) AND (resolved_at IS NULL OR (issue_raised_at IS NOT NULL AND resolved_at >= issue_raised_at))',
			 'an answer or resolution before its issue, or without one'),
			('observation', 'observation_fcr_of_an_issue', 'observation_fcr_of_an_issue',
			 'first_contact_resolution IS NULL OR issue_raised_at IS NOT NULL OR issue_resolved IS NOT NULL',
			 'a first-contact resolution without an issue')) AS m(rel, old_name, new_name, expr, what)
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

	-- the time zone of the days: as given, else as it was, else the session's
	EXECUTE format('SELECT time_zone FROM %s.data_model_settings', s) INTO old_tz;
	tz := coalesce(time_zone, old_tz, current_setting('TimeZone'));
	EXECUTE format('INSERT INTO %s.data_model_settings (time_zone, sx_version) VALUES (%L, %L)
					ON CONFLICT (singleton) DO UPDATE SET time_zone = excluded.time_zone,
						sx_version = excluded.sx_version', s, tz, '1.1');

	-- The triggers keeping the rollups: statement-level, over the rows the
	-- statement changed (transition tables), so that a bulk load costs one
	-- aggregate per statement; in the writer's transaction, so that the
	-- rollups are exactly as current as the raw rows at every snapshot.
	-- New rows are added before old ones are removed (an UPDATE within one
	-- key never underflows); keys are written in index order, so writers
	-- of several keys take their locks in the same order.
	-- On a model distributed by Citus, they fire on the shards and write
	-- the co-located shards of the rollups; Citus makes triggers on
	-- distributed tables only when asked to.
	distributed := sx.data_model_distributed(target_schema);
	IF distributed THEN
		unsafe_triggers := current_setting('citus.enable_unsafe_triggers');
		PERFORM set_config('citus.enable_unsafe_triggers', 'on', true);
	END IF;
	FOREACH src IN ARRAY ARRAY['kano', 'experience'] LOOP
		FOR stmt IN SELECT sx.data_model_statements(sx.data_model_trigger_ddl(target_schema, src, tz,
																			 distributed)) LOOP
			EXECUTE stmt;
		END LOOP;
	END LOOP;
	IF distributed THEN
		PERFORM set_config('citus.enable_unsafe_triggers', unsafe_triggers, true);
	END IF;

	-- The period views: one per level, grain and segmentation, so that no
	-- view mixes grains or counts a row in two of its rows
	FOR obj IN
		SELECT l.level, l.description, g.grain, seg.by_segment,
			   format('%s_by_%s%s', l.level, g.grain,
					  CASE WHEN seg.by_segment THEN '_and_segment' ELSE '' END) AS name
		FROM sx.data_model_levels() l
		CROSS JOIN (SELECT d.grain FROM sx.data_model_grains() d
					UNION ALL SELECT 'wave') g
		CROSS JOIN (VALUES (false), (true)) seg(by_segment)
		WHERE g.grain <> 'wave' OR l.level = 'kano_feature'
	LOOP
		view_sql := sx.data_model_period_query(target_schema, obj.level, obj.grain, obj.by_segment);
		EXECUTE format('CREATE OR REPLACE VIEW %s.%I WITH (security_invoker = true) AS %s',
					   s, obj.name, view_sql);
		EXECUTE format('COMMENT ON VIEW %s.%I IS %L', s, obj.name,
					   format('%s per %s%s (from the rollups)', obj.description, obj.grain,
							  CASE WHEN obj.by_segment THEN ' and segment' ELSE ', all segments together' END));
	END LOOP;

	-- The period functions: any grain and range, in the model's time zone
	-- from the rollups, in another one from the raw rows
	FOR obj IN SELECT l.level, l.description,
					  CASE l.level WHEN 'kano_feature' THEN '2, 6, 8, 4'
								   WHEN 'touchpoint' THEN '2, 6, 9, 10, 4'
								   WHEN 'stage' THEN '2, 6, 9, 4' ELSE '2, 6, 4' END AS ordering
			   FROM sx.data_model_levels() l
	LOOP
		FOR stmt IN SELECT sx.data_model_statements(format($f$
CREATE OR REPLACE FUNCTION %1$s.%2$I(grain text, from_date date DEFAULT NULL,
									 to_date date DEFAULT NULL, by_segment boolean DEFAULT false,
									 time_zone text DEFAULT NULL)
	RETURNS SETOF %1$s.%3$I
	LANGUAGE plpgsql STABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $body$
BEGIN
	IF time_zone IS NOT NULL THEN
		PERFORM now() AT TIME ZONE time_zone;
	END IF;
	IF grain = 'wave' THEN
		RAISE EXCEPTION 'grain wave is not a range of dates: a period function has no wave column'
			USING ERRCODE = 'invalid_parameter_value',
				  HINT = 'Read the view kano_feature_by_wave or kano_feature_by_wave_and_segment.';
	END IF;
	RETURN QUERY EXECUTE
		sx.data_model_period_query(%4$L, %5$L, grain, by_segment, from_date, to_date,
								   CASE WHEN time_zone <> sx.data_model_time_zone(%4$L)
										THEN time_zone END)
		|| ' ORDER BY %6$s';
END
$body$;
COMMENT ON FUNCTION %1$s.%2$I(text, date, date, boolean, text) IS %7$L;
$f$, s, obj.level || '_periods', obj.level || '_by_day', target_schema, obj.level, obj.ordering,
			format('%s per period: grain day, week, month, quarter or year; from_date, to_date inclusive (NULL: unbounded); by_segment; time_zone (NULL: the data model''s, from the rollups; another: from the raw rows)',
				   obj.description))) LOOP
			EXECUTE stmt;
		END LOOP;
	END LOOP;

	-- The views of sx 1.0, at the same columns, now read from the rollups
	FOR stmt IN SELECT sx.data_model_statements(replace($views$
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
FROM (SELECT r.survey_id, r.feature_id, r.segment, false AS all_segments,
			 sx.kano_merge(r.result) AS result
	  FROM @s@.kano_monthly r
	  GROUP BY r.survey_id, r.feature_id, r.segment
	  HAVING sx.kano_merge(r.result) OPERATOR(sx.<>) 'empty'::sx.kano_result
	  -- the rows over all segments: a second grouping rather than ROLLUP,
	  -- which Citus cannot run on the shards
	  UNION ALL
	  SELECT r.survey_id, r.feature_id, NULL, true, sx.kano_merge(r.result)
	  FROM @s@.kano_monthly r
	  GROUP BY r.survey_id, r.feature_id
	  HAVING sx.kano_merge(r.result) OPERATOR(sx.<>) 'empty'::sx.kano_result) s
JOIN @s@.survey sv ON sv.survey_id = s.survey_id
JOIN @s@.feature f ON f.feature_id = s.feature_id
CROSS JOIN LATERAL sx.kano_report(s.result) k;
COMMENT ON VIEW @s@.kano_feature_report IS
	'Kano report per survey, feature and segment over all time, plus one row per feature over all segments (all_segments); see kano_feature_by_* for periods';

-- One pass over the monthly rollups at three grains; each row's figures
-- come from the mergeable results of all its observations, never from
-- averaging the figures of the rows below it.
CREATE OR REPLACE VIEW @s@.experience_rollup WITH (security_invoker = true) AS
SELECT CASE WHEN g.g_touchpoint = 0 THEN 'touchpoint'
			WHEN g.g_stage = 0 THEN 'stage' ELSE 'journey' END AS grain,
	   g.journey_id, g.journey, g.stage,
	   CASE WHEN g.g_stage = 0 THEN g.stage_order END AS stage_order,
	   g.touchpoint_id, g.touchpoint, g.owner, g.channel, g.critical,
	   e.n, e.share_l1, e.share_l2, e.share_l3, e.share_l4,
	   e.attained::integer AS attained_level, e.attained_name, e.unfounded,
	   e.nps_n, e.nps, e.nps_low, e.nps_high, e.csat, e.ces,
	   e.centricity, e.participation, l.cooperation, e.data_scale,
	   l.verdict AS leverage_verdict, l.launch_height, l.optimal_data_scale, l.optimal_height
FROM (SELECT t.journey_id, j.name AS journey, t.stage, min(t.stage_order) AS stage_order,
			 t.touchpoint_id, t.name AS touchpoint, t.owner, t.channel, t.critical,
			 GROUPING(t.stage) AS g_stage, GROUPING(t.touchpoint_id) AS g_touchpoint,
			 sx.experience_merge(m.result) AS result,
			 CASE WHEN GROUPING(t.touchpoint_id) = 0 THEN min(t.agility)
				  ELSE (sum(sx.experience_n(m.result) * t.agility::numeric)
						/ nullif(sum(sx.experience_n(m.result)), 0))::double precision END AS agility
	  FROM @s@.touchpoint t
	  JOIN @s@.journey j ON j.journey_id = t.journey_id
	  -- merged per touchpoint first (on Citus, on the shards: the rollups
	  -- are distributed by touchpoint), which changes no count
	  LEFT JOIN (SELECT r.touchpoint_id, sx.experience_merge(r.result) AS result
				 FROM @s@.experience_monthly r GROUP BY r.touchpoint_id) m
		ON m.touchpoint_id = t.touchpoint_id
	  GROUP BY t.journey_id, j.name,
			   ROLLUP (t.stage, (t.touchpoint_id, t.name, t.owner, t.channel, t.critical))) g
CROSS JOIN LATERAL sx.experience_report(g.result) e
LEFT JOIN LATERAL sx.leverage_score(e.centricity, e.participation, e.data_scale, g.agility) l ON true;
COMMENT ON VIEW @s@.experience_rollup IS
	'experience figures per touchpoint, journey stage and journey (grain) over all time, from the monthly rollups; see touchpoint_by_*, stage_by_*, journey_by_* for periods';

CREATE OR REPLACE VIEW @s@.touchpoint_report WITH (security_invoker = true) AS
SELECT journey_id, journey, stage, stage_order, touchpoint_id, touchpoint, owner, channel,
	   critical, n, share_l1, share_l2, share_l3, share_l4, attained_level, attained_name,
	   unfounded, nps_n, nps, nps_low, nps_high, csat, ces, centricity, participation,
	   cooperation, data_scale, leverage_verdict, launch_height, optimal_data_scale,
	   optimal_height
FROM @s@.experience_rollup
WHERE grain = 'touchpoint';
COMMENT ON VIEW @s@.touchpoint_report IS
	'per touchpoint over all time: pyramid level shares and attained level, unfounded delight, NPS with interval, CSAT, CES, co-creation and leverage';

CREATE OR REPLACE VIEW @s@.journey_report WITH (security_invoker = true) AS
SELECT grain, journey_id, journey, stage, stage_order, n, share_l1, share_l2, share_l3,
	   share_l4, attained_level, attained_name, unfounded, nps_n, nps, nps_low, nps_high,
	   csat, ces, centricity, participation, cooperation, data_scale, leverage_verdict,
	   launch_height, optimal_data_scale, optimal_height
FROM @s@.experience_rollup
WHERE grain IN ('stage', 'journey');
COMMENT ON VIEW @s@.journey_report IS
	'the touchpoint figures per journey stage (grain stage) and per journey (grain journey) over all time, from all their observations';
$views$, '@s@', s)) LOOP
		EXECUTE stmt;
	END LOOP;

	-- self-assessment, repeated delight, and outcomes beside capability
	FOR stmt IN SELECT sx.data_model_statements(sx.data_model_assessment_ddl(target_schema)) LOOP
		EXECUTE stmt;
	END LOOP;
	FOR obj IN
		SELECT sc.scope, g.grain, seg.by_segment,
			   format('%srepeat_delight_by_%s%s', sc.prefix, g.grain,
					  CASE WHEN seg.by_segment THEN '_and_segment' ELSE '' END) AS name
		FROM (VALUES ('model', ''), ('touchpoint', 'touchpoint_')) sc(scope, prefix)
		CROSS JOIN (VALUES ('month'), ('quarter'), ('year')) g(grain)
		CROSS JOIN (VALUES (false), (true)) seg(by_segment)
	LOOP
		EXECUTE format('CREATE OR REPLACE VIEW %s.%I WITH (security_invoker = true) AS %s', s, obj.name,
					   sx.data_model_repeat_delight_query(target_schema, obj.scope, obj.grain,
														  obj.by_segment, tz));
		EXECUTE format('COMMENT ON VIEW %s.%I IS %L', s, obj.name,
					   format('customers seen, retained into the next %s, delighted, and delighted repeatedly, per %s%s%s (from the observations naming their customer)',
							  obj.grain, obj.grain, CASE obj.scope WHEN 'touchpoint' THEN ' and touchpoint' ELSE '' END,
							  CASE WHEN obj.by_segment THEN ' and segment' ELSE ', all segments together' END));
	END LOOP;
	FOR stmt IN SELECT sx.data_model_statements(format($v$
CREATE OR REPLACE VIEW %1$s.unit_outcomes_by_year WITH (security_invoker = true) AS
SELECT 'year'::text AS grain, coalesce(o.period_start, a.period_start) AS period_start,
	   (coalesce(o.period_start, a.period_start) + interval '1 year')::date - 1 AS period_end,
	   coalesce(o.unit, a.unit) AS unit, a.assessment_id, a.assessed_on,
	   a.overall_score, a.leadership_score, a.culture_score, a.experience_score, a.operations_score,
	   e.n, e.attained::integer AS attained_level, e.attained_name, e.nps, e.nps_low, e.nps_high,
	   rd.repeat_delight_share, rd.repeat_delight_low, rd.repeat_delight_high
FROM (SELECT j.unit, date_trunc('year', m.month)::date AS period_start,
			 sx.experience_merge(m.result) AS result
	  FROM %1$s.experience_monthly m
	  JOIN %1$s.touchpoint t ON t.touchpoint_id = m.touchpoint_id
	  JOIN %1$s.journey j ON j.journey_id = t.journey_id
	  WHERE j.unit IS NOT NULL
	  GROUP BY 1, 2
	  HAVING sx.experience_merge(m.result) OPERATOR(sx.<>) 'empty'::sx.experience_result) o
FULL JOIN (SELECT DISTINCT ON (x.unit, date_trunc('year', x.assessed_on))
				  x.unit, date_trunc('year', x.assessed_on)::date AS period_start, x.assessment_id,
				  x.assessed_on, x.score AS overall_score,
				  (SELECT d.score FROM %1$s.assessment_dimension_scores d
				   WHERE d.assessment_id = x.assessment_id AND d.dimension = 1) AS leadership_score,
				  (SELECT d.score FROM %1$s.assessment_dimension_scores d
				   WHERE d.assessment_id = x.assessment_id AND d.dimension = 2) AS culture_score,
				  (SELECT d.score FROM %1$s.assessment_dimension_scores d
				   WHERE d.assessment_id = x.assessment_id AND d.dimension = 3) AS experience_score,
				  (SELECT d.score FROM %1$s.assessment_dimension_scores d
				   WHERE d.assessment_id = x.assessment_id AND d.dimension = 4) AS operations_score
		   FROM %1$s.assessment_overall_scores x
		   ORDER BY x.unit, date_trunc('year', x.assessed_on), x.assessed_on DESC) a
	ON a.unit = o.unit AND a.period_start = o.period_start
LEFT JOIN LATERAL sx.experience_report(coalesce(o.result, 'empty'::sx.experience_result)) e ON true
LEFT JOIN (%2$s) rd ON rd.unit = coalesce(o.unit, a.unit)
	AND rd.period_start = coalesce(o.period_start, a.period_start);
COMMENT ON VIEW %1$s.unit_outcomes_by_year IS
	'per organization unit (journey.unit) and year: its self-assessment (the year''s last) beside its outcomes (attained level, NPS, repeat delight); side by side, not a causal claim';
$v$, s, sx.data_model_repeat_delight_query(target_schema, 'unit', 'year', false, tz))) LOOP
		EXECUTE stmt;
	END LOOP;

	-- teams: each team's period beside the rest of the organization
	FOR obj IN SELECT g.grain FROM (VALUES ('month'), ('quarter'), ('year')) g(grain) LOOP
		EXECUTE format('CREATE OR REPLACE VIEW %s.%I WITH (security_invoker = true) AS %s', s,
					   'team_by_' || obj.grain, sx.data_model_team_query(target_schema, obj.grain));
		EXECUTE format('COMMENT ON VIEW %s.%I IS %L', s, 'team_by_' || obj.grain,
					   format('per %s and team (observation.team): pyramid shares, NPS and CSAT with intervals, medians of the times to respond and resolve, rank, and the difference from the rest of the organization with a flag where it is significant (Bonferroni over the period''s teams); teams without observations in a %s have no row',
							  obj.grain, obj.grain));
	END LOOP;

	-- every view column described, from one list
	FOR obj IN
		SELECT c.oid::regclass AS rel, a.attname, d.description
		FROM sx.data_model_objects() o
		JOIN pg_class c ON c.relname = o.name AND c.relnamespace = s::regnamespace
		JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
		JOIN sx.data_model_column_comments() d ON d.column_name = a.attname
		WHERE o.kind = 'v'
	LOOP
		EXECUTE format('COMMENT ON COLUMN %s.%I IS %L', obj.rel, obj.attname, obj.description);
	END LOOP;

	-- a new model, one of an earlier version, rollups without the times
	-- to respond and resolve, or a new time zone: the rollups are
	-- computed from the raw rows
	IF old_tz IS NULL OR old_tz <> tz OR durations_added THEN
		PERFORM sx.rebuild_rollups(target_schema);
	END IF;

	IF owner IS NOT NULL THEN
		FOR obj IN
			SELECT o.name, o.kind, o.arguments FROM sx.data_model_objects() o
		LOOP
			EXECUTE CASE obj.kind
				WHEN 'r' THEN format('ALTER TABLE %s.%I OWNER TO %s', s, obj.name, new_owner)
				WHEN 'v' THEN format('ALTER VIEW %s.%I OWNER TO %s', s, obj.name, new_owner)
				ELSE format('ALTER FUNCTION %s.%I(%s) OWNER TO %s', s, obj.name, obj.arguments,
							new_owner) END;
		END LOOP;
	END IF;
END
$function$;
COMMENT ON FUNCTION create_data_model(name, regrole, text) IS
	'create (or bring to this version) the sx data model in a schema, owned by the caller or by owner, its days in time_zone (default: as before, else the session''s); volatile, parallel unsafe: it runs DDL';

-- Move a data model (such as the one sx 1.0 kept in schema sx) to another
-- schema, with every row; references to it by OID (views, foreign keys)
-- follow it, queries that name the old schema must be changed.  The
-- functions and triggers of a 1.1 model name their schema, so they are
-- made anew in the new one.
CREATE OR REPLACE FUNCTION move_data_model(from_schema name, to_schema name)
	RETURNS void
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	SET client_min_messages = warning
	AS $function$
DECLARE
	obj record;
	taken text;
	tz text;
	model_owner regrole;
BEGIN
	IF from_schema IS NULL OR to_schema IS NULL THEN
		RAISE EXCEPTION 'the schemas of move_data_model must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF from_schema = to_schema THEN
		RAISE EXCEPTION 'the data model is in schema % already', to_schema
			USING ERRCODE = 'invalid_parameter_value';
	END IF;
	IF to_schema = 'sx' THEN
		RAISE EXCEPTION 'the data model cannot be moved into schema sx'
			USING ERRCODE = 'invalid_schema_name',
				  DETAIL = 'Schema sx belongs to the extension; the data model belongs to its owner.';
	END IF;
	-- every table of sx 1.0's model, so that tables of the same names
	-- elsewhere are never taken for one
	IF to_regnamespace(quote_ident(from_schema)) IS NULL OR EXISTS (
		SELECT 1 FROM sx.data_model_objects() m
		WHERE m.kind = 'r' AND m.name IN ('survey', 'feature', 'kano_response', 'journey',
										  'touchpoint', 'observation')
		  AND to_regclass(format('%I.%I', from_schema, m.name)) IS NULL) THEN
		RAISE EXCEPTION 'schema % holds no sx data model', from_schema
			USING ERRCODE = 'undefined_table',
				  DETAIL = 'A data model has the tables survey, feature, kano_response, journey, touchpoint and observation.';
	END IF;
	EXECUTE format('CREATE SCHEMA IF NOT EXISTS %I', to_schema);
	SELECT string_agg(m.name, ', ') INTO taken
	FROM sx.data_model_objects() m
	WHERE m.kind IN ('r', 'v') AND to_regclass(format('%I.%I', to_schema, m.name)) IS NOT NULL;
	IF taken IS NOT NULL THEN
		RAISE EXCEPTION 'schema % already holds %', to_schema, taken
			USING ERRCODE = 'duplicate_table',
				  HINT = 'Move the data model to a schema that has none of its relations.';
	END IF;
	IF to_regclass(format('%I.data_model_settings', from_schema)) IS NOT NULL THEN
		tz := sx.data_model_time_zone(from_schema);
	END IF;
	SELECT c.relowner::regrole INTO model_owner
	FROM pg_class c WHERE c.oid = format('%I.observation', from_schema)::regclass;
	-- the functions (the triggers go with the trigger functions)
	FOR obj IN
		SELECT m.name, m.arguments FROM sx.data_model_objects() m
		WHERE m.kind = 'f'
		  AND to_regprocedure(format('%I.%I(%s)', from_schema, m.name, m.arguments)) IS NOT NULL
	LOOP
		-- a trigger function takes its triggers with it; a user's view over
		-- a period function stops the move
		EXECUTE format('DROP FUNCTION %I.%I(%s)%s', from_schema, obj.name, obj.arguments,
					   CASE WHEN obj.arguments = '' THEN ' CASCADE' ELSE '' END);
	END LOOP;
	FOR obj IN
		SELECT m.name, m.kind FROM sx.data_model_objects() m
		WHERE m.kind IN ('r', 'v') AND to_regclass(format('%I.%I', from_schema, m.name)) IS NOT NULL
	LOOP
		EXECUTE format('ALTER %s %I.%I SET SCHEMA %I',
					   CASE obj.kind WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END,
					   from_schema, obj.name, to_schema);
	END LOOP;
	IF tz IS NOT NULL THEN
		PERFORM sx.create_data_model(to_schema, model_owner, tz);
	END IF;
END
$function$;
COMMENT ON FUNCTION move_data_model(name, name) IS
	'move the sx data model from one schema to another with its rows (e.g. out of schema sx after updating from 1.0); volatile, parallel unsafe: it runs DDL';

-- The Citus layout of the data model (README "Scaling out"), in the
-- order distribute_data_model makes it: the tables every report joins to
-- are reference tables (a copy on every node); the answers and their
-- rollups are distributed by feature_id, the observations and theirs by
-- touchpoint_id, each rollup co-located with its raw table, so that a
-- statement's trigger writes the rollup shards on its own node and every
-- report grouped by feature or touchpoint runs whole on the shards.
CREATE TYPE data_model_citus_table AS (table_name name, distribution_column name,
									   colocate_with name);
COMMENT ON TYPE data_model_citus_table IS
	'a table of the data model as Citus holds it (data_model_citus_layout)';
COMMENT ON COLUMN data_model_citus_table.table_name IS 'the table, in the data model''s schema';
COMMENT ON COLUMN data_model_citus_table.distribution_column IS
	'the column its rows are distributed by (NULL: a reference table, copied to every node)';
COMMENT ON COLUMN data_model_citus_table.colocate_with IS
	'the table whose shards its shards are placed with (NULL: Citus''s default group, or none for a reference table)';
CREATE OR REPLACE FUNCTION data_model_citus_layout()
	RETURNS SETOF data_model_citus_table
	LANGUAGE sql IMMUTABLE PARALLEL SAFE
	SET search_path = pg_catalog, pg_temp
	AS $$
	SELECT v.t::name, v.c::name, v.w::name
	FROM (VALUES (1, 'survey', NULL, NULL), (2, 'feature', NULL, NULL),
				 (3, 'journey', NULL, NULL), (4, 'touchpoint', NULL, NULL),
				 (5, 'data_model_settings', NULL, NULL),
				 (6, 'assessment', NULL, NULL), (7, 'assessment_score', NULL, NULL),
				 (8, 'kano_response', 'feature_id', NULL),
				 (9, 'kano_daily', 'feature_id', 'kano_response'),
				 (10, 'kano_monthly', 'feature_id', 'kano_response'),
				 (11, 'observation', 'touchpoint_id', NULL),
				 (12, 'experience_daily', 'touchpoint_id', 'observation'),
				 (13, 'experience_monthly', 'touchpoint_id', 'observation')) AS v(o, t, c, w)
	ORDER BY v.o
	$$;
COMMENT ON FUNCTION data_model_citus_layout() IS
	'how distribute_data_model lays the data model out on Citus: each table, its distribution column (NULL: reference table) and the table it is co-located with, in the order they are distributed';

-- Distribute a data model with Citus, rows and all, as
-- data_model_citus_layout says.  Citus distributes a table only if each
-- of its unique constraints holds the distribution column, and a table
-- that references a local one only by converting that one: so a primary
-- key without the distribution column (those of the answers and the
-- observations) takes it as its last column, and the foreign keys are
-- dropped and made again once every table is distributed.  Citus copies
-- the rows into shards that have the rollup triggers already, so the
-- triggers are off while it does (the rollups are copied as they are),
-- and while the copied rows are removed from the coordinator's tables.
-- Then create_data_model makes the triggers for the shards and the views
-- again.  Run on a distributed model, it only does the last step.
CREATE OR REPLACE FUNCTION distribute_data_model(target_schema name)
	RETURNS void
	LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
	SET search_path = pg_catalog, pg_temp
	SET client_min_messages = warning
	AS $function$
DECLARE
	s text := quote_ident(target_schema);
	t record;
	rels regclass[];
	-- what is made again once every table is distributed
	afterwards text[] := '{}';
	stmt text;
	citus_tables bigint;
	modify_mode text;
	unsafe_triggers text;
BEGIN
	IF target_schema IS NULL THEN
		RAISE EXCEPTION 'the schema of the data model must not be NULL'
			USING ERRCODE = 'null_value_not_allowed';
	END IF;
	IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN
		RAISE EXCEPTION 'distributing a data model needs Citus'
			USING ERRCODE = 'feature_not_supported',
				  DETAIL = 'Extension citus is not installed in this database.',
				  HINT = 'On one server the data model needs no distribution; with Citus, run CREATE EXTENSION citus and add the worker nodes first.';
	END IF;
	PERFORM sx.data_model_time_zone(target_schema);
	SELECT array_agg(format('%s.%I', s, l.table_name)::regclass ORDER BY l.o) INTO rels
	FROM sx.data_model_citus_layout() WITH ORDINALITY l(table_name, distribution_column, colocate_with, o);
	-- Citus's catalog, read only where it exists
	EXECUTE 'SELECT count(*) FROM pg_catalog.pg_dist_partition WHERE logicalrelid = ANY ($1)'
		INTO citus_tables USING rels;
	IF citus_tables > 0 AND (citus_tables < cardinality(rels) OR NOT sx.data_model_distributed(target_schema)) THEN
		RAISE EXCEPTION 'the data model in schema % is partly distributed', target_schema
			USING ERRCODE = 'object_not_in_prerequisite_state',
				  DETAIL = format('%s of its %s tables are Citus tables.', citus_tables, cardinality(rels)),
				  HINT = 'Undistribute them (SELECT undistribute_table(...)), then run this again.';
	END IF;
	-- Citus wants one connection per node in a transaction that makes
	-- reference tables and foreign keys to them, and makes triggers on
	-- distributed tables only when asked to (until this function returns)
	modify_mode := current_setting('citus.multi_shard_modify_mode');
	unsafe_triggers := current_setting('citus.enable_unsafe_triggers');
	PERFORM set_config('citus.multi_shard_modify_mode', 'sequential', true);
	PERFORM set_config('citus.enable_unsafe_triggers', 'on', true);
	IF citus_tables = 0 THEN
		FOR t IN
			SELECT c.conrelid::regclass AS rel, c.conname, pg_get_constraintdef(c.oid) AS def
			FROM pg_constraint c
			WHERE c.contype = 'f' AND c.conrelid = ANY (rels)
			ORDER BY array_position(rels, c.conrelid::regclass), c.conname
		LOOP
			EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', t.rel, t.conname);
			afterwards := afterwards || format('ALTER TABLE %s ADD CONSTRAINT %I %s', t.rel, t.conname, t.def);
		END LOOP;
		-- a primary key without the distribution column takes it
		FOR t IN
			SELECT c.conrelid::regclass AS rel, c.conname, l.distribution_column AS col,
				   (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY k.n)
					FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
					JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS cols
			FROM sx.data_model_citus_layout() l
			JOIN pg_constraint c ON c.conrelid = format('%s.%I', s, l.table_name)::regclass AND c.contype = 'p'
			WHERE l.distribution_column IS NOT NULL
			  AND NOT EXISTS (SELECT 1 FROM pg_attribute a
							  WHERE a.attrelid = c.conrelid AND a.attname = l.distribution_column
								AND a.attnum = ANY (c.conkey))
		LOOP
			EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I, ADD CONSTRAINT %I PRIMARY KEY (%s, %I)',
						   t.rel, t.conname, t.conname, t.cols, t.col);
		END LOOP;
		-- the rollup triggers off while Citus copies the rows
		FOR stmt IN
			SELECT format('ALTER TABLE %s %s TRIGGER %I', g.tgrelid::regclass, '@state@', g.tgname)
			FROM pg_trigger g
			WHERE g.tgrelid = ANY (rels) AND NOT g.tgisinternal AND g.tgenabled <> 'D'
			ORDER BY array_position(rels, g.tgrelid::regclass), g.tgname
		LOOP
			EXECUTE replace(stmt, '@state@', 'DISABLE');
			afterwards := afterwards || replace(stmt, '@state@', 'ENABLE');
		END LOOP;
		FOR t IN SELECT * FROM sx.data_model_citus_layout() LOOP
			IF t.distribution_column IS NULL THEN
				EXECUTE 'SELECT pg_catalog.create_reference_table($1)'
					USING format('%s.%I', s, t.table_name)::regclass;
			ELSE
				EXECUTE 'SELECT pg_catalog.create_distributed_table($1, $2, colocate_with => $3)'
					USING format('%s.%I', s, t.table_name)::regclass, t.distribution_column::text,
						  CASE WHEN t.colocate_with IS NULL THEN 'default'
							   ELSE format('%s.%I', s, t.colocate_with) END;
			END IF;
		END LOOP;
		-- the rows copied into the shards leave the coordinator's tables
		-- (else they stay on its disk, unseen); while the triggers are
		-- off, for a TRUNCATE of a raw table empties its rollups
		FOR t IN SELECT * FROM sx.data_model_citus_layout() LOOP
			EXECUTE 'SELECT pg_catalog.truncate_local_data_after_distributing_table($1)'
				USING format('%s.%I', s, t.table_name)::regclass;
		END LOOP;
		FOREACH stmt IN ARRAY afterwards LOOP
			EXECUTE stmt;
		END LOOP;
	END IF;
	-- the triggers that write the rollup shards, and the views and
	-- functions over distributed tables (which Citus then makes on the
	-- workers too)
	PERFORM sx.create_data_model(target_schema);
	PERFORM set_config('citus.multi_shard_modify_mode', modify_mode, true);
	PERFORM set_config('citus.enable_unsafe_triggers', unsafe_triggers, true);
END
$function$;
COMMENT ON FUNCTION distribute_data_model(name) IS
	'distribute the sx data model in a schema with Citus, rows and all, as data_model_citus_layout says (reference tables; answers and their rollups by feature_id, observations and theirs by touchpoint_id, co-located); rollups kept by triggers on the shards; errors without Citus; volatile, parallel unsafe: it runs DDL';
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
