/*
 * duration_state.c
 *		The dense state of the duration aggregates (core; see
 *		duration_state.h).
 */
#include "duration_state.h"

#include <string.h>

#include "sx_counts.h"

static const char invalid[] = "invalid duration_state value";
static const char invalid_result[] = "invalid duration_result value";

void
sx_duration_state_init(SxDurationState *s)
{
	memset((char *) s + sizeof(int32_t), 0,
		   SX_DURATION_STATE_HEADER - sizeof(int32_t));
}

bool
sx_duration_state_check(const SxDurationState *s, size_t span, SxError *err)
{
	int64_t		n = 0;
	size_t		lo = 0;
	size_t		hi = span;

	if (s->flags != 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "Reserved flags are %d, not 0.", (int) s->flags);
	if (s->h.zeros < 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "The count of zero durations is negative.");
	if (span > SX_DURATION_BUCKETS_MAX)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "More than %d buckets.", SX_DURATION_BUCKETS_MAX);
	if (!sx_counts_check(s->counts, (int) span, invalid, "bucket counts", &n, err))
		return false;
	if (n > INT64_MAX - s->h.zeros)
		return sx_fail(err, SX_ERR_RANGE, false, invalid, NULL,
					   "The counts add up to more than %lld.", (long long) INT64_MAX);
	if (s->n != n + s->h.zeros)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "It counts %lld durations and holds %lld.", (long long) s->n,
					   (long long) (n + s->h.zeros));
	if (span == 0 ? s->first != 0 : s->first < 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "The buckets held start at %lld.", (long long) s->first);
	/* the range may have empty buckets at its ends: the result lists none */
	while (lo < span && s->counts[lo] == 0)
		lo++;
	while (hi > lo && s->counts[hi - 1] == 0)
		hi--;
	if (span > 0 && (s->h.alpha == 0.0 || !(s->h.alpha >= SX_DURATION_ALPHA_MIN) ||
					 s->first + (int64_t) span - 1 > sx_duration_last_bucket(s->h.alpha)))
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "The buckets held (%zu from %lld) are not within those of alpha.",
					   span, (long long) s->first);
	return sx_duration_header_check(&s->h, n + s->h.zeros,
									lo < hi ? s->first + (int64_t) lo : -1,
									lo < hi ? s->first + (int64_t) hi - 1 : -1,
									invalid, err);
}

bool
sx_duration_state_covers(const SxDurationState *s, size_t span, int64_t k,
						 int64_t *first, size_t *need)
{
	if (span > 0 && k >= s->first && k < s->first + (int64_t) span)
		return true;
	(void) sx_duration_state_widens(s, span, k, k, first, need);
	return false;
}

bool
sx_duration_state_widens(const SxDurationState *s, size_t span, int64_t first2,
						 int64_t last2, int64_t *first, size_t *need)
{
	int64_t		last;

	if (first2 < 0)
		return false;
	if (span == 0)
	{
		*first = first2;
		*need = (size_t) (last2 - first2 + 1);
		return true;
	}
	last = s->first + (int64_t) span - 1;
	*first = first2 < s->first ? first2 : s->first;
	last = last2 > last ? last2 : last;
	*need = (size_t) (last - *first + 1);
	return *first != s->first || *need != span;
}

void
sx_duration_state_widen(SxDurationState *dst, int64_t first, size_t need,
						const SxDurationState *src, size_t span)
{
	dst->flags = 0;
	dst->h = src->h;
	dst->n = src->n;
	dst->first = first;
	memset(dst->counts, 0, need * sizeof(int64_t));
	if (span > 0)
		memcpy(&dst->counts[src->first - first], src->counts,
			   span * sizeof(int64_t));
}

bool
sx_duration_state_merge(SxDurationState *into,
						const SxDurationState *other, size_t other_span,
						SxError *err)
{
	if (!sx_duration_header_merge(&into->h, into->n, &other->h, other->n, err))
		return false;
	into->n += other->n;
	for (size_t i = 0; i < other_span; i++)
		into->counts[other->first - into->first + (int64_t) i] += other->counts[i];
	return true;
}

void
sx_duration_result_span(const SxDurationResult *r, size_t bytes,
						double log_gamma, int64_t *first, int64_t *last)
{
	SxDurationReader rd;
	SxDurationBucket b;
	int64_t		top;
	int64_t		k;

	*first = *last = -1;
	sx_duration_reader(&rd, r, bytes);
	if (sx_duration_read(&rd, &b) <= 0)
		return;
	*first = b.index;
	top = sx_duration_bucket(INT64_MAX, log_gamma);
	k = sx_duration_bucket(r->h.max_us, log_gamma);
	k = k > top - 2 ? top : k + 2;
	*last = k > b.index ? k : b.index;
}

bool
sx_duration_state_merge_result(SxDurationState *into, size_t span,
							   const SxDurationResult *r, size_t bytes,
							   SxError *err)
{
	int64_t		n = r->h.zeros;
	SxDurationReader rd;
	SxDurationBucket b;

	/*
	 * One pass: the counts are added before the header is merged, which
	 * may still refuse the result (another alpha, too many durations),
	 * and then the error discards the state anyway
	 */
	sx_duration_reader(&rd, r, bytes);
	while (sx_duration_read(&rd, &b) > 0)
	{
		int64_t    *slot;

		if ((uint64_t) (b.index - into->first) >= span)
			return sx_fail(err, SX_ERR_PARAMETER, false, invalid_result, NULL,
						   "Bucket %lld is not within the %zu from %lld that "
						   "its greatest duration allows.",
						   (long long) b.index, span, (long long) into->first);
		slot = &into->counts[b.index - into->first];
		if (__builtin_add_overflow(*slot, b.count, slot) ||
			__builtin_add_overflow(n, b.count, &n))
			return sx_fail(err, SX_ERR_RANGE, false,
						   "duration_result counts out of range", NULL,
						   "Merging would count more than %lld durations.",
						   (long long) INT64_MAX);
	}
	if (!sx_duration_header_merge(&into->h, into->n, &r->h, n, err))
		return false;
	into->n += n;
	return true;
}

size_t
sx_duration_state_bytes(const SxDurationState *s, size_t span)
{
	size_t		bytes = 0;
	int64_t		prev = -1;

	for (size_t i = 0; i < span; i++)
	{
		if (s->counts[i] == 0)
			continue;
		bytes += sx_duration_bucket_bytes(prev, s->first + (int64_t) i, s->counts[i]);
		prev = s->first + (int64_t) i;
	}
	return bytes;
}

void
sx_duration_state_result(const SxDurationState *s, size_t span,
						 SxDurationResult *r)
{
	uint8_t    *p = r->data;
	int64_t		prev = -1;

	r->flags = 0;
	r->h = s->h;
	for (size_t i = 0; i < span; i++)
	{
		if (s->counts[i] == 0)
			continue;
		p = sx_duration_write(p, prev, s->first + (int64_t) i, s->counts[i]);
		prev = s->first + (int64_t) i;
	}
}

void
sx_duration_state_of_result(SxDurationState *s, int64_t first, size_t span,
							const SxDurationResult *r, size_t bytes)
{
	SxDurationReader rd;
	SxDurationBucket b;

	s->flags = 0;
	s->h = r->h;
	s->n = r->h.zeros;
	s->first = span ? first : 0;
	memset(s->counts, 0, span * sizeof(int64_t));
	sx_duration_reader(&rd, r, bytes);
	while (sx_duration_read(&rd, &b) > 0)
	{
		s->counts[b.index - s->first] = b.count;
		s->n += b.count;
	}
}
