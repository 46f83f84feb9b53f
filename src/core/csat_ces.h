/*
 * csat_ces.h
 *		CSAT (answers 1..5) and CES (answers 1..7), core: the scales, the
 *		figures of a histogram of answers (ISO/DTS 19384), and the text and
 *		binary forms that csat_result and ces_result share.
 */
#ifndef CORE_CSAT_CES_H
#define CORE_CSAT_CES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sx_error.h"		/* errors of the shared forms */

#define SX_CSAT_MAX 5			/* answers 1..5 */
#define SX_CSAT_SATISFIED 4		/* top-2-box: 4 and 5 */
#define SX_CES_MAX 7			/* answers 1..7 */
#define SX_CES_EASY 6			/* net CES: 6-7 minus 1-3 */
#define SX_CES_HARD 3

/* Answers lo..hi in a histogram whose bin 0 holds answer 1 */
extern int64_t sx_hist_count(const int64_t *h, int lo, int hi);

/* Percent of answers 4-5; NaN without answers */
extern double sx_csat_score(const int64_t h[SX_CSAT_MAX]);

/* Percent of answers 5, the top box; NaN without answers */
extern double sx_csat_top_box(const int64_t h[SX_CSAT_MAX]);

/*
 * Wilson score interval of the share answering 4-5 at normal quantile z,
 * in percent; false without answers.
 */
extern bool sx_csat_interval(const int64_t h[SX_CSAT_MAX], double z,
							 double *low, double *high);

/* Mean answer; NaN without answers */
extern double sx_ces_mean(const int64_t h[SX_CES_MAX]);

/* Percent 6-7 minus percent 1-3; NaN without answers */
extern double sx_ces_net(const int64_t h[SX_CES_MAX]);

/*
 * Mean and sample variance of the answers of a histogram of bins answers
 * 1..bins, from the exact integer sum and sum of squares: the mean is NaN
 * without answers and the variance below two.
 */
extern void sx_hist_moments(const int64_t *h, int bins, double *mean,
							double *var);

/*
 * Student's t interval of the mean CES at a two-sided confidence level,
 * clipped to the scale [1, 7]; false below two answers.
 */
extern bool sx_ces_interval(const int64_t h[SX_CES_MAX], double confidence,
							double *low, double *high);

/*
 * The forms csat_result and ces_result share: the text "answers=<bins
 * counts, answer 1 first>" (or "empty"), for which syntax and hint are
 * the type's message and hint; the binary form, a format byte and bins
 * big-endian int64, for which message is the type's "invalid binary"
 * message.  Neither checks the counts beyond their syntax.
 */
extern bool sx_hist_parse(const char *s, size_t len, int64_t *h, int bins,
						  const char *syntax, const char *hint, SxError *err);
extern void sx_hist_encode(const int64_t *h, int bins, uint8_t *buf);
extern bool sx_hist_decode(const uint8_t *buf, size_t len, int64_t *h,
						   int bins, const char *message, SxError *err);

/* A total order of histograms, bin by bin */
extern int	sx_hist_compare(const int64_t *a, const int64_t *b, int bins);

#endif							/* CORE_CSAT_CES_H */
