/*
 * kano_figures.h
 *		Figures of a kano_result under an evaluation scheme (core):
 *		category counts, dominant category, Better/Worse, strengths,
 *		Fong's test, the continuous (DuMouchel) scores, importance and the
 *		chi-square comparison of two groups.
 *
 * Every figure is computed from the answer-pair counts at call time, so a
 * stored result can be read under any scheme.  A figure without data (a
 * zero denominator) is NaN, which the fmgr layer returns as NULL.
 */
#ifndef CORE_KANO_FIGURES_H
#define CORE_KANO_FIGURES_H

#include <stdbool.h>
#include <stdint.h>

#include "kano_result.h"

/* Category counts of a result under a scheme */
typedef struct SxKanoTally
{
	int64_t		cat[SX_CATEGORIES]; /* indexed by SxCategory */
	int64_t		n;				/* complete pairs: N */
} SxKanoTally;

extern void sx_kano_tally(const SxKanoResult *r, const SxScheme *scheme,
						  SxKanoTally *t);

/* D = A + O + M + I, the denominator of Better and Worse */
static inline int64_t
sx_kano_tally_d(const SxKanoTally *t)
{
	return t->cat[SX_CAT_A] + t->cat[SX_CAT_O] + t->cat[SX_CAT_M] +
		t->cat[SX_CAT_I];
}

/* Rules for the dominant category */
typedef enum SxKanoRule
{
	SX_RULE_MODE = 0,			/* the largest count */
	SX_RULE_BERGER = 1			/* O, A, M against I, R, Q first */
} SxKanoRule;

extern bool sx_kano_rule_parse(const char *s, size_t len, int *rule,
							   SxError *err);

/* The dominant category under a rule; -1 for an empty group */
extern int	sx_kano_dominant(const SxKanoTally *t, int rule);

extern double sx_kano_better(const SxKanoTally *t);
extern double sx_kano_worse(const SxKanoTally *t);

/* Wilson intervals at quantile z: of Better, and of Worse (both <= 0) */
extern void sx_kano_better_interval(const SxKanoTally *t, double z,
									double *low, double *high);
extern void sx_kano_worse_interval(const SxKanoTally *t, double z,
								   double *low, double *high);

/*
 * The quadrant of the Better-Worse diagram the group's point lies in, at
 * a divider in (0, 1): SX_CAT_A (Better high, |Worse| low), SX_CAT_O (both
 * high), SX_CAT_M (|Worse| high), SX_CAT_I (both low); -1 when D = 0.
 */
extern int	sx_kano_quadrant(const SxKanoTally *t, double divider);

extern double sx_kano_total_strength(const SxKanoTally *t);
extern double sx_kano_category_strength(const SxKanoTally *t);

/* Fong's test on the two largest of A, O, M, I, R (N > 0) */
extern bool sx_kano_fong(const SxKanoTally *t);

/* Mean and sample SD of the functional or dysfunctional scores */
extern void sx_kano_score_moments(const SxKanoResult *r, bool functional,
								  double *mean, double *sd);

extern double sx_kano_importance_mean(const SxKanoResult *r);
extern double sx_kano_importance_sd(const SxKanoResult *r);

/* p-value of the chi-square homogeneity test of two groups' categories */
extern double sx_kano_compare(const SxKanoTally *t1, const SxKanoTally *t2);

#endif							/* CORE_KANO_FIGURES_H */
