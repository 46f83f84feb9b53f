/*
 * duration_result.c
 *		duration_result (core): checks, figures, merging, and the text and
 *		binary forms (see duration_result.h).
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

void
sx_duration_header_add(SxDurationHeader *h, double alpha, int64_t us)
{
	if (h->alpha == 0.0)
	{
		h->alpha = alpha;
		h->min_us = h->max_us = us;
	}
	else if (us < h->min_us)
		h->min_us = us;
	else if (us > h->max_us)
		h->max_us = us;
	sx_duration_set_sum(h, sx_duration_sum(h) + (sx_uint128) us);
	if (us == 0)
		h->zeros++;
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

void
sx_duration_init(SxDurationResult *r)
{
	memset((char *) r + sizeof(int32_t), 0,
		   SX_DURATION_HEADER - sizeof(int32_t));
}

int64_t
sx_duration_n(const SxDurationResult *r, size_t buckets)
{
	int64_t		n = r->h.zeros;

	for (size_t i = 0; i < buckets; i++)
		n += r->buckets[i].count;
	return n;
}

bool
sx_duration_result_check(const SxDurationResult *r, size_t buckets,
						 SxError *err)
{
	int64_t		n = r->h.zeros;

	if (r->flags != 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "Reserved flags are %d, not 0.", (int) r->flags);
	if (r->h.zeros < 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "The count of zero durations is negative.");
	for (size_t i = 0; i < buckets; i++)
	{
		if (r->buckets[i].count <= 0 || r->buckets[i].index < 0 ||
			(i > 0 && r->buckets[i].index <= r->buckets[i - 1].index))
			return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
						   "Buckets are held once each, in increasing order from "
						   "0, with a positive count (bucket %lld).",
						   (long long) r->buckets[i].index);
		if (r->buckets[i].count > INT64_MAX - n)
			return sx_fail(err, SX_ERR_RANGE, false, invalid, NULL,
						   "The counts add up to more than %lld.",
						   (long long) INT64_MAX);
		n += r->buckets[i].count;
	}
	return sx_duration_header_check(&r->h, n,
									buckets ? r->buckets[0].index : -1,
									buckets ? r->buckets[buckets - 1].index : -1,
									invalid, err);
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
	int64_t		seen = r->h.zeros;
	double		pos;
	double		v;

	if (n == 0)
		return NAN;
	/* clamped before the conversion: (double) n may round up to 2^63 */
	pos = ceil(q * (double) n);
	rank = pos < 1.0 ? 1 : (pos >= (double) n ? n : (int64_t) pos);
	if (rank == 1 || rank <= r->h.zeros)
		return (double) r->h.min_us;
	if (rank == n)
		return (double) r->h.max_us;
	for (size_t i = 0; i < buckets; i++)
	{
		seen += r->buckets[i].count;
		if (seen >= rank)
		{
			v = (1.0 - r->h.alpha) *
				exp((double) r->buckets[i].index * sx_duration_log_gamma(r->h.alpha));
			return fmin(fmax(v, (double) r->h.min_us), (double) r->h.max_us);
		}
	}
	return (double) r->h.max_us;	/* not reached for a checked value */
}

int64_t
sx_duration_mean_us(const SxDurationResult *r, size_t buckets)
{
	int64_t		n = sx_duration_n(r, buckets);

	if (n == 0)
		return 0;
	return (int64_t) ((2 * sx_duration_sum(&r->h) + (sx_uint128) n) /
					  (2 * (sx_uint128) n));
}

size_t
sx_duration_union_buckets(const SxDurationResult *a, size_t na,
						  const SxDurationResult *b, size_t nb)
{
	size_t		i = 0;
	size_t		j = 0;
	size_t		n = 0;

	while (i < na || j < nb)
	{
		int64_t		ka = i < na ? a->buckets[i].index : INT64_MAX;
		int64_t		kb = j < nb ? b->buckets[j].index : INT64_MAX;

		i += ka <= kb;
		j += kb <= ka;
		n++;
	}
	return n;
}

/* A merge of the two sorted lists, counts of a common bucket added */
bool
sx_duration_result_add(SxDurationResult *out, const SxDurationResult *a,
					   size_t na, const SxDurationResult *b, size_t nb,
					   SxError *err)
{
	size_t		i = 0;
	size_t		j = 0;
	size_t		n = 0;

	out->flags = 0;
	out->h = a->h;
	if (!sx_duration_header_merge(&out->h, sx_duration_n(a, na), &b->h,
								  sx_duration_n(b, nb), err))
		return false;
	while (i < na || j < nb)
	{
		int64_t		ka = i < na ? a->buckets[i].index : INT64_MAX;
		int64_t		kb = j < nb ? b->buckets[j].index : INT64_MAX;

		out->buckets[n].index = ka < kb ? ka : kb;
		out->buckets[n].count = (ka <= kb ? a->buckets[i].count : 0) +
			(kb <= ka ? b->buckets[j].count : 0);
		i += ka <= kb;
		j += kb <= ka;
		n++;
	}
	return true;
}

/* ---- text form: the buckets listed, not counted ---- */

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
 * Both passes: r NULL counts the buckets into *buckets; otherwise r, with
 * room for room buckets, is filled.  Indexes strictly increase and stay
 * within 0..last_bucket(alpha), so there are never more than
 * SX_DURATION_BUCKETS_MAX of them; counts are positive.
 */
static bool
duration_read(const char *s, size_t len, SxDurationResult *r, size_t room,
			  size_t *buckets, SxError *err)
{
	SxCursor	c = {s, s + len};
	SxDurationHeader h = {0};
	sx_uint128	sum;
	int64_t		last;
	int64_t		prev = -1;

	*buckets = 0;
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
	sx_duration_set_sum(&h, sum);
	if (r)
		r->h = h;
	last = sx_duration_last_bucket(h.alpha);
	while (c.p < c.end && !sx_is_blank(*c.p))
	{
		int64_t		k;
		int64_t		count;

		if ((prev >= 0 && !sx_accept(&c, ",")) || !sx_read_count(&c, &k) ||
			!sx_accept(&c, ":") || !sx_read_count(&c, &count))
			return duration_syntax(err);
		if (k <= prev || k > last || count == 0)
			return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
						   "Buckets are listed once each, in increasing order "
						   "within 0..%lld, with a positive count (bucket %lld).",
						   (long long) last, (long long) k);
		if (r && *buckets < room)
		{
			r->buckets[*buckets].index = k;
			r->buckets[*buckets].count = count;
		}
		prev = k;
		(*buckets)++;
	}
	if (!sx_at_end(&c))
		return duration_syntax(err);
	return true;
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
	size_t		found;

	sx_duration_init(r);
	if (!duration_read(s, len, r, buckets, &found, err))
		return false;
	if (found != buckets)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "Room for %zu buckets, %zu listed.", buckets, found);
	return sx_duration_result_check(r, buckets, err);
}

void
sx_duration_result_format(const SxDurationResult *r, size_t buckets, char *buf)
{
	char		alpha[32];
	char		sum[SX_U256_TEXT_MAX];
	SxU256		wide = {{r->h.sum_us[0], r->h.sum_us[1], 0, 0}};
	char	   *p = buf;

	if (sx_duration_n(r, buckets) == 0)
	{
		strcpy(buf, SX_EMPTY_TEXT);
		return;
	}
	duration_double_text(r->h.alpha, alpha, sizeof(alpha));
	sx_u256_text(&wide, 0, sum);
	p += sprintf(p, "alpha=%s zeros=%lld min=%lld max=%lld sum=%s buckets=",
				 alpha, (long long) r->h.zeros, (long long) r->h.min_us,
				 (long long) r->h.max_us, sum);
	for (size_t i = 0; i < buckets; i++)
		p += sprintf(p, "%s%lld:%lld", i ? "," : "",
					 (long long) r->buckets[i].index, (long long) r->buckets[i].count);
}

/* ---- binary form ---- */

bool
sx_duration_wire_buckets(size_t len, size_t *buckets, SxError *err)
{
	if (len < SX_DURATION_WIRE_HEADER || (len - SX_DURATION_WIRE_HEADER) % 16 != 0 ||
		(len - SX_DURATION_WIRE_HEADER) / 16 > SX_DURATION_BUCKETS_MAX)
		return sx_fail(err, SX_ERR_BINARY, false,
					   "invalid binary duration_result value", NULL,
					   "Expected %d bytes and whole buckets of 16 (at most %d), got %zu bytes.",
					   SX_DURATION_WIRE_HEADER, SX_DURATION_BUCKETS_MAX, len);
	*buckets = (len - SX_DURATION_WIRE_HEADER) / 16;
	return true;
}

void
sx_duration_result_encode(const SxDurationResult *r, size_t buckets,
						  uint8_t *buf)
{
	uint8_t    *p = buf;

	*p++ = SX_WIRE_FORMAT;
	sx_put_double(&p, r->h.alpha);
	sx_put64(&p, (uint64_t) r->h.zeros);
	sx_put64(&p, (uint64_t) r->h.min_us);
	sx_put64(&p, (uint64_t) r->h.max_us);
	sx_put64(&p, r->h.sum_us[1]);
	sx_put64(&p, r->h.sum_us[0]);
	for (size_t i = 0; i < buckets; i++)
	{
		sx_put64(&p, (uint64_t) r->buckets[i].index);
		sx_put64(&p, (uint64_t) r->buckets[i].count);
	}
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
	r->h.alpha = sx_get_double(&p);
	r->h.zeros = (int64_t) sx_get64(&p);
	r->h.min_us = (int64_t) sx_get64(&p);
	r->h.max_us = (int64_t) sx_get64(&p);
	r->h.sum_us[1] = sx_get64(&p);
	r->h.sum_us[0] = sx_get64(&p);
	for (size_t i = 0; i < buckets; i++)
	{
		r->buckets[i].index = (int64_t) sx_get64(&p);
		r->buckets[i].count = (int64_t) sx_get64(&p);
	}
	return sx_duration_result_check(r, buckets, err);
}
