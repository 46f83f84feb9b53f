/*
 * leverage.c
 *		The leverage mechanism of ISO/TS 24082 annex D, in this product's
 *		formulation (README): a massless bar on a fulcrum at height H, the
 *		provider's centricity as weights at an arm equal to the customer's
 *		participation, and a ball of mass 1/agility at an arm equal to the
 *		data-collection scale, launched when the bar reaches horizontal.
 */
#include "sx.h"

#include <math.h>

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"

/* Launch height of the ball at data scale r (see README for the derivation) */
static inline double
leverage_height(double M, double m, double a, double r, double H)
{
	double		x = r / a;
	double		mu = m / M;

	return H * x * (1.0 - mu * x) / (1.0 + mu * x * x);
}

static void
leverage_check(bool ok, const char *what, const char *range, double got)
{
	if (!ok)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be %s", what, range),
				 errdetail("Got %g.", got)));
}

/*
 * leverage_score(centricity, participation, data_scale, agility,
 * fulcrum_height, delight_threshold): cooperation, launch height, the
 * optimal data scale and its height, and the verdict.  Not strict, so that
 * a NULL threshold means half the fulcrum height; any other NULL gives NULL.
 */
PG_FUNCTION_INFO_V1(leverage_score);
Datum
leverage_score(PG_FUNCTION_ARGS)
{
	TupleDesc	desc;
	double		M,
				a,
				r,
				agility,
				H,
				hD,
				m,
				h,
				rstar,
				hstar;
	Datum		values[5];
	bool		nulls[5] = {0};
	const char *verdict;

	for (int i = 0; i < 5; i++)
	{
		if (PG_ARGISNULL(i))
			PG_RETURN_NULL();
	}
	M = PG_GETARG_FLOAT8(0);
	a = PG_GETARG_FLOAT8(1);
	r = PG_GETARG_FLOAT8(2);
	agility = PG_GETARG_FLOAT8(3);
	H = PG_GETARG_FLOAT8(4);

	/* comparisons written so that NaN fails them */
	leverage_check(M >= 1.0 && M <= 6.0, "centricity", "between 1 and 6", M);
	leverage_check(a >= 1.0 && a <= 6.0, "participation", "between 1 and 6", a);
	leverage_check(agility > 0.0 && isfinite(agility), "agility",
				   "a finite number greater than 0", agility);
	leverage_check(H > 0.0 && isfinite(H), "fulcrum height",
				   "a finite number greater than 0", H);
	if (!(r >= H && isfinite(r)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("data scale must be at least the fulcrum height (%g)", H),
				 errdetail("Got %g.", r),
				 errhint("The ball end of the bar starts on the ground, which "
						 "needs a data-scale arm at least as long as the "
						 "fulcrum is high.")));
	if (PG_ARGISNULL(5))
		hD = H / 2.0;
	else
	{
		hD = PG_GETARG_FLOAT8(5);
		leverage_check(hD > 0.0 && isfinite(hD), "delight threshold",
					   "a finite number greater than 0", hD);
	}

	m = 1.0 / agility;
	h = leverage_height(M, m, a, r, H);
	rstar = fmax(H, a * (sqrt(1.0 + M / m) - 1.0));
	hstar = leverage_height(M, m, a, rstar, H);
	if (!isfinite(h) || !isfinite(rstar) || !isfinite(hstar))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("leverage out of range for these parameters"),
				 errdetail("agility %g, fulcrum height %g, data scale %g give "
						   "heights beyond double precision.", agility, H, r)));
	verdict = h >= hD ? "delight" : (h > 0.0 ? "satisfaction" : "stalled");

	desc = sx_result_tupdesc(fcinfo);
	values[0] = Float8GetDatum(M * a);
	values[1] = Float8GetDatum(h);
	values[2] = Float8GetDatum(rstar);
	values[3] = Float8GetDatum(hstar);
	values[4] = CStringGetTextDatum(verdict);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
