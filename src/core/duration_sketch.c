/*
 * duration_sketch.c
 *		The rules both layouts of the duration sketch share (core; see
 *		duration_sketch.h).
 */
#include "duration_sketch.h"

#include <stdio.h>
#include <stdlib.h>

/* The shortest %g text that reads back as the same double */
int
sx_duration_alpha_text(double d, char *buf)
{
	size_t		size = 32;
	int			len = 0;

	for (int digits = 1; digits <= 17; digits++)
	{
		len = snprintf(buf, size, "%.*g", digits, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	return len;
}

bool
sx_duration_alpha_check(double alpha, SxError *err)
{
	char		text[32];

	if (alpha >= SX_DURATION_ALPHA_MIN && alpha <= SX_DURATION_ALPHA_MAX)
		return true;
	sx_duration_alpha_text(alpha, text);
	return sx_fail(err, SX_ERR_PARAMETER, false,
				   "relative accuracy alpha must be between 0.0001 and 0.5",
				   "Use 0.01 for quantiles within 1 %.", "Got %s.", text);
}

/* log((1 + alpha) / (1 - alpha)) without the rounding of the quotient */
double
sx_duration_log_gamma(double alpha)
{
	return log1p(2.0 * alpha / (1.0 - alpha));
}

int64_t
sx_duration_last_bucket(double alpha)
{
	return sx_duration_bucket(INT64_MAX, sx_duration_log_gamma(alpha));
}

/* Whether a bucket index is within one of the one computed for us */
static bool
duration_near_bucket(int64_t us, int64_t k, double log_gamma)
{
	int64_t		b = sx_duration_bucket(us, log_gamma);

	return b >= k - 1 && b <= k + 1;
}

bool
sx_duration_header_check(const SxDurationHeader *h, int64_t n, int64_t first,
						 int64_t last, const char *message, SxError *err)
{
	double		lg;
	sx_uint128	sum = sx_duration_sum(h);
	sx_uint128	ends = (sx_uint128) h->min_us + (sx_uint128) h->max_us;

	if (n == 0)
	{
		if (h->alpha != 0.0 || signbit(h->alpha) || h->min_us != 0 ||
			h->max_us != 0 || sum != 0 || first >= 0)
			return sx_fail(err, SX_ERR_PARAMETER, false, message, NULL,
						   "A value without durations holds nothing else (it is 'empty').");
		return true;
	}
	if (!sx_duration_alpha_check(h->alpha, err))
		return false;
	lg = sx_duration_log_gamma(h->alpha);
	if (first >= 0 && (first > last || last > sx_duration_last_bucket(h->alpha)))
		return sx_fail(err, SX_ERR_PARAMETER, false, message, NULL,
					   "Buckets %lld to %lld are not within 0..%lld.",
					   (long long) first, (long long) last,
					   (long long) sx_duration_last_bucket(h->alpha));
	if (h->min_us < 0 || h->min_us > h->max_us ||
		(h->zeros > 0) != (h->min_us == 0) || (first >= 0) != (h->max_us > 0))
		return sx_fail(err, SX_ERR_PARAMETER, false, message, NULL,
					   "The least and greatest durations (%lld and %lld) do not "
					   "fit the zeros and buckets held.",
					   (long long) h->min_us, (long long) h->max_us);
	if ((h->min_us > 0 && !duration_near_bucket(h->min_us, first, lg)) ||
		(first >= 0 && !duration_near_bucket(h->max_us, last, lg)))
		return sx_fail(err, SX_ERR_PARAMETER, false, message, NULL,
					   "The least or greatest duration is not in the first or "
					   "last bucket.");
	if (n == 1 ? sum != (sx_uint128) h->max_us || h->min_us != h->max_us :
		(sum < ends + (sx_uint128) (n - 2) * (sx_uint128) h->min_us ||
		 sum > ends + (sx_uint128) (n - 2) * (sx_uint128) h->max_us))
		return sx_fail(err, SX_ERR_PARAMETER, false, message, NULL,
					   "The sum is not what %lld durations between the least "
					   "and the greatest can add up to.", (long long) n);
	return true;
}

bool
sx_duration_header_merge(SxDurationHeader *into, int64_t n_into,
						 const SxDurationHeader *other, int64_t n_other,
						 SxError *err)
{
	int64_t		n;

	if (n_other == 0)
		return true;
	if (n_into > 0 && into->alpha != other->alpha)
		return sx_fail(err, SX_ERR_PARAMETER, false,
					   "cannot merge duration_results of different accuracy",
					   "Aggregate every duration with the same alpha.",
					   "Alpha %.17g and %.17g.", into->alpha, other->alpha);
	if (__builtin_add_overflow(n_into, n_other, &n))
		return sx_fail(err, SX_ERR_RANGE, false,
					   "duration_result counts out of range", NULL,
					   "Merging would count more than %lld durations.",
					   (long long) INT64_MAX);
	if (n_into == 0)
	{
		into->alpha = other->alpha;
		into->min_us = other->min_us;
		into->max_us = other->max_us;
	}
	else
	{
		into->min_us = other->min_us < into->min_us ? other->min_us : into->min_us;
		into->max_us = other->max_us > into->max_us ? other->max_us : into->max_us;
	}
	into->zeros += other->zeros;
	sx_duration_set_sum(into, sx_duration_sum(into) + sx_duration_sum(other));
	return true;
}

