/*
 * ces_result.c
 *		The ces_result type in SQL: text and binary I/O, comparison and
 *		hashing, the jsonb cast, merging, the transition functions of
 *		ces_agg, and the CES figures: the mean with its Student t interval
 *		and the net score.
 */
#include "ces_result.h"

#include "common/hashfn.h"
#include "core/sx_counts.h"
#include "libpq/pqformat.h"

/* ces_result_in(cstring): answers=c1,...,c7 */
PG_FUNCTION_INFO_V1(ces_result_in);
Datum
ces_result_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	SxCesResult *r = palloc(CES_RESULT_SIZE);
	SxError		err;

	if (!sx_ces_result_parse(s, strlen(s), r, &err))
		sx_report(&err, s);
	SET_VARSIZE(r, CES_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* ces_result_out(ces_result): read back to the same value */
PG_FUNCTION_INFO_V1(ces_result_out);
Datum
ces_result_out(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "answers=");
	csat_ces_append_counts(&buf, PG_GETARG_CES_RESULT_P(0)->answers,
						   SX_CES_MAX, ",");
	PG_RETURN_CSTRING(buf.data);
}

/* ces_result_recv(internal): the whole remaining message, checked */
PG_FUNCTION_INFO_V1(ces_result_recv);
Datum
ces_result_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *data = pq_getmsgbytes(buf, len);
	SxCesResult *r = palloc(CES_RESULT_SIZE);
	SxError		err;

	if (!sx_ces_result_decode((const uint8 *) data, len, r, &err))
		sx_report(&err, NULL);
	SET_VARSIZE(r, CES_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* ces_result_send(ces_result): format byte, 7 big-endian int64 */
PG_FUNCTION_INFO_V1(ces_result_send);
Datum
ces_result_send(PG_FUNCTION_ARGS)
{
	bytea	   *out = palloc(VARHDRSZ + SX_CES_RESULT_WIRE);

	SET_VARSIZE(out, VARHDRSZ + SX_CES_RESULT_WIRE);
	sx_ces_result_encode(PG_GETARG_CES_RESULT_P(0), (uint8 *) VARDATA(out));
	PG_RETURN_BYTEA_P(out);
}

/* A total order, answer count by answer count; equality of every count */
static int
ces_result_compare(FunctionCallInfo fcinfo)
{
	return sx_hist_compare(PG_GETARG_CES_RESULT_P(0)->answers,
						   PG_GETARG_CES_RESULT_P(1)->answers, SX_CES_MAX);
}

/* ces_result_cmp(ces_result, ces_result): the btree support function */
PG_FUNCTION_INFO_V1(ces_result_cmp);
Datum
ces_result_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(ces_result_compare(fcinfo));
}

/* ces_result_eq(ces_result, ces_result): operator = */
PG_FUNCTION_INFO_V1(ces_result_eq);
Datum
ces_result_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(ces_result_compare(fcinfo) == 0);
}

/* ces_result_ne(ces_result, ces_result): operator <> */
PG_FUNCTION_INFO_V1(ces_result_ne);
Datum
ces_result_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(ces_result_compare(fcinfo) != 0);
}

/* ces_result_lt(ces_result, ces_result): operator < */
PG_FUNCTION_INFO_V1(ces_result_lt);
Datum
ces_result_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(ces_result_compare(fcinfo) < 0);
}

/* ces_result_le(ces_result, ces_result): operator <= */
PG_FUNCTION_INFO_V1(ces_result_le);
Datum
ces_result_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(ces_result_compare(fcinfo) <= 0);
}

/* ces_result_gt(ces_result, ces_result): operator > */
PG_FUNCTION_INFO_V1(ces_result_gt);
Datum
ces_result_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(ces_result_compare(fcinfo) > 0);
}

/* ces_result_ge(ces_result, ces_result): operator >= */
PG_FUNCTION_INFO_V1(ces_result_ge);
Datum
ces_result_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(ces_result_compare(fcinfo) >= 0);
}

/* Hash of the counts (every byte after the varlena header and flags) */
static uint64
ces_result_hash_seeded(FunctionCallInfo fcinfo, uint64 seed)
{
	const int64 *answers = PG_GETARG_CES_RESULT_P(0)->answers;

	return DatumGetUInt64(hash_any_extended((const unsigned char *) answers,
											SX_CES_MAX * sizeof(int64), seed));
}

/* ces_result_hash(ces_result): the low 32 bits of the seed-0 hash */
PG_FUNCTION_INFO_V1(ces_result_hash);
Datum
ces_result_hash(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) ces_result_hash_seeded(fcinfo, 0));
}

/* ces_result_hash_extended(ces_result, bigint) */
PG_FUNCTION_INFO_V1(ces_result_hash_extended);
Datum
ces_result_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) ces_result_hash_seeded(fcinfo, PG_GETARG_INT64(1)));
}

/* ces_result_to_jsonb(ces_result) */
PG_FUNCTION_INFO_V1(ces_result_to_jsonb);
Datum
ces_result_to_jsonb(PG_FUNCTION_ARGS)
{
	const int64 *h = PG_GETARG_CES_RESULT_P(0)->answers;
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"n\": " INT64_FORMAT ", \"easy\": " INT64_FORMAT
					 ", \"hard\": " INT64_FORMAT, sx_hist_count(h, 1, SX_CES_MAX),
					 sx_hist_count(h, SX_CES_EASY, SX_CES_MAX),
					 sx_hist_count(h, 1, SX_CES_HARD));
	PG_RETURN_DATUM(csat_ces_jsonb(&buf, h, SX_CES_MAX));
}

/* A state a support function returns; see kano_result_checked */
static pg_noinline Datum
ces_result_checked(SxCesResult *st)
{
	SxError		err;

	if (!sx_ces_result_check(st, &err))
		sx_report(&err, NULL);
	return PointerGetDatum(st);
}

static inline Datum
ces_result_state(SxCesResult *st, bool trusted)
{
	if (unlikely(!trusted))
		return ces_result_checked(st);
	return PointerGetDatum(st);
}

/* The count of the answer in argument 1 */
static inline int64 *
ces_answer_slot(FunctionCallInfo fcinfo, SxCesResult *st)
{
	return &st->answers[csat_ces_answer_arg(fcinfo, 1, SX_CES_MAX, "CES") - 1];
}

/* ces_agg_trans(ces_result, integer): strict, so NULL answers are skipped */
PG_FUNCTION_INFO_V1(ces_agg_trans);
Datum
ces_agg_trans(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxCesResult *st = sx_agg_state(fcinfo, CES_RESULT_SIZE);
	int64	   *slot = ces_answer_slot(fcinfo, st);

	/* reachable only from a state passed in (2^63 rows are never read) */
	if (unlikely(*slot == PG_INT64_MAX))
		sx_count_overflow("ces_result");
	(*slot)++;
	return ces_result_state(st, trusted);
}

/* ces_agg_inv(ces_result, integer) */
PG_FUNCTION_INFO_V1(ces_agg_inv);
Datum
ces_agg_inv(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxCesResult *st = sx_agg_state(fcinfo, CES_RESULT_SIZE);
	int64	   *slot = ces_answer_slot(fcinfo, st);

	if (*slot <= 0)
		sx_inverse_underflow("ces_agg");
	(*slot)--;
	return ces_result_state(st, trusted);
}

/* ces_result_merge(ces_result, ces_result): a + b */
PG_FUNCTION_INFO_V1(ces_result_merge);
Datum
ces_result_merge(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxCesResult *st = sx_agg_state(fcinfo, CES_RESULT_SIZE);
	SxCesResult *other = PG_GETARG_CES_RESULT_P(1);
	int64		n;

	if (!sx_add_counts(st->answers, other->answers, SX_CES_MAX) ||
		!sx_sum_counts(st->answers, SX_CES_MAX, &n))
		sx_count_overflow("ces_result");
	return ces_result_state(st, trusted);
}

/* ces_n(ces_result): answers */
PG_FUNCTION_INFO_V1(ces_n);
Datum
ces_n(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(sx_hist_count(PG_GETARG_CES_RESULT_P(0)->answers, 1,
								  SX_CES_MAX));
}

/* ces_mean(ces_result): mean answer, NULL without answers */
PG_FUNCTION_INFO_V1(ces_mean);
Datum
ces_mean(PG_FUNCTION_ARGS)
{
	return sx_float8_or_null(fcinfo,
							 sx_ces_mean(PG_GETARG_CES_RESULT_P(0)->answers));
}

/* ces_net(ces_result): percent 6-7 minus percent 1-3 */
PG_FUNCTION_INFO_V1(ces_net);
Datum
ces_net(PG_FUNCTION_ARGS)
{
	return sx_float8_or_null(fcinfo,
							 sx_ces_net(PG_GETARG_CES_RESULT_P(0)->answers));
}

/* One bound of the t interval of the mean at the confidence in argument 1 */
static Datum
ces_mean_bound(FunctionCallInfo fcinfo, bool upper)
{
	double		low;
	double		high;

	(void) sx_confidence_arg(fcinfo, 1);
	if (!sx_ces_interval(PG_GETARG_CES_RESULT_P(0)->answers,
						 PG_GETARG_FLOAT8(1), &low, &high))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(upper ? high : low);
}

/* ces_mean_low(ces_result, confidence double precision) */
PG_FUNCTION_INFO_V1(ces_mean_low);
Datum
ces_mean_low(PG_FUNCTION_ARGS)
{
	return ces_mean_bound(fcinfo, false);
}

/* ces_mean_high(ces_result, confidence double precision) */
PG_FUNCTION_INFO_V1(ces_mean_high);
Datum
ces_mean_high(PG_FUNCTION_ARGS)
{
	return ces_mean_bound(fcinfo, true);
}
