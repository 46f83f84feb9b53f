/*
 * kano_result.c
 *		The kano_result type, the mergeable sufficient statistic of a group
 *		of Kano answers, and the aggregates that build and merge it.
 *
 * A kano_result holds the 5x5 counts of complete answer pairs, the count of
 * rows with one answer missing, and count, sum and sum of squares of
 * importance.  Every figure under any evaluation table follows from it, and
 * two results merge by adding fields, which is the combine function, the
 * rollup merge and the + operator alike.
 */
#include "sx.h"

#include <math.h>

#include "common/hashfn.h"
#include "common/int.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#define KANO_RESULT_SIZE sizeof(SxKanoResult)

/* A state returned by a support function called directly, checked */
SX_STATE_CHECKER(kano_state_checked, SxKanoResult, sx_kano_result_check)

static inline SxKanoResult *
kano_result_new(void)
{
	SxKanoResult *r = palloc0(KANO_RESULT_SIZE);

	SET_VARSIZE(r, KANO_RESULT_SIZE);
	return r;
}

/* Text input: pairs=r1/r2/r3/r4/r5 incomplete=n importance=n,sum,sumsq */
PG_FUNCTION_INFO_V1(kano_result_in);
Datum
kano_result_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	SxKanoResult *r = kano_result_new();
	SxError		err;

	if (!sx_kano_result_parse(s, strlen(s), r, &err))
		sx_report(&err, s);
	SET_VARSIZE(r, KANO_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* Text output, read back by kano_result_in to the identical value */
PG_FUNCTION_INFO_V1(kano_result_out);
Datum
kano_result_out(PG_FUNCTION_ARGS)
{
	SxKanoResult *r = PG_GETARG_KANO_RESULT_P(0);
	StringInfoData buf;
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];

	initStringInfo(&buf);
	appendStringInfoString(&buf, "pairs=");
	for (int i = 0; i < SX_CELLS; i++)
	{
		if (i > 0)
			appendStringInfoChar(&buf, i % SX_ANSWERS == 0 ? '/' : ',');
		appendStringInfo(&buf, INT64_FORMAT, r->pairs[i]);
	}
	appendStringInfo(&buf, " incomplete=" INT64_FORMAT " importance=" INT64_FORMAT,
					 r->incomplete, r->imp_n);
	appendStringInfo(&buf, ",%s", sx_double_text(r->imp_sum, num));
	appendStringInfo(&buf, ",%s", sx_double_text(r->imp_sumsq, num));
	PG_RETURN_CSTRING(buf.data);
}

/* Binary input: the whole remaining message, checked field by field */
PG_FUNCTION_INFO_V1(kano_result_recv);
Datum
kano_result_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *data = pq_getmsgbytes(buf, len);
	SxKanoResult *r = kano_result_new();
	SxError		err;

	if (!sx_kano_result_decode((const uint8_t *) data, len, r, &err))
		sx_report(&err, NULL);
	SET_VARSIZE(r, KANO_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* Binary output: format byte, 27 big-endian int64, 2 float8 */
PG_FUNCTION_INFO_V1(kano_result_send);
Datum
kano_result_send(PG_FUNCTION_ARGS)
{
	SxKanoResult *r = PG_GETARG_KANO_RESULT_P(0);
	bytea	   *out = palloc(VARHDRSZ + SX_KANO_RESULT_WIRE);

	SET_VARSIZE(out, VARHDRSZ + SX_KANO_RESULT_WIRE);
	sx_kano_result_encode(r, (uint8_t *) VARDATA(out));
	PG_RETURN_BYTEA_P(out);
}

#define CMP(x, y) do { if ((x) != (y)) return (x) < (y) ? -1 : 1; } while (0)

/*
 * A total order, field by field (pairs, incomplete, importance), so that
 * results can be sorted, grouped and made DISTINCT; it has no meaning
 * beyond that.  Equality is equality of every count and moment.
 */
static int
kano_result_cmp_internal(const SxKanoResult *a, const SxKanoResult *b)
{
	for (int i = 0; i < SX_CELLS; i++)
		CMP(a->pairs[i], b->pairs[i]);
	CMP(a->incomplete, b->incomplete);
	CMP(a->imp_n, b->imp_n);
	CMP(a->imp_sum, b->imp_sum);
	CMP(a->imp_sumsq, b->imp_sumsq);
	return 0;
}

static inline int
kano_result_cmp_args(FunctionCallInfo fcinfo)
{
	return kano_result_cmp_internal(PG_GETARG_KANO_RESULT_P(0),
									PG_GETARG_KANO_RESULT_P(1));
}

/* Comparison operators and the btree support function */
SX_COMPARISON_FUNCTIONS(kano_result, kano_result_cmp_args)

/*
 * Hash of the fields that equality compares; -0 and +0 compare equal, so
 * zero moments are hashed as +0.
 */
static uint64
kano_result_hash_arg(FunctionCallInfo fcinfo, uint64 seed)
{
	SxKanoResult h = *PG_GETARG_KANO_RESULT_P(0);

	h.vl_len_ = 0;
	if (h.imp_sum == 0)
		h.imp_sum = 0.0;
	if (h.imp_sumsq == 0)
		h.imp_sumsq = 0.0;
	return DatumGetUInt64(hash_any_extended((const unsigned char *) &h,
											sizeof(h), seed));
}

SX_HASH_FUNCTIONS(kano_result, kano_result_hash_arg)

/* Cast to jsonb: the raw statistic with its iso24082 category counts */
PG_FUNCTION_INFO_V1(kano_result_to_jsonb);
Datum
kano_result_to_jsonb(PG_FUNCTION_ARGS)
{
	SxKanoResult *r = PG_GETARG_KANO_RESULT_P(0);
	KanoTally	t;
	StringInfoData buf;
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];
	static const char order[] = {SX_CAT_A, SX_CAT_O, SX_CAT_M, SX_CAT_I,
	SX_CAT_Q, SX_CAT_R};

	kano_tally(r, &sx_scheme_iso24082, &t);
	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"n\": " INT64_FORMAT ", \"incomplete\": " INT64_FORMAT
					 ", \"pairs\": [", t.n, r->incomplete);
	for (int f = 0; f < SX_ANSWERS; f++)
	{
		appendStringInfoString(&buf, f ? ", [" : "[");
		for (int d = 0; d < SX_ANSWERS; d++)
			appendStringInfo(&buf, d ? ", " INT64_FORMAT : INT64_FORMAT,
							 r->pairs[f * SX_ANSWERS + d]);
		appendStringInfoChar(&buf, ']');
	}
	appendStringInfoString(&buf, "], \"iso24082\": {");
	for (int k = 0; k < SX_CATEGORIES; k++)
		appendStringInfo(&buf, "%s\"%s\": " INT64_FORMAT, k ? ", " : "",
						 sx_category_letter(order[k]), t.cat[(int) order[k]]);
	appendStringInfo(&buf, "}, \"importance\": {\"n\": " INT64_FORMAT, r->imp_n);
	appendStringInfo(&buf, ", \"sum\": %s", sx_double_text(r->imp_sum, num));
	appendStringInfo(&buf, ", \"sumsq\": %s}}", sx_double_text(r->imp_sumsq, num));
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data)));
}

/* Index of an answer pair in pairs[]; answers come from validated input */
static inline int
kano_cell(int f, int d)
{
	if (unlikely((unsigned) (f - 1) >= SX_ANSWERS || (unsigned) (d - 1) >= SX_ANSWERS))
		elog(ERROR, "corrupt kano_answer value");
	return (f - 1) * SX_ANSWERS + (d - 1);
}

/*
 * Count one row.  Both answers NULL is no row at all (the respondent
 * skipped the feature); one NULL is an incomplete row.  Returns whether the
 * pair was complete.
 */
static inline bool
kano_accum(SxKanoResult *st, FunctionCallInfo fcinfo, bool codes)
{
	bool		fnull = PG_ARGISNULL(1);
	bool		dnull = PG_ARGISNULL(2);

	if (likely(!fnull && !dnull))
	{
		int			f;
		int			d;

		if (codes)
		{
			f = sx_answer_code(PG_GETARG_INT32(1));
			d = sx_answer_code(PG_GETARG_INT32(2));
		}
		else
		{
			f = PG_GETARG_KANO_ANSWER(1);
			d = PG_GETARG_KANO_ANSWER(2);
		}
		st->pairs[kano_cell(f, d)]++;
		return true;
	}
	if (fnull != dnull)
	{
		/* the answer given must still be a valid one */
		if (codes)
			(void) sx_answer_code(PG_GETARG_INT32(fnull ? 2 : 1));
		st->incomplete++;
	}
	return false;
}

/* The inverse of kano_accum, for moving window frames */
static inline void
kano_unaccum(SxKanoResult *st, FunctionCallInfo fcinfo, bool codes)
{
	bool		fnull = PG_ARGISNULL(1);
	bool		dnull = PG_ARGISNULL(2);
	int64	   *slot;

	if (fnull && dnull)
		return;
	if (fnull || dnull)
		slot = &st->incomplete;
	else if (codes)
		slot = &st->pairs[kano_cell(sx_answer_code(PG_GETARG_INT32(1)),
									sx_answer_code(PG_GETARG_INT32(2)))];
	else
		slot = &st->pairs[kano_cell(PG_GETARG_KANO_ANSWER(1),
									PG_GETARG_KANO_ANSWER(2))];
	if (*slot <= 0)
		sx_inverse_underflow("kano_agg");
	(*slot)--;
}

static inline void
kano_accum_importance(SxKanoResult *st, double x)
{
	if (!isfinite(x))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("importance must be a finite number"),
				 errdetail("Got %g.", x)));
	st->imp_n++;
	st->imp_sum += x;
	st->imp_sumsq += x * x;
	if (!isfinite(st->imp_sumsq) || !isfinite(st->imp_sum))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("importance sums are out of range"),
				 errdetail("The sum of squared importance exceeds the range "
						   "of double precision.")));
}

/* kano_agg(kano_answer, kano_answer) transition */
PG_FUNCTION_INFO_V1(kano_agg_trans);
Datum
kano_agg_trans(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);

	kano_accum(st, fcinfo, false);
	SX_RETURN_STATE(direct, st, kano_state_checked);
}

/* kano_agg(kano_answer, kano_answer, importance) transition */
PG_FUNCTION_INFO_V1(kano_agg_trans_imp);
Datum
kano_agg_trans_imp(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);

	if (kano_accum(st, fcinfo, false) && !PG_ARGISNULL(3))
		kano_accum_importance(st, PG_GETARG_FLOAT8(3));
	SX_RETURN_STATE(direct, st, kano_state_checked);
}

/* kano_agg(integer, integer) transition: raw codes 1..5 */
PG_FUNCTION_INFO_V1(kano_agg_trans_int4);
Datum
kano_agg_trans_int4(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);

	kano_accum(st, fcinfo, true);
	SX_RETURN_STATE(direct, st, kano_state_checked);
}

/* kano_agg(integer, integer, importance) transition */
PG_FUNCTION_INFO_V1(kano_agg_trans_int4_imp);
Datum
kano_agg_trans_int4_imp(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);

	if (kano_accum(st, fcinfo, true) && !PG_ARGISNULL(3))
		kano_accum_importance(st, PG_GETARG_FLOAT8(3));
	SX_RETURN_STATE(direct, st, kano_state_checked);
}

/* kano_agg(kano_answer, kano_answer) inverse transition */
PG_FUNCTION_INFO_V1(kano_agg_inv);
Datum
kano_agg_inv(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);

	kano_unaccum(st, fcinfo, false);
	SX_RETURN_STATE(direct, st, kano_state_checked);
}

/* kano_agg(integer, integer) inverse transition */
PG_FUNCTION_INFO_V1(kano_agg_inv_int4);
Datum
kano_agg_inv_int4(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);

	kano_unaccum(st, fcinfo, true);
	SX_RETURN_STATE(direct, st, kano_state_checked);
}

/*
 * kano_result_merge(a, b): a + b.  The combine function of every Kano
 * aggregate, the transition of kano_merge, and the + operator.
 */
PG_FUNCTION_INFO_V1(kano_result_merge);
Datum
kano_result_merge(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);
	SxKanoResult *other = PG_GETARG_KANO_RESULT_P(1);
	int64		n;

	sx_add_counts(st->pairs, other->pairs, SX_CELLS, "kano_result");
	sx_add_counts(&st->incomplete, &other->incomplete, 1, "kano_result");
	sx_add_counts(&st->imp_n, &other->imp_n, 1, "kano_result");
	/* each field fits; so must their total, which every reader relies on */
	if (!sx_sum_counts(st->pairs, SX_CELLS, &n) ||
		pg_add_s64_overflow(n, st->incomplete, &n))
		sx_count_overflow("kano_result");
	st->imp_sum += other->imp_sum;
	st->imp_sumsq += other->imp_sumsq;
	if (!isfinite(st->imp_sum) || !isfinite(st->imp_sumsq))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("importance sums are out of range"),
				 errdetail("The merged sums exceed the range of double "
						   "precision.")));
	SX_RETURN_STATE(direct, st, kano_state_checked);
}
