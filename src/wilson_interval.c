/*
 * wilson_interval.c
 *		wilson_interval(successes, trials, confidence): a share with its
 *		Wilson score interval, for the figures the data model's views
 *		count in SQL (retention, repeat delight) rather than in a result
 *		type.
 */
#include "sx_fmgr.h"

#include "access/htup_details.h"
#include "core/sx_stats.h"
#include "funcapi.h"

/* The columns of wilson_interval, in order */
enum
{
	WILSON_SHARE,
	WILSON_LOW,
	WILSON_HIGH,
	WILSON_COLUMNS
};

/*
 * wilson_interval(successes bigint, trials bigint, confidence double
 * precision): share, low, high; all NULL for no trials
 */
PG_FUNCTION_INFO_V1(wilson_interval);
Datum
wilson_interval(PG_FUNCTION_ARGS)
{
	int64		x = PG_GETARG_INT64(0);
	int64		n = PG_GETARG_INT64(1);
	double		z = sx_confidence_arg(fcinfo, 2);
	TupleDesc	desc = sx_result_tupdesc(fcinfo);
	Datum		values[WILSON_COLUMNS] = {0};
	bool		nulls[WILSON_COLUMNS] = {true, true, true};
	double		low;
	double		high;

	if (x < 0 || n < 0 || x > n)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a share needs 0 <= successes <= trials"),
				 errdetail("Got " INT64_FORMAT " successes of " INT64_FORMAT " trials.", x, n)));
	if (desc->natts != WILSON_COLUMNS)
		elog(ERROR, "wilson_interval returns %d columns, not %d", desc->natts, WILSON_COLUMNS);
	if (n > 0)
	{
		sx_wilson((double) x, (double) n, z, &low, &high);
		values[WILSON_SHARE] = Float8GetDatum((double) x / (double) n);
		values[WILSON_LOW] = Float8GetDatum(low);
		values[WILSON_HIGH] = Float8GetDatum(high);
		nulls[WILSON_SHARE] = nulls[WILSON_LOW] = nulls[WILSON_HIGH] = false;
	}
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
