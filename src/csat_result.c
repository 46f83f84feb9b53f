/*
 * csat_result.c
 *		The csat_result type in SQL: text and binary I/O, comparison and
 *		hashing, the jsonb cast, merging, the transition functions of
 *		csat_agg, and the CSAT figures with their Wilson interval.
 */
#include "csat_result.h"

#include "common/hashfn.h"
#include "core/sx_counts.h"
#include "libpq/pqformat.h"

/* csat_result_in(cstring): answers=c1,...,c5 */
PG_FUNCTION_INFO_V1(csat_result_in);
Datum
csat_result_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	SxCsatResult *r = palloc(CSAT_RESULT_SIZE);
	SxError		err;

	if (!sx_csat_result_parse(s, strlen(s), r, &err))
		sx_report(&err, s);
	SET_VARSIZE(r, CSAT_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* csat_result_out(csat_result): read back to the same value */
PG_FUNCTION_INFO_V1(csat_result_out);
Datum
csat_result_out(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "answers=");
	csat_ces_append_counts(&buf, PG_GETARG_CSAT_RESULT_P(0)->answers,
						   SX_CSAT_MAX, ",");
	PG_RETURN_CSTRING(buf.data);
}

/* csat_result_recv(internal): the whole remaining message, checked */
PG_FUNCTION_INFO_V1(csat_result_recv);
Datum
csat_result_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *data = pq_getmsgbytes(buf, len);
	SxCsatResult *r = palloc(CSAT_RESULT_SIZE);
	SxError		err;

	if (!sx_csat_result_decode((const uint8 *) data, len, r, &err))
		sx_report(&err, NULL);
	SET_VARSIZE(r, CSAT_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* csat_result_send(csat_result): format byte, 5 big-endian int64 */
PG_FUNCTION_INFO_V1(csat_result_send);
Datum
csat_result_send(PG_FUNCTION_ARGS)
{
	bytea	   *out = palloc(VARHDRSZ + SX_CSAT_RESULT_WIRE);

	SET_VARSIZE(out, VARHDRSZ + SX_CSAT_RESULT_WIRE);
	sx_csat_result_encode(PG_GETARG_CSAT_RESULT_P(0), (uint8 *) VARDATA(out));
	PG_RETURN_BYTEA_P(out);
}

/* A total order, answer count by answer count; equality of every count */
static int
csat_result_compare(FunctionCallInfo fcinfo)
{
	return sx_hist_compare(PG_GETARG_CSAT_RESULT_P(0)->answers,
						   PG_GETARG_CSAT_RESULT_P(1)->answers, SX_CSAT_MAX);
}

/* csat_result_cmp(csat_result, csat_result): the btree support function */
PG_FUNCTION_INFO_V1(csat_result_cmp);
Datum
csat_result_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(csat_result_compare(fcinfo));
}

/* csat_result_eq(csat_result, csat_result): operator = */
PG_FUNCTION_INFO_V1(csat_result_eq);
Datum
csat_result_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(csat_result_compare(fcinfo) == 0);
}

/* csat_result_ne(csat_result, csat_result): operator <> */
PG_FUNCTION_INFO_V1(csat_result_ne);
Datum
csat_result_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(csat_result_compare(fcinfo) != 0);
}

/* csat_result_lt(csat_result, csat_result): operator < */
PG_FUNCTION_INFO_V1(csat_result_lt);
Datum
csat_result_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(csat_result_compare(fcinfo) < 0);
}

/* csat_result_le(csat_result, csat_result): operator <= */
PG_FUNCTION_INFO_V1(csat_result_le);
Datum
csat_result_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(csat_result_compare(fcinfo) <= 0);
}

/* csat_result_gt(csat_result, csat_result): operator > */
PG_FUNCTION_INFO_V1(csat_result_gt);
Datum
csat_result_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(csat_result_compare(fcinfo) > 0);
}

/* csat_result_ge(csat_result, csat_result): operator >= */
PG_FUNCTION_INFO_V1(csat_result_ge);
Datum
csat_result_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(csat_result_compare(fcinfo) >= 0);
}

/* Hash of the counts (every byte after the varlena header and flags) */
static uint64
csat_result_hash_seeded(FunctionCallInfo fcinfo, uint64 seed)
{
	const int64 *answers = PG_GETARG_CSAT_RESULT_P(0)->answers;

	return DatumGetUInt64(hash_any_extended((const unsigned char *) answers,
											SX_CSAT_MAX * sizeof(int64), seed));
}

/* csat_result_hash(csat_result): the low 32 bits of the seed-0 hash */
PG_FUNCTION_INFO_V1(csat_result_hash);
Datum
csat_result_hash(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) csat_result_hash_seeded(fcinfo, 0));
}

/* csat_result_hash_extended(csat_result, bigint) */
PG_FUNCTION_INFO_V1(csat_result_hash_extended);
Datum
csat_result_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) csat_result_hash_seeded(fcinfo, PG_GETARG_INT64(1)));
}

/* csat_result_to_jsonb(csat_result) */
PG_FUNCTION_INFO_V1(csat_result_to_jsonb);
Datum
csat_result_to_jsonb(PG_FUNCTION_ARGS)
{
	const int64 *h = PG_GETARG_CSAT_RESULT_P(0)->answers;
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"n\": " INT64_FORMAT ", \"satisfied\": " INT64_FORMAT,
					 sx_hist_count(h, 1, SX_CSAT_MAX),
					 sx_hist_count(h, SX_CSAT_SATISFIED, SX_CSAT_MAX));
	PG_RETURN_DATUM(csat_ces_jsonb(&buf, h, SX_CSAT_MAX));
}

/* A state a support function returns; see kano_result_checked */
static pg_noinline Datum
csat_result_checked(SxCsatResult *st)
{
	SxError		err;

	if (!sx_csat_result_check(st, &err))
		sx_report(&err, NULL);
	return PointerGetDatum(st);
}

static inline Datum
csat_result_state(SxCsatResult *st, bool trusted)
{
	if (unlikely(!trusted))
		return csat_result_checked(st);
	return PointerGetDatum(st);
}

/* The count of the answer in argument 1 */
static inline int64 *
csat_answer_slot(FunctionCallInfo fcinfo, SxCsatResult *st)
{
	return &st->answers[csat_ces_answer_arg(fcinfo, 1, SX_CSAT_MAX, "CSAT") - 1];
}

/* csat_agg_trans(csat_result, integer): strict, so NULL answers are skipped */
PG_FUNCTION_INFO_V1(csat_agg_trans);
Datum
csat_agg_trans(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxCsatResult *st = sx_agg_state(fcinfo, CSAT_RESULT_SIZE);
	int64	   *slot = csat_answer_slot(fcinfo, st);

	/* reachable only from a state passed in (2^63 rows are never read) */
	if (unlikely(*slot == PG_INT64_MAX))
		sx_count_overflow("csat_result");
	(*slot)++;
	return csat_result_state(st, trusted);
}

/* csat_agg_inv(csat_result, integer) */
PG_FUNCTION_INFO_V1(csat_agg_inv);
Datum
csat_agg_inv(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxCsatResult *st = sx_agg_state(fcinfo, CSAT_RESULT_SIZE);
	int64	   *slot = csat_answer_slot(fcinfo, st);

	if (*slot <= 0)
		sx_inverse_underflow("csat_agg");
	(*slot)--;
	return csat_result_state(st, trusted);
}

/* csat_result_merge(csat_result, csat_result): a + b */
PG_FUNCTION_INFO_V1(csat_result_merge);
Datum
csat_result_merge(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxCsatResult *st = sx_agg_state(fcinfo, CSAT_RESULT_SIZE);
	SxCsatResult *other = PG_GETARG_CSAT_RESULT_P(1);
	int64		n;

	if (!sx_add_counts(st->answers, other->answers, SX_CSAT_MAX) ||
		!sx_sum_counts(st->answers, SX_CSAT_MAX, &n))
		sx_count_overflow("csat_result");
	return csat_result_state(st, trusted);
}

/* csat_n(csat_result): answers */
PG_FUNCTION_INFO_V1(csat_n);
Datum
csat_n(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(sx_hist_count(PG_GETARG_CSAT_RESULT_P(0)->answers, 1,
								  SX_CSAT_MAX));
}

/* csat(csat_result): percent answering 4 or 5, NULL without answers */
PG_FUNCTION_INFO_V1(csat);
Datum
csat(PG_FUNCTION_ARGS)
{
	return sx_float8_or_null(fcinfo,
							 sx_csat_score(PG_GETARG_CSAT_RESULT_P(0)->answers));
}

/* csat_top_box(csat_result): percent answering 5 */
PG_FUNCTION_INFO_V1(csat_top_box);
Datum
csat_top_box(PG_FUNCTION_ARGS)
{
	return sx_float8_or_null(fcinfo,
							 sx_csat_top_box(PG_GETARG_CSAT_RESULT_P(0)->answers));
}

/* One bound of the Wilson interval of CSAT at the confidence in argument 1 */
static Datum
csat_bound(FunctionCallInfo fcinfo, bool upper)
{
	double		z = sx_confidence_arg(fcinfo, 1);
	double		low;
	double		high;

	if (!sx_csat_interval(PG_GETARG_CSAT_RESULT_P(0)->answers, z, &low, &high))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(upper ? high : low);
}

/* csat_low(csat_result, confidence double precision) */
PG_FUNCTION_INFO_V1(csat_low);
Datum
csat_low(PG_FUNCTION_ARGS)
{
	return csat_bound(fcinfo, false);
}

/* csat_high(csat_result, confidence double precision) */
PG_FUNCTION_INFO_V1(csat_high);
Datum
csat_high(PG_FUNCTION_ARGS)
{
	return csat_bound(fcinfo, true);
}
