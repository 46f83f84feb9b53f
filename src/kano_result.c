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
#include "core/kano_figures.h"
#include "kano_answer.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

/*
 * A kano_result datum in the 1.1 layout.  A value stored by sx 1.0 (240
 * bytes, flags 0) is converted on every read (UPDATE t SET r = r rewrites
 * it); anything else that is not the 1.1 layout is a corrupt datum.
 */
SxKanoResult *
kano_result_from_datum(Datum d)
{
	struct varlena *v = PG_DETOAST_DATUM(d);

	if (likely(VARSIZE(v) == KANO_RESULT_SIZE &&
			   ((SxKanoResult *) v)->flags == SX_KANO_LAYOUT))
		return (SxKanoResult *) v;
	if (VARSIZE(v) == sizeof(SxKanoResult10))
	{
		SxKanoResult *r = palloc(KANO_RESULT_SIZE);
		SxError		err;

		if (!sx_kano_result_from_1_0((const SxKanoResult10 *) v, r, &err))
			sx_report(&err, NULL);
		SET_VARSIZE(r, KANO_RESULT_SIZE);
		return r;
	}
	elog(ERROR, "corrupt kano_result value of %zu bytes", (size_t) VARSIZE(v));
	return NULL;				/* keep the compiler quiet */
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
	char	   *buf = palloc(SX_KANO_RESULT_TEXT_MAX);

	sx_kano_result_format(PG_GETARG_KANO_RESULT_P(0), buf);
	PG_RETURN_CSTRING(buf);
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

/* kano_result_send(kano_result): format 2, 27 int64, the 128- and 192-bit sums */
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

/*
 * A total order, field by field (pairs, incomplete, importance count, sum,
 * sum of squares), so that results can be sorted, grouped and made
 * DISTINCT; it has no meaning beyond that.  Equality is equality of every
 * count and exact sum.
 */
static int
kano_result_compare(FunctionCallInfo fcinfo)
{
	const SxKanoResult *a = PG_GETARG_KANO_RESULT_P(0);
	const SxKanoResult *b = PG_GETARG_KANO_RESULT_P(1);
	int			c = 0;
	sx_int128	sa = sx_int128_load(a->imp_sum);
	sx_int128	sb = sx_int128_load(b->imp_sum);

	for (int i = 0; i < SX_CELLS && c == 0; i++)
		c = compare_int64(a->pairs[i], b->pairs[i]);
	if (c == 0)
		c = compare_int64(a->incomplete, b->incomplete);
	if (c == 0)
		c = compare_int64(a->imp_n, b->imp_n);
	if (c == 0)
		c = (sa > sb) - (sa < sb);
	for (int i = 2; i >= 0 && c == 0; i--)
		c = (a->imp_sumsq[i] > b->imp_sumsq[i]) - (a->imp_sumsq[i] < b->imp_sumsq[i]);
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

/* Hash of the fields that equality compares: every byte after the header */
static uint64
kano_result_hash_seeded(FunctionCallInfo fcinfo, uint64 seed)
{
	const SxKanoResult *r = PG_GETARG_KANO_RESULT_P(0);

	return DatumGetUInt64(hash_any_extended((const unsigned char *) r->pairs,
											KANO_RESULT_SIZE -
											offsetof(SxKanoResult, pairs),
											seed));
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
	char		sum[SX_U256_TEXT_MAX + 1];
	char		sumsq[SX_U256_TEXT_MAX + 1];
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
	sx_kano_importance_text(r, sum, sumsq);
	appendStringInfo(&buf, "}, \"importance\": {\"n\": " INT64_FORMAT
					 ", \"sum\": %s, \"sumsq\": %s}}", r->imp_n, sum, sumsq);
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data)));
}

/*
 * The state in argument 0, ready to be updated in place (sx_agg_state);
 * a value stored by sx 1.0, passed directly, is converted first.
 */
static inline SxKanoResult *
kano_result_state_arg(FunctionCallInfo fcinfo)
{
	if (unlikely(!PG_ARGISNULL(0) &&
				 VARSIZE_ANY(PG_GETARG_POINTER(0)) == sizeof(SxKanoResult10)))
		return kano_result_from_datum(PG_GETARG_DATUM(0));
	return sx_agg_state(fcinfo, KANO_RESULT_SIZE);
}

/*
 * What a support function returns: unless one of sx's own aggregates
 * called it (sx_trusted_caller), the result must pass the checks of an
 * input value, or a later dump would not restore.  The check is out of
 * line, so the hot path of an aggregate saves no registers for it.
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
kano_result_state(SxKanoResult *st, bool trusted)
{
	if (unlikely(!trusted))
		return kano_result_checked(st);
	return PointerGetDatum(st);
}

/* An importance argument, checked even on a row that is not counted */
static inline double
importance_arg(FunctionCallInfo fcinfo, int argno)
{
	double		x = PG_GETARG_FLOAT8(argno);
	SxError		err;

	if (unlikely(!sx_kano_importance_check(x, &err)))
		sx_report(&err, NULL);
	return x;
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

/*
 * The inverse of kano_accum, for moving window frames.  The answer given on
 * an incomplete row must be a valid one, as kano_accum requires.
 */
static inline void
kano_unaccum(SxKanoResult *st, FunctionCallInfo fcinfo, bool codes)
{
	bool		fnull = PG_ARGISNULL(1);
	bool		dnull = PG_ARGISNULL(2);
	int64	   *slot;

	if (fnull && dnull)
		return;
	if (fnull || dnull)
	{
		if (codes)
			(void) kano_answer_from_code(PG_GETARG_INT32(fnull ? 2 : 1));
		slot = &st->incomplete;
	}
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

/* Count the importance in argument 3 of a row kano_accum counted */
static inline void
kano_accum_importance(SxKanoResult *st, FunctionCallInfo fcinfo, bool complete)
{
	double		x;
	SxError		err;

	if (PG_ARGISNULL(3))
		return;
	x = importance_arg(fcinfo, 3);
	if (complete && !sx_kano_result_add_importance(st, x, &err))
		sx_report(&err, NULL);
}

/* kano_agg_trans(kano_result, kano_answer, kano_answer) */
PG_FUNCTION_INFO_V1(kano_agg_trans);
Datum
kano_agg_trans(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxKanoResult *st = kano_result_state_arg(fcinfo);

	kano_accum(st, fcinfo, false);
	return kano_result_state(st, trusted);
}

/* kano_agg_trans(kano_result, kano_answer, kano_answer, double precision) */
PG_FUNCTION_INFO_V1(kano_agg_trans_imp);
Datum
kano_agg_trans_imp(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxKanoResult *st = kano_result_state_arg(fcinfo);

	kano_accum_importance(st, fcinfo, kano_accum(st, fcinfo, false));
	return kano_result_state(st, trusted);
}

/* kano_agg_trans(kano_result, integer, integer) */
PG_FUNCTION_INFO_V1(kano_agg_trans_int4);
Datum
kano_agg_trans_int4(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxKanoResult *st = kano_result_state_arg(fcinfo);

	kano_accum(st, fcinfo, true);
	return kano_result_state(st, trusted);
}

/* kano_agg_trans(kano_result, integer, integer, double precision) */
PG_FUNCTION_INFO_V1(kano_agg_trans_int4_imp);
Datum
kano_agg_trans_int4_imp(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxKanoResult *st = kano_result_state_arg(fcinfo);

	kano_accum_importance(st, fcinfo, kano_accum(st, fcinfo, true));
	return kano_result_state(st, trusted);
}

/* kano_agg_inv(kano_result, kano_answer, kano_answer) */
PG_FUNCTION_INFO_V1(kano_agg_inv);
Datum
kano_agg_inv(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxKanoResult *st = kano_result_state_arg(fcinfo);

	kano_unaccum(st, fcinfo, false);
	return kano_result_state(st, trusted);
}

/* kano_agg_inv(kano_result, integer, integer) */
PG_FUNCTION_INFO_V1(kano_agg_inv_int4);
Datum
kano_agg_inv_int4(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxKanoResult *st = kano_result_state_arg(fcinfo);

	kano_unaccum(st, fcinfo, true);
	return kano_result_state(st, trusted);
}

/* kano_result_subtract(kano_result, kano_result): a - b, b being part of a */
PG_FUNCTION_INFO_V1(kano_result_subtract);
Datum
kano_result_subtract(PG_FUNCTION_ARGS)
{
	SxKanoResult *a = PG_GETARG_KANO_RESULT_P(0);
	SxKanoResult *r = palloc(KANO_RESULT_SIZE);
	SxError		err;

	memcpy(r, a, KANO_RESULT_SIZE);
	if (!sx_kano_result_subtract(r, PG_GETARG_KANO_RESULT_P(1), &err))
		sx_report(&err, NULL);
	PG_RETURN_POINTER(r);
}

/* kano_result_merge(kano_result, kano_result): a + b */
PG_FUNCTION_INFO_V1(kano_result_merge);
Datum
kano_result_merge(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxKanoResult *st = kano_result_state_arg(fcinfo);
	SxKanoResult *other = PG_GETARG_KANO_RESULT_P(1);
	SxError		err;

	if (!sx_kano_result_add(st, other, &err))
		sx_report(&err, NULL);
	return kano_result_state(st, trusted);
}
