/*
 * kano_figures.c
 *		The figures of a kano_result in SQL: one function per figure, and
 *		kano_report with all of them.  The figures themselves are computed
 *		by the core (core/kano_figures.c); a figure without data is NULL.
 */
#include "kano_result.h"

#include <math.h>

#include "access/htup_details.h"
#include "funcapi.h"
#include "core/kano_figures.h"
#include "core/sx_stats.h"
#include "kano_category.h"
#include "kano_scheme.h"
#include "utils/builtins.h"

/* The rule argument: 'mode' or 'berger' */
static int
kano_rule_arg(FunctionCallInfo fcinfo, int argno)
{
	const char *s;
	size_t		len;
	int			rule;
	SxError		err;

	sx_text_arg(fcinfo, argno, &s, &len);
	if (!sx_kano_rule_parse(s, len, &rule, &err))
		sx_report(&err, text_to_cstring(PG_GETARG_TEXT_PP(argno)));
	return rule;
}

/* The category counts of argument 0 under the scheme in argument 1 */
static inline void
kano_tally_args(FunctionCallInfo fcinfo, SxKanoTally *t)
{
	sx_kano_tally(PG_GETARG_KANO_RESULT_P(0), kano_scheme_arg(fcinfo, 1), t);
}

/* kano_n(kano_result): complete answer pairs */
PG_FUNCTION_INFO_V1(kano_n);
Datum
kano_n(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(sx_kano_result_n(PG_GETARG_KANO_RESULT_P(0)));
}

/* kano_incomplete(kano_result): rows with one answer missing */
PG_FUNCTION_INFO_V1(kano_incomplete);
Datum
kano_incomplete(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_KANO_RESULT_P(0)->incomplete);
}

/* kano_count(kano_result, kano_category, scheme text) */
PG_FUNCTION_INFO_V1(kano_count);
Datum
kano_count(PG_FUNCTION_ARGS)
{
	int			cat = kano_category_arg(fcinfo, 1);
	SxKanoTally t;

	sx_kano_tally(PG_GETARG_KANO_RESULT_P(0), kano_scheme_arg(fcinfo, 2), &t);
	PG_RETURN_INT64(t.cat[cat]);
}

/* kano_category(kano_result, scheme text, rule text): the dominant category */
PG_FUNCTION_INFO_V1(kano_category);
Datum
kano_category(PG_FUNCTION_ARGS)
{
	SxKanoTally t;
	int			cat;

	kano_tally_args(fcinfo, &t);
	cat = sx_kano_dominant(&t, kano_rule_arg(fcinfo, 2));
	if (cat < 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(KanoCategoryGetDatum(cat));
}

/* kano_better(kano_result, scheme text): (A+O)/(A+O+M+I) */
PG_FUNCTION_INFO_V1(kano_better);
Datum
kano_better(PG_FUNCTION_ARGS)
{
	SxKanoTally t;

	kano_tally_args(fcinfo, &t);
	return sx_float8_or_null(fcinfo, sx_kano_better(&t));
}

/* kano_worse(kano_result, scheme text): -(O+M)/(A+O+M+I) */
PG_FUNCTION_INFO_V1(kano_worse);
Datum
kano_worse(PG_FUNCTION_ARGS)
{
	SxKanoTally t;

	kano_tally_args(fcinfo, &t);
	return sx_float8_or_null(fcinfo, sx_kano_worse(&t));
}

/* kano_quadrant(kano_result, divider double precision, scheme text) */
PG_FUNCTION_INFO_V1(kano_quadrant);
Datum
kano_quadrant(PG_FUNCTION_ARGS)
{
	double		divider = PG_GETARG_FLOAT8(1);
	SxKanoTally t;
	int			quadrant;

	if (!(divider > 0.0 && divider < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("kano_quadrant divider must be between 0 and 1 exclusive"),
				 errdetail("Got %s.", sx_double_text(divider)),
				 errhint("The dividing lines of the quadrants are usually at 0.5.")));
	sx_kano_tally(PG_GETARG_KANO_RESULT_P(0), kano_scheme_arg(fcinfo, 2), &t);
	quadrant = sx_kano_quadrant(&t, divider);
	if (quadrant < 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(KanoCategoryGetDatum(quadrant));
}

/* kano_total_strength(kano_result, scheme text): (A+O+M)/N */
PG_FUNCTION_INFO_V1(kano_total_strength);
Datum
kano_total_strength(PG_FUNCTION_ARGS)
{
	SxKanoTally t;

	kano_tally_args(fcinfo, &t);
	return sx_float8_or_null(fcinfo, sx_kano_total_strength(&t));
}

/* kano_category_strength(kano_result, scheme text) */
PG_FUNCTION_INFO_V1(kano_category_strength);
Datum
kano_category_strength(PG_FUNCTION_ARGS)
{
	SxKanoTally t;

	kano_tally_args(fcinfo, &t);
	return sx_float8_or_null(fcinfo, sx_kano_category_strength(&t));
}

/* kano_significant(kano_result, scheme text): Fong's test */
PG_FUNCTION_INFO_V1(kano_significant);
Datum
kano_significant(PG_FUNCTION_ARGS)
{
	SxKanoTally t;

	kano_tally_args(fcinfo, &t);
	if (t.n == 0)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(sx_kano_fong(&t));
}

/* kano_functional_mean(kano_result) */
PG_FUNCTION_INFO_V1(kano_functional_mean);
Datum
kano_functional_mean(PG_FUNCTION_ARGS)
{
	double		mean;
	double		sd;

	sx_kano_score_moments(PG_GETARG_KANO_RESULT_P(0), true, &mean, &sd);
	return sx_float8_or_null(fcinfo, mean);
}

/* kano_functional_sd(kano_result) */
PG_FUNCTION_INFO_V1(kano_functional_sd);
Datum
kano_functional_sd(PG_FUNCTION_ARGS)
{
	double		mean;
	double		sd;

	sx_kano_score_moments(PG_GETARG_KANO_RESULT_P(0), true, &mean, &sd);
	return sx_float8_or_null(fcinfo, sd);
}

/* kano_dysfunctional_mean(kano_result) */
PG_FUNCTION_INFO_V1(kano_dysfunctional_mean);
Datum
kano_dysfunctional_mean(PG_FUNCTION_ARGS)
{
	double		mean;
	double		sd;

	sx_kano_score_moments(PG_GETARG_KANO_RESULT_P(0), false, &mean, &sd);
	return sx_float8_or_null(fcinfo, mean);
}

/* kano_dysfunctional_sd(kano_result) */
PG_FUNCTION_INFO_V1(kano_dysfunctional_sd);
Datum
kano_dysfunctional_sd(PG_FUNCTION_ARGS)
{
	double		mean;
	double		sd;

	sx_kano_score_moments(PG_GETARG_KANO_RESULT_P(0), false, &mean, &sd);
	return sx_float8_or_null(fcinfo, sd);
}

/* kano_importance_mean(kano_result) */
PG_FUNCTION_INFO_V1(kano_importance_mean);
Datum
kano_importance_mean(PG_FUNCTION_ARGS)
{
	return sx_float8_or_null(fcinfo,
						  sx_kano_importance_mean(PG_GETARG_KANO_RESULT_P(0)));
}

/* kano_importance_sd(kano_result): sample SD, NULL below 2 values */
PG_FUNCTION_INFO_V1(kano_importance_sd);
Datum
kano_importance_sd(PG_FUNCTION_ARGS)
{
	return sx_float8_or_null(fcinfo,
						  sx_kano_importance_sd(PG_GETARG_KANO_RESULT_P(0)));
}

/* kano_compare(kano_result, kano_result, scheme text): chi-square p-value */
PG_FUNCTION_INFO_V1(kano_compare);
Datum
kano_compare(PG_FUNCTION_ARGS)
{
	const SxScheme *scheme = kano_scheme_arg(fcinfo, 2);
	SxKanoTally t1;
	SxKanoTally t2;

	sx_kano_tally(PG_GETARG_KANO_RESULT_P(0), scheme, &t1);
	sx_kano_tally(PG_GETARG_KANO_RESULT_P(1), scheme, &t2);
	return sx_float8_or_null(fcinfo, sx_kano_compare(&t1, &t2));
}

/* The columns of kano_report, in order */
enum
{
	REP_N, REP_INCOMPLETE, REP_A, REP_O, REP_M, REP_I, REP_Q, REP_R,
	REP_CATEGORY, REP_BETTER, REP_BETTER_LOW, REP_BETTER_HIGH, REP_WORSE,
	REP_WORSE_LOW, REP_WORSE_HIGH, REP_TOTAL_STRENGTH, REP_CATEGORY_STRENGTH,
	REP_SIGNIFICANT, REP_FUNCTIONAL_MEAN, REP_FUNCTIONAL_SD,
	REP_DYSFUNCTIONAL_MEAN, REP_DYSFUNCTIONAL_SD, REP_IMPORTANCE_MEAN,
	REP_COLUMNS
};

static inline void
report_float(Datum *values, bool *nulls, int col, double x)
{
	nulls[col] = isnan(x);
	values[col] = nulls[col] ? (Datum) 0 : Float8GetDatum(x);
}

/*
 * kano_report(kano_result, scheme text, rule text, confidence double
 * precision): every figure of a group in one row, for views and BI tools.
 */
PG_FUNCTION_INFO_V1(kano_report);
Datum
kano_report(PG_FUNCTION_ARGS)
{
	SxKanoResult *r = PG_GETARG_KANO_RESULT_P(0);
	int			rule = kano_rule_arg(fcinfo, 2);
	double		z = sx_confidence_arg(fcinfo, 3);
	TupleDesc	desc = sx_result_tupdesc(fcinfo);
	Datum		values[REP_COLUMNS];
	bool		nulls[REP_COLUMNS] = {0};
	SxKanoTally t;
	int			cat;
	double		lo;
	double		hi;
	double		mean;
	double		sd;

	Assert(desc->natts == REP_COLUMNS);
	sx_kano_tally(r, kano_scheme_arg(fcinfo, 1), &t);

	values[REP_N] = Int64GetDatum(t.n);
	values[REP_INCOMPLETE] = Int64GetDatum(r->incomplete);
	values[REP_A] = Int64GetDatum(t.cat[SX_CAT_A]);
	values[REP_O] = Int64GetDatum(t.cat[SX_CAT_O]);
	values[REP_M] = Int64GetDatum(t.cat[SX_CAT_M]);
	values[REP_I] = Int64GetDatum(t.cat[SX_CAT_I]);
	values[REP_Q] = Int64GetDatum(t.cat[SX_CAT_Q]);
	values[REP_R] = Int64GetDatum(t.cat[SX_CAT_R]);

	cat = sx_kano_dominant(&t, rule);
	nulls[REP_CATEGORY] = cat < 0;
	values[REP_CATEGORY] = cat < 0 ? (Datum) 0 : KanoCategoryGetDatum(cat);

	report_float(values, nulls, REP_BETTER, sx_kano_better(&t));
	sx_kano_better_interval(&t, z, &lo, &hi);
	report_float(values, nulls, REP_BETTER_LOW, lo);
	report_float(values, nulls, REP_BETTER_HIGH, hi);
	report_float(values, nulls, REP_WORSE, sx_kano_worse(&t));
	sx_kano_worse_interval(&t, z, &lo, &hi);
	report_float(values, nulls, REP_WORSE_LOW, lo);
	report_float(values, nulls, REP_WORSE_HIGH, hi);

	report_float(values, nulls, REP_TOTAL_STRENGTH, sx_kano_total_strength(&t));
	report_float(values, nulls, REP_CATEGORY_STRENGTH,
				 sx_kano_category_strength(&t));
	nulls[REP_SIGNIFICANT] = t.n == 0;
	values[REP_SIGNIFICANT] = BoolGetDatum(t.n > 0 && sx_kano_fong(&t));

	sx_kano_score_moments(r, true, &mean, &sd);
	report_float(values, nulls, REP_FUNCTIONAL_MEAN, mean);
	report_float(values, nulls, REP_FUNCTIONAL_SD, sd);
	sx_kano_score_moments(r, false, &mean, &sd);
	report_float(values, nulls, REP_DYSFUNCTIONAL_MEAN, mean);
	report_float(values, nulls, REP_DYSFUNCTIONAL_SD, sd);
	report_float(values, nulls, REP_IMPORTANCE_MEAN, sx_kano_importance_mean(r));

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
