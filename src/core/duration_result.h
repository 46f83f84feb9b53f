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
 * buckets, sorted by index and compactly encoded (a group of a day spans
 * orders of magnitude with few durations in each), so a value has
 * exactly one layout: its bytes depend only on the durations it holds and alpha,
 * never on the order they came in or on how partial results were merged.
 * Aggregation works on a dense state instead (duration_state.h).
 */
#ifndef CORE_DURATION_RESULT_H
#define CORE_DURATION_RESULT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "duration_sketch.h"

typedef struct SxDurationBucket
{
	int64_t		index;
	int64_t		count;			/* > 0 */
} SxDurationBucket;

/*
 * The on-disk layout: the header, then the non-empty buckets by
 * increasing index, each as two unsigned LEB128 varints: the step from
 * the previous index (the first: its index + 1, so every step is at least
 * 1) and the count.  A day's sketch of a few hundred durations takes a
 * few hundred bytes, under the size at which PostgreSQL would compress
 * it, so merging reads it as it is.  The varints must be minimal (no
 * redundant trailing group), so a value has one encoding; their bytes are
 * what the datum's length leaves after the header.
 */
typedef struct SxDurationResult
{
	int32_t		vl_len_;		/* varlena header, set by the fmgr layer */
	int32_t		flags;			/* reserved, always 0 */
	SxDurationHeader h;
	uint8_t		data[];			/* the buckets, encoded */
} SxDurationResult;

#define SX_DURATION_HEADER offsetof(SxDurationResult, data)
#define SX_DURATION_SIZE(bytes) (SX_DURATION_HEADER + (size_t) (bytes))

/* The most bytes the buckets can take: a step of at most 3 bytes, a count of at most 10 */
#define SX_DURATION_BYTES_MAX (SX_DURATION_BUCKETS_MAX * (size_t) 13)

/* Binary form: format byte, alpha, zeros, min, max, sum (16), the bytes */
#define SX_DURATION_WIRE_HEADER (1 + 8 * 4 + 16)
#define SX_DURATION_WIRE(bytes) (SX_DURATION_WIRE_HEADER + (size_t) (bytes))

/* Reading the buckets of a result in order */
typedef struct SxDurationReader
{
	const uint8_t *p;
	const uint8_t *end;
	int64_t		index;			/* of the last bucket read; -1 before */
} SxDurationReader;

static inline void
sx_duration_reader(SxDurationReader *rd, const SxDurationResult *r, size_t bytes)
{
	rd->p = r->data;
	rd->end = r->data + bytes;
	rd->index = -1;
}

/* The next bucket when it is not two one-byte varints (out of line) */
extern int	sx_duration_read_slow(SxDurationReader *rd, SxDurationBucket *b);

/*
 * The next bucket: 1, 0 at the end, -1 for a malformed encoding.  Inline
 * for the common case, a step and a count of one byte each: every merge
 * and figure is a pass over these.
 */
static inline int
sx_duration_read(SxDurationReader *rd, SxDurationBucket *b)
{
	if (rd->end - rd->p >= 2 && rd->p[0] > 0 && rd->p[0] < 0x80 &&
		rd->p[1] > 0 && rd->p[1] < 0x80 && rd->index < INT64_MAX - 0x80)
	{
		b->index = rd->index + rd->p[0];
		b->count = rd->p[1];
		rd->p += 2;
		rd->index = b->index;
		return 1;
	}
	return sx_duration_read_slow(rd, b);
}

/* Writing buckets in order: the bytes a bucket takes after prev, and writing it */
extern size_t sx_duration_bucket_bytes(int64_t prev, int64_t index, int64_t count);
extern uint8_t *sx_duration_write(uint8_t *p, int64_t prev, int64_t index,
								  int64_t count);

/* The empty value */
extern void sx_duration_init(SxDurationResult *r);

/*
 * Consistent: the buckets well encoded (minimal varints, increasing,
 * positive counts, at most SX_DURATION_BUCKETS_MAX), and
 * sx_duration_header_check.
 */
extern bool sx_duration_result_check(const SxDurationResult *r, size_t bytes,
									 SxError *err);

/* Durations held, zeros included; a checked value's never overflows */
extern int64_t sx_duration_n(const SxDurationResult *r, size_t bytes);

/* The first and last bucket of a checked value, -1 without */
extern void sx_duration_range(const SxDurationResult *r, size_t bytes,
							  int64_t *first, int64_t *last);

/*
 * The q-quantile (0 <= q <= 1) in microseconds: the estimate for the
 * duration percentile_disc(q) would return, at rank max(1, ceil(q n)),
 * within a relative error alpha of it (exact at the first and last
 * ranks and for zeros); NaN when empty.
 */
extern double sx_duration_quantile(const SxDurationResult *r, size_t bytes,
								   double q);

/* The exact mean rounded to the nearest microsecond (halves up); 0 if empty */
extern int64_t sx_duration_mean_us(const SxDurationResult *r, size_t bytes);

/*
 * a + b of checked values: the bytes the sum takes, then the sum into out
 * (that many); false when the alphas differ (22023) or the counts
 * overflow (22003).
 */
extern size_t sx_duration_sum_bytes(const SxDurationResult *a, size_t na,
									const SxDurationResult *b, size_t nb);
extern bool sx_duration_result_add(SxDurationResult *out, const SxDurationResult *a,
								   size_t na, const SxDurationResult *b,
								   size_t nb, SxError *err);

/*
 * Text form "alpha=<a> zeros=<n> min=<us> max=<us> sum=<us>
 * buckets=<k>:<count>,..." listing the buckets in order, or "empty".
 * Parsing is two passes: sx_duration_result_measure says how many bytes
 * the buckets take (at most SX_DURATION_BYTES_MAX, once alpha and the
 * list are read and valid), then sx_duration_result_parse fills a value
 * of that many and checks it.
 */
extern bool sx_duration_result_measure(const char *s, size_t len,
									   size_t *bytes, SxError *err);
extern bool sx_duration_result_parse(const char *s, size_t len,
									 SxDurationResult *r, size_t bytes,
									 SxError *err);

/*
 * Longest text sx_duration_result_format writes, NUL included: a bucket
 * takes at least 2 bytes and at most 41 characters
 */
#define SX_DURATION_TEXT_MAX(bytes) (200 + 21 * (size_t) (bytes))
extern void sx_duration_result_format(const SxDurationResult *r, size_t bytes,
									  char *buf);

/*
 * The binary form: the header's fields big-endian, then the buckets'
 * bytes as stored.  sx_duration_wire_bytes checks a length (the header,
 * then at most SX_DURATION_BYTES_MAX) and says how many bytes the buckets
 * take; decode reads and checks a value of that many.
 */
extern bool sx_duration_wire_bytes(size_t len, size_t *bytes, SxError *err);
extern void sx_duration_result_encode(const SxDurationResult *r, size_t bytes,
									  uint8_t *buf);
extern bool sx_duration_result_decode(const uint8_t *buf, size_t len,
									  SxDurationResult *r, size_t bytes,
									  SxError *err);

#endif							/* CORE_DURATION_RESULT_H */
