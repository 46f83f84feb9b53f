/*
 * sx_stats.h
 *		Statistical routines of the core: normal and Student t quantiles,
 *		Wilson score intervals, the chi-square upper tail, and intervals
 *		for the difference of two groups (Newcombe's hybrid score interval,
 *		the adjusted-Wald interval of a net score, Welch's t interval).
 */
#ifndef SX_STATS_H
#define SX_STATS_H

#include <stdbool.h>

/* Quantile of the standard normal distribution, NaN outside 0 < p < 1 */
extern double sx_probit(double p);

/* The normal quantile of a two-sided confidence level, NaN outside (0, 1) */
extern double sx_confidence_z(double confidence);

/* Wilson score interval of x successes in n > 0 trials at quantile z */
extern void sx_wilson(double x, double n, double z, double *low, double *high);

/* P(X >= x) for X chi-square distributed with df degrees of freedom */
extern double sx_chisq_upper(double x, int df);

/*
 * Quantile of Student's t distribution with df > 0 degrees of freedom
 * (fractional allowed), NaN outside 0 < p < 1 or for a bad df.
 */
extern double sx_t_quantile(double p, double df);

/*
 * A difference between two groups, second minus first, with its interval;
 * low and high are NaN where the interval is not defined.
 */
typedef struct SxDifference
{
	double		estimate;
	double		low;
	double		high;
} SxDifference;

/*
 * p2 - p1 for proportions x1/n1 and x2/n2 (n1, n2 > 0), with Newcombe's
 * hybrid score interval (method 10 of Newcombe 1998) built from the two
 * Wilson intervals at normal quantile z.
 */
extern void sx_newcombe(double x1, double n1, double x2, double n2, double z,
						SxDifference *d);

/*
 * The difference of two net scores (pos - neg) / n, second minus first
 * (n1, n2 > 0), with the adjusted-Wald interval of Rocks 2016: each group
 * gets 3/4 of a positive and of a negative answer and 3 answers in all,
 * and the variance of the difference is the sum of the two variances.
 * The estimate is the difference of the plain net scores; the interval
 * is centred on the adjusted one, and clipped to [-2, 2].
 */
extern void sx_net_difference(double pos1, double neg1, double n1,
							  double pos2, double neg2, double n2, double z,
							  SxDifference *d);

/*
 * m2 - m1 for two means with sample variances v1, v2 of n1, n2 >= 2
 * values, with Welch's t interval (Welch-Satterthwaite degrees of
 * freedom) at a two-sided confidence level; the interval is NaN when
 * both variances are 0.
 */
extern void sx_welch(double m1, double v1, double n1, double m2, double v2,
					 double n2, double confidence, SxDifference *d);

/* Whether an interval excludes 0; false when it is not defined */
extern bool sx_difference_significant(const SxDifference *d);

#endif							/* SX_STATS_H */
