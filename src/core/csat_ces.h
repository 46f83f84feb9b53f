/*
 * csat_ces.h
 *		CSAT (answers 1..5) and CES (answers 1..7), core: the scales and
 *		the figures of a histogram of answers (ISO/DTS 19384).
 */
#ifndef CORE_CSAT_CES_H
#define CORE_CSAT_CES_H

#include <stdint.h>

#define SX_CSAT_MAX 5			/* answers 1..5 */
#define SX_CSAT_SATISFIED 4		/* top-2-box: 4 and 5 */
#define SX_CES_MAX 7			/* answers 1..7 */
#define SX_CES_EASY 6			/* net CES: 6-7 minus 1-3 */
#define SX_CES_HARD 3

/* Answers lo..hi in a histogram whose bin 0 holds answer 1 */
extern int64_t sx_hist_count(const int64_t *h, int lo, int hi);

/* Percent of answers 4-5; NaN without answers */
extern double sx_csat_score(const int64_t h[SX_CSAT_MAX]);

/* Mean answer; NaN without answers */
extern double sx_ces_mean(const int64_t h[SX_CES_MAX]);

/* Percent 6-7 minus percent 1-3; NaN without answers */
extern double sx_ces_net(const int64_t h[SX_CES_MAX]);

#endif							/* CORE_CSAT_CES_H */
