/*
 * kano_figures.c
 *		Figures of a kano_result (core; see kano_figures.h).
 */
#include "kano_figures.h"

#include <math.h>
#include <string.h>

#include "kano_change.h"
#include "sx_stats.h"
#include "sx_text.h"

/* Fong's test: the critical value of the normal approximation */
#define FONG_Z 1.65

/* Scores of the continuous analysis, by answer code 1..5 */
static const double functional_score[SX_ANSWERS] = {4, 2, 0, -1, -2};
static const double dysfunctional_score[SX_ANSWERS] = {-2, -1, 0, 2, 4};

static const SxName rule_names[] = {
	{"mode", SX_RULE_MODE}, {"berger", SX_RULE_BERGER},
	{NULL, 0}
};

bool
sx_kano_rule_parse(const char *s, size_t len, int *rule, SxError *err)
{
	if (sx_name_lookup(rule_names, s, len, rule))
		return true;
	return sx_fail(err, SX_ERR_PARAMETER, true,
				   "unknown Kano dominance rule",
				   "Use 'mode' (the largest count) or 'berger' (Berger et "
				   "al.: O, A, M against I, R, Q first).", NULL);
}

void
sx_kano_tally(const SxKanoResult *r, const SxScheme *scheme, SxKanoTally *t)
{
	for (int k = 0; k < SX_CATEGORIES; k++)
		t->cat[k] = 0;
	for (int i = 0; i < SX_CELLS; i++)
		t->cat[scheme->cell[i]] += r->pairs[i];
	t->n = 0;
	for (int k = 0; k < SX_CATEGORIES; k++)
		t->n += t->cat[k];
}

/*
 * The category with the largest count among ranks lo..hi, skipping
 * 'except'; ties go to the lower rank, which is the priority
 * M > O > A > I > R > Q.
 */
static int
kano_argmax(const SxKanoTally *t, int lo, int hi, int except)
{
	int			best = -1;

	for (int k = lo; k <= hi; k++)
	{
		if (k != except && (best < 0 || t->cat[k] > t->cat[best]))
			best = k;
	}
	return best;
}

int
sx_kano_dominant(const SxKanoTally *t, int rule)
{
	if (t->n == 0)
		return -1;
	if (rule == SX_RULE_BERGER)
	{
		int64_t		oam = t->cat[SX_CAT_O] + t->cat[SX_CAT_A] + t->cat[SX_CAT_M];
		int64_t		irq = t->cat[SX_CAT_I] + t->cat[SX_CAT_R] + t->cat[SX_CAT_Q];

		return oam > irq ? kano_argmax(t, SX_CAT_M, SX_CAT_A, -1)
			: kano_argmax(t, SX_CAT_I, SX_CAT_Q, -1);
	}
	return kano_argmax(t, SX_CAT_M, SX_CAT_Q, -1);
}

/* The two largest of A, O, M, I, R (Q left out), by the same tie-break */
static void
kano_top_two(const SxKanoTally *t, int64_t *first, int64_t *second)
{
	int			k1 = kano_argmax(t, SX_CAT_M, SX_CAT_R, -1);
	int			k2 = kano_argmax(t, SX_CAT_M, SX_CAT_R, k1);

	*first = t->cat[k1];
	*second = t->cat[k2];
}

double
sx_kano_better(const SxKanoTally *t)
{
	int64_t		d = sx_kano_tally_d(t);

	return d > 0 ? (double) (t->cat[SX_CAT_A] + t->cat[SX_CAT_O]) / d : NAN;
}

double
sx_kano_worse(const SxKanoTally *t)
{
	int64_t		d = sx_kano_tally_d(t);

	/* negate the count, not the quotient, so no group reports -0 */
	return d > 0 ? (double) -(t->cat[SX_CAT_O] + t->cat[SX_CAT_M]) / d : NAN;
}

void
sx_kano_better_interval(const SxKanoTally *t, double z, double *low,
						double *high)
{
	int64_t		d = sx_kano_tally_d(t);

	*low = *high = NAN;
	if (d > 0)
		sx_wilson((double) (t->cat[SX_CAT_A] + t->cat[SX_CAT_O]), (double) d,
				  z, low, high);
}

void
sx_kano_worse_interval(const SxKanoTally *t, double z, double *low,
					   double *high)
{
	int64_t		d = sx_kano_tally_d(t);
	double		lo = NAN;
	double		hi = NAN;

	if (d > 0)
		sx_wilson((double) (t->cat[SX_CAT_O] + t->cat[SX_CAT_M]), (double) d,
				  z, &lo, &hi);
	/* Worse is negative: the larger |Worse| bound is the lower one */
	*low = 0.0 - hi;
	*high = 0.0 - lo;
}

/*
 * Where the point (|Worse|, Better) lies: Better at or above the divider
 * is the upper half, |Worse| at or above it the right half, so a point on
 * a dividing line belongs to the quadrant above it or to its right.
 */
int
sx_kano_quadrant(const SxKanoTally *t, double divider)
{
	double		better = sx_kano_better(t);
	double		worse = -sx_kano_worse(t);

	if (isnan(better))
		return -1;
	if (better >= divider)
		return worse >= divider ? SX_CAT_O : SX_CAT_A;
	return worse >= divider ? SX_CAT_M : SX_CAT_I;
}

double
sx_kano_total_strength(const SxKanoTally *t)
{
	return t->n > 0 ? (double) (t->cat[SX_CAT_A] + t->cat[SX_CAT_O] +
								t->cat[SX_CAT_M]) / t->n : NAN;
}

double
sx_kano_category_strength(const SxKanoTally *t)
{
	int64_t		first;
	int64_t		second;

	if (t->n == 0)
		return NAN;
	kano_top_two(t, &first, &second);
	return (double) (first - second) / t->n;
}

/* A tie is never a significant difference */
bool
sx_kano_fong(const SxKanoTally *t)
{
	int64_t		a;
	int64_t		b;
	double		n = (double) t->n;

	kano_top_two(t, &a, &b);
	if (a == b)
		return false;
	return fabs((double) (a - b)) >=
		FONG_Z * sqrt((double) (a + b) * (2.0 * n - (double) (a + b)) / (2.0 * n));
}

/* Mean and sample SD of a score over the 5 row (or column) totals */
void
sx_kano_score_moments(const SxKanoResult *r, bool functional, double *mean,
					  double *sd)
{
	int64_t		tot[SX_ANSWERS] = {0};
	const double *score = functional ? functional_score : dysfunctional_score;
	int64_t		n = 0;
	double		sum = 0;
	double		ss = 0;

	for (int f = 1; f <= SX_ANSWERS; f++)
	{
		for (int d = 1; d <= SX_ANSWERS; d++)
			tot[(functional ? f : d) - 1] += r->pairs[sx_kano_cell(f, d)];
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

/* The exact sum converted once: relative error below 1e-16 */
double
sx_kano_importance_mean(const SxKanoResult *r)
{
	sx_int128	s1 = sx_int128_load(r->imp_sum);
	sx_uint128	mag = s1 < 0 ? -(sx_uint128) s1 : (sx_uint128) s1;
	SxU256		u = {{(uint64_t) mag, (uint64_t) (mag >> 64), 0, 0}};
	double		sum = sx_u256_to_double(&u) / SX_IMPORTANCE_UNIT;

	if (r->imp_n == 0)
		return NAN;
	return (s1 < 0 ? -sum : sum) / (double) r->imp_n;
}

/*
 * Sample SD, NaN below 2 values: the numerator n * S2 - S1^2 is computed
 * exactly in 256 bits, so no cancellation loses digits, and only the
 * final division and square root round.
 */
double
sx_kano_importance_sd(const SxKanoResult *r)
{
	SxU256		n_s2;
	SxU256		s1_sq;
	sx_int128	s1 = sx_int128_load(r->imp_sum);
	sx_uint128	mag = s1 < 0 ? -(sx_uint128) s1 : (sx_uint128) s1;
	double		n = (double) r->imp_n;

	if (r->imp_n < 2)
		return NAN;
	sx_u256_mul_192(r->imp_sumsq, (uint64_t) r->imp_n, &n_s2);
	sx_u256_mul_128(mag, mag, &s1_sq);
	sx_u256_sub(&n_s2, &s1_sq);
	return sqrt(sx_u256_to_double(&n_s2) / (n * (n - 1.0))) / SX_IMPORTANCE_UNIT;
}

/*
 * The homogeneity test of two groups (sx_kano_chisq): categories empty in
 * both are left out; NaN when a group is empty or fewer than two
 * categories remain.
 */
double
sx_kano_compare(const SxKanoTally *t1, const SxKanoTally *t2)
{
	int64_t		tally[2][SX_CATEGORIES];
	SxHomogeneity h;

	memcpy(tally[0], t1->cat, sizeof(tally[0]));
	memcpy(tally[1], t2->cat, sizeof(tally[1]));
	return sx_kano_chisq((const int64_t (*)[SX_CATEGORIES]) tally, 2, &h) ?
		h.p_value : NAN;
}
