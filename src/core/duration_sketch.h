/*
 * duration_sketch.h
 *		The rules of the duration sketch (core), which its two layouts
 *		share: the stored duration_result (duration_result.h) and the state
 *		of its aggregates (duration_state.h).  Relative accuracy alpha,
 *		gamma = (1 + alpha) / (1 - alpha), the bucket ceil(log_gamma(x)) of
 *		a duration of x > 0 microseconds, and the exact fields beside the
 *		buckets: zeros, least, greatest, sum.
 */
#ifndef CORE_DURATION_SKETCH_H
#define CORE_DURATION_SKETCH_H

#include <math.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sx_error.h"
#include "sx_wide.h"

/* The relative accuracy: the default, and the range accepted */
#define SX_DURATION_ALPHA_DEFAULT 0.01
#define SX_DURATION_ALPHA_MIN 0.0001
#define SX_DURATION_ALPHA_MAX 0.5

/*
 * The most buckets any value can hold: one per bucket index from 0 (a
 * duration of 1 microsecond) to that of the longest duration, 2^63 - 1
 * microseconds, at the smallest alpha: 218,342.
 */
#define SX_DURATION_BUCKETS_MAX 220000

/* What the stored result and the aggregate state have in common */
typedef struct SxDurationHeader
{
	double		alpha;			/* relative accuracy; 0 when empty */
	int64_t		zeros;			/* durations of exactly 0 */
	int64_t		min_us;			/* least duration, microseconds; 0 if empty */
	int64_t		max_us;			/* greatest duration */
	uint64_t	sum_us[2];		/* exact sum: unsigned 128 bits, low word first */
} SxDurationHeader;

/* An alpha in [SX_DURATION_ALPHA_MIN, SX_DURATION_ALPHA_MAX], or 22023 */
extern bool sx_duration_alpha_check(double alpha, SxError *err);

/* log(gamma) for an alpha, the width of a bucket in log space */
extern double sx_duration_log_gamma(double alpha);

/* The bucket of a duration of us >= 1 microseconds */
static inline int64_t
sx_duration_bucket(int64_t us, double log_gamma)
{
	return (int64_t) ceil(log((double) us) / log_gamma);
}

/* The last bucket a duration can fall in at this alpha */
extern int64_t sx_duration_last_bucket(double alpha);

/* The exact sum */
static inline sx_uint128
sx_duration_sum(const SxDurationHeader *h)
{
	return ((sx_uint128) h->sum_us[1] << 64) | h->sum_us[0];
}

static inline void
sx_duration_set_sum(SxDurationHeader *h, sx_uint128 sum)
{
	h->sum_us[0] = (uint64_t) sum;
	h->sum_us[1] = (uint64_t) (sum >> 64);
}

/*
 * The checks both layouts share, given the durations held (n, counted
 * without overflow) and the first and last bucket used (-1 for none):
 * the empty value holds nothing, not even an alpha; otherwise alpha is in
 * range, the buckets within 0..last_bucket(alpha), the least and greatest
 * durations in the first and last buckets (one bucket of slack, for a
 * logarithm that rounds the other way on another machine), zeros held if
 * and only if the least is 0, and the sum within what n durations between
 * the least and the greatest can add up to.
 */
extern bool sx_duration_header_check(const SxDurationHeader *h, int64_t n,
									 int64_t first, int64_t last,
									 const char *message, SxError *err);

/* Count one duration us >= 0 (an empty header takes alpha); inline, per row */
static inline void
sx_duration_header_add(SxDurationHeader *h, double alpha, int64_t us)
{
	if (h->alpha == 0.0)
	{
		h->alpha = alpha;
		h->min_us = h->max_us = us;
	}
	else if (us < h->min_us)
		h->min_us = us;
	else if (us > h->max_us)
		h->max_us = us;
	sx_duration_set_sum(h, sx_duration_sum(h) + (sx_uint128) us);
	if (us == 0)
		h->zeros++;
}

/*
 * into += other for the header fields, n_into and n_other durations; false
 * (22023) when both hold durations of different alphas.
 */
extern bool sx_duration_header_merge(SxDurationHeader *into, int64_t n_into,
									 const SxDurationHeader *other,
									 int64_t n_other, SxError *err);

/* The shortest text of an alpha that reads back the same, into 32 bytes */
extern int	sx_duration_alpha_text(double alpha, char *buf);

#endif							/* CORE_DURATION_SKETCH_H */
