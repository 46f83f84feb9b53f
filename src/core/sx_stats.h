/*
 * sx_stats.h
 *		Statistical routines of the core: normal quantiles, Wilson score
 *		intervals and the chi-square upper tail.
 */
#ifndef SX_STATS_H
#define SX_STATS_H

/* Quantile of the standard normal distribution, NaN outside 0 < p < 1 */
extern double sx_probit(double p);

/* The normal quantile of a two-sided confidence level, NaN outside (0, 1) */
extern double sx_confidence_z(double confidence);

/* Wilson score interval of x successes in n > 0 trials at quantile z */
extern void sx_wilson(double x, double n, double z, double *low, double *high);

/* P(X >= x) for X chi-square distributed with df degrees of freedom */
extern double sx_chisq_upper(double x, int df);

#endif							/* SX_STATS_H */
