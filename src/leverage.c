/*
 * leverage.c
 *		leverage_score in SQL: the parameters checked, the lever computed
 *		by the core (core/leverage.c), the row returned.
 */
#include "sx_fmgr.h"

#include "access/htup_details.h"
#include "funcapi.h"
#include "core/leverage.h"
#include "utils/builtins.h"

/* A parameter must satisfy ok, or 22023 naming it, its range and its value */
static void
leverage_check(bool ok, const char *what, const char *range, double got)
{
	if (!ok)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must be %s", what, range),
				 errdetail("Got %s.", sx_double_text(got))));
}

/* The columns of leverage_score, in order */
enum
{
	LEV_COOPERATION, LEV_LAUNCH_HEIGHT, LEV_OPTIMAL_DATA_SCALE,
	LEV_OPTIMAL_HEIGHT, LEV_VERDICT, LEV_COLUMNS
};

/*
 * leverage_score(centricity, participation, data_scale, agility,
 * fulcrum_height, delight_threshold, all double precision): cooperation,
 * launch height, the optimal data scale and its height, and the verdict.
 * Not strict, so that a NULL threshold means half the fulcrum height; any
 * other NULL gives NULL.
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
	Datum		values[LEV_COLUMNS];
	bool		nulls[LEV_COLUMNS] = {0};

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
	leverage_check(M >= SX_LEVEL_MIN && M <= SX_LEVEL_MAX, "centricity",
				   "between 1 and 6", M);
	leverage_check(a >= SX_LEVEL_MIN && a <= SX_LEVEL_MAX, "participation",
				   "between 1 and 6", a);
	leverage_check(agility > 0.0 && isfinite(agility), "agility",
				   "a finite number greater than 0", agility);
	leverage_check(H > 0.0 && isfinite(H), "fulcrum height",
				   "a finite number greater than 0", H);
	if (!(r >= H && isfinite(r)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("data scale must be at least the fulcrum height (%s)",
						sx_double_text(H)),
				 errdetail("Got %s.", sx_double_text(r)),
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

	/* an agility so small that the mass overflows is a ball too heavy to lift */
	m = 1.0 / agility;
	h = H * sx_leverage_relative_height(M, m, a, r);
	rstar = sx_leverage_optimal_scale(M, m, a, H);
	hstar = H * sx_leverage_relative_height(M, m, a, rstar);
	if (!isfinite(h) || !isfinite(rstar) || !isfinite(hstar))
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("leverage out of range for these parameters"),
				 errdetail("Agility %s, fulcrum height %s and data scale %s give "
						   "heights beyond double precision.",
						   sx_double_text(agility), sx_double_text(H),
						   sx_double_text(r))));

	desc = sx_result_tupdesc(fcinfo);
	values[LEV_COOPERATION] = Float8GetDatum(M * a);
	values[LEV_LAUNCH_HEIGHT] = Float8GetDatum(h);
	values[LEV_OPTIMAL_DATA_SCALE] = Float8GetDatum(rstar);
	values[LEV_OPTIMAL_HEIGHT] = Float8GetDatum(hstar);
	values[LEV_VERDICT] = CStringGetTextDatum(sx_leverage_verdict(h, hD));
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
