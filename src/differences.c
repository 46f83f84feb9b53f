/*
 * differences.c
 *		Differences between two groups with their intervals, in SQL: each
 *		returns an sx_difference (estimate, low, high, significant), the
 *		second group minus the first.  The statistics are the core's
 *		(core/sx_stats.c): Newcombe's hybrid score interval for proportions,
 *		the adjusted-Wald interval for the NPS, Welch's t for means.
 */
#include "sx_fmgr.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "ces_result.h"
#include "core/kano_figures.h"
#include "core/nps_result.h"
#include "core/pyramid_result.h"
#include "core/sx_stats.h"
#include "csat_result.h"
#include "kano_result.h"
#include "kano_scheme.h"
#include "nps_result.h"
#include "pyramid_level.h"
#include "pyramid_result.h"

/*
 * The sx_difference row, each figure times scale (100 for percentages);
 * an interval that is not defined gives NULL bounds and significance.
 */
static Datum
difference_datum(FunctionCallInfo fcinfo, const SxDifference *d, double scale)
{
	TupleDesc	desc = sx_result_tupdesc(fcinfo);
	Datum		values[4];
	bool		nulls[4] = {0};
	bool		defined = !isnan(d->low) && !isnan(d->high);

	Assert(desc->natts == 4);
	values[0] = Float8GetDatum(scale * d->estimate);
	values[1] = Float8GetDatum(scale * d->low);
	values[2] = Float8GetDatum(scale * d->high);
	values[3] = BoolGetDatum(sx_difference_significant(d));
	nulls[1] = nulls[2] = nulls[3] = !defined;
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

/* Newcombe on x/n of two groups; NULL when a group has no trials */
static Datum
proportion_difference(FunctionCallInfo fcinfo, int64 x1, int64 n1, int64 x2,
					  int64 n2, double z, double scale)
{
	SxDifference d;

	if (n1 == 0 || n2 == 0)
		PG_RETURN_NULL();
	sx_newcombe((double) x1, (double) n1, (double) x2, (double) n2, z, &d);
	return difference_datum(fcinfo, &d, scale);
}

/* The two Kano groups of arguments 0 and 1 under the scheme in argument 2 */
static double
kano_difference_args(FunctionCallInfo fcinfo, SxKanoTally *t1, SxKanoTally *t2)
{
	const SxScheme *scheme = kano_scheme_arg(fcinfo, 2);
	double		z = sx_confidence_arg(fcinfo, 3);

	sx_kano_tally(PG_GETARG_KANO_RESULT_P(0), scheme, t1);
	sx_kano_tally(PG_GETARG_KANO_RESULT_P(1), scheme, t2);
	return z;
}

/* kano_better_diff(kano_result, kano_result, scheme text, confidence double precision) */
PG_FUNCTION_INFO_V1(kano_better_diff);
Datum
kano_better_diff(PG_FUNCTION_ARGS)
{
	SxKanoTally t1;
	SxKanoTally t2;
	double		z = kano_difference_args(fcinfo, &t1, &t2);

	return proportion_difference(fcinfo, t1.cat[SX_CAT_A] + t1.cat[SX_CAT_O],
								 sx_kano_tally_d(&t1),
								 t2.cat[SX_CAT_A] + t2.cat[SX_CAT_O],
								 sx_kano_tally_d(&t2), z, 1.0);
}

/* kano_worse_diff(kano_result, kano_result, scheme text, confidence double precision): on |Worse| */
PG_FUNCTION_INFO_V1(kano_worse_diff);
Datum
kano_worse_diff(PG_FUNCTION_ARGS)
{
	SxKanoTally t1;
	SxKanoTally t2;
	double		z = kano_difference_args(fcinfo, &t1, &t2);

	return proportion_difference(fcinfo, t1.cat[SX_CAT_O] + t1.cat[SX_CAT_M],
								 sx_kano_tally_d(&t1),
								 t2.cat[SX_CAT_O] + t2.cat[SX_CAT_M],
								 sx_kano_tally_d(&t2), z, 1.0);
}

/* nps_diff(nps_result, nps_result, confidence double precision): NPS points */
PG_FUNCTION_INFO_V1(nps_diff);
Datum
nps_diff(PG_FUNCTION_ARGS)
{
	double		z = sx_confidence_arg(fcinfo, 2);
	SxNpsTally	t1;
	SxNpsTally	t2;
	SxDifference d;

	sx_nps_tally(PG_GETARG_NPS_RESULT_P(0), &t1);
	sx_nps_tally(PG_GETARG_NPS_RESULT_P(1), &t2);
	if (t1.n == 0 || t2.n == 0)
		PG_RETURN_NULL();
	sx_net_difference((double) t1.promoters, (double) t1.detractors, (double) t1.n,
					  (double) t2.promoters, (double) t2.detractors, (double) t2.n,
					  z, &d);
	return difference_datum(fcinfo, &d, 100.0);
}

/* Observations of a pyramid_result at level k or above */
static int64
pyramid_at_or_above(const SxPyramidResult *r, int k)
{
	int64		above = 0;

	for (int j = k; j < SX_LEVELS; j++)
		above += r->levels[j];
	return above;
}

/*
 * pyramid_share_diff(pyramid_result, pyramid_result, level pyramid_level,
 * confidence double precision): the share at that level or above
 */
PG_FUNCTION_INFO_V1(pyramid_share_diff);
Datum
pyramid_share_diff(PG_FUNCTION_ARGS)
{
	SxPyramidResult *r1 = PG_GETARG_PYRAMID_RESULT_P(0);
	SxPyramidResult *r2 = PG_GETARG_PYRAMID_RESULT_P(1);
	int			k = pyramid_level_arg(fcinfo, 2);
	double		z = sx_confidence_arg(fcinfo, 3);

	return proportion_difference(fcinfo, pyramid_at_or_above(r1, k),
								 sx_pyramid_result_n(r1),
								 pyramid_at_or_above(r2, k),
								 sx_pyramid_result_n(r2), z, 1.0);
}

/* csat_diff(csat_result, csat_result, confidence double precision): CSAT points */
PG_FUNCTION_INFO_V1(csat_diff);
Datum
csat_diff(PG_FUNCTION_ARGS)
{
	const int64 *h1 = PG_GETARG_CSAT_RESULT_P(0)->answers;
	const int64 *h2 = PG_GETARG_CSAT_RESULT_P(1)->answers;
	double		z = sx_confidence_arg(fcinfo, 2);

	return proportion_difference(fcinfo,
								 sx_hist_count(h1, SX_CSAT_SATISFIED, SX_CSAT_MAX),
								 sx_hist_count(h1, 1, SX_CSAT_MAX),
								 sx_hist_count(h2, SX_CSAT_SATISFIED, SX_CSAT_MAX),
								 sx_hist_count(h2, 1, SX_CSAT_MAX), z, 100.0);
}

/*
 * ces_diff(ces_result, ces_result, confidence double precision): the
 * difference of the mean answers, with Welch's interval (each group needs
 * two answers, and one of them some spread, else no interval)
 */
PG_FUNCTION_INFO_V1(ces_diff);
Datum
ces_diff(PG_FUNCTION_ARGS)
{
	const int64 *h1 = PG_GETARG_CES_RESULT_P(0)->answers;
	const int64 *h2 = PG_GETARG_CES_RESULT_P(1)->answers;
	double		confidence = PG_GETARG_FLOAT8(2);
	int64		n1 = sx_hist_count(h1, 1, SX_CES_MAX);
	int64		n2 = sx_hist_count(h2, 1, SX_CES_MAX);
	double		m1,
				v1,
				m2,
				v2;
	SxDifference d;

	(void) sx_confidence_arg(fcinfo, 2);
	if (n1 == 0 || n2 == 0)
		PG_RETURN_NULL();
	sx_hist_moments(h1, SX_CES_MAX, &m1, &v1);
	sx_hist_moments(h2, SX_CES_MAX, &m2, &v2);
	if (n1 < 2 || n2 < 2)
	{
		d.estimate = m2 - m1;
		d.low = d.high = NAN;
	}
	else
		sx_welch(m1, v1, (double) n1, m2, v2, (double) n2, confidence, &d);
	return difference_datum(fcinfo, &d, 1.0);
}
