/*
 * kano_figures.c
 *		Figures of a kano_result under an evaluation scheme: category counts,
 *		dominant category, Better/Worse with Wilson intervals, strengths,
 *		Fong's test, continuous (DuMouchel) scores, and the chi-square
 *		comparison of two groups.
 *
 * Every figure is computed from the 25 answer-pair counts at call time, so
 * a stored result can be read under any scheme.  Zero denominators give
 * NULL, never an error.
 */
#include "sx.h"

#include <math.h>

#include "access/htup_details.h"
#include "funcapi.h"
#include "utils/builtins.h"

/* Scores of the continuous analysis, by answer code 1..5 */
static const double functional_score[SX_ANSWERS] = {4, 2, 0, -1, -2};
static const double dysfunctional_score[SX_ANSWERS] = {-2, -1, 0, 2, 4};

/*
 * The category with the largest count among ranks lo..hi, skipping
 * 'except'; ties go to the lower rank, which is the priority
 * M > O > A > I > R > Q.
 */
static inline int
kano_argmax(const KanoTally *t, int lo, int hi, int except)
{
	int			best = -1;

	for (int k = lo; k <= hi; k++)
	{
		if (k != except && (best < 0 || t->cat[k] > t->cat[best]))
			best = k;
	}
	return best;
}

/* Dominant category under a rule, -1 for an empty group */
static int
kano_dominant(const KanoTally *t, int rule)
{
	if (t->n == 0)
		return -1;
	if (rule == SX_RULE_BERGER)
	{
		int64		oam = t->cat[SX_CAT_O] + t->cat[SX_CAT_A] + t->cat[SX_CAT_M];
		int64		irq = t->cat[SX_CAT_I] + t->cat[SX_CAT_R] + t->cat[SX_CAT_Q];

		return oam > irq ? kano_argmax(t, SX_CAT_M, SX_CAT_A, -1)
			: kano_argmax(t, SX_CAT_I, SX_CAT_Q, -1);
	}
	return kano_argmax(t, SX_CAT_M, SX_CAT_Q, -1);
}

/* The two largest of A, O, M, I, R (Q left out), by the same tie-break */
static inline void
kano_top_two(const KanoTally *t, int64 *first, int64 *second)
{
	int			k1 = kano_argmax(t, SX_CAT_M, SX_CAT_R, -1);
	int			k2 = kano_argmax(t, SX_CAT_M, SX_CAT_R, k1);

	*first = t->cat[k1];
	*second = t->cat[k2];
}

/* Fong's test; a tie is never a significant difference */
static inline bool
kano_fong(const KanoTally *t)
{
	int64		a;
	int64		b;
	double		n = (double) t->n;

	kano_top_two(t, &a, &b);
	if (a == b)
		return false;
	return fabs((double) (a - b)) >=
		1.65 * sqrt((double) (a + b) * (2.0 * n - (double) (a + b)) / (2.0 * n));
}

/* Mean and sample SD of a score over the 5 row (or column) totals */
static void
kano_moments(const SxKanoResult *r, bool functional, double *mean, double *sd)
{
	int64		tot[SX_ANSWERS] = {0};
	const double *score = functional ? functional_score : dysfunctional_score;
	int64		n = 0;
	double		sum = 0;
	double		ss = 0;

	for (int f = 0; f < SX_ANSWERS; f++)
	{
		for (int d = 0; d < SX_ANSWERS; d++)
			tot[functional ? f : d] += r->pairs[f * SX_ANSWERS + d];
	}
	for (int k = 0; k < SX_ANSWERS; k++)
	{
		n += tot[k];
		sum += (double) tot[k] * score[k];
	}
	*mean = n > 0 ? sum / (double) n : NAN;
	for (int k = 0; k < SX_ANSWERS; k++)
		ss += (double) tot[k] * (score[k] - *mean) * (score[k] - *mean);
	*sd = n > 1 ? sqrt(ss / (double) (n - 1)) : NAN;
}

static inline int
kano_rule_arg(FunctionCallInfo fcinfo, int argno)
{
	text	   *t = PG_GETARG_TEXT_PP(argno);
	int			rule;
	SxError		err;

	if (!sx_parse_rule(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &rule, &err))
		sx_report(&err, text_to_cstring(t));
	return rule;
}

/* The normal quantile for a two-sided confidence level in (0, 1) */
static inline double
kano_z(double confidence)
{
	if (!(confidence > 0.0 && confidence < 1.0))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("confidence must be between 0 and 1 exclusive"),
				 errdetail("Got %g.", confidence),
				 errhint("Use 0.95 for a 95 %% interval.")));
	return sx_probit((1.0 + confidence) / 2.0);
}

#define RETURN_FLOAT8_OR_NULL(x) \
	do { double v_ = (x); if (isnan(v_)) PG_RETURN_NULL(); PG_RETURN_FLOAT8(v_); } while (0)

static inline void
kano_args(FunctionCallInfo fcinfo, KanoTally *t)
{
	kano_tally(PG_GETARG_KANO_RESULT_P(0), sx_scheme_arg(fcinfo, 1), t);
}

/* kano_n(r): complete answer pairs */
PG_FUNCTION_INFO_V1(kano_n);
Datum
kano_n(PG_FUNCTION_ARGS)
{
	SxKanoResult *r = PG_GETARG_KANO_RESULT_P(0);
	int64		n = 0;

	for (int i = 0; i < SX_CELLS; i++)
		n += r->pairs[i];
	PG_RETURN_INT64(n);
}

/* kano_incomplete(r): rows with one answer missing */
PG_FUNCTION_INFO_V1(kano_incomplete);
Datum
kano_incomplete(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT64(PG_GETARG_KANO_RESULT_P(0)->incomplete);
}

/* kano_count(r, category, scheme): pairs the scheme puts in a category */
PG_FUNCTION_INFO_V1(kano_count);
Datum
kano_count(PG_FUNCTION_ARGS)
{
	SxKanoResult *r = PG_GETARG_KANO_RESULT_P(0);
	int			cat = PG_GETARG_KANO_CATEGORY(1);
	KanoTally	t;

	if (cat < 0 || cat >= SX_CATEGORIES)
		elog(ERROR, "corrupt kano_category value %d", cat);
	kano_tally(r, sx_scheme_arg(fcinfo, 2), &t);
	PG_RETURN_INT64(t.cat[cat]);
}

/* kano_category(r, scheme, rule): the dominant category, NULL when empty */
PG_FUNCTION_INFO_V1(kano_result_category);
Datum
kano_result_category(PG_FUNCTION_ARGS)
{
	KanoTally	t;
	int			cat;

	kano_args(fcinfo, &t);
	cat = kano_dominant(&t, kano_rule_arg(fcinfo, 2));
	if (cat < 0)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(KanoCategoryGetDatum(cat));
}

static inline double
kano_better_of(const KanoTally *t)
{
	int64		d = t->cat[SX_CAT_A] + t->cat[SX_CAT_O] + t->cat[SX_CAT_M] + t->cat[SX_CAT_I];

	return d > 0 ? (double) (t->cat[SX_CAT_A] + t->cat[SX_CAT_O]) / d : NAN;
}

static inline double
kano_worse_of(const KanoTally *t)
{
	int64		d = t->cat[SX_CAT_A] + t->cat[SX_CAT_O] + t->cat[SX_CAT_M] + t->cat[SX_CAT_I];

	/* negate the count, not the quotient, so no group reports -0 */
	return d > 0 ? (double) -(t->cat[SX_CAT_O] + t->cat[SX_CAT_M]) / d : NAN;
}

/* kano_better(r, scheme): (A+O)/(A+O+M+I) */
PG_FUNCTION_INFO_V1(kano_better);
Datum
kano_better(PG_FUNCTION_ARGS)
{
	KanoTally	t;

	kano_args(fcinfo, &t);
	RETURN_FLOAT8_OR_NULL(kano_better_of(&t));
}

/* kano_worse(r, scheme): -(O+M)/(A+O+M+I), at most 0 */
PG_FUNCTION_INFO_V1(kano_worse);
Datum
kano_worse(PG_FUNCTION_ARGS)
{
	KanoTally	t;

	kano_args(fcinfo, &t);
	RETURN_FLOAT8_OR_NULL(kano_worse_of(&t));
}

static inline double
kano_total_strength_of(const KanoTally *t)
{
	return t->n > 0 ? (double) (t->cat[SX_CAT_A] + t->cat[SX_CAT_O] +
								t->cat[SX_CAT_M]) / t->n : NAN;
}

static inline double
kano_category_strength_of(const KanoTally *t)
{
	int64		first;
	int64		second;

	if (t->n == 0)
		return NAN;
	kano_top_two(t, &first, &second);
	return (double) (first - second) / t->n;
}

/* kano_total_strength(r, scheme): (A+O+M)/N */
PG_FUNCTION_INFO_V1(kano_total_strength);
Datum
kano_total_strength(PG_FUNCTION_ARGS)
{
	KanoTally	t;

	kano_args(fcinfo, &t);
	RETURN_FLOAT8_OR_NULL(kano_total_strength_of(&t));
}

/* kano_category_strength(r, scheme): share of the first minus the second */
PG_FUNCTION_INFO_V1(kano_category_strength);
Datum
kano_category_strength(PG_FUNCTION_ARGS)
{
	KanoTally	t;

	kano_args(fcinfo, &t);
	RETURN_FLOAT8_OR_NULL(kano_category_strength_of(&t));
}

/* kano_significant(r, scheme): Fong's test on the two largest categories */
PG_FUNCTION_INFO_V1(kano_significant);
Datum
kano_significant(PG_FUNCTION_ARGS)
{
	KanoTally	t;

	kano_args(fcinfo, &t);
	if (t.n == 0)
		PG_RETURN_NULL();
	PG_RETURN_BOOL(kano_fong(&t));
}

/* kano_functional_mean(r) and friends: the continuous analysis */
PG_FUNCTION_INFO_V1(kano_functional_mean);
Datum
kano_functional_mean(PG_FUNCTION_ARGS)
{
	double		mean;
	double		sd;

	kano_moments(PG_GETARG_KANO_RESULT_P(0), true, &mean, &sd);
	RETURN_FLOAT8_OR_NULL(mean);
}

PG_FUNCTION_INFO_V1(kano_functional_sd);
Datum
kano_functional_sd(PG_FUNCTION_ARGS)
{
	double		mean;
	double		sd;

	kano_moments(PG_GETARG_KANO_RESULT_P(0), true, &mean, &sd);
	RETURN_FLOAT8_OR_NULL(sd);
}

PG_FUNCTION_INFO_V1(kano_dysfunctional_mean);
Datum
kano_dysfunctional_mean(PG_FUNCTION_ARGS)
{
	double		mean;
	double		sd;

	kano_moments(PG_GETARG_KANO_RESULT_P(0), false, &mean, &sd);
	RETURN_FLOAT8_OR_NULL(mean);
}

PG_FUNCTION_INFO_V1(kano_dysfunctional_sd);
Datum
kano_dysfunctional_sd(PG_FUNCTION_ARGS)
{
	double		mean;
	double		sd;

	kano_moments(PG_GETARG_KANO_RESULT_P(0), false, &mean, &sd);
	RETURN_FLOAT8_OR_NULL(sd);
}

static inline double
kano_importance_mean_of(const SxKanoResult *r)
{
	return r->imp_n > 0 ? r->imp_sum / r->imp_n : NAN;
}

/* kano_importance_mean(r): mean self-stated importance */
PG_FUNCTION_INFO_V1(kano_importance_mean);
Datum
kano_importance_mean(PG_FUNCTION_ARGS)
{
	RETURN_FLOAT8_OR_NULL(kano_importance_mean_of(PG_GETARG_KANO_RESULT_P(0)));
}

/* kano_importance_sd(r): sample SD of importance, NULL below 2 values */
PG_FUNCTION_INFO_V1(kano_importance_sd);
Datum
kano_importance_sd(PG_FUNCTION_ARGS)
{
	SxKanoResult *r = PG_GETARG_KANO_RESULT_P(0);
	double		n = (double) r->imp_n;
	double		var;

	if (r->imp_n < 2)
		PG_RETURN_NULL();
	var = (r->imp_sumsq - r->imp_sum * r->imp_sum / n) / (n - 1.0);
	PG_RETURN_FLOAT8(sqrt(fmax(var, 0.0)));
}

/*
 * kano_compare(r1, r2, scheme): p-value of the chi-square test of
 * homogeneity of two groups' category counts.  Categories empty in both are
 * left out; NULL when a group is empty or fewer than two categories remain.
 */
PG_FUNCTION_INFO_V1(kano_compare);
Datum
kano_compare(PG_FUNCTION_ARGS)
{
	const SxScheme *scheme = sx_scheme_arg(fcinfo, 2);
	KanoTally	t1;
	KanoTally	t2;
	double		total;
	double		chisq = 0;
	int			used = 0;

	kano_tally(PG_GETARG_KANO_RESULT_P(0), scheme, &t1);
	kano_tally(PG_GETARG_KANO_RESULT_P(1), scheme, &t2);
	if (t1.n == 0 || t2.n == 0)
		PG_RETURN_NULL();
	total = (double) t1.n + (double) t2.n;
	for (int k = 0; k < SX_CATEGORIES; k++)
	{
		double		col = (double) t1.cat[k] + (double) t2.cat[k];
		double		e1 = col * t1.n / total;
		double		e2 = col * t2.n / total;

		if (col == 0)
			continue;
		used++;
		chisq += (t1.cat[k] - e1) * (t1.cat[k] - e1) / e1 +
			(t2.cat[k] - e2) * (t2.cat[k] - e2) / e2;
	}
	if (used < 2)
		PG_RETURN_NULL();
	PG_RETURN_FLOAT8(sx_chisq_upper(chisq, used - 1));
}

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
rep_float(Datum *values, bool *nulls, int col, double x)
{
	nulls[col] = isnan(x);
	values[col] = nulls[col] ? (Datum) 0 : Float8GetDatum(x);
}

/*
 * kano_report(r, scheme, rule, confidence): every figure of a group in one
 * record, computed in one pass for views and BI tools.
 */
PG_FUNCTION_INFO_V1(kano_report);
Datum
kano_report(PG_FUNCTION_ARGS)
{
	SxKanoResult *r = PG_GETARG_KANO_RESULT_P(0);
	int			rule = kano_rule_arg(fcinfo, 2);
	double		z = kano_z(PG_GETARG_FLOAT8(3));
	TupleDesc	desc = sx_result_tupdesc(fcinfo);
	Datum		values[REP_COLUMNS];
	bool		nulls[REP_COLUMNS] = {0};
	KanoTally	t;
	int64		d;
	int			cat;
	double		lo = NAN;
	double		hi = NAN;
	double		mean;
	double		sd;

	Assert(desc->natts == REP_COLUMNS);
	kano_tally(r, sx_scheme_arg(fcinfo, 1), &t);
	d = t.cat[SX_CAT_A] + t.cat[SX_CAT_O] + t.cat[SX_CAT_M] + t.cat[SX_CAT_I];

	values[REP_N] = Int64GetDatum(t.n);
	values[REP_INCOMPLETE] = Int64GetDatum(r->incomplete);
	values[REP_A] = Int64GetDatum(t.cat[SX_CAT_A]);
	values[REP_O] = Int64GetDatum(t.cat[SX_CAT_O]);
	values[REP_M] = Int64GetDatum(t.cat[SX_CAT_M]);
	values[REP_I] = Int64GetDatum(t.cat[SX_CAT_I]);
	values[REP_Q] = Int64GetDatum(t.cat[SX_CAT_Q]);
	values[REP_R] = Int64GetDatum(t.cat[SX_CAT_R]);

	cat = kano_dominant(&t, rule);
	nulls[REP_CATEGORY] = cat < 0;
	values[REP_CATEGORY] = cat < 0 ? (Datum) 0 : KanoCategoryGetDatum(cat);

	rep_float(values, nulls, REP_BETTER, kano_better_of(&t));
	if (d > 0)
		sx_wilson((double) (t.cat[SX_CAT_A] + t.cat[SX_CAT_O]), (double) d, z,
				  &lo, &hi);
	rep_float(values, nulls, REP_BETTER_LOW, lo);
	rep_float(values, nulls, REP_BETTER_HIGH, hi);

	rep_float(values, nulls, REP_WORSE, kano_worse_of(&t));
	if (d > 0)
		sx_wilson((double) (t.cat[SX_CAT_O] + t.cat[SX_CAT_M]), (double) d, z,
				  &lo, &hi);
	/* Worse is negative: the larger |Worse| bound is the lower one */
	rep_float(values, nulls, REP_WORSE_LOW, 0.0 - hi);
	rep_float(values, nulls, REP_WORSE_HIGH, 0.0 - lo);

	rep_float(values, nulls, REP_TOTAL_STRENGTH, kano_total_strength_of(&t));
	rep_float(values, nulls, REP_CATEGORY_STRENGTH,
			  kano_category_strength_of(&t));
	nulls[REP_SIGNIFICANT] = t.n == 0;
	values[REP_SIGNIFICANT] = BoolGetDatum(t.n > 0 && kano_fong(&t));

	kano_moments(r, true, &mean, &sd);
	rep_float(values, nulls, REP_FUNCTIONAL_MEAN, mean);
	rep_float(values, nulls, REP_FUNCTIONAL_SD, sd);
	kano_moments(r, false, &mean, &sd);
	rep_float(values, nulls, REP_DYSFUNCTIONAL_MEAN, mean);
	rep_float(values, nulls, REP_DYSFUNCTIONAL_SD, sd);
	rep_float(values, nulls, REP_IMPORTANCE_MEAN, kano_importance_mean_of(r));

	PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}
