/*
 * duration_result.h
 *		duration_result (core): a mergeable summary of durations in the
 *		manner of DDSketch (Masson, Rim and Lee, VLDB 2019): the exact
 *		count, minimum, maximum and sum of the durations in microseconds,
 *		and log buckets from which any quantile is read within a relative
 *		error alpha.
 *
 * A duration of x > 0 microseconds goes to bucket ceil(log_gamma(x)),
 * gamma = (1 + alpha) / (1 - alpha), which holds (gamma^(k-1), gamma^k];
 * a duration of 0 is counted apart.  The buckets are stored densely from
 * the first to the last that holds a duration, so both of those counts are
 * non-zero and a value has exactly one layout: its bytes depend only on
 * the durations it holds and alpha, never on the order they came in or on
 * how partial results were merged.
 */
#ifndef CORE_DURATION_RESULT_H
#define CORE_DURATION_RESULT_H

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
 * The on-disk layout.  The number of buckets is not stored: it is what
 * the datum's length leaves after the header (SX_DURATION_BUCKETS), so no
 * length inside can disagree with the datum's.
 */
typedef struct SxDurationResult
{
	int32_t		vl_len_;		/* varlena header, set by the fmgr layer */
	int32_t		flags;			/* reserved, always 0 */
	double		alpha;			/* relative accuracy; 0 in the empty value */
	int64_t		zeros;			/* durations of exactly 0 */
	int64_t		min_us;			/* least duration, microseconds; 0 if empty */
	int64_t		max_us;			/* greatest duration */
	uint64_t	sum_us[2];		/* exact sum: unsigned 128 bits, low word first */
	int64_t		first;			/* bucket of counts[0]; 0 without buckets */
	int64_t		counts[];		/* buckets first, first + 1, ... */
} SxDurationResult;

#define SX_DURATION_HEADER offsetof(SxDurationResult, counts)
#define SX_DURATION_SIZE(buckets) (SX_DURATION_HEADER + 8 * (size_t) (buckets))

/*
 * The most buckets any value can hold: one per bucket index from 0 (a
 * duration of 1 microsecond) to that of the longest duration, 2^63 - 1
 * microseconds, at the smallest alpha: 218,342 (1.7 MB).
 */
#define SX_DURATION_BUCKETS_MAX 220000

/* Binary form: format byte, alpha, zeros, min, max, sum (16), first, counts */
#define SX_DURATION_WIRE_HEADER (1 + 8 * 5 + 16)
#define SX_DURATION_WIRE(buckets) (SX_DURATION_WIRE_HEADER + 8 * (size_t) (buckets))

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

/* The empty value (no buckets) */
extern void sx_duration_init(SxDurationResult *r);

/*
 * Consistent, with its buckets counts: counts non-negative and adding up
 * without overflow, the first and last bucket non-zero and within the
 * range of alpha, the least and greatest durations in the first and last
 * buckets (one bucket of slack, for a logarithm that rounds the other way
 * on another machine), the sum within what n durations between them can
 * give, and the empty value holding nothing.
 */
extern bool sx_duration_result_check(const SxDurationResult *r, size_t buckets,
									 SxError *err);

/* Durations held, zeros included; a checked value's never overflows */
extern int64_t sx_duration_n(const SxDurationResult *r, size_t buckets);

/*
 * Whether bucket k is within the buckets held; otherwise *first and *span
 * are the range that holds them and k.
 */
extern bool sx_duration_covers(const SxDurationResult *r, size_t buckets,
							   int64_t k, int64_t *first, size_t *span);

/*
 * The union of the bucket ranges of two values, into *first and *span
 * (0, 0 when neither has buckets).
 */
extern void sx_duration_union(const SxDurationResult *a, size_t a_buckets,
							  const SxDurationResult *b, size_t b_buckets,
							  int64_t *first, size_t *span);

/*
 * Copy src into dst, whose span buckets from first cover those of src;
 * the buckets src does not have are 0.  dst's varlena header is untouched.
 */
extern void sx_duration_widen(SxDurationResult *dst, int64_t first, size_t span,
							  const SxDurationResult *src, size_t src_buckets);

/*
 * Count a duration of us >= 0 microseconds under alpha; its bucket k
 * (when us > 0) must be covered.  An empty r takes alpha.
 */
extern void sx_duration_add(SxDurationResult *r, size_t buckets, double alpha,
							int64_t us, int64_t k);

/*
 * into += other, into covering the buckets of other.  False (into
 * unspecified) when the alphas differ (22023) or a count overflows (22003).
 */
extern bool sx_duration_merge(SxDurationResult *into, size_t into_buckets,
							  const SxDurationResult *other,
							  size_t other_buckets, SxError *err);

/*
 * The q-quantile (0 <= q <= 1) in microseconds: the estimate for the
 * duration percentile_disc(q) would return, at rank max(1, ceil(q n)),
 * within a relative error alpha of it (exact at the first and last
 * ranks and for zeros); NaN when empty.
 */
extern double sx_duration_quantile(const SxDurationResult *r, size_t buckets,
								   double q);

/* The exact mean rounded to the nearest microsecond (halves up); 0 if empty */
extern int64_t sx_duration_mean_us(const SxDurationResult *r, size_t buckets);

/*
 * Text form "alpha=<a> zeros=<n> min=<us> max=<us> sum=<us>
 * buckets=<k>:<count>,..." listing the non-zero buckets in order, or
 * "empty".  Parsing is two passes: sx_duration_result_measure says how
 * many buckets the value needs (at most SX_DURATION_BUCKETS_MAX, and only
 * after alpha and the list are read and valid), then
 * sx_duration_result_parse fills a value of that many and checks it.
 */
extern bool sx_duration_result_measure(const char *s, size_t len,
									   size_t *buckets, SxError *err);
extern bool sx_duration_result_parse(const char *s, size_t len,
									 SxDurationResult *r, size_t buckets,
									 SxError *err);

/* Longest text sx_duration_result_format writes for so many buckets, NUL included */
#define SX_DURATION_TEXT_MAX(buckets) (200 + 42 * (size_t) (buckets))
extern void sx_duration_result_format(const SxDurationResult *r, size_t buckets,
									  char *buf);

/*
 * The binary form: sx_duration_wire_buckets checks a length (the header,
 * then whole buckets, at most SX_DURATION_BUCKETS_MAX) and says how many
 * buckets it holds; decode reads and checks a value of that many.
 */
extern bool sx_duration_wire_buckets(size_t len, size_t *buckets, SxError *err);
extern void sx_duration_result_encode(const SxDurationResult *r, size_t buckets,
									  uint8_t *buf);
extern bool sx_duration_result_decode(const uint8_t *buf, size_t len,
									  SxDurationResult *r, size_t buckets,
									  SxError *err);

#endif							/* CORE_DURATION_RESULT_H */
