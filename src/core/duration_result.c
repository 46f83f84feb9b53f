/*
 * duration_result.c
 *		duration_result (core): checks, merging, quantiles, and the text
 *		and binary forms (see duration_result.h).
 */
#include "duration_result.h"

#include <stdio.h>				/* the text form: snprintf, sprintf */
#include <stdlib.h>
#include <string.h>

#include "sx_result.h"

static const char invalid[] = "invalid duration_result value";

/* The shortest %g text that reads back as the same double */
static int
duration_double_text(double d, char *buf, size_t size)
{
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
	duration_double_text(alpha, text, sizeof(text));
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

void
sx_duration_init(SxDurationResult *r)
{
	memset((char *) r + sizeof(int32_t), 0,
		   SX_DURATION_HEADER - sizeof(int32_t));
}

static inline sx_uint128
duration_sum(const SxDurationResult *r)
{
	return ((sx_uint128) r->sum_us[1] << 64) | r->sum_us[0];
}

static inline void
duration_set_sum(SxDurationResult *r, sx_uint128 sum)
{
	r->sum_us[0] = (uint64_t) sum;
	r->sum_us[1] = (uint64_t) (sum >> 64);
}

int64_t
sx_duration_n(const SxDurationResult *r, size_t buckets)
{
	int64_t		n = r->zeros;

	for (size_t i = 0; i < buckets; i++)
		n += r->counts[i];
	return n;
}

/* Whether a bucket index is within one of the one computed for us */
static bool
duration_near_bucket(int64_t us, int64_t k, double log_gamma)
{
	int64_t		b = sx_duration_bucket(us, log_gamma);

	return b >= k - 1 && b <= k + 1;
}

/* The checks of an empty value: nothing at all, not even an alpha */
static bool
duration_check_empty(const SxDurationResult *r, size_t buckets, SxError *err)
{
	if (r->alpha != 0.0 || signbit(r->alpha) || r->min_us != 0 ||
		r->max_us != 0 || duration_sum(r) != 0 || r->first != 0 || buckets != 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "A value without durations holds nothing else (it is 'empty').");
	return true;
}

/* min, max and the sum against n and the buckets */
static bool
duration_check_bounds(const SxDurationResult *r, size_t buckets, int64_t n,
					  SxError *err)
{
	double		lg = sx_duration_log_gamma(r->alpha);
	sx_uint128	sum = duration_sum(r);
	sx_uint128	ends = (sx_uint128) r->min_us + (sx_uint128) r->max_us;

	if (r->min_us < 0 || r->min_us > r->max_us ||
		(r->zeros > 0) != (r->min_us == 0) || (buckets > 0) != (r->max_us > 0))
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "The least and greatest durations (%lld and %lld) do not "
					   "fit the zeros and buckets held.",
					   (long long) r->min_us, (long long) r->max_us);
	if ((r->min_us > 0 && !duration_near_bucket(r->min_us, r->first, lg)) ||
		(buckets > 0 && !duration_near_bucket(r->max_us,
											  r->first + (int64_t) buckets - 1, lg)))
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "The least or greatest duration is not in the first or "
					   "last bucket.");
	if (n == 1 ? sum != (sx_uint128) r->max_us || r->min_us != r->max_us :
		(sum < ends + (sx_uint128) (n - 2) * (sx_uint128) r->min_us ||
		 sum > ends + (sx_uint128) (n - 2) * (sx_uint128) r->max_us))
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "The sum is not what %lld durations between the least "
					   "and the greatest can add up to.", (long long) n);
	return true;
}

bool
sx_duration_result_check(const SxDurationResult *r, size_t buckets,
						 SxError *err)
{
	int64_t		n = 0;

	if (r->flags != 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "Reserved flags are %d, not 0.", (int) r->flags);
	if (r->zeros < 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "The count of zero durations is negative.");
	if (!sx_counts_check(r->counts, (int) buckets, invalid, "bucket counts",
						 &n, err))
		return false;
	if (n > INT64_MAX - r->zeros)
		return sx_fail(err, SX_ERR_RANGE, false, invalid, NULL,
					   "The counts add up to more than %lld.",
					   (long long) INT64_MAX);
	n += r->zeros;
	if (n == 0)
		return duration_check_empty(r, buckets, err);
	if (!sx_duration_alpha_check(r->alpha, err))
		return false;
	if (buckets == 0 ? r->first != 0 :
		(r->counts[0] == 0 || r->counts[buckets - 1] == 0 || r->first < 0 ||
		 r->first > sx_duration_last_bucket(r->alpha) - (int64_t) buckets + 1))
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "The buckets held (%zu from %lld) are not those from "
					   "the first to the last non-empty one within 0..%lld.",
					   buckets, (long long) r->first,
					   (long long) sx_duration_last_bucket(r->alpha));
	return duration_check_bounds(r, buckets, n, err);
}

bool
sx_duration_covers(const SxDurationResult *r, size_t buckets, int64_t k,
				   int64_t *first, size_t *span)
{
	int64_t		last;

	if (buckets > 0 && k >= r->first && k < r->first + (int64_t) buckets)
		return true;
	*first = buckets == 0 || k < r->first ? k : r->first;
	last = buckets == 0 || k > r->first + (int64_t) buckets - 1 ? k :
		r->first + (int64_t) buckets - 1;
	*span = (size_t) (last - *first + 1);
	return false;
}

void
sx_duration_union(const SxDurationResult *a, size_t a_buckets,
				  const SxDurationResult *b, size_t b_buckets,
				  int64_t *first, size_t *span)
{
	int64_t		last;

	if (a_buckets == 0 || b_buckets == 0)
	{
		*first = a_buckets > 0 ? a->first : (b_buckets > 0 ? b->first : 0);
		*span = a_buckets > 0 ? a_buckets : b_buckets;
		return;
	}
	*first = a->first < b->first ? a->first : b->first;
	last = a->first + (int64_t) a_buckets > b->first + (int64_t) b_buckets ?
		a->first + (int64_t) a_buckets - 1 : b->first + (int64_t) b_buckets - 1;
	*span = (size_t) (last - *first + 1);
}

void
sx_duration_widen(SxDurationResult *dst, int64_t first, size_t span,
				  const SxDurationResult *src, size_t src_buckets)
{
	memcpy((char *) dst + sizeof(int32_t), (const char *) src + sizeof(int32_t),
		   SX_DURATION_HEADER - sizeof(int32_t));
	dst->first = first;
	memset(dst->counts, 0, span * sizeof(int64_t));
	if (src_buckets > 0)
		memcpy(&dst->counts[src->first - first], src->counts,
			   src_buckets * sizeof(int64_t));
}

void
sx_duration_add(SxDurationResult *r, size_t buckets, double alpha, int64_t us,
				int64_t k)
{
	if (r->alpha == 0.0)
	{
		r->alpha = alpha;
		r->min_us = r->max_us = us;
	}
	else if (us < r->min_us)
		r->min_us = us;
	else if (us > r->max_us)
		r->max_us = us;
	duration_set_sum(r, duration_sum(r) + (sx_uint128) us);
	if (us == 0)
		r->zeros++;
	else
		r->counts[k - r->first]++;
	(void) buckets;
}

bool
sx_duration_merge(SxDurationResult *into, size_t into_buckets,
				  const SxDurationResult *other, size_t other_buckets,
				  SxError *err)
{
	int64_t		n_into = sx_duration_n(into, into_buckets);
	int64_t		n_other = sx_duration_n(other, other_buckets);
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
	duration_set_sum(into, duration_sum(into) + duration_sum(other));
	for (size_t i = 0; i < other_buckets; i++)
		into->counts[other->first - into->first + (int64_t) i] += other->counts[i];
	(void) into_buckets;
	return true;
}

/*
 * The rank percentile_disc reads (nodeAgg's ceil(q * n), at least 1), the
 * bucket that holds it, and the estimate (1 - alpha) gamma^k for that
 * bucket: 2 gamma^k / (gamma + 1), the point within a relative alpha of
 * every x in (gamma^(k-1), gamma^k].  Clamping to [min, max], which hold
 * the true value, only brings the estimate nearer to it.
 */
double
sx_duration_quantile(const SxDurationResult *r, size_t buckets, double q)
{
	int64_t		n = sx_duration_n(r, buckets);
	int64_t		rank;
	int64_t		seen = r->zeros;
	double		v;

	if (n == 0)
		return NAN;
	rank = (int64_t) ceil(q * (double) n);
	rank = rank < 1 ? 1 : (rank > n ? n : rank);
	if (rank == 1 || rank <= r->zeros)
		return (double) r->min_us;
	if (rank == n)
		return (double) r->max_us;
	for (size_t i = 0; i < buckets; i++)
	{
		seen += r->counts[i];
		if (seen >= rank)
		{
			v = (1.0 - r->alpha) *
				exp((double) (r->first + (int64_t) i) * sx_duration_log_gamma(r->alpha));
			return fmin(fmax(v, (double) r->min_us), (double) r->max_us);
		}
	}
	return (double) r->max_us;	/* not reached for a checked value */
}

int64_t
sx_duration_mean_us(const SxDurationResult *r, size_t buckets)
{
	int64_t		n = sx_duration_n(r, buckets);

	if (n == 0)
		return 0;
	return (int64_t) ((2 * duration_sum(r) + (sx_uint128) n) / (2 * (sx_uint128) n));
}

/* ---- text form ---- */

static bool
duration_syntax(SxError *err)
{
	return sx_fail(err, SX_ERR_SYNTAX, true,
				   "invalid input syntax for type duration_result",
				   "The text form is \"alpha=<a> zeros=<n> min=<us> max=<us> "
				   "sum=<us> buckets=<bucket>:<count>,...\" (microseconds), or \"empty\".",
				   NULL);
}

/* Blanks, then the name of the next field */
static bool
duration_field(SxCursor *c, const char *name)
{
	const char *before = c->p;

	sx_skip_blanks(c);
	return c->p > before && sx_accept(c, name);
}

/* An unsigned decimal of at most 128 bits */
static bool
duration_read_u128(SxCursor *c, sx_uint128 *v)
{
	const char *start = c->p;

	*v = 0;
	while (c->p < c->end && *c->p >= '0' && *c->p <= '9')
	{
		unsigned	d = (unsigned) (*c->p - '0');

		if (*v > (~(sx_uint128) 0 - d) / 10)
			return false;
		*v = *v * 10 + d;
		c->p++;
	}
	return c->p > start;
}

/*
 * The bucket list: measured (r NULL: first and span of the buckets named)
 * or filled into r, which has span buckets.  Indexes strictly increase and
 * stay within 0..last; counts are positive.
 */
static bool
duration_read_buckets(SxCursor *c, int64_t last, SxDurationResult *r,
					  int64_t *first, size_t *span, SxError *err)
{
	int64_t		prev = -1;

	*first = 0;
	*span = 0;
	while (c->p < c->end && !sx_is_blank(*c->p))
	{
		int64_t		k;
		int64_t		count;

		if ((prev >= 0 && !sx_accept(c, ",")) || !sx_read_count(c, &k) ||
			!sx_accept(c, ":") || !sx_read_count(c, &count))
			return duration_syntax(err);
		if (k <= prev || k > last || count == 0)
			return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
						   "Buckets are listed once each, in increasing order "
						   "within 0..%lld, with a positive count (bucket %lld).",
						   (long long) last, (long long) k);
		if (prev < 0)
			*first = k;
		if (r)
			r->counts[k - r->first] = count;
		prev = k;
		*span = (size_t) (k - *first + 1);
	}
	return true;
}

/*
 * Both passes of the text form: r NULL measures *span; otherwise r, of
 * buckets buckets (what measuring said), is filled.
 */
static bool
duration_read(const char *s, size_t len, SxDurationResult *r, size_t buckets,
			  size_t *span, SxError *err)
{
	SxCursor	c = {s, s + len};
	SxCursor	list;
	SxDurationResult h;
	sx_uint128	sum;
	int64_t		first;
	int64_t		last;

	sx_duration_init(&h);
	*span = 0;
	if (sx_is_empty_text(s, len))
		return true;
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "alpha=") || !sx_read_double(&c, &h.alpha) ||
		!duration_field(&c, "zeros=") || !sx_read_count(&c, &h.zeros) ||
		!duration_field(&c, "min=") || !sx_read_count(&c, &h.min_us) ||
		!duration_field(&c, "max=") || !sx_read_count(&c, &h.max_us) ||
		!duration_field(&c, "sum=") || !duration_read_u128(&c, &sum) ||
		!duration_field(&c, "buckets="))
		return duration_syntax(err);
	if (!sx_duration_alpha_check(h.alpha, err))
		return false;
	duration_set_sum(&h, sum);
	last = sx_duration_last_bucket(h.alpha);
	list = c;
	if (!duration_read_buckets(&c, last, NULL, &first, span, err))
		return false;
	if (!sx_at_end(&c))
		return duration_syntax(err);
	if (r == NULL)
		return true;
	if (*span != buckets)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "Room for %zu buckets, %zu needed.", buckets, *span);
	memcpy((char *) r + sizeof(int32_t), (char *) &h + sizeof(int32_t),
		   SX_DURATION_HEADER - sizeof(int32_t));
	r->first = first;
	memset(r->counts, 0, buckets * sizeof(int64_t));
	return duration_read_buckets(&list, last, r, &first, span, err);
}

bool
sx_duration_result_measure(const char *s, size_t len, size_t *buckets,
						   SxError *err)
{
	return duration_read(s, len, NULL, 0, buckets, err);
}

bool
sx_duration_result_parse(const char *s, size_t len, SxDurationResult *r,
						 size_t buckets, SxError *err)
{
	size_t		span;

	sx_duration_init(r);
	if (!duration_read(s, len, r, buckets, &span, err))
		return false;
	return sx_duration_result_check(r, buckets, err);
}

void
sx_duration_result_format(const SxDurationResult *r, size_t buckets, char *buf)
{
	char		alpha[32];
	char		sum[SX_U256_TEXT_MAX];
	SxU256		wide = {{r->sum_us[0], r->sum_us[1], 0, 0}};
	char	   *p = buf;
	bool		listed = false;

	if (sx_duration_n(r, buckets) == 0)
	{
		strcpy(buf, SX_EMPTY_TEXT);
		return;
	}
	duration_double_text(r->alpha, alpha, sizeof(alpha));
	sx_u256_text(&wide, 0, sum);
	p += sprintf(p, "alpha=%s zeros=%lld min=%lld max=%lld sum=%s buckets=",
				 alpha, (long long) r->zeros, (long long) r->min_us,
				 (long long) r->max_us, sum);
	for (size_t i = 0; i < buckets; i++)
	{
		if (r->counts[i] == 0)
			continue;
		p += sprintf(p, "%s%lld:%lld", listed ? "," : "",
					 (long long) (r->first + (int64_t) i), (long long) r->counts[i]);
		listed = true;
	}
}

/* ---- binary form ---- */

bool
sx_duration_wire_buckets(size_t len, size_t *buckets, SxError *err)
{
	if (len < SX_DURATION_WIRE_HEADER ||
		(len - SX_DURATION_WIRE_HEADER) % 8 != 0 ||
		(len - SX_DURATION_WIRE_HEADER) / 8 > SX_DURATION_BUCKETS_MAX)
		return sx_fail(err, SX_ERR_BINARY, false,
					   "invalid binary duration_result value", NULL,
					   "Expected %d bytes and whole buckets of 8 (at most %d), got %zu bytes.",
					   SX_DURATION_WIRE_HEADER, SX_DURATION_BUCKETS_MAX, len);
	*buckets = (len - SX_DURATION_WIRE_HEADER) / 8;
	return true;
}

void
sx_duration_result_encode(const SxDurationResult *r, size_t buckets,
						  uint8_t *buf)
{
	uint8_t    *p = buf;

	*p++ = SX_WIRE_FORMAT;
	sx_put_double(&p, r->alpha);
	sx_put64(&p, (uint64_t) r->zeros);
	sx_put64(&p, (uint64_t) r->min_us);
	sx_put64(&p, (uint64_t) r->max_us);
	sx_put64(&p, r->sum_us[1]);
	sx_put64(&p, r->sum_us[0]);
	sx_put64(&p, (uint64_t) r->first);
	for (size_t i = 0; i < buckets; i++)
		sx_put64(&p, (uint64_t) r->counts[i]);
}

bool
sx_duration_result_decode(const uint8_t *buf, size_t len, SxDurationResult *r,
						  size_t buckets, SxError *err)
{
	const uint8_t *p = buf + 1;

	if (!sx_wire_check(buf, len, SX_DURATION_WIRE(buckets),
					   "invalid binary duration_result value", err))
		return false;
	r->flags = 0;
	r->alpha = sx_get_double(&p);
	r->zeros = (int64_t) sx_get64(&p);
	r->min_us = (int64_t) sx_get64(&p);
	r->max_us = (int64_t) sx_get64(&p);
	r->sum_us[1] = sx_get64(&p);
	r->sum_us[0] = sx_get64(&p);
	r->first = (int64_t) sx_get64(&p);
	for (size_t i = 0; i < buckets; i++)
		r->counts[i] = (int64_t) sx_get64(&p);
	return sx_duration_result_check(r, buckets, err);
}
