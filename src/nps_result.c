/*
 * nps_result.c
 *		The nps_result type in SQL: text and binary I/O, comparison and
 *		hashing, the jsonb cast, merging, the transition functions of
 *		nps_agg, and the NPS with its adjusted-Wald interval.
 */
#include "nps_result.h"

#include "common/hashfn.h"
#include "core/sx_counts.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

/* nps_result_in(cstring): answers=c0,...,c10 */
PG_FUNCTION_INFO_V1(nps_result_in);
Datum
nps_result_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	SxNpsResult *r = palloc(NPS_RESULT_SIZE);
	SxError		err;

	if (!sx_nps_result_parse(s, strlen(s), r, &err))
		sx_report(&err, s);
	SET_VARSIZE(r, NPS_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* nps_result_out(nps_result): read back to the same value */
PG_FUNCTION_INFO_V1(nps_result_out);
Datum
nps_result_out(PG_FUNCTION_ARGS)
{
	SxNpsResult *r = PG_GETARG_NPS_RESULT_P(0);
	StringInfoData buf;

	initStringInfo(&buf);
	appendStringInfoString(&buf, "answers=");
	for (int i = 0; i < SX_NPS_ANSWERS; i++)
		appendStringInfo(&buf, i ? "," INT64_FORMAT : INT64_FORMAT, r->answers[i]);
	PG_RETURN_CSTRING(buf.data);
}

/* nps_result_recv(internal): the whole remaining message, checked */
PG_FUNCTION_INFO_V1(nps_result_recv);
Datum
nps_result_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *data = pq_getmsgbytes(buf, len);
	SxNpsResult *r = palloc(NPS_RESULT_SIZE);
	SxError		err;

	if (!sx_nps_result_decode((const uint8 *) data, len, r, &err))
		sx_report(&err, NULL);
	SET_VARSIZE(r, NPS_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* nps_result_send(nps_result): format byte, 11 big-endian int64 */
PG_FUNCTION_INFO_V1(nps_result_send);
Datum
nps_result_send(PG_FUNCTION_ARGS)
{
	SxNpsResult *r = PG_GETARG_NPS_RESULT_P(0);
	bytea	   *out = palloc(VARHDRSZ + SX_NPS_RESULT_WIRE);

	SET_VARSIZE(out, VARHDRSZ + SX_NPS_RESULT_WIRE);
	sx_nps_result_encode(r, (uint8 *) VARDATA(out));
	PG_RETURN_BYTEA_P(out);
}

/* A total order, answer count by answer count; equality of every count */
static int
nps_result_compare(FunctionCallInfo fcinfo)
{
	const SxNpsResult *a = PG_GETARG_NPS_RESULT_P(0);
	const SxNpsResult *b = PG_GETARG_NPS_RESULT_P(1);

	for (int i = 0; i < SX_NPS_ANSWERS; i++)
	{
		if (a->answers[i] != b->answers[i])
			return a->answers[i] < b->answers[i] ? -1 : 1;
	}
	return 0;
}

/* nps_result_cmp(nps_result, nps_result): the btree support function */
PG_FUNCTION_INFO_V1(nps_result_cmp);
Datum
nps_result_cmp(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(nps_result_compare(fcinfo));
}

/* nps_result_eq(nps_result, nps_result): operator = */
PG_FUNCTION_INFO_V1(nps_result_eq);
Datum
nps_result_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(nps_result_compare(fcinfo) == 0);
}

/* nps_result_ne(nps_result, nps_result): operator <> */
PG_FUNCTION_INFO_V1(nps_result_ne);
Datum
nps_result_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(nps_result_compare(fcinfo) != 0);
}

/* nps_result_lt(nps_result, nps_result): operator < */
PG_FUNCTION_INFO_V1(nps_result_lt);
Datum
nps_result_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(nps_result_compare(fcinfo) < 0);
}

/* nps_result_le(nps_result, nps_result): operator <= */
PG_FUNCTION_INFO_V1(nps_result_le);
Datum
nps_result_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(nps_result_compare(fcinfo) <= 0);
}

/* nps_result_gt(nps_result, nps_result): operator > */
PG_FUNCTION_INFO_V1(nps_result_gt);
Datum
nps_result_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(nps_result_compare(fcinfo) > 0);
}

/* nps_result_ge(nps_result, nps_result): operator >= */
PG_FUNCTION_INFO_V1(nps_result_ge);
Datum
nps_result_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(nps_result_compare(fcinfo) >= 0);
}

/* Hash of the counts (every byte after the varlena header and flags) */
static uint64
nps_result_hash_seeded(FunctionCallInfo fcinfo, uint64 seed)
{
	const SxNpsResult *r = PG_GETARG_NPS_RESULT_P(0);

	return DatumGetUInt64(hash_any_extended((const unsigned char *) r->answers,
											sizeof(r->answers), seed));
}

/* nps_result_hash(nps_result): the low 32 bits of the seed-0 hash */
PG_FUNCTION_INFO_V1(nps_result_hash);
Datum
nps_result_hash(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32((int32) nps_result_hash_seeded(fcinfo, 0));
}

/* nps_result_hash_extended(nps_result, bigint) */
PG_FUNCTION_INFO_V1(nps_result_hash_extended);
Datum
nps_result_hash_extended(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64((int64) nps_result_hash_seeded(fcinfo, PG_GETARG_INT64(1)));
}

/* nps_result_to_jsonb(nps_result) */
PG_FUNCTION_INFO_V1(nps_result_to_jsonb);
Datum
nps_result_to_jsonb(PG_FUNCTION_ARGS)
{
	SxNpsResult *r = PG_GETARG_NPS_RESULT_P(0);
	SxNpsTally	t;
	StringInfoData buf;

	sx_nps_tally(r, &t);
	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"n\": " INT64_FORMAT ", \"promoters\": " INT64_FORMAT
					 ", \"detractors\": " INT64_FORMAT ", \"answers\": [",
					 t.n, t.promoters, t.detractors);
	for (int i = 0; i < SX_NPS_ANSWERS; i++)
		appendStringInfo(&buf, i ? ", " INT64_FORMAT : INT64_FORMAT, r->answers[i]);
	appendStringInfoString(&buf, "]}");
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data)));
}

/* A state a support function returns; see kano_result_checked */
static pg_noinline Datum
nps_result_checked(SxNpsResult *st)
{
	SxError		err;

	if (!sx_nps_result_check(st, &err))
		sx_report(&err, NULL);
	return PointerGetDatum(st);
}

static inline Datum
nps_result_state(SxNpsResult *st, bool trusted)
{
	if (unlikely(!trusted))
		return nps_result_checked(st);
	return PointerGetDatum(st);
}

/* An NPS answer 0..10, or 22003 */
static inline int
nps_answer_arg(FunctionCallInfo fcinfo, int argno)
{
	int32		v = PG_GETARG_INT32(argno);

	if (unlikely(v < 0 || v > SX_NPS_MAX))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("NPS answer %d is out of range 0..%d", v, SX_NPS_MAX)));
	return v;
}

/* nps_agg_trans(nps_result, integer): strict, so NULL answers are skipped */
PG_FUNCTION_INFO_V1(nps_agg_trans);
Datum
nps_agg_trans(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxNpsResult *st = sx_agg_state(fcinfo, NPS_RESULT_SIZE);

	st->answers[nps_answer_arg(fcinfo, 1)]++;
	return nps_result_state(st, trusted);
}

/* nps_agg_inv(nps_result, integer) */
PG_FUNCTION_INFO_V1(nps_agg_inv);
Datum
nps_agg_inv(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxNpsResult *st = sx_agg_state(fcinfo, NPS_RESULT_SIZE);
	int64	   *slot = &st->answers[nps_answer_arg(fcinfo, 1)];

	if (*slot <= 0)
		sx_inverse_underflow("nps_agg");
	(*slot)--;
	return nps_result_state(st, trusted);
}

/* nps_result_merge(nps_result, nps_result): a + b */
PG_FUNCTION_INFO_V1(nps_result_merge);
Datum
nps_result_merge(PG_FUNCTION_ARGS)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	SxNpsResult *st = sx_agg_state(fcinfo, NPS_RESULT_SIZE);
	SxNpsResult *other = PG_GETARG_NPS_RESULT_P(1);
	int64		n;

	if (!sx_add_counts(st->answers, other->answers, SX_NPS_ANSWERS) ||
		!sx_sum_counts(st->answers, SX_NPS_ANSWERS, &n))
		sx_count_overflow("nps_result");
	return nps_result_state(st, trusted);
}

/* nps_result_subtract(nps_result, nps_result): a - b, b being part of a */
PG_FUNCTION_INFO_V1(nps_result_subtract);
Datum
nps_result_subtract(PG_FUNCTION_ARGS)
{
	SxNpsResult *r = palloc(NPS_RESULT_SIZE);
	SxError		err;

	memcpy(r, PG_GETARG_NPS_RESULT_P(0), NPS_RESULT_SIZE);
	if (!sx_nps_result_subtract(r, PG_GETARG_NPS_RESULT_P(1), &err))
		sx_report(&err, NULL);
	PG_RETURN_POINTER(r);
}

/* nps_n(nps_result): answers */
PG_FUNCTION_INFO_V1(nps_n);
Datum
nps_n(PG_FUNCTION_ARGS)
{
	SxNpsTally	t;

	sx_nps_tally(PG_GETARG_NPS_RESULT_P(0), &t);
	PG_RETURN_INT64(t.n);
}

/* nps(nps_result): 100 (P - D), NULL without answers */
PG_FUNCTION_INFO_V1(nps);
Datum
nps(PG_FUNCTION_ARGS)
{
	SxNpsTally	t;

	sx_nps_tally(PG_GETARG_NPS_RESULT_P(0), &t);
	if (t.n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(sx_nps_score(&t));
}

/* One bound of the adjusted-Wald interval at the confidence in argument 1 */
static Datum
nps_bound(FunctionCallInfo fcinfo, bool upper)
{
	double		z = sx_confidence_arg(fcinfo, 1);
	SxNpsTally	t;
	double		low;
	double		high;

	sx_nps_tally(PG_GETARG_NPS_RESULT_P(0), &t);
	if (!sx_nps_interval(&t, z, &low, &high))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(upper ? high : low);
}

/* nps_low(nps_result, confidence double precision) */
PG_FUNCTION_INFO_V1(nps_low);
Datum
nps_low(PG_FUNCTION_ARGS)
{
	return nps_bound(fcinfo, false);
}

/* nps_high(nps_result, confidence double precision) */
PG_FUNCTION_INFO_V1(nps_high);
Datum
nps_high(PG_FUNCTION_ARGS)
{
	return nps_bound(fcinfo, true);
}
