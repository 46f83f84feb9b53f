/*
 * fuzz_duration_common.h
 *		The properties of a duration_result that parsed or decoded: both
 *		forms give it back byte for byte, and every quantile lies between
 *		the least and greatest durations.
 */
#ifndef FUZZ_DURATION_COMMON_H
#define FUZZ_DURATION_COMMON_H

#include "fuzz_common.h"
#include "duration_state.h"

/*
 * The span a merge widens a state to covers the result's buckets; the
 * dense state of a result, over that span, gives the same result back;
 * adding the result to itself, as a state and as a list, gives one
 * result; and a state one bucket too narrow refuses the result rather
 * than being written out of bounds.
 */
static inline void
fuzz_duration_state(const SxDurationResult *r, size_t buckets)
{
	SxError		err;
	SxDurationState empty = {0};
	int64_t		first = 0;
	size_t		span = 0;
	SxDurationState *s;
	SxDurationResult *back = malloc(SX_DURATION_SIZE(buckets));
	size_t		twice_bytes = sx_duration_sum_bytes(r, buckets, r, buckets);
	SxDurationResult *twice = malloc(SX_DURATION_SIZE(twice_bytes));
	SxDurationResult *twice2 = malloc(SX_DURATION_SIZE(twice_bytes));
	int64_t		exact_first;
	int64_t		exact_last;
	int64_t		last;
	bool		ok;

	sx_duration_range(r, buckets, &exact_first, &exact_last);
	sx_duration_result_span(r, buckets, sx_duration_log_gamma(r->h.alpha),
							&first, &last);
	CHECK(first == exact_first && last >= exact_last);
	CHECK(first < 0 || last <= sx_duration_last_bucket(r->h.alpha));
	(void) sx_duration_state_widens(&empty, 0, first, last, &first, &span);
	CHECK(span <= SX_DURATION_BUCKETS_MAX);
	s = malloc(SX_DURATION_STATE_SIZE(span));
	CHECK(s && back && twice && twice2);
	sx_duration_state_of_result(s, first, span, r, buckets);
	CHECK(sx_duration_state_check(s, span, &err));
	CHECK(sx_duration_state_bytes(s, span) == buckets);
	sx_duration_state_result(s, span, back);
	CHECK(memcmp((const char *) r + 4, (const char *) back + 4,
				 SX_DURATION_SIZE(buckets) - 4) == 0);
	ok = sx_duration_result_add(twice, r, buckets, r, buckets, &err);
	CHECK(ok == sx_duration_state_merge_result(s, span, r, buckets, &err));
	if (ok)
	{
		CHECK(sx_duration_state_bytes(s, span) == twice_bytes);
		sx_duration_state_result(s, span, twice2);
		CHECK(memcmp((const char *) twice + 4, (const char *) twice2 + 4,
					 SX_DURATION_SIZE(twice_bytes) - 4) == 0);
	}
	free(s);
	if (exact_first >= 0)
	{
		/* the exact range, less its last bucket */
		span = (size_t) (exact_last - exact_first);
		s = malloc(SX_DURATION_STATE_SIZE(span));
		CHECK(s);
		sx_duration_state_init(s);
		s->first = exact_first;
		memset(s->counts, 0, span * sizeof(int64_t));
		fuzz_err_init(&err);
		CHECK(!sx_duration_state_merge_result(s, span, r, buckets, &err));
		fuzz_err_check(&err);
		free(s);
	}
	free(back);
	free(twice);
	free(twice2);
}

static inline void
fuzz_duration_properties(const SxDurationResult *r, size_t buckets)
{
	SxError		err;
	size_t		size = SX_DURATION_SIZE(buckets);
	size_t		wire_len = SX_DURATION_WIRE(buckets);
	uint8_t    *wire = malloc(wire_len);
	char	   *text = malloc(SX_DURATION_TEXT_MAX(buckets));
	SxDurationResult *back = malloc(size);
	size_t		back_buckets;
	static const double qs[] = {0, 1e-9, 0.01, 0.25, 0.5, 0.75, 0.99, 1};

	CHECK(wire && text && back);
	CHECK(sx_duration_result_check(r, buckets, &err));
	sx_duration_result_encode(r, buckets, wire);
	CHECK(sx_duration_wire_bytes(wire_len, &back_buckets, &err));
	CHECK(back_buckets == buckets);
	CHECK(sx_duration_result_decode(wire, wire_len, back, buckets, &err));
	CHECK(memcmp((const char *) r + 4, (const char *) back + 4, size - 4) == 0);
	sx_duration_result_format(r, buckets, text);
	CHECK(strlen(text) < SX_DURATION_TEXT_MAX(buckets));
	CHECK(sx_duration_result_measure(text, strlen(text), &back_buckets, &err));
	CHECK(back_buckets == buckets);
	CHECK(sx_duration_result_parse(text, strlen(text), back, buckets, &err));
	CHECK(memcmp((const char *) r + 4, (const char *) back + 4, size - 4) == 0);
	for (size_t i = 0; i < sizeof(qs) / sizeof(qs[0]); i++)
	{
		double		v = sx_duration_quantile(r, buckets, qs[i]);

		if (sx_duration_n(r, buckets) == 0)
			CHECK(isnan(v));
		else
			CHECK(v >= (double) r->h.min_us && v <= (double) r->h.max_us);
	}
	CHECK(sx_duration_mean_us(r, buckets) >= r->h.min_us);
	CHECK(sx_duration_mean_us(r, buckets) <= r->h.max_us);
	fuzz_duration_state(r, buckets);
	free(wire);
	free(text);
	free(back);
}

#endif							/* FUZZ_DURATION_COMMON_H */
