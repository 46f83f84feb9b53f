/*
 * experience_figures.c
 *		The figures of an experience_result in SQL: its observations, its
 *		parts as pyramid, NPS, CSAT and CES results, and experience_report.
 */
#include "experience_result.h"

#include "ces_result.h"
#include "core/sx_stats.h"
#include "csat_result.h"
#include "funcapi.h"
#include "nps_result.h"
#include "pyramid_level.h"
#include "pyramid_result.h"
#include "utils/builtins.h"

/* experience_n(experience_result): observations */
PG_FUNCTION_INFO_V1(experience_n);
Datum
experience_n(PG_FUNCTION_ARGS)
{
	SxPyramidResult p;
	SxExperienceResult buf;

	sx_experience_pyramid(experience_result_arg(fcinfo, 0, &buf), &p);
	PG_RETURN_INT64(sx_pyramid_result_n(&p));
}

/* experience_pyramid(experience_result): the pyramid part, a pyramid_result */
PG_FUNCTION_INFO_V1(experience_pyramid);
Datum
experience_pyramid(PG_FUNCTION_ARGS)
{
	SxPyramidResult *p = palloc(PYRAMID_RESULT_SIZE);
	SxExperienceResult buf;

	sx_experience_pyramid(experience_result_arg(fcinfo, 0, &buf), p);
	SET_VARSIZE(p, PYRAMID_RESULT_SIZE);
	PG_RETURN_POINTER(p);
}

/* experience_nps(experience_result): the NPS answers, an nps_result */
PG_FUNCTION_INFO_V1(experience_nps);
Datum
experience_nps(PG_FUNCTION_ARGS)
{
	SxNpsResult *n = palloc(NPS_RESULT_SIZE);
	SxExperienceResult buf;

	sx_experience_nps(experience_result_arg(fcinfo, 0, &buf), n);
	SET_VARSIZE(n, NPS_RESULT_SIZE);
	PG_RETURN_POINTER(n);
}

/* experience_csat(experience_result): the CSAT answers, a csat_result */
PG_FUNCTION_INFO_V1(experience_csat);
Datum
experience_csat(PG_FUNCTION_ARGS)
{
	SxCsatResult *c = palloc(CSAT_RESULT_SIZE);
	SxExperienceResult buf;

	sx_experience_csat(experience_result_arg(fcinfo, 0, &buf), c);
	SET_VARSIZE(c, CSAT_RESULT_SIZE);
	PG_RETURN_POINTER(c);
}

/* experience_ces(experience_result): the CES answers, a ces_result */
PG_FUNCTION_INFO_V1(experience_ces);
Datum
experience_ces(PG_FUNCTION_ARGS)
{
	SxCesResult *c = palloc(CES_RESULT_SIZE);
	SxExperienceResult buf;

	sx_experience_ces(experience_result_arg(fcinfo, 0, &buf), c);
	SET_VARSIZE(c, CES_RESULT_SIZE);
	PG_RETURN_POINTER(c);
}

/* The columns of experience_report, in order */
enum
{
	EREP_N,
	EREP_SHARE_L1,				/* + k - 1: share at level k or above */
	EREP_ATTAINED = EREP_SHARE_L1 + SX_LEVEL_TOP,
	EREP_ATTAINED_NAME,
	EREP_UNFOUNDED,
	EREP_NPS_N,
	EREP_NPS,
	EREP_NPS_LOW,
	EREP_NPS_HIGH,
	EREP_CSAT_N,
	EREP_CSAT,
	EREP_CES_N,
	EREP_CES,
	EREP_CES_NET,
	EREP_CENTRICITY,
	EREP_PARTICIPATION,
	EREP_DATA_SCALE,
	EREP_COMPLAINT_N,			/* then the rate, low, high */
	EREP_COMPLAINT_RATE,
	EREP_COMPLAINT_LOW,
	EREP_COMPLAINT_HIGH,
	EREP_FCR_N,					/* then the share, low, high */
	EREP_FCR,
	EREP_FCR_LOW,
	EREP_FCR_HIGH,
	EREP_COLUMNS
};

/* A figure as a column value, NULL where it is NaN (no data) */
static inline void
experience_figure(Datum *values, bool *nulls, int col, double x)
{
	nulls[col] = isnan(x);
	values[col] = nulls[col] ? (Datum) 0 : Float8GetDatum(x);
}

/* A share of yes among n known, with its Wilson interval: four columns */
static void
experience_share(Datum *values, bool *nulls, int col, int64 yes, int64 n, double z)
{
	double		low = NAN;
	double		high = NAN;

	values[col] = Int64GetDatum(n);
	if (n > 0)
		sx_wilson((double) yes, (double) n, z, &low, &high);
	experience_figure(values, nulls, col + 1, n > 0 ? (double) yes / (double) n : NAN);
	experience_figure(values, nulls, col + 2, low);
	experience_figure(values, nulls, col + 3, high);
}

/*
 * experience_report(experience_result, thresholds double precision[],
 * confidence double precision): every figure of a group, one row
 */
PG_FUNCTION_INFO_V1(experience_report);
Datum
experience_report(PG_FUNCTION_ARGS)
{
	SxExperienceResult buf;
	const SxExperienceResult *r = experience_result_arg(fcinfo, 0, &buf);
	TupleDesc	desc = sx_result_tupdesc(fcinfo);
	double		z = sx_confidence_arg(fcinfo, 2);
	Datum		values[EREP_COLUMNS];
	bool		nulls[EREP_COLUMNS] = {0};
	double		t[SX_THRESHOLDS];
	SxPyramidResult p;
	SxNpsResult nps;
	SxNpsTally	tally;
	int64		n;
	double		low = NAN;
	double		high = NAN;

	pyramid_thresholds_arg(fcinfo, 1, t);
	if (desc->natts != EREP_COLUMNS)
		elog(ERROR, "experience_report returns %d columns, not %d",
			 desc->natts, EREP_COLUMNS);
	sx_experience_pyramid(r, &p);
	n = sx_pyramid_result_n(&p);
	values[EREP_N] = Int64GetDatum(n);
	for (int k = 1; k <= SX_LEVEL_TOP; k++)
		experience_figure(values, nulls, EREP_SHARE_L1 + k - 1,
						  n ? sx_pyramid_share(&p, k, n) : NAN);
	nulls[EREP_ATTAINED] = nulls[EREP_ATTAINED_NAME] = (n == 0);
	if (n > 0)
	{
		char		label[SX_PYRAMID_LABEL_MAX];

		values[EREP_ATTAINED] = PyramidLevelGetDatum(sx_pyramid_attained(&p, t, n));
		sx_pyramid_group_label(&p, t, n, label);
		values[EREP_ATTAINED_NAME] = PointerGetDatum(cstring_to_text(label));
	}
	values[EREP_UNFOUNDED] = Int64GetDatum(r->unfounded);

	sx_experience_nps(r, &nps);
	sx_nps_tally(&nps, &tally);
	values[EREP_NPS_N] = Int64GetDatum(tally.n);
	experience_figure(values, nulls, EREP_NPS, sx_nps_score(&tally));
	(void) sx_nps_interval(&tally, z, &low, &high);
	experience_figure(values, nulls, EREP_NPS_LOW, low);
	experience_figure(values, nulls, EREP_NPS_HIGH, high);

	values[EREP_CSAT_N] = Int64GetDatum(sx_hist_count(r->csat, 1, SX_CSAT_MAX));
	experience_figure(values, nulls, EREP_CSAT, sx_csat_score(r->csat));
	values[EREP_CES_N] = Int64GetDatum(sx_hist_count(r->ces, 1, SX_CES_MAX));
	experience_figure(values, nulls, EREP_CES, sx_ces_mean(r->ces));
	experience_figure(values, nulls, EREP_CES_NET, sx_ces_net(r->ces));
	experience_figure(values, nulls, EREP_CENTRICITY,
					  sx_experience_mean(r->centricity_n, r->centricity_sum));
	experience_figure(values, nulls, EREP_PARTICIPATION,
					  sx_experience_mean(r->participation_n, r->participation_sum));
	experience_figure(values, nulls, EREP_DATA_SCALE, sx_experience_scale_mean(r));
	experience_share(values, nulls, EREP_COMPLAINT_N, r->complaints, r->complaint_n, z);
	experience_share(values, nulls, EREP_FCR_N, r->fcr, r->fcr_n, z);
	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
