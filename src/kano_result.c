/*
 * kano_result.c
 *		The kano_result type in SQL: text and binary I/O, comparison and
 *		hashing, the jsonb cast, merging, and the transition functions of
 *		kano_agg.
 *
 * Merging is adding fields: the combine function of every Kano
 * aggregate, the transition of kano_merge and the + operator alike.
 */
#include "kano_result.h"

#include <math.h>

#include "common/hashfn.h"
#include "common/int.h"
#include "common/shortest_dec.h"
#include "core/kano_figures.h"
#include "core/sx_counts.h"
#include "kano_answer.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

/* Shortest text that reads back as the same double (as float8out writes) */
static char *
double_text(double d, char *buf)
{
	double_to_shortest_decimal_buf(d, buf);
	return buf;
}

/* kano_result_in(cstring): pairs=r1/r2/r3/r4/r5 incomplete=n importance=n,sum,sumsq */
PG_FUNCTION_INFO_V1(kano_result_in);
Datum
kano_result_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	SxKanoResult *r = palloc(KANO_RESULT_SIZE);
	SxError		err;

	if (!sx_kano_result_parse(s, strlen(s), r, &err))
		sx_report(&err, s);
	SET_VARSIZE(r, KANO_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* kano_result_out(kano_result): read back by kano_result_in to the same value */
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
	appendStringInfo(&buf, ",%s", double_text(r->imp_sum, num));
	appendStringInfo(&buf, ",%s", double_text(r->imp_sumsq, num));
	PG_RETURN_CSTRING(buf.data);
}

/* kano_result_recv(internal): the whole remaining message, checked */
PG_FUNCTION_INFO_V1(kano_result_recv);
Datum
kano_result_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *data = pq_getmsgbytes(buf, len);
	SxKanoResult *r = palloc(KANO_RESULT_SIZE);
	SxError		err;

	if (!sx_kano_result_decode((const uint8 *) data, len, r, &err))
		sx_report(&err, NULL);
	SET_VARSIZE(r, KANO_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* kano_result_send(kano_result): format byte, 27 big-endian int64, 2 float8 */
PG_FUNCTION_INFO_V1(kano_result_send);
Datum
kano_result_send(PG_FUNCTION_ARGS)
{
	SxKanoResult *r = PG_GETARG_KANO_RESULT_P(0);
	bytea	   *out = palloc(VARHDRSZ + SX_KANO_RESULT_WIRE);

	SET_VARSIZE(out, VARHDRSZ + SX_KANO_RESULT_WIRE);
	sx_kano_result_encode(r, (uint8 *) VARDATA(out));
	PG_RETURN_BYTEA_P(out);
}

static inline int
compare_int64(int64 x, int64 y)
{
	return (x > y) - (x < y);
}

static inline int
compare_double(double x, double y)
{
	return (x > y) - (x < y);
}

/*
 * A total order, field by field (pairs, incomplete, importance), so that
 * results can be sorted, grouped and made DISTINCT; it has no meaning
 * beyond that.  Equality is equality of every count and moment.
 */
static int
kano_result_compare(FunctionCallInfo fcinfo)
{
	const SxKanoResult *a = PG_GETARG_KANO_RESULT_P(0);
	const SxKanoResult *b = PG_GETARG_KANO_RESULT_P(1);
	int			c = 0;

	for (int i = 0; i < SX_CELLS && c == 0; i++)
		c = compare_int64(a->pairs[i], b->pairs[i]);
	if (c == 0)
		c = compare_int64(a->incomplete, b->incomplete);
	if (c == 0)
		c = compare_int64(a->imp_n, b->imp_n);
	if (c == 0)
		c = compare_double(a->imp_sum, b->imp_sum);
	if (c == 0)
		c = compare_double(a->imp_sumsq, b->imp_sumsq);
	return c;
}

/* kano_result_cmp(kano_result, kano_result): the btree support function */
PG_FUNCTION_INFO_V1(kano_result_cmp);
Datum
kano_result_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(kano_result_compare(fcinfo));
}

/* kano_result_eq(kano_result, kano_result): operator = */
PG_FUNCTION_INFO_V1(kano_result_eq);
Datum
kano_result_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(kano_result_compare(fcinfo) == 0);
}

/* kano_result_ne(kano_result, kano_result): operator <> */
PG_FUNCTION_INFO_V1(kano_result_ne);
Datum
kano_result_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(kano_result_compare(fcinfo) != 0);
}

/* kano_result_lt(kano_result, kano_result): operator < */
PG_FUNCTION_INFO_V1(kano_result_lt);
Datum
kano_result_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(kano_result_compare(fcinfo) < 0);
}

/* kano_result_le(kano_result, kano_result): operator <= */
PG_FUNCTION_INFO_V1(kano_result_le);
Datum
kano_result_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(kano_result_compare(fcinfo) <= 0);
}

/* kano_result_gt(kano_result, kano_result): operator > */
PG_FUNCTION_INFO_V1(kano_result_gt);
Datum
kano_result_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(kano_result_compare(fcinfo) > 0);
}

/* kano_result_ge(kano_result, kano_result): operator >= */
PG_FUNCTION_INFO_V1(kano_result_ge);
Datum
kano_result_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(kano_result_compare(fcinfo) >= 0);
}

/*
 * Hash of the fields that equality compares; -0 and +0 compare equal, so
 * zero moments are hashed as +0.
 */
static uint64
kano_result_hash_seeded(FunctionCallInfo fcinfo, uint64 seed)
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

/* kano_result_hash(kano_result): the low 32 bits of the seed-0 hash */
PG_FUNCTION_INFO_V1(kano_result_hash);
Datum
kano_result_hash(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) kano_result_hash_seeded(fcinfo, 0));
}

/* kano_result_hash_extended(kano_result, bigint) */
PG_FUNCTION_INFO_V1(kano_result_hash_extended);
Datum
kano_result_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) kano_result_hash_seeded(fcinfo, PG_GETARG_INT64(1)));
}

/* kano_result_to_jsonb(kano_result): the raw statistic with its iso24082 counts */
PG_FUNCTION_INFO_V1(kano_result_to_jsonb);
Datum
kano_result_to_jsonb(PG_FUNCTION_ARGS)
{
	SxKanoResult *r = PG_GETARG_KANO_RESULT_P(0);
	SxKanoTally t;
	StringInfoData buf;
	char		num[DOUBLE_SHORTEST_DECIMAL_LEN];
	static const SxCategory order[SX_CATEGORIES] = {
		SX_CAT_A, SX_CAT_O, SX_CAT_M, SX_CAT_I, SX_CAT_Q, SX_CAT_R
	};

	sx_kano_tally(r, &sx_scheme_iso24082, &t);
	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"n\": " INT64_FORMAT ", \"incomplete\": " INT64_FORMAT
					 ", \"pairs\": [", t.n, r->incomplete);
	for (int f = 1; f <= SX_ANSWERS; f++)
	{
		appendStringInfoString(&buf, f > 1 ? ", [" : "[");
		for (int d = 1; d <= SX_ANSWERS; d++)
			appendStringInfo(&buf, d > 1 ? ", " INT64_FORMAT : INT64_FORMAT,
							 r->pairs[sx_kano_cell(f, d)]);
		appendStringInfoChar(&buf, ']');
	}
	appendStringInfoString(&buf, "], \"iso24082\": {");
	for (int k = 0; k < SX_CATEGORIES; k++)
		appendStringInfo(&buf, "%s\"%s\": " INT64_FORMAT, k ? ", " : "",
						 sx_kano_category_letter(order[k]), t.cat[order[k]]);
	appendStringInfo(&buf, "}, \"importance\": {\"n\": " INT64_FORMAT, r->imp_n);
	appendStringInfo(&buf, ", \"sum\": %s", double_text(r->imp_sum, num));
	appendStringInfo(&buf, ", \"sumsq\": %s}}", double_text(r->imp_sumsq, num));
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data)));
}

/*
 * What a support function returns.  Called directly (not by an aggregate)
 * it worked on a state that came from its caller, so the result must pass
 * the checks of an input value, or a later dump would not restore.  The
 * check is out of line, so the hot path of an aggregate saves no registers
 * for it.
 */
static pg_noinline Datum
kano_result_checked(SxKanoResult *st)
{
	SxError		err;

	if (!sx_kano_result_check(st, &err))
		sx_report(&err, NULL);
	return PointerGetDatum(st);
}

static inline Datum
kano_result_state(SxKanoResult *st, bool direct)
{
	if (unlikely(direct))
		return kano_result_checked(st);
	return PointerGetDatum(st);
}

/*
 * Count one row of arguments 1 and 2 (codes: integers rather than
 * kano_answer).  Both answers NULL is no row at all (the respondent
 * skipped the feature); one NULL is an incomplete row.  Returns whether
 * the pair was complete.
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
			f = kano_answer_from_code(PG_GETARG_INT32(1));
			d = kano_answer_from_code(PG_GETARG_INT32(2));
		}
		else
		{
			f = kano_answer_arg(fcinfo, 1);
			d = kano_answer_arg(fcinfo, 2);
		}
		st->pairs[sx_kano_cell(f, d)]++;
		return true;
	}
	if (fnull != dnull)
	{
		/* the answer given must still be a valid one */
		if (codes)
			(void) kano_answer_from_code(PG_GETARG_INT32(fnull ? 2 : 1));
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
		slot = &st->pairs[sx_kano_cell(kano_answer_from_code(PG_GETARG_INT32(1)),
									   kano_answer_from_code(PG_GETARG_INT32(2)))];
	else
		slot = &st->pairs[sx_kano_cell(kano_answer_arg(fcinfo, 1),
									   kano_answer_arg(fcinfo, 2))];
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

/* kano_agg_trans(kano_result, kano_answer, kano_answer) */
PG_FUNCTION_INFO_V1(kano_agg_trans);
Datum
kano_agg_trans(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);

	kano_accum(st, fcinfo, false);
	return kano_result_state(st, direct);
}

/* kano_agg_trans(kano_result, kano_answer, kano_answer, double precision) */
PG_FUNCTION_INFO_V1(kano_agg_trans_imp);
Datum
kano_agg_trans_imp(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);

	if (kano_accum(st, fcinfo, false) && !PG_ARGISNULL(3))
		kano_accum_importance(st, PG_GETARG_FLOAT8(3));
	return kano_result_state(st, direct);
}

/* kano_agg_trans(kano_result, integer, integer) */
PG_FUNCTION_INFO_V1(kano_agg_trans_int4);
Datum
kano_agg_trans_int4(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);

	kano_accum(st, fcinfo, true);
	return kano_result_state(st, direct);
}

/* kano_agg_trans(kano_result, integer, integer, double precision) */
PG_FUNCTION_INFO_V1(kano_agg_trans_int4_imp);
Datum
kano_agg_trans_int4_imp(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);

	if (kano_accum(st, fcinfo, true) && !PG_ARGISNULL(3))
		kano_accum_importance(st, PG_GETARG_FLOAT8(3));
	return kano_result_state(st, direct);
}

/* kano_agg_inv(kano_result, kano_answer, kano_answer) */
PG_FUNCTION_INFO_V1(kano_agg_inv);
Datum
kano_agg_inv(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);

	kano_unaccum(st, fcinfo, false);
	return kano_result_state(st, direct);
}

/* kano_agg_inv(kano_result, integer, integer) */
PG_FUNCTION_INFO_V1(kano_agg_inv_int4);
Datum
kano_agg_inv_int4(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);

	kano_unaccum(st, fcinfo, true);
	return kano_result_state(st, direct);
}

/* kano_result_merge(kano_result, kano_result): a + b */
PG_FUNCTION_INFO_V1(kano_result_merge);
Datum
kano_result_merge(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxKanoResult *st = sx_agg_state(fcinfo, KANO_RESULT_SIZE);
	SxKanoResult *other = PG_GETARG_KANO_RESULT_P(1);
	int64		n;

	if (!sx_add_counts(st->pairs, other->pairs, SX_CELLS) ||
		!sx_add_counts(&st->incomplete, &other->incomplete, 1) ||
		!sx_add_counts(&st->imp_n, &other->imp_n, 1))
		sx_count_overflow("kano_result");
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
	return kano_result_state(st, direct);
}
