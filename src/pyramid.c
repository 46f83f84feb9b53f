/*
 * pyramid.c
 *		The service excellence pyramid (ISO 23592): the pyramid_level type
 *		(0..4), the level of one observation, the mergeable pyramid_result
 *		of a group, its aggregates and figures.
 *
 * Comparison and hashing of pyramid_level reuse the built-in "char"
 * functions in SQL, as kano_answer does.  pyramid_result is made of counts
 * only and uses the shared sx_counts_* comparison functions.
 */
#include "sx.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "funcapi.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#define PYRAMID_RESULT_SIZE sizeof(SxPyramidResult)

/* A state returned by a support function called directly, checked */
SX_STATE_CHECKER(pyramid_state_checked, SxPyramidResult, sx_pyramid_result_check)

static inline int
pyramid_level_arg(FunctionCallInfo fcinfo, int argno)
{
	int			level = PG_GETARG_PYRAMID_LEVEL(argno);

	if (unlikely(level < 0 || level >= SX_LEVELS))
		elog(ERROR, "corrupt pyramid_level value %d", level);
	return level;
}

/* Text input: 0..4, L0..L4 or a level name, any case */
PG_FUNCTION_INFO_V1(pyramid_level_in);
Datum
pyramid_level_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	int			level;
	SxError		err;

	if (!sx_parse_level(s, strlen(s), &level, &err))
		sx_report(&err, s);
	PG_RETURN_DATUM(PyramidLevelGetDatum(level));
}

/* Text output: L0..L4 */
PG_FUNCTION_INFO_V1(pyramid_level_out);
Datum
pyramid_level_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(psprintf("L%d", pyramid_level_arg(fcinfo, 0)));
}

/* Binary input: one byte 0..4 */
PG_FUNCTION_INFO_V1(pyramid_level_recv);
Datum
pyramid_level_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			level = pq_getmsgbyte(buf);

	if (level < 0 || level >= SX_LEVELS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid binary pyramid_level value %d", level),
				 errdetail("The binary form is one byte holding 0..4.")));
	PG_RETURN_DATUM(PyramidLevelGetDatum(level));
}

/* Binary output: one byte 0..4 */
PG_FUNCTION_INFO_V1(pyramid_level_send);
Datum
pyramid_level_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendbyte(&buf, pyramid_level_arg(fcinfo, 0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Cast integer -> pyramid_level: 0..4 */
PG_FUNCTION_INFO_V1(pyramid_level_from_int4);
Datum
pyramid_level_from_int4(PG_FUNCTION_ARGS)
{
	int32		level = PG_GETARG_INT32(0);

	if (level < 0 || level >= SX_LEVELS)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("pyramid level %d is out of range 0..4", level),
				 errhint("Levels are 0 (promise not kept) to 4 (surprisingly "
						 "excellent service provision).")));
	PG_RETURN_DATUM(PyramidLevelGetDatum(level));
}

/* Cast pyramid_level -> integer */
PG_FUNCTION_INFO_V1(pyramid_level_to_int4);
Datum
pyramid_level_to_int4(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(pyramid_level_arg(fcinfo, 0));
}

/* pyramid_level_name(level): the level's name in ISO 23592 */
PG_FUNCTION_INFO_V1(pyramid_level_name);
Datum
pyramid_level_name(PG_FUNCTION_ARGS)
{
	PG_RETURN_TEXT_P(cstring_to_text(sx_level_name(pyramid_level_arg(fcinfo, 0))));
}

static inline int
flag_arg(FunctionCallInfo fcinfo, int argno)
{
	return PG_ARGISNULL(argno) ? SX_UNKNOWN : (PG_GETARG_BOOL(argno) ? 1 : 0);
}

/* pyramid_level(promise_kept, issue_resolved, felt_valued, surprised) */
PG_FUNCTION_INFO_V1(pyramid_level_of);
Datum
pyramid_level_of(PG_FUNCTION_ARGS)
{
	PG_RETURN_DATUM(PyramidLevelGetDatum(sx_pyramid_level(flag_arg(fcinfo, 0),
														  flag_arg(fcinfo, 1),
														  flag_arg(fcinfo, 2),
														  flag_arg(fcinfo, 3))));
}

/*
 * kano_pyramid_role(category): the pyramid level a Kano category supports
 * (DOMAIN: M carries the level 1 promise, O at high performance supports
 * level 3, A is a candidate for level 4); NULL for I, R and Q.
 */
PG_FUNCTION_INFO_V1(kano_pyramid_role);
Datum
kano_pyramid_role(PG_FUNCTION_ARGS)
{
	switch (PG_GETARG_KANO_CATEGORY(0))
	{
		case SX_CAT_M:
			PG_RETURN_DATUM(PyramidLevelGetDatum(1));
		case SX_CAT_O:
			PG_RETURN_DATUM(PyramidLevelGetDatum(3));
		case SX_CAT_A:
			PG_RETURN_DATUM(PyramidLevelGetDatum(4));
		default:
			PG_RETURN_NULL();
	}
}

/* ---------------------------------------------------------------------
 * pyramid_result
 * ---------------------------------------------------------------------
 */

static inline SxPyramidResult *
pyramid_result_new(void)
{
	SxPyramidResult *r = palloc0(PYRAMID_RESULT_SIZE);

	SET_VARSIZE(r, PYRAMID_RESULT_SIZE);
	return r;
}

/* Text input: levels=l0,l1,l2,l3,l4 unfounded=u */
PG_FUNCTION_INFO_V1(pyramid_result_in);
Datum
pyramid_result_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	SxPyramidResult *r = pyramid_result_new();
	SxError		err;

	if (!sx_pyramid_result_parse(s, strlen(s), r, &err))
		sx_report(&err, s);
	SET_VARSIZE(r, PYRAMID_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* Text output, read back to the identical value */
PG_FUNCTION_INFO_V1(pyramid_result_out);
Datum
pyramid_result_out(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);

	PG_RETURN_CSTRING(psprintf("levels=" INT64_FORMAT "," INT64_FORMAT ","
							   INT64_FORMAT "," INT64_FORMAT "," INT64_FORMAT
							   " unfounded=" INT64_FORMAT,
							   r->levels[0], r->levels[1], r->levels[2],
							   r->levels[3], r->levels[4], r->unfounded));
}

/* Binary input: the whole remaining message, checked field by field */
PG_FUNCTION_INFO_V1(pyramid_result_recv);
Datum
pyramid_result_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *data = pq_getmsgbytes(buf, len);
	SxPyramidResult *r = pyramid_result_new();
	SxError		err;

	if (!sx_pyramid_result_decode((const uint8_t *) data, len, r, &err))
		sx_report(&err, NULL);
	SET_VARSIZE(r, PYRAMID_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* Binary output: format byte, 6 big-endian int64 */
PG_FUNCTION_INFO_V1(pyramid_result_send);
Datum
pyramid_result_send(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);
	bytea	   *out = palloc(VARHDRSZ + SX_PYRAMID_RESULT_WIRE);

	SET_VARSIZE(out, VARHDRSZ + SX_PYRAMID_RESULT_WIRE);
	sx_pyramid_result_encode(r, (uint8_t *) VARDATA(out));
	PG_RETURN_BYTEA_P(out);
}

static inline int64
pyramid_total(const SxPyramidResult *r)
{
	int64		n = 0;

	for (int k = 0; k < SX_LEVELS; k++)
		n += r->levels[k];
	return n;
}

/* Cast to jsonb */
PG_FUNCTION_INFO_V1(pyramid_result_to_jsonb);
Datum
pyramid_result_to_jsonb(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);
	char	   *json;

	json = psprintf("{\"n\": " INT64_FORMAT ", \"levels\": {\"L0\": " INT64_FORMAT
					", \"L1\": " INT64_FORMAT ", \"L2\": " INT64_FORMAT
					", \"L3\": " INT64_FORMAT ", \"L4\": " INT64_FORMAT
					"}, \"unfounded\": " INT64_FORMAT "}",
					pyramid_total(r), r->levels[0], r->levels[1], r->levels[2],
					r->levels[3], r->levels[4], r->unfounded);
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(json)));
}

/* ---------------------------------------------------------------------
 * Aggregates
 * ---------------------------------------------------------------------
 */

/* pyramid_agg(pyramid_level) transition: strict, so NULL levels are skipped */
PG_FUNCTION_INFO_V1(pyramid_agg_level_trans);
Datum
pyramid_agg_level_trans(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxPyramidResult *st = sx_agg_state(fcinfo, PYRAMID_RESULT_SIZE);

	st->levels[pyramid_level_arg(fcinfo, 1)]++;
	SX_RETURN_STATE(direct, st, pyramid_state_checked);
}

/* pyramid_agg(pyramid_level) inverse transition */
PG_FUNCTION_INFO_V1(pyramid_agg_level_inv);
Datum
pyramid_agg_level_inv(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxPyramidResult *st = sx_agg_state(fcinfo, PYRAMID_RESULT_SIZE);
	int64	   *slot = &st->levels[pyramid_level_arg(fcinfo, 1)];

	if (*slot <= 0)
		sx_inverse_underflow("pyramid_agg");
	(*slot)--;
	SX_RETURN_STATE(direct, st, pyramid_state_checked);
}

/*
 * Level and "delight without foundation" (surprised, but level 2 not
 * reached) of every combination of the four flags, each coded in 2 bits
 * (0 false, 1 true, 2 NULL): bits 0-2 hold the level, bit 3 unfounded.
 * Built once from sx_pyramid_level; a table lookup instead of a chain of
 * branches keeps the per-row cost flat whatever the data.
 */
static uint8 pyramid_table[256];
static bool pyramid_table_ready = false;

static void
pyramid_table_build(void)
{
	static const int value[3] = {0, 1, SX_UNKNOWN};

	for (int pk = 0; pk < 3; pk++)
		for (int ir = 0; ir < 3; ir++)
			for (int fv = 0; fv < 3; fv++)
				for (int su = 0; su < 3; su++)
				{
					int			level = sx_pyramid_level(value[pk], value[ir],
														 value[fv], value[su]);
					bool		unfounded = (value[su] == 1 && level < 2);

					pyramid_table[pk | (ir << 2) | (fv << 4) | (su << 6)] =
						(uint8) (level | (unfounded << 3));
				}
	pyramid_table_ready = true;
}

static inline int
flag_code(FunctionCallInfo fcinfo, int argno)
{
	return PG_ARGISNULL(argno) ? 2 : (PG_GETARG_BOOL(argno) ? 1 : 0);
}

/* The table entry of the row in arguments 1..4 */
static inline uint8
pyramid_flags(FunctionCallInfo fcinfo)
{
	if (unlikely(!pyramid_table_ready))
		pyramid_table_build();
	return pyramid_table[flag_code(fcinfo, 1) | (flag_code(fcinfo, 2) << 2) |
						 (flag_code(fcinfo, 3) << 4) | (flag_code(fcinfo, 4) << 6)];
}

/* pyramid_agg(promise_kept, issue_resolved, felt_valued, surprised) transition */
PG_FUNCTION_INFO_V1(pyramid_agg_flags_trans);
Datum
pyramid_agg_flags_trans(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxPyramidResult *st = sx_agg_state(fcinfo, PYRAMID_RESULT_SIZE);
	uint8		e = pyramid_flags(fcinfo);

	st->levels[e & 7]++;
	st->unfounded += e >> 3;
	SX_RETURN_STATE(direct, st, pyramid_state_checked);
}

/* pyramid_agg(four flags) inverse transition */
PG_FUNCTION_INFO_V1(pyramid_agg_flags_inv);
Datum
pyramid_agg_flags_inv(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxPyramidResult *st = sx_agg_state(fcinfo, PYRAMID_RESULT_SIZE);
	uint8		e = pyramid_flags(fcinfo);

	if (st->levels[e & 7] <= 0 || st->unfounded < (e >> 3))
		sx_inverse_underflow("pyramid_agg");
	st->levels[e & 7]--;
	st->unfounded -= e >> 3;
	SX_RETURN_STATE(direct, st, pyramid_state_checked);
}

/*
 * pyramid_result_merge(a, b): a + b.  The combine function of both
 * aggregates, the transition of pyramid_merge, and the + operator.
 */
PG_FUNCTION_INFO_V1(pyramid_result_merge);
Datum
pyramid_result_merge(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxPyramidResult *st = sx_agg_state(fcinfo, PYRAMID_RESULT_SIZE);
	SxPyramidResult *other = PG_GETARG_PYRAMID_RESULT_P(1);
	int64		n;

	sx_add_counts(st->levels, other->levels, SX_LEVELS, "pyramid_result");
	sx_add_counts(&st->unfounded, &other->unfounded, 1, "pyramid_result");
	if (!sx_sum_counts(st->levels, SX_LEVELS, &n))
		sx_count_overflow("pyramid_result");
	SX_RETURN_STATE(direct, st, pyramid_state_checked);
}

/* ---------------------------------------------------------------------
 * Figures
 * ---------------------------------------------------------------------
 */

/*
 * The thresholds argument: exactly 4 non-NULL numbers in [0, 1], else
 * 22023 (a bad parameter, not a bad datum).
 */
static void
pyramid_thresholds(FunctionCallInfo fcinfo, int argno, double *t)
{
	ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(argno);
	Datum	   *elems;
	bool	   *nulls;
	int			n;

	if (ARR_ELEMTYPE(arr) != FLOAT8OID)
		elog(ERROR, "thresholds must be double precision[]");
	if (ARR_NDIM(arr) > 1)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("pyramid thresholds must be a one-dimensional array"),
				 errhint("Pass 4 shares, e.g. '{0.9,0.8,0.5,0.2}'.")));
	deconstruct_array(arr, FLOAT8OID, sizeof(float8), FLOAT8PASSBYVAL,
					  TYPALIGN_DOUBLE, &elems, &nulls, &n);
	if (n != 4)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("pyramid thresholds must have 4 values, not %d", n),
				 errdetail("One share per level 1..4."),
				 errhint("Pass 4 shares, e.g. '{0.9,0.8,0.5,0.2}'.")));
	for (int k = 0; k < 4; k++)
	{
		if (nulls[k])
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("pyramid threshold %d is NULL", k + 1),
					 errhint("Pass 4 shares, e.g. '{0.9,0.8,0.5,0.2}'.")));
		t[k] = DatumGetFloat8(elems[k]);
		if (!(t[k] >= 0.0 && t[k] <= 1.0))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("pyramid threshold %d must be between 0 and 1", k + 1),
					 errdetail("Got %g.", t[k]),
					 errhint("Thresholds are shares of observations, e.g. 0.9.")));
	}
}

/* Share of observations at level k or above (k = 0 is all of them) */
static inline double
pyramid_share_of(const SxPyramidResult *r, int k, int64 n)
{
	int64		above = 0;

	for (int j = k; j < SX_LEVELS; j++)
		above += r->levels[j];
	return (double) above / (double) n;
}

/* The highest k with share(j) >= t(j) for every j <= k (n > 0) */
static inline int
pyramid_attained_of(const SxPyramidResult *r, const double *t, int64 n)
{
	int			k = 0;

	while (k < 4 && pyramid_share_of(r, k + 1, n) >= t[k])
		k++;
	return k;
}

/* pyramid_n(r): observations */
PG_FUNCTION_INFO_V1(pyramid_n);
Datum
pyramid_n(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(pyramid_total(PG_GETARG_PYRAMID_RESULT_P(0)));
}

/* pyramid_count(r, level): observations at exactly that level */
PG_FUNCTION_INFO_V1(pyramid_count);
Datum
pyramid_count(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_PYRAMID_RESULT_P(0)->levels[pyramid_level_arg(fcinfo, 1)]);
}

/* pyramid_share(r, level): share at that level or above, NULL when empty */
PG_FUNCTION_INFO_V1(pyramid_share);
Datum
pyramid_share(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);
	int64		n = pyramid_total(r);

	if (n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(pyramid_share_of(r, pyramid_level_arg(fcinfo, 1), n));
}

/* pyramid_attained(r, thresholds): the level the group attains */
PG_FUNCTION_INFO_V1(pyramid_attained);
Datum
pyramid_attained(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);
	int64		n = pyramid_total(r);
	double		t[4];

	pyramid_thresholds(fcinfo, 1, t);
	if (n == 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(PyramidLevelGetDatum(pyramid_attained_of(r, t, n)));
}

/* pyramid_unfounded(r): surprises without level 2 ("delight without foundation") */
PG_FUNCTION_INFO_V1(pyramid_unfounded);
Datum
pyramid_unfounded(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_PYRAMID_RESULT_P(0)->unfounded);
}

/* pyramid_report(r, thresholds): every figure in one record */
PG_FUNCTION_INFO_V1(pyramid_report);
Datum
pyramid_report(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);
	TupleDesc	desc = sx_result_tupdesc(fcinfo);
	int64		n = pyramid_total(r);
	Datum		values[12];
	bool		nulls[12] = {0};
	double		t[4];

	pyramid_thresholds(fcinfo, 1, t);
	Assert(desc->natts == 12);
	values[0] = Int64GetDatum(n);
	for (int k = 0; k < SX_LEVELS; k++)
		values[1 + k] = Int64GetDatum(r->levels[k]);
	for (int k = 1; k <= 4; k++)
	{
		nulls[5 + k] = (n == 0);
		values[5 + k] = n ? Float8GetDatum(pyramid_share_of(r, k, n)) : (Datum) 0;
	}
	nulls[10] = (n == 0);
	values[10] = n ? PyramidLevelGetDatum(pyramid_attained_of(r, t, n)) : (Datum) 0;
	values[11] = Int64GetDatum(r->unfounded);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
