/*
 * duration_result.c
 *		duration_result (core): checks, figures, merging, and the text and
 *		binary forms (see duration_result.h).
 */
#include "duration_result.h"

#include <stdio.h>				/* the text form: sprintf */
#include <string.h>

#include "sx_result.h"

static const char invalid[] = "invalid duration_result value";

void
sx_duration_init(SxDurationResult *r)
{
	memset((char *) r + sizeof(int32_t), 0,
		   SX_DURATION_HEADER - sizeof(int32_t));
}

/* An unsigned LEB128 varint: false when cut short, not minimal, or over INT64_MAX */
static bool
duration_read_varint(SxDurationReader *rd, int64_t *v)
{
	uint64_t	x = 0;

	for (int shift = 0; shift < 64 && rd->p < rd->end; shift += 7)
	{
		uint8_t		byte = *rd->p++;

		x |= (uint64_t) (byte & 0x7f) << shift;
		if (!(byte & 0x80))
		{
			/* minimal: a last group of 0 only when it is the only one */
			if ((byte == 0 && shift > 0) || x > INT64_MAX ||
				(shift == 63 && byte > 1))
				return false;
			*v = (int64_t) x;
			return true;
		}
	}
	return false;				/* cut short, or longer than 64 bits */
}

int
sx_duration_read_slow(SxDurationReader *rd, SxDurationBucket *b)
{
	int64_t		step;

	if (rd->p >= rd->end)
		return 0;
	if (!duration_read_varint(rd, &step) || !duration_read_varint(rd, &b->count) ||
		step < 1 || b->count < 1 || (rd->index >= 0 && step > INT64_MAX - rd->index))
		return -1;
	b->index = rd->index + step;
	rd->index = b->index;
	return 1;
}

static inline size_t
duration_varint_bytes(uint64_t v)
{
	size_t		n = 1;

	while (v >= 0x80)
	{
		v >>= 7;
		n++;
	}
	return n;
}

static inline uint8_t *
duration_put_varint(uint8_t *p, uint64_t v)
{
	while (v >= 0x80)
	{
		*p++ = (uint8_t) (v | 0x80);
		v >>= 7;
	}
	*p++ = (uint8_t) v;
	return p;
}

size_t
sx_duration_bucket_bytes(int64_t prev, int64_t index, int64_t count)
{
	return duration_varint_bytes((uint64_t) (index - prev)) +
		duration_varint_bytes((uint64_t) count);
}

uint8_t *
sx_duration_write(uint8_t *p, int64_t prev, int64_t index, int64_t count)
{
	return duration_put_varint(duration_put_varint(p, (uint64_t) (index - prev)),
							   (uint64_t) count);
}

int64_t
sx_duration_n(const SxDurationResult *r, size_t bytes)
{
	SxDurationReader rd;
	SxDurationBucket b;
	int64_t		n = r->h.zeros;

	sx_duration_reader(&rd, r, bytes);
	while (sx_duration_read(&rd, &b) > 0)
		n += b.count;
	return n;
}

void
sx_duration_range(const SxDurationResult *r, size_t bytes, int64_t *first,
				  int64_t *last)
{
	SxDurationReader rd;
	SxDurationBucket b;

	*first = *last = -1;
	sx_duration_reader(&rd, r, bytes);
	while (sx_duration_read(&rd, &b) > 0)
	{
		if (*first < 0)
			*first = b.index;
		*last = b.index;
	}
}

bool
sx_duration_result_check(const SxDurationResult *r, size_t bytes, SxError *err)
{
	SxDurationReader rd;
	SxDurationBucket b;
	int64_t		n = r->h.zeros;
	int64_t		first = -1;
	int			more;
	size_t		buckets = 0;

	if (r->flags != 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "Reserved flags are %d, not 0.", (int) r->flags);
	if (r->h.zeros < 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "The count of zero durations is negative.");
	sx_duration_reader(&rd, r, bytes);
	while ((more = sx_duration_read(&rd, &b)) > 0)
	{
		if (++buckets > SX_DURATION_BUCKETS_MAX)
			return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
						   "More than %d buckets.", SX_DURATION_BUCKETS_MAX);
		if (b.count > INT64_MAX - n)
			return sx_fail(err, SX_ERR_RANGE, false, invalid, NULL,
						   "The counts add up to more than %lld.",
						   (long long) INT64_MAX);
		n += b.count;
		if (first < 0)
			first = b.index;
	}
	if (more < 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "The buckets are not encoded as increasing indexes with "
					   "positive counts in minimal varints (after %zu of them).",
					   buckets);
	return sx_duration_header_check(&r->h, n, first, rd.index, invalid, err);
}

/*
 * The rank percentile_disc reads (nodeAgg's ceil(q * n), at least 1), the
 * bucket that holds it, and the estimate (1 - alpha) gamma^k for that
 * bucket: 2 gamma^k / (gamma + 1), the point within a relative alpha of
 * every x in (gamma^(k-1), gamma^k].  Clamping to [min, max], which hold
 * the true value, only brings the estimate nearer to it.
 */
double
sx_duration_quantile(const SxDurationResult *r, size_t bytes, double q)
{
	int64_t		n = sx_duration_n(r, bytes);
	int64_t		rank;
	int64_t		seen = r->h.zeros;
	double		pos;
	double		v;
	SxDurationReader rd;
	SxDurationBucket b;

	if (n == 0)
		return NAN;
	/* clamped before the conversion: (double) n may round up to 2^63 */
	pos = ceil(q * (double) n);
	rank = pos < 1.0 ? 1 : (pos >= (double) n ? n : (int64_t) pos);
	if (rank == 1 || rank <= r->h.zeros)
		return (double) r->h.min_us;
	if (rank == n)
		return (double) r->h.max_us;
	sx_duration_reader(&rd, r, bytes);
	while (sx_duration_read(&rd, &b) > 0)
	{
		seen += b.count;
		if (seen >= rank)
		{
			v = (1.0 - r->h.alpha) *
				exp((double) b.index * sx_duration_log_gamma(r->h.alpha));
			return fmin(fmax(v, (double) r->h.min_us), (double) r->h.max_us);
		}
	}
	return (double) r->h.max_us;	/* not reached for a checked value */
}

int64_t
sx_duration_mean_us(const SxDurationResult *r, size_t bytes)
{
	int64_t		n = sx_duration_n(r, bytes);

	if (n == 0)
		return 0;
	return (int64_t) ((2 * sx_duration_sum(&r->h) + (sx_uint128) n) /
					  (2 * (sx_uint128) n));
}

/*
 * The merge of two sorted bucket lists, counts of a common bucket added:
 * measured (out NULL, the bytes into *bytes) or written to out
 */
static void
duration_merge_lists(const SxDurationResult *a, size_t na,
					 const SxDurationResult *b, size_t nb, uint8_t *out,
					 size_t *bytes)
{
	SxDurationReader ra;
	SxDurationReader rb;
	SxDurationBucket x;
	SxDurationBucket y;
	bool		has_x;
	bool		has_y;
	int64_t		prev = -1;

	sx_duration_reader(&ra, a, na);
	sx_duration_reader(&rb, b, nb);
	has_x = sx_duration_read(&ra, &x) > 0;
	has_y = sx_duration_read(&rb, &y) > 0;
	*bytes = 0;
	while (has_x || has_y)
	{
		bool		take_x = has_x && (!has_y || x.index <= y.index);
		bool		take_y = has_y && (!has_x || y.index <= x.index);
		int64_t		index = take_x ? x.index : y.index;
		int64_t		count;

		/*
		 * saturated while measuring: a sum that overflows is never
		 * written, the header's merge refuses it first
		 */
		if (__builtin_add_overflow(take_x ? x.count : 0, take_y ? y.count : 0, &count))
			count = INT64_MAX;

		*bytes += sx_duration_bucket_bytes(prev, index, count);
		if (out)
			out = sx_duration_write(out, prev, index, count);
		prev = index;
		if (take_x)
			has_x = sx_duration_read(&ra, &x) > 0;
		if (take_y)
			has_y = sx_duration_read(&rb, &y) > 0;
	}
}

size_t
sx_duration_sum_bytes(const SxDurationResult *a, size_t na,
					  const SxDurationResult *b, size_t nb)
{
	size_t		bytes;

	duration_merge_lists(a, na, b, nb, NULL, &bytes);
	return bytes;
}

bool
sx_duration_result_add(SxDurationResult *out, const SxDurationResult *a,
					   size_t na, const SxDurationResult *b, size_t nb,
					   SxError *err)
{
	size_t		bytes;

	out->flags = 0;
	out->h = a->h;
	if (!sx_duration_header_merge(&out->h, sx_duration_n(a, na), &b->h,
								  sx_duration_n(b, nb), err))
		return false;
	duration_merge_lists(a, na, b, nb, out->data, &bytes);
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
 * Both passes: r NULL measures the bytes the buckets take into *bytes;
 * otherwise r, with room for room bytes, is filled.  Indexes strictly
 * increase and stay within 0..last_bucket(alpha), so there are never more
 * than SX_DURATION_BUCKETS_MAX of them; counts are positive.
 */
static bool
duration_read(const char *s, size_t len, SxDurationResult *r, size_t room,
			  size_t *bytes, SxError *err)
{
	SxCursor	c = {s, s + len};
	SxDurationHeader h = {0};
	sx_uint128	sum;
	int64_t		last;
	int64_t		prev = -1;

	*bytes = 0;
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
		size_t		more;

		if ((prev >= 0 && !sx_accept(&c, ",")) || !sx_read_count(&c, &k) ||
			!sx_accept(&c, ":") || !sx_read_count(&c, &count))
			return duration_syntax(err);
		if (k <= prev || k > last || count == 0)
			return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
						   "Buckets are listed once each, in increasing order "
						   "within 0..%lld, with a positive count (bucket %lld).",
						   (long long) last, (long long) k);
		more = sx_duration_bucket_bytes(prev, k, count);
		if (r && *bytes + more <= room)
			(void) sx_duration_write(r->data + *bytes, prev, k, count);
		*bytes += more;
		prev = k;
	}
	if (!sx_at_end(&c))
		return duration_syntax(err);
	return true;
}

bool
sx_duration_result_measure(const char *s, size_t len, size_t *bytes,
						   SxError *err)
{
	return duration_read(s, len, NULL, 0, bytes, err);
}

bool
sx_duration_result_parse(const char *s, size_t len, SxDurationResult *r,
						 size_t bytes, SxError *err)
{
	size_t		found;

	sx_duration_init(r);
	if (!duration_read(s, len, r, bytes, &found, err))
		return false;
	if (found != bytes)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "Room for %zu bytes of buckets, %zu needed.", bytes, found);
	return sx_duration_result_check(r, bytes, err);
}

/* The decimal digits of v, without a NUL: sprintf costs ten times more per bucket */
static char *
duration_put_decimal(char *p, uint64_t v)
{
	char		digits[20];
	int			n = 0;

	do
	{
		digits[n++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v > 0);
	while (n > 0)
		*p++ = digits[--n];
	return p;
}

void
sx_duration_result_format(const SxDurationResult *r, size_t bytes, char *buf)
{
	char		alpha[32];
	char		sum[SX_U256_TEXT_MAX];
	SxU256		wide = {{r->h.sum_us[0], r->h.sum_us[1], 0, 0}};
	char	   *p = buf;
	SxDurationReader rd;
	SxDurationBucket b;

	if (sx_duration_n(r, bytes) == 0)
	{
		strcpy(buf, SX_EMPTY_TEXT);
		return;
	}
	sx_duration_alpha_text(r->h.alpha, alpha);
	sx_u256_text(&wide, 0, sum);
	p += sprintf(p, "alpha=%s zeros=%lld min=%lld max=%lld sum=%s buckets=",
				 alpha, (long long) r->h.zeros, (long long) r->h.min_us,
				 (long long) r->h.max_us, sum);
	sx_duration_reader(&rd, r, bytes);
	for (bool first = true; sx_duration_read(&rd, &b) > 0; first = false)
	{
		if (!first)
			*p++ = ',';
		p = duration_put_decimal(p, (uint64_t) b.index);
		*p++ = ':';
		p = duration_put_decimal(p, (uint64_t) b.count);
	}
	*p = '\0';
}

/* ---- binary form ---- */

bool
sx_duration_wire_bytes(size_t len, size_t *bytes, SxError *err)
{
	if (len < SX_DURATION_WIRE_HEADER || len - SX_DURATION_WIRE_HEADER > SX_DURATION_BYTES_MAX)
		return sx_fail(err, SX_ERR_BINARY, false,
					   "invalid binary duration_result value", NULL,
					   "Expected %d to %zu bytes, got %zu.", SX_DURATION_WIRE_HEADER,
					   SX_DURATION_WIRE_HEADER + SX_DURATION_BYTES_MAX, len);
	*bytes = len - SX_DURATION_WIRE_HEADER;
	return true;
}

void
sx_duration_result_encode(const SxDurationResult *r, size_t bytes, uint8_t *buf)
{
	uint8_t    *p = buf;

	*p++ = SX_WIRE_FORMAT;
	sx_put_double(&p, r->h.alpha);
	sx_put64(&p, (uint64_t) r->h.zeros);
	sx_put64(&p, (uint64_t) r->h.min_us);
	sx_put64(&p, (uint64_t) r->h.max_us);
	sx_put64(&p, r->h.sum_us[1]);
	sx_put64(&p, r->h.sum_us[0]);
	memcpy(p, r->data, bytes);
}

bool
sx_duration_result_decode(const uint8_t *buf, size_t len, SxDurationResult *r,
						  size_t bytes, SxError *err)
{
	const uint8_t *p = buf + 1;

	if (!sx_wire_check(buf, len, SX_DURATION_WIRE(bytes),
					   "invalid binary duration_result value", err))
		return false;
	r->flags = 0;
	r->h.alpha = sx_get_double(&p);
	r->h.zeros = (int64_t) sx_get64(&p);
	r->h.min_us = (int64_t) sx_get64(&p);
	r->h.max_us = (int64_t) sx_get64(&p);
	r->h.sum_us[1] = sx_get64(&p);
	r->h.sum_us[0] = sx_get64(&p);
	memcpy(r->data, p, bytes);
	return sx_duration_result_check(r, bytes, err);
}
