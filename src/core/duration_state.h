/*
 * duration_state.h
 *		The state of duration_agg and duration_merge (core): a duration
 *		sketch (duration_result.h) with its buckets stored densely, from the
 *		first to the last one used, so that counting a duration is an index
 *		and an increment, and the layout only grows when a duration falls
 *		outside every bucket seen (about 2 ln(n) times for n durations in
 *		random order).  The final function turns it into a duration_result,
 *		which lists only the non-empty buckets.
 *
 * Its range may have empty buckets at its ends (merging a stored result
 * widens it to what the result's greatest duration says, without a pass
 * to find its last bucket); a state is never stored, and its text form
 * is the duration_result's it holds.
 */
#ifndef CORE_DURATION_STATE_H
#define CORE_DURATION_STATE_H

#include "duration_result.h"

typedef struct SxDurationState
{
	int32_t		vl_len_;		/* varlena header, set by the fmgr layer */
	int32_t		flags;			/* reserved, always 0 */
	SxDurationHeader h;
	int64_t		n;				/* durations held: zeros + the counts, kept
								 * so that merging is not a pass over them */
	int64_t		first;			/* bucket of counts[0]; 0 without buckets */
	int64_t		counts[];		/* buckets first, first + 1, ...: as many
								 * as the datum's length holds */
} SxDurationState;

#define SX_DURATION_STATE_HEADER offsetof(SxDurationState, counts)
#define SX_DURATION_STATE_SIZE(span) \
	(SX_DURATION_STATE_HEADER + sizeof(int64_t) * (size_t) (span))

extern void sx_duration_state_init(SxDurationState *s);

/*
 * Consistent: counts non-negative and adding up, with the zeros, to n
 * without overflow, and sx_duration_header_check with the first and last
 * non-empty buckets.
 */
extern bool sx_duration_state_check(const SxDurationState *s, size_t span,
									SxError *err);

/*
 * Whether bucket k is within the buckets held; otherwise *first and *span
 * are the range that holds them and k.
 */
extern bool sx_duration_state_covers(const SxDurationState *s, size_t span,
									 int64_t k, int64_t *first, size_t *need);

/*
 * The range that holds the buckets of s and those of another state or of
 * a result; false when it is s's own.
 */
extern bool sx_duration_state_widens(const SxDurationState *s, size_t span,
									 int64_t first2, int64_t last2,
									 int64_t *first, size_t *need);

/*
 * Copy src into dst, whose need buckets from first cover those of src;
 * the buckets src does not have are 0.  dst's varlena header is untouched.
 */
extern void sx_duration_state_widen(SxDurationState *dst, int64_t first,
									size_t need, const SxDurationState *src,
									size_t span);

/*
 * Count a duration of us >= 0 microseconds under alpha; its bucket k (when
 * us > 0) must be covered.  An empty state takes alpha.
 */
static inline void
sx_duration_state_add(SxDurationState *s, double alpha, int64_t us, int64_t k)
{
	sx_duration_header_add(&s->h, alpha, us);
	s->n++;
	if (us > 0)
		s->counts[k - s->first]++;
}

/*
 * The buckets a checked result's buckets lie in, found without a pass over
 * them (merging then makes the only one): from its first bucket, read, to
 * two past the bucket of its greatest duration (within the last bucket of
 * its alpha); -1 and -1 when it has none.  The check lets the last bucket
 * be one past the greatest duration's, and a machine whose logarithm
 * rounds the other way may find that bucket one lower.  log_gamma is its
 * alpha's.
 */
extern void sx_duration_result_span(const SxDurationResult *r, size_t bytes,
									double log_gamma, int64_t *first,
									int64_t *last);

/*
 * into += other (a state or a result), into covering other's buckets (for
 * a result, those of sx_duration_result_span); false (into unspecified)
 * when the alphas differ (22023), a count overflows (22003), or a bucket
 * of the result lies outside the span buckets of into (22023: the value
 * is corrupt), which are never written out of bounds.
 */
extern bool sx_duration_state_merge(SxDurationState *into,
									const SxDurationState *other,
									size_t other_span, SxError *err);
extern bool sx_duration_state_merge_result(SxDurationState *into, size_t span,
										   const SxDurationResult *r,
										   size_t bytes, SxError *err);

/* The result a state holds: how many bytes, then the result (that many) */
extern size_t sx_duration_state_bytes(const SxDurationState *s, size_t span);
extern void sx_duration_state_result(const SxDurationState *s, size_t span,
									 SxDurationResult *r);

/* The state of a checked result (span buckets from first, its range) */
extern void sx_duration_state_of_result(SxDurationState *s, int64_t first,
										size_t span, const SxDurationResult *r,
										size_t bytes);

#endif							/* CORE_DURATION_STATE_H */
