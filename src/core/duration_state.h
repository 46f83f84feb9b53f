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
 * Its first and last counts are non-zero, so a state too has one layout
 * for what it holds; its text form is a duration_result's.
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
 * without overflow, the first and last non-zero, and
 * sx_duration_header_check.
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
 * into += other (a state or a result), into covering its buckets; false
 * (into unspecified) when the alphas differ (22023) or a count overflows
 * (22003).
 */
extern bool sx_duration_state_merge(SxDurationState *into,
									const SxDurationState *other,
									size_t other_span, SxError *err);
extern bool sx_duration_state_merge_result(SxDurationState *into,
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
