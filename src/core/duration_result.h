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
 * a duration of 0 is counted apart.  A stored result lists its non-empty
 * buckets, sorted by index (a group of a day spans many orders of
 * magnitude with few durations in each), so a value has exactly one
 * layout: its bytes depend only on the durations it holds and alpha,
 * never on the order they came in or on how partial results were merged.
 * Aggregation works on a dense state instead (duration_state.h).
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

typedef struct SxDurationBucket
{
	int64_t		index;
	int64_t		count;			/* > 0 */
} SxDurationBucket;

/*
 * The on-disk layout.  The number of buckets is not stored: it is what
 * the datum's length leaves after the header, so no length inside can
 * disagree with the datum's.
 */
typedef struct SxDurationResult
{
	int32_t		vl_len_;		/* varlena header, set by the fmgr layer */
	int32_t		flags;			/* reserved, always 0 */
	SxDurationHeader h;
	SxDurationBucket buckets[];	/* non-empty buckets, by increasing index */
} SxDurationResult;

#define SX_DURATION_HEADER offsetof(SxDurationResult, buckets)
#define SX_DURATION_SIZE(buckets) \
	(SX_DURATION_HEADER + sizeof(SxDurationBucket) * (size_t) (buckets))

/* Binary form: format byte, alpha, zeros, min, max, sum (16), then pairs */
#define SX_DURATION_WIRE_HEADER (1 + 8 * 4 + 16)
#define SX_DURATION_WIRE(buckets) (SX_DURATION_WIRE_HEADER + 16 * (size_t) (buckets))

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

/* Count one duration us >= 0 (an empty header takes alpha) */
extern void sx_duration_header_add(SxDurationHeader *h, double alpha,
								   int64_t us);

/*
 * into += other for the header fields, n_into and n_other durations; false
 * (22023) when both hold durations of different alphas.
 */
extern bool sx_duration_header_merge(SxDurationHeader *into, int64_t n_into,
									 const SxDurationHeader *other,
									 int64_t n_other, SxError *err);

/* The empty value */
extern void sx_duration_init(SxDurationResult *r);

/* Consistent (sx_duration_header_check), buckets increasing and positive */
extern bool sx_duration_result_check(const SxDurationResult *r, size_t buckets,
									 SxError *err);

/* Durations held, zeros included; a checked value's never overflows */
extern int64_t sx_duration_n(const SxDurationResult *r, size_t buckets);

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

/* The buckets of a + b: how many, then the sum into out (that many) */
extern size_t sx_duration_union_buckets(const SxDurationResult *a, size_t na,
										const SxDurationResult *b, size_t nb);
extern bool sx_duration_result_add(SxDurationResult *out, const SxDurationResult *a,
								   size_t na, const SxDurationResult *b,
								   size_t nb, SxError *err);

/*
 * Text form "alpha=<a> zeros=<n> min=<us> max=<us> sum=<us>
 * buckets=<k>:<count>,..." listing the buckets in order, or "empty".
 * Parsing is two passes: sx_duration_result_measure says how many buckets
 * the value holds (at most SX_DURATION_BUCKETS_MAX, once alpha and the
 * list are read and valid), then sx_duration_result_parse fills a value
 * of that many and checks it.
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
