/*
 * fuzz_duration_common.h
 *		The properties of a duration_result that parsed or decoded: both
 *		forms give it back byte for byte, and every quantile lies between
 *		the least and greatest durations.
 */
#ifndef FUZZ_DURATION_COMMON_H
#define FUZZ_DURATION_COMMON_H

#include "fuzz_common.h"

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
	CHECK(sx_duration_wire_buckets(wire_len, &back_buckets, &err));
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
			CHECK(v >= (double) r->min_us && v <= (double) r->max_us);
	}
	CHECK(sx_duration_mean_us(r, buckets) >= r->min_us);
	CHECK(sx_duration_mean_us(r, buckets) <= r->max_us);
	free(wire);
	free(text);
	free(back);
}

#endif							/* FUZZ_DURATION_COMMON_H */
