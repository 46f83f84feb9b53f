/*
 * pyramid_result.c
 *		The pyramid_result type in SQL: text and binary I/O, comparison
 *		and hashing, the jsonb cast, merging, the transition functions of
 *		pyramid_agg, and the figures of a group.
 */
#include "pyramid_result.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "core/sx_counts.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "pyramid_level.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

/* pyramid_result_in(cstring): levels=l0,l1,l2,l3,l4 unfounded=u */
PG_FUNCTION_INFO_V1(pyramid_result_in);
Datum
pyramid_result_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	SxPyramidResult *r = palloc(PYRAMID_RESULT_SIZE);
	SxError		err;

	if (!sx_pyramid_result_parse(s, strlen(s), r, &err))
		sx_report(&err, s);
	SET_VARSIZE(r, PYRAMID_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* pyramid_result_out(pyramid_result): read back to the same value */
PG_FUNCTION_INFO_V1(pyramid_result_out);
Datum
pyramid_result_out(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "levels=");
	for (int k = 0; k < SX_LEVELS; k++)
		appendStringInfo(&buf, k ? "," INT64_FORMAT : INT64_FORMAT, r->levels[k]);
	appendStringInfo(&buf, " unfounded=" INT64_FORMAT, r->unfounded);
	PG_RETURN_CSTRING(buf.data);
}

/* pyramid_result_recv(internal): the whole remaining message, checked */
PG_FUNCTION_INFO_V1(pyramid_result_recv);
Datum
pyramid_result_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *data = pq_getmsgbytes(buf, len);
	SxPyramidResult *r = palloc(PYRAMID_RESULT_SIZE);
	SxError		err;

	if (!sx_pyramid_result_decode((const uint8 *) data, len, r, &err))
		sx_report(&err, NULL);
	SET_VARSIZE(r, PYRAMID_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* pyramid_result_send(pyramid_result): format byte, 6 big-endian int64 */
PG_FUNCTION_INFO_V1(pyramid_result_send);
Datum
pyramid_result_send(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);
	bytea	   *out = palloc(VARHDRSZ + SX_PYRAMID_RESULT_WIRE);

	SET_VARSIZE(out, VARHDRSZ + SX_PYRAMID_RESULT_WIRE);
	sx_pyramid_result_encode(r, (uint8 *) VARDATA(out));
	PG_RETURN_BYTEA_P(out);
}

/*
 * A total order, count by count (levels, then unfounded), for sorting and
 * grouping; equality is equality of every count.
 */
static int
pyramid_result_compare(FunctionCallInfo fcinfo)
{
	const SxPyramidResult *a = PG_GETARG_PYRAMID_RESULT_P(0);
	const SxPyramidResult *b = PG_GETARG_PYRAMID_RESULT_P(1);

	for (int k = 0; k < SX_LEVELS; k++)
	{
		if (a->levels[k] != b->levels[k])
			return a->levels[k] < b->levels[k] ? -1 : 1;
	}
	if (a->unfounded != b->unfounded)
		return a->unfounded < b->unfounded ? -1 : 1;
	return 0;
}

/* pyramid_result_cmp(pyramid_result, pyramid_result): the btree support function */
PG_FUNCTION_INFO_V1(pyramid_result_cmp);
Datum
pyramid_result_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(pyramid_result_compare(fcinfo));
}

/* pyramid_result_eq(pyramid_result, pyramid_result): operator = */
PG_FUNCTION_INFO_V1(pyramid_result_eq);
Datum
pyramid_result_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(pyramid_result_compare(fcinfo) == 0);
}

/* pyramid_result_ne(pyramid_result, pyramid_result): operator <> */
PG_FUNCTION_INFO_V1(pyramid_result_ne);
Datum
pyramid_result_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(pyramid_result_compare(fcinfo) != 0);
}

/* pyramid_result_lt(pyramid_result, pyramid_result): operator < */
PG_FUNCTION_INFO_V1(pyramid_result_lt);
Datum
pyramid_result_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(pyramid_result_compare(fcinfo) < 0);
}

/* pyramid_result_le(pyramid_result, pyramid_result): operator <= */
PG_FUNCTION_INFO_V1(pyramid_result_le);
Datum
pyramid_result_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(pyramid_result_compare(fcinfo) <= 0);
}

/* pyramid_result_gt(pyramid_result, pyramid_result): operator > */
PG_FUNCTION_INFO_V1(pyramid_result_gt);
Datum
pyramid_result_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(pyramid_result_compare(fcinfo) > 0);
}

/* pyramid_result_ge(pyramid_result, pyramid_result): operator >= */
PG_FUNCTION_INFO_V1(pyramid_result_ge);
Datum
pyramid_result_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(pyramid_result_compare(fcinfo) >= 0);
}

/* Hash of the counts (every byte after the varlena header and flags) */
static uint64
pyramid_result_hash_seeded(FunctionCallInfo fcinfo, uint64 seed)
{
	const SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);

	return DatumGetUInt64(hash_any_extended((const unsigned char *) r->levels,
											PYRAMID_RESULT_SIZE -
											offsetof(SxPyramidResult, levels),
											seed));
}

/* pyramid_result_hash(pyramid_result): the low 32 bits of the seed-0 hash */
PG_FUNCTION_INFO_V1(pyramid_result_hash);
Datum
pyramid_result_hash(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) pyramid_result_hash_seeded(fcinfo, 0));
}

/* pyramid_result_hash_extended(pyramid_result, bigint) */
PG_FUNCTION_INFO_V1(pyramid_result_hash_extended);
Datum
pyramid_result_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) pyramid_result_hash_seeded(fcinfo, PG_GETARG_INT64(1)));
}

/* pyramid_result_to_jsonb(pyramid_result) */
PG_FUNCTION_INFO_V1(pyramid_result_to_jsonb);
Datum
pyramid_result_to_jsonb(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"n\": " INT64_FORMAT ", \"levels\": {",
					 sx_pyramid_result_n(r));
	for (int k = 0; k < SX_LEVELS; k++)
		appendStringInfo(&buf, "%s\"L%d\": " INT64_FORMAT, k ? ", " : "", k,
						 r->levels[k]);
	appendStringInfo(&buf, "}, \"unfounded\": " INT64_FORMAT "}", r->unfounded);
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data)));
}

/* A state a support function returns; see kano_result_checked */
static pg_noinline Datum
pyramid_result_checked(SxPyramidResult *st)
{
	SxError		err;

	if (!sx_pyramid_result_check(st, &err))
		sx_report(&err, NULL);
	return PointerGetDatum(st);
}

static inline Datum
pyramid_result_state(SxPyramidResult *st, bool trusted)
{
	if (unlikely(!trusted))
		return pyramid_result_checked(st);
	return PointerGetDatum(st);
}

/* pyramid_agg_trans(pyramid_result, pyramid_level): strict, NULLs skipped */
PG_FUNCTION_INFO_V1(pyramid_agg_trans_level);
Datum
pyramid_agg_trans_level(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxPyramidResult *st = sx_agg_state(fcinfo, PYRAMID_RESULT_SIZE);

	st->levels[pyramid_level_arg(fcinfo, 1)]++;
	return pyramid_result_state(st, trusted);
}

/* pyramid_agg_inv(pyramid_result, pyramid_level) */
PG_FUNCTION_INFO_V1(pyramid_agg_inv_level);
Datum
pyramid_agg_inv_level(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxPyramidResult *st = sx_agg_state(fcinfo, PYRAMID_RESULT_SIZE);
	int64	   *slot = &st->levels[pyramid_level_arg(fcinfo, 1)];

	if (*slot <= 0)
		sx_inverse_underflow("pyramid_agg");
	(*slot)--;
	return pyramid_result_state(st, trusted);
}

/*
 * The level and unfounded flag of every combination of the four flags
 * (core/pyramid_level.h), built once: a table lookup instead of a chain of
 * branches keeps the per-row cost flat whatever the data.
 */
static unsigned char flag_table[SX_FLAG_COMBINATIONS];
static bool flag_table_ready = false;

static inline int
flag_code(FunctionCallInfo fcinfo, int argno)
{
	return PG_ARGISNULL(argno) ? SX_FLAG_NULL : (PG_GETARG_BOOL(argno) ? 1 : 0);
}

unsigned char
pyramid_observation_entry(FunctionCallInfo fcinfo, int first)
{
	if (unlikely(!flag_table_ready))
	{
		sx_pyramid_flag_table(flag_table);
		flag_table_ready = true;
	}
	return flag_table[flag_code(fcinfo, first) |
					  (flag_code(fcinfo, first + 1) << 2) |
					  (flag_code(fcinfo, first + 2) << 4) |
					  (flag_code(fcinfo, first + 3) << 6)];
}

/* pyramid_agg_trans(pyramid_result, boolean, boolean, boolean, boolean) */
PG_FUNCTION_INFO_V1(pyramid_agg_trans_flags);
Datum
pyramid_agg_trans_flags(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxPyramidResult *st = sx_agg_state(fcinfo, PYRAMID_RESULT_SIZE);
	unsigned char e = pyramid_observation_entry(fcinfo, 1);

	st->levels[sx_flags_level(e)]++;
	st->unfounded += sx_flags_unfounded(e);
	return pyramid_result_state(st, trusted);
}

/* pyramid_agg_inv(pyramid_result, boolean, boolean, boolean, boolean) */
PG_FUNCTION_INFO_V1(pyramid_agg_inv_flags);
Datum
pyramid_agg_inv_flags(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxPyramidResult *st = sx_agg_state(fcinfo, PYRAMID_RESULT_SIZE);
	unsigned char e = pyramid_observation_entry(fcinfo, 1);

	if (st->levels[sx_flags_level(e)] <= 0 || st->unfounded < sx_flags_unfounded(e))
		sx_inverse_underflow("pyramid_agg");
	st->levels[sx_flags_level(e)]--;
	st->unfounded -= sx_flags_unfounded(e);
	return pyramid_result_state(st, trusted);
}

/* pyramid_result_merge(pyramid_result, pyramid_result): a + b */
PG_FUNCTION_INFO_V1(pyramid_result_merge);
Datum
pyramid_result_merge(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxPyramidResult *st = sx_agg_state(fcinfo, PYRAMID_RESULT_SIZE);
	SxPyramidResult *other = PG_GETARG_PYRAMID_RESULT_P(1);
	int64		n;

	if (!sx_add_counts(st->levels, other->levels, SX_LEVELS) ||
		!sx_add_counts(&st->unfounded, &other->unfounded, 1) ||
		!sx_sum_counts(st->levels, SX_LEVELS, &n))
		sx_count_overflow("pyramid_result");
	return pyramid_result_state(st, trusted);
}

/* pyramid_result_subtract(pyramid_result, pyramid_result): a - b, b part of a */
PG_FUNCTION_INFO_V1(pyramid_result_subtract);
Datum
pyramid_result_subtract(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = palloc(PYRAMID_RESULT_SIZE);
	SxError		err;

	memcpy(r, PG_GETARG_PYRAMID_RESULT_P(0), PYRAMID_RESULT_SIZE);
	if (!sx_pyramid_result_subtract(r, PG_GETARG_PYRAMID_RESULT_P(1), &err))
		sx_report(&err, NULL);
	PG_RETURN_POINTER(r);
}

/*
 * The thresholds argument: exactly SX_THRESHOLDS non-NULL numbers in
 * [0, 1], else 22023 (a bad parameter, not a bad datum).
 */
void
pyramid_thresholds_arg(FunctionCallInfo fcinfo, int argno, double *t)
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
	if (n != SX_THRESHOLDS)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("pyramid thresholds must have 4 values, not %d", n),
				 errdetail("One share per level 1..4."),
				 errhint("Pass 4 shares, e.g. '{0.9,0.8,0.5,0.2}'.")));
	for (int k = 0; k < SX_THRESHOLDS; k++)
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
					 errdetail("Got %s.", sx_double_text(t[k])),
					 errhint("Thresholds are shares of observations, e.g. 0.9.")));
	}
}

/* pyramid_n(pyramid_result): observations */
PG_FUNCTION_INFO_V1(pyramid_n);
Datum
pyramid_n(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(sx_pyramid_result_n(PG_GETARG_PYRAMID_RESULT_P(0)));
}

/* pyramid_count(pyramid_result, pyramid_level): observations at exactly that level */
PG_FUNCTION_INFO_V1(pyramid_count);
Datum
pyramid_count(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_PYRAMID_RESULT_P(0)->levels[pyramid_level_arg(fcinfo, 1)]);
}

/* pyramid_share(pyramid_result, pyramid_level): share at that level or above */
PG_FUNCTION_INFO_V1(pyramid_share);
Datum
pyramid_share(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);
	int64		n = sx_pyramid_result_n(r);

	if (n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(sx_pyramid_share(r, pyramid_level_arg(fcinfo, 1), n));
}

/* pyramid_attained(pyramid_result, thresholds double precision[]) */
PG_FUNCTION_INFO_V1(pyramid_attained);
Datum
pyramid_attained(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);
	int64		n = sx_pyramid_result_n(r);
	double		t[SX_THRESHOLDS];

	pyramid_thresholds_arg(fcinfo, 1, t);
	if (n == 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(PyramidLevelGetDatum(sx_pyramid_attained(r, t, n)));
}

/* pyramid_group_label(pyramid_result, thresholds double precision[]) */
PG_FUNCTION_INFO_V1(pyramid_group_label);
Datum
pyramid_group_label(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);
	int64		n = sx_pyramid_result_n(r);
	double		t[SX_THRESHOLDS];
	char		label[SX_PYRAMID_LABEL_MAX];

	pyramid_thresholds_arg(fcinfo, 1, t);
	if (n == 0)
		PG_RETURN_NULL();
	sx_pyramid_group_label(r, t, n, label);
	PG_RETURN_TEXT_P(cstring_to_text(label));
}

/* pyramid_unfounded(pyramid_result): surprised without level 2 */
PG_FUNCTION_INFO_V1(pyramid_unfounded);
Datum
pyramid_unfounded(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_PYRAMID_RESULT_P(0)->unfounded);
}

/* The columns of pyramid_report, in order */
enum
{
	PREP_N,
	PREP_L0,					/* PREP_L0 + k: observations at level k */
	PREP_SHARE_L1 = PREP_L0 + SX_LEVELS,	/* + k - 1: share at k or above */
	PREP_ATTAINED = PREP_SHARE_L1 + SX_LEVEL_TOP,
	PREP_UNFOUNDED,
	PREP_COLUMNS
};

/* pyramid_report(pyramid_result, thresholds double precision[]) */
PG_FUNCTION_INFO_V1(pyramid_report);
Datum
pyramid_report(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r = PG_GETARG_PYRAMID_RESULT_P(0);
	TupleDesc	desc = sx_result_tupdesc(fcinfo);
	int64		n = sx_pyramid_result_n(r);
	Datum		values[PREP_COLUMNS];
	bool		nulls[PREP_COLUMNS] = {0};
	double		t[SX_THRESHOLDS];

	pyramid_thresholds_arg(fcinfo, 1, t);
	Assert(desc->natts == PREP_COLUMNS);
	values[PREP_N] = Int64GetDatum(n);
	for (int k = 0; k < SX_LEVELS; k++)
		values[PREP_L0 + k] = Int64GetDatum(r->levels[k]);
	for (int k = 1; k <= SX_LEVEL_TOP; k++)
	{
		nulls[PREP_SHARE_L1 + k - 1] = (n == 0);
		values[PREP_SHARE_L1 + k - 1] =
			n ? Float8GetDatum(sx_pyramid_share(r, k, n)) : (Datum) 0;
	}
	nulls[PREP_ATTAINED] = (n == 0);
	values[PREP_ATTAINED] =
		n ? PyramidLevelGetDatum(sx_pyramid_attained(r, t, n)) : (Datum) 0;
	values[PREP_UNFOUNDED] = Int64GetDatum(r->unfounded);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
