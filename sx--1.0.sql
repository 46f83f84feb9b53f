/* sx--1.0.sql: service-excellence analytics, version 1.0 */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION sx" to load this file. \quit

-- Every object is created in schema sx (sx.control) and every function is
-- IMMUTABLE STRICT PARALLEL SAFE unless its comment says why not.

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

CREATE FUNCTION kano_answer(integer) RETURNS kano_answer
	AS 'MODULE_PATHNAME', 'kano_answer_from_int4'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION kano_answer_code(kano_answer) RETURNS integer
	AS 'MODULE_PATHNAME', 'kano_answer_to_int4'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
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

CREATE AGGREGATE kano_agg(functional kano_answer, dysfunctional kano_answer) (
	SFUNC = kano_agg_trans,
	STYPE = kano_result,
	INITCOND = 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0',
	COMBINEFUNC = kano_result_merge,
	MSFUNC = kano_agg_trans,
	MINVFUNC = kano_agg_inv,
	MSTYPE = kano_result,
	MINITCOND = 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0',
	PARALLEL = SAFE
);
CREATE AGGREGATE kano_agg(functional kano_answer, dysfunctional kano_answer,
						  importance double precision) (
	SFUNC = kano_agg_trans,
	STYPE = kano_result,
	INITCOND = 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0',
	COMBINEFUNC = kano_result_merge,
	PARALLEL = SAFE
);
CREATE AGGREGATE kano_agg(functional integer, dysfunctional integer) (
	SFUNC = kano_agg_trans,
	STYPE = kano_result,
	INITCOND = 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0',
	COMBINEFUNC = kano_result_merge,
	MSFUNC = kano_agg_trans,
	MINVFUNC = kano_agg_inv,
	MSTYPE = kano_result,
	MINITCOND = 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0',
	PARALLEL = SAFE
);
CREATE AGGREGATE kano_agg(functional integer, dysfunctional integer,
						  importance double precision) (
	SFUNC = kano_agg_trans,
	STYPE = kano_result,
	INITCOND = 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0',
	COMBINEFUNC = kano_result_merge,
	PARALLEL = SAFE
);
CREATE AGGREGATE kano_merge(kano_result) (
	SFUNC = kano_result_merge,
	STYPE = kano_result,
	INITCOND = 'pairs=0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0/0,0,0,0,0 incomplete=0 importance=0,0,0',
	COMBINEFUNC = kano_result_merge,
	PARALLEL = SAFE
);
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
CREATE FUNCTION kano_category(result kano_result, scheme text DEFAULT 'iso24082',
							  rule text DEFAULT 'mode') RETURNS kano_category
	AS 'MODULE_PATHNAME', 'kano_result_category'
	LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
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
