/*
 * csat_ces.c
 *		The CSAT and CES aggregates of a bigint[] histogram in SQL (csat,
 *		ces, ces_net), and what csat_result and ces_result share.
 *
 * Their state is a histogram of the answers in a bigint[] (a varlena with
 * lossless text I/O), updated in place when called as an aggregate, so
 * they combine in parallel plans like the other aggregates.
 */
#include "csat_ces.h"

#include <math.h>

#include "catalog/pg_type.h"
#include "core/csat_ces.h"
#include "core/sx_counts.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"

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

/* Count the answer in argument 1 on the scale 1..bins */
static inline Datum
hist_accum(FunctionCallInfo fcinfo, int bins, const char *metric)
{
	bool		trusted = sx_trusted_caller(fcinfo);
	ArrayType  *st = sx_agg_state(fcinfo, HIST_SIZE(bins));
	int			answer = csat_ces_answer_arg(fcinfo, 1, bins, metric);

	hist_bins(st, bins, !trusted)[answer - 1]++;
	if (!trusted)
		hist_bins(st, bins, true);
	PG_RETURN_ARRAYTYPE_P(st);
}

/* csat_accum(bigint[], integer): the csat transition, answers 1..5 */
PG_FUNCTION_INFO_V1(csat_accum);
Datum
csat_accum(PG_FUNCTION_ARGS)
{
	return hist_accum(fcinfo, SX_CSAT_MAX, "CSAT");
}

/* ces_accum(bigint[], integer): the ces and ces_net transition, answers 1..7 */
PG_FUNCTION_INFO_V1(ces_accum);
Datum
ces_accum(PG_FUNCTION_ARGS)
{
	return hist_accum(fcinfo, SX_CES_MAX, "CES");
}

/* sx_hist_combine(bigint[], bigint[]): two histograms of the same length */
PG_FUNCTION_INFO_V1(sx_hist_combine);
Datum
sx_hist_combine(PG_FUNCTION_ARGS)
{
	ArrayType  *mine = PG_GETARG_ARRAYTYPE_P(0);
	ArrayType  *other = PG_GETARG_ARRAYTYPE_P(1);
	int			bins = ARR_NDIM(other) == 1 ? ARR_DIMS(other)[0] : 0;
	bool		trusted = sx_trusted_caller(fcinfo);
	ArrayType  *st;

	if (ARR_NDIM(mine) != 1 || ARR_DIMS(mine)[0] != bins)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot combine histograms of different lengths")));
	st = sx_agg_state(fcinfo, HIST_SIZE(bins));
	if (!sx_add_counts(hist_bins(st, bins, !trusted), hist_bins(other, bins, !trusted),
					   bins))
		sx_count_overflow("histogram");
	hist_bins(st, bins, true);
	PG_RETURN_ARRAYTYPE_P(st);
}

/* csat_final(bigint[]): percent answering 4 or 5 */
PG_FUNCTION_INFO_V1(csat_final);
Datum
csat_final(PG_FUNCTION_ARGS)
{
	return sx_float8_or_null(fcinfo, sx_csat_score(hist_bins(PG_GETARG_ARRAYTYPE_P(0),
														  SX_CSAT_MAX, true)));
}

/* ces_final(bigint[]): mean answer */
PG_FUNCTION_INFO_V1(ces_final);
Datum
ces_final(PG_FUNCTION_ARGS)
{
	return sx_float8_or_null(fcinfo, sx_ces_mean(hist_bins(PG_GETARG_ARRAYTYPE_P(0),
														SX_CES_MAX, true)));
}

/* ces_net_final(bigint[]): percent 6-7 minus percent 1-3 */
PG_FUNCTION_INFO_V1(ces_net_final);
Datum
ces_net_final(PG_FUNCTION_ARGS)
{
	return sx_float8_or_null(fcinfo, sx_ces_net(hist_bins(PG_GETARG_ARRAYTYPE_P(0),
													   SX_CES_MAX, true)));
}

void
csat_ces_append_counts(StringInfo buf, const int64 *h, int bins,
					   const char *sep)
{
	for (int i = 0; i < bins; i++)
	{
		if (i > 0)
			appendStringInfoString(buf, sep);
		appendStringInfo(buf, INT64_FORMAT, h[i]);
	}
}

/* Closes the document buf begins with the counts, as an "answers" array */
Datum
csat_ces_jsonb(StringInfo buf, const int64 *h, int bins)
{
	appendStringInfoString(buf, ", \"answers\": [");
	csat_ces_append_counts(buf, h, bins, ", ");
	appendStringInfoString(buf, "]}");
	return DirectFunctionCall1(jsonb_in, CStringGetDatum(buf->data));
}
