/*
 * cx_metrics.c
 *		Customer-experience metrics (ISO/DTS 19384): NPS with its adjusted
 *		Wald interval as a mergeable nps_result, and CSAT and CES
 *		aggregates.
 *
 * CSAT and CES keep a histogram of the answers as a bigint[] state (a
 * varlena with lossless text I/O), updated in place when called as an
 * aggregate, so they combine in parallel plans like the other aggregates.
 */
#include "sx.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "lib/stringinfo.h"
#include "libpq/pqformat.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

#define NPS_RESULT_SIZE sizeof(SxNpsResult)

/* A state returned by a support function called directly, checked */
SX_STATE_CHECKER(nps_state_checked, SxNpsResult, sx_nps_result_check)

static inline SxNpsResult *
nps_result_new(void)
{
	SxNpsResult *r = palloc0(NPS_RESULT_SIZE);

	SET_VARSIZE(r, NPS_RESULT_SIZE);
	return r;
}

/* Text input: answers=c0,...,c10 */
PG_FUNCTION_INFO_V1(nps_result_in);
Datum
nps_result_in(PG_FUNCTION_ARGS)
{
	char	   *s = PG_GETARG_CSTRING(0);
	SxNpsResult *r = nps_result_new();
	SxError		err;

	if (!sx_nps_result_parse(s, strlen(s), r, &err))
		sx_report(&err, s);
	SET_VARSIZE(r, NPS_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* Text output, read back to the identical value */
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

/* Binary input: the whole remaining message, checked */
PG_FUNCTION_INFO_V1(nps_result_recv);
Datum
nps_result_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	int			len = buf->len - buf->cursor;
	const char *data = pq_getmsgbytes(buf, len);
	SxNpsResult *r = nps_result_new();
	SxError		err;

	if (!sx_nps_result_decode((const uint8_t *) data, len, r, &err))
		sx_report(&err, NULL);
	SET_VARSIZE(r, NPS_RESULT_SIZE);
	PG_RETURN_POINTER(r);
}

/* Binary output: format byte, 11 big-endian int64 */
PG_FUNCTION_INFO_V1(nps_result_send);
Datum
nps_result_send(PG_FUNCTION_ARGS)
{
	SxNpsResult *r = PG_GETARG_NPS_RESULT_P(0);
	bytea	   *out = palloc(VARHDRSZ + SX_NPS_RESULT_WIRE);

	SET_VARSIZE(out, VARHDRSZ + SX_NPS_RESULT_WIRE);
	sx_nps_result_encode(r, (uint8_t *) VARDATA(out));
	PG_RETURN_BYTEA_P(out);
}

/* Counts of a group: n, promoters (9-10), detractors (0-6) */
typedef struct NpsTally
{
	int64		n;
	int64		promoters;
	int64		detractors;
} NpsTally;

static inline void
nps_tally(const SxNpsResult *r, NpsTally *t)
{
	memset(t, 0, sizeof(*t));
	for (int i = 0; i < SX_NPS_ANSWERS; i++)
	{
		t->n += r->answers[i];
		if (i >= 9)
			t->promoters += r->answers[i];
		else if (i <= 6)
			t->detractors += r->answers[i];
	}
}

/* Cast to jsonb */
PG_FUNCTION_INFO_V1(nps_result_to_jsonb);
Datum
nps_result_to_jsonb(PG_FUNCTION_ARGS)
{
	SxNpsResult *r = PG_GETARG_NPS_RESULT_P(0);
	NpsTally	t;
	StringInfoData buf;

	nps_tally(r, &t);
	initStringInfo(&buf);
	appendStringInfo(&buf, "{\"n\": " INT64_FORMAT ", \"promoters\": " INT64_FORMAT
					 ", \"detractors\": " INT64_FORMAT ", \"answers\": [",
					 t.n, t.promoters, t.detractors);
	for (int i = 0; i < SX_NPS_ANSWERS; i++)
		appendStringInfo(&buf, i ? ", " INT64_FORMAT : INT64_FORMAT, r->answers[i]);
	appendStringInfoString(&buf, "]}");
	PG_RETURN_DATUM(DirectFunctionCall1(jsonb_in, CStringGetDatum(buf.data)));
}

/* An answer on a scale lo..hi, or 22003 */
static inline int
scale_answer(int32 v, int lo, int hi, const char *metric)
{
	if (unlikely(v < lo || v > hi))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("%s answer %d is out of range %d..%d", metric, v, lo, hi)));
	return v;
}

/* nps_agg(integer) transition: strict, so NULL answers are skipped */
PG_FUNCTION_INFO_V1(nps_agg_trans);
Datum
nps_agg_trans(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxNpsResult *st = sx_agg_state(fcinfo, NPS_RESULT_SIZE);

	st->answers[scale_answer(PG_GETARG_INT32(1), 0, 10, "NPS")]++;
	SX_RETURN_STATE(direct, st, nps_state_checked);
}

/* nps_agg(integer) inverse transition */
PG_FUNCTION_INFO_V1(nps_agg_inv);
Datum
nps_agg_inv(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxNpsResult *st = sx_agg_state(fcinfo, NPS_RESULT_SIZE);
	int64	   *slot = &st->answers[scale_answer(PG_GETARG_INT32(1), 0, 10, "NPS")];

	if (*slot <= 0)
		sx_inverse_underflow("nps_agg");
	(*slot)--;
	SX_RETURN_STATE(direct, st, nps_state_checked);
}

/* nps_result_merge(a, b): combine function, nps_merge transition, + */
PG_FUNCTION_INFO_V1(nps_result_merge);
Datum
nps_result_merge(PG_FUNCTION_ARGS)
{
	bool		direct = !sx_in_aggregate(fcinfo);
	SxNpsResult *st = sx_agg_state(fcinfo, NPS_RESULT_SIZE);
	SxNpsResult *other = PG_GETARG_NPS_RESULT_P(1);
	int64		n;

	sx_add_counts(st->answers, other->answers, SX_NPS_ANSWERS, "nps_result");
	if (!sx_sum_counts(st->answers, SX_NPS_ANSWERS, &n))
		sx_count_overflow("nps_result");
	SX_RETURN_STATE(direct, st, nps_state_checked);
}

/* nps_n(r): answers */
PG_FUNCTION_INFO_V1(nps_n);
Datum
nps_n(PG_FUNCTION_ARGS)
{
	NpsTally	t;

	nps_tally(PG_GETARG_NPS_RESULT_P(0), &t);
	PG_RETURN_INT64(t.n);
}

/* nps(r): 100 (P - D), NULL without answers */
PG_FUNCTION_INFO_V1(nps);
Datum
nps(PG_FUNCTION_ARGS)
{
	NpsTally	t;

	nps_tally(PG_GETARG_NPS_RESULT_P(0), &t);
	if (t.n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(100.0 * (double) (t.promoters - t.detractors) / (double) t.n);
}

/*
 * Adjusted-Wald interval of the NPS (Rocks 2016): add 3/4 of a promoter and
 * of a detractor and 3 answers, then a normal interval on the difference of
 * the two shares, clipped to [-100, 100].
 */
static bool
nps_interval(FunctionCallInfo fcinfo, double *low, double *high)
{
	NpsTally	t;
	double		confidence = PG_GETARG_FLOAT8(1);
	double		n1,
				p,
				d,
				z,
				half;

	if (!(confidence > 0.0 && confidence < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("confidence must be between 0 and 1 exclusive"),
				 errdetail("Got %g.", confidence),
				 errhint("Use 0.95 for a 95 %% interval.")));
	nps_tally(PG_GETARG_NPS_RESULT_P(0), &t);
	if (t.n == 0)
		return false;
	z = sx_probit((1.0 + confidence) / 2.0);
	n1 = (double) t.n + 3.0;
	p = ((double) t.promoters + 0.75) / n1;
	d = ((double) t.detractors + 0.75) / n1;
	half = z * sqrt((p + d - (p - d) * (p - d)) / n1);
	*low = fmax(-100.0, 100.0 * (p - d - half));
	*high = fmin(100.0, 100.0 * (p - d + half));
	return true;
}

/* nps_low(r, confidence): lower bound of the adjusted-Wald interval */
PG_FUNCTION_INFO_V1(nps_low);
Datum
nps_low(PG_FUNCTION_ARGS)
{
	double		low;
	double		high;

	if (!nps_interval(fcinfo, &low, &high))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(low);
}

/* nps_high(r, confidence): upper bound of the adjusted-Wald interval */
PG_FUNCTION_INFO_V1(nps_high);
Datum
nps_high(PG_FUNCTION_ARGS)
{
	double		low;
	double		high;

	if (!nps_interval(fcinfo, &low, &high))
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(high);
}

/* ---------------------------------------------------------------------
 * CSAT (1..5) and CES (1..7): histogram states in bigint[]
 * ---------------------------------------------------------------------
 */

#define HIST_SIZE(bins) (ARR_OVERHEAD_NONULLS(1) + (bins) * sizeof(int64))

/*
 * The bins of a histogram state, checked to be a 1-D bigint[] without
 * NULLs, and with counts_too also to hold no negative count (a state from
 * a caller rather than from the aggregate itself).
 */
static inline int64 *
hist_bins(ArrayType *a, int bins, bool counts_too)
{
	int64	   *h;

	if (ARR_NDIM(a) != 1 || ARR_DIMS(a)[0] != bins || ARR_HASNULL(a) ||
		ARR_ELEMTYPE(a) != INT8OID || VARSIZE(a) != HIST_SIZE(bins))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid histogram state: expected %d bigint counts", bins),
				 errdetail("A one-dimensional bigint array without NULLs.")));
	h = (int64 *) ARR_DATA_PTR(a);
	if (counts_too)
	{
		int64		n;

		if (!sx_sum_counts(h, bins, &n))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid histogram state: counts must be non-negative "
							"and add up to at most " INT64_FORMAT, PG_INT64_MAX)));
	}
	return h;
}

static inline Datum
hist_accum(FunctionCallInfo fcinfo, int bins, const char *metric)
{
	ArrayType  *st = sx_agg_state(fcinfo, HIST_SIZE(bins));
	bool		direct = !sx_in_aggregate(fcinfo);

	hist_bins(st, bins, direct)[scale_answer(PG_GETARG_INT32(1), 1, bins, metric) - 1]++;
	if (direct)
		hist_bins(st, bins, true);
	PG_RETURN_ARRAYTYPE_P(st);
}

/* csat(integer) transition: answers 1..5 */
PG_FUNCTION_INFO_V1(csat_accum);
Datum
csat_accum(PG_FUNCTION_ARGS)
{
	return hist_accum(fcinfo, 5, "CSAT");
}

/* ces(integer) and ces_net(integer) transition: answers 1..7 */
PG_FUNCTION_INFO_V1(ces_accum);
Datum
ces_accum(PG_FUNCTION_ARGS)
{
	return hist_accum(fcinfo, 7, "CES");
}

/* Combine two histograms of the same length (in place as an aggregate) */
PG_FUNCTION_INFO_V1(sx_hist_combine);
Datum
sx_hist_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *other = PG_GETARG_ARRAYTYPE_P(1);
	int			bins = ARR_NDIM(other) == 1 ? ARR_DIMS(other)[0] : 0;
	ArrayType  *st;

	if (!PG_ARGISNULL(0))
	{
		ArrayType  *mine = PG_GETARG_ARRAYTYPE_P(0);

		if (ARR_NDIM(mine) != 1 || ARR_DIMS(mine)[0] != bins)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot combine histograms of different lengths")));
	}
	st = sx_agg_state(fcinfo, HIST_SIZE(bins));

	sx_add_counts(hist_bins(st, bins, !sx_in_aggregate(fcinfo)),
				  hist_bins(other, bins, !sx_in_aggregate(fcinfo)), bins, "histogram");
	hist_bins(st, bins, true);
	PG_RETURN_ARRAYTYPE_P(st);
}

static inline int64
hist_total(const int64 *h, int from, int to)
{
	int64		n = 0;

	for (int i = from; i <= to; i++)
		n += h[i];
	return n;
}

/* csat final: percent answering 4 or 5, NULL without answers */
PG_FUNCTION_INFO_V1(csat_final);
Datum
csat_final(PG_FUNCTION_ARGS)
{
	int64	   *h = hist_bins(PG_GETARG_ARRAYTYPE_P(0), 5, true);
	int64		n = hist_total(h, 0, 4);

	if (n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(100.0 * (double) hist_total(h, 3, 4) / (double) n);
}

/* ces final: mean answer, NULL without answers */
PG_FUNCTION_INFO_V1(ces_final);
Datum
ces_final(PG_FUNCTION_ARGS)
{
	int64	   *h = hist_bins(PG_GETARG_ARRAYTYPE_P(0), 7, true);
	int64		n = hist_total(h, 0, 6);
	double		sum = 0;

	if (n == 0)
		PG_RETURN_NULL();
	for (int i = 0; i < 7; i++)
		sum += (double) h[i] * (i + 1);
	PG_RETURN_FLOAT8(sum / (double) n);
}

/* ces_net final: percent 6-7 minus percent 1-3, NULL without answers */
PG_FUNCTION_INFO_V1(ces_net_final);
Datum
ces_net_final(PG_FUNCTION_ARGS)
{
	int64	   *h = hist_bins(PG_GETARG_ARRAYTYPE_P(0), 7, true);
	int64		n = hist_total(h, 0, 6);

	if (n == 0)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(100.0 * (double) (hist_total(h, 5, 6) - hist_total(h, 0, 2)) /
					 (double) n);
}
