/*
 * kano_result.c
 *		kano_result (core): checks, text and binary forms, merging.
 */
#include "kano_result.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sx_result.h"

static const char KANO_RESULT_INVALID[] = "invalid kano_result value";

static bool kano_result_invalid(SxError *err, SxErrorClass class,
								const char *detail_fmt,...)
			__attribute__((format(printf, 3, 4)));

static bool
kano_result_invalid(SxError *err, SxErrorClass class, const char *detail_fmt,...)
{
	va_list		ap;

	va_start(ap, detail_fmt);
	sx_failv(err, class, false, KANO_RESULT_INVALID, NULL, detail_fmt, ap);
	va_end(ap);
	return false;
}

void
sx_kano_result_init(SxKanoResult *r)
{
	r->flags = SX_KANO_LAYOUT;
	memset(r->pairs, 0, sizeof(r->pairs));
	r->incomplete = 0;
	r->imp_n = 0;
	memset(r->imp_sum, 0, sizeof(r->imp_sum));
	memset(r->imp_sumsq, 0, sizeof(r->imp_sumsq));
}

/* n * S2 and S1^2, the two sides of Cauchy-Schwarz, exactly */
static void
importance_sides(const SxKanoResult *r, SxU256 *n_s2, SxU256 *s1_sq)
{
	sx_int128	s1 = sx_int128_load(r->imp_sum);
	sx_uint128	mag = s1 < 0 ? -(sx_uint128) s1 : (sx_uint128) s1;

	sx_u256_mul_192(r->imp_sumsq, (uint64_t) r->imp_n, n_s2);
	sx_u256_mul_128(mag, mag, s1_sq);
}

/*
 * The importance moments: n values of at most 1e18 units each have a sum
 * of at most n * 1e18 in magnitude and a sum of squares of at most
 * n * 1e36 (so that adding rows or merging never overflows the fields);
 * one value has S2 = S1^2, more have n * S2 >= S1^2 (Cauchy-Schwarz).
 */
static bool
importance_check(const SxKanoResult *r, SxError *err)
{
	sx_int128	s1 = sx_int128_load(r->imp_sum);
	sx_uint128	mag = s1 < 0 ? -(sx_uint128) s1 : (sx_uint128) s1;
	sx_uint128	bound = (sx_uint128) r->imp_n * (sx_uint128) SX_IMPORTANCE_UNITS_MAX;
	SxU256		s2;
	SxU256		s2_bound;
	SxU256		n_s2;
	SxU256		s1_sq;

	sx_u256_from_192(r->imp_sumsq, &s2);
	if (r->imp_n == 0 && (mag != 0 || !sx_u256_is_zero(&s2)))
		return kano_result_invalid(err, SX_ERR_PARAMETER,
								   "Importance sums are not 0 with no importance "
								   "seen.");
	sx_u256_mul_128(bound, (sx_uint128) SX_IMPORTANCE_UNITS_MAX, &s2_bound);
	if (mag > bound || sx_u256_cmp(&s2, &s2_bound) > 0)
		return kano_result_invalid(err, SX_ERR_RANGE,
								   "The importance sums are beyond what %lld "
								   "values of at most 1e12 can give.",
								   (long long) r->imp_n);
	if (r->imp_n == 0)
		return true;
	importance_sides(r, &n_s2, &s1_sq);
	if (r->imp_n == 1 ? sx_u256_cmp(&n_s2, &s1_sq) != 0
		: sx_u256_cmp(&n_s2, &s1_sq) < 0)
		return kano_result_invalid(err, SX_ERR_PARAMETER,
								   "The importance sum of squares is too small for "
								   "the sum: no set of %lld number%s has these "
								   "moments.", (long long) r->imp_n,
								   r->imp_n == 1 ? "" : "s");
	return true;
}

bool
sx_kano_result_check(const SxKanoResult *r, SxError *err)
{
	int64_t		n;
	int64_t		all;
	int64_t		both[2];

	if (r->flags != SX_KANO_LAYOUT)
		return kano_result_invalid(err, SX_ERR_PARAMETER,
								   "Layout flags are %d, not %d.", (int) r->flags,
								   SX_KANO_LAYOUT);
	if (!sx_counts_check(r->pairs, SX_CELLS, KANO_RESULT_INVALID,
						 "answer pairs", &n, err))
		return false;
	if (r->incomplete < 0)
		return kano_result_invalid(err, SX_ERR_PARAMETER,
								   "The count of incomplete rows is negative.");
	both[0] = n;
	both[1] = r->incomplete;
	if (!sx_sum_counts(both, 2, &all))
		return kano_result_invalid(err, SX_ERR_RANGE,
								   "Complete and incomplete rows add up to more "
								   "than %lld.", (long long) INT64_MAX);
	if (r->imp_n < 0 || r->imp_n > n)
		return kano_result_invalid(err, SX_ERR_PARAMETER,
								   "Importance count %lld is outside 0..%lld (the "
								   "complete pairs).", (long long) r->imp_n,
								   (long long) n);
	return importance_check(r, err);
}

/*
 * Sums read from sx 1.0's doubles were rounded to the units, and 1.0's
 * floating-point additions had rounded them already, so they may miss
 * Cauchy-Schwarz by a little: within that rounding, set the sum of
 * squares to the nearest value the check accepts (for one value, S1^2;
 * for more, the least n * S2 >= S1^2).  Values further off are left for
 * the check to refuse.  Exact input (what 1.1 writes) never comes here.
 */
static void
importance_settle(SxKanoResult *r)
{
	SxU256		n_s2;
	SxU256		s1_sq;
	double		gap;
	double		tol;

	if (r->imp_n == 0)
		return;
	importance_sides(r, &n_s2, &s1_sq);
	if (sx_u256_cmp(&n_s2, &s1_sq) >= 0 && r->imp_n > 1)
		return;
	gap = fabs(sx_u256_to_double(&n_s2) - sx_u256_to_double(&s1_sq));
	tol = (1e-12 + 8.0 * (double) r->imp_n * DBL_EPSILON) *
		sx_u256_to_double(&s1_sq) + (double) r->imp_n;
	if (gap > tol)
		return;
	if (r->imp_n == 1)
	{
		r->imp_sumsq[0] = s1_sq.w[0];
		r->imp_sumsq[1] = s1_sq.w[1];
		r->imp_sumsq[2] = s1_sq.w[2];
	}
	else
	{
		uint64_t	rem = sx_u256_divmod(&s1_sq, (uint64_t) r->imp_n);

		if (rem != 0)
			(void) sx_u256_mul_add(&s1_sq, 1, 1);
		r->imp_sumsq[0] = s1_sq.w[0];
		r->imp_sumsq[1] = s1_sq.w[1];
		r->imp_sumsq[2] = s1_sq.w[2];
	}
}

/* The importance error of a sum too large for the fields */
static bool
importance_range(SxError *err)
{
	return sx_fail(err, SX_ERR_RANGE, false, KANO_RESULT_INVALID,
				   "sx 1.1 keeps importance exactly, in millionths, for values "
				   "up to 1e12 in magnitude; a value stored by sx 1.0 with "
				   "larger importance cannot be read.",
				   "The importance sums are out of range.");
}

/*
 * The two importance sums from their decimal texts, rounded to millionths
 * and millionths squared; *inexact when rounding dropped a digit.
 */
static bool
importance_from_text(SxKanoResult *r, const char *sum, size_t sum_len,
					 const char *sumsq, size_t sumsq_len, bool *inexact,
					 SxError *err, bool *syntax)
{
	SxU256		v;
	bool		negative;
	bool		rounded;
	sx_uint128	mag;
	SxDecimal	d;

	*syntax = false;
	d = sx_u256_parse_decimal(sum, sum_len, SX_IMPORTANCE_DIGITS, &v, &negative,
							  inexact);
	if (d == SX_DECIMAL_SYNTAX)
		return *syntax = true, false;
	if (d == SX_DECIMAL_RANGE || v.w[2] || v.w[3] || (v.w[1] >> 63))
		return importance_range(err);
	mag = ((sx_uint128) v.w[1] << 64) | v.w[0];
	sx_int128_store(r->imp_sum, negative ? -(sx_int128) mag : (sx_int128) mag);

	d = sx_u256_parse_decimal(sumsq, sumsq_len, 2 * SX_IMPORTANCE_DIGITS, &v,
							  &negative, &rounded);
	if (d == SX_DECIMAL_SYNTAX)
		return *syntax = true, false;
	if (negative && !sx_u256_is_zero(&v))
		return kano_result_invalid(err, SX_ERR_PARAMETER,
								   "The sum of squared importance is negative.");
	if (d == SX_DECIMAL_RANGE || v.w[3])
		return importance_range(err);
	r->imp_sumsq[0] = v.w[0];
	r->imp_sumsq[1] = v.w[1];
	r->imp_sumsq[2] = v.w[2];
	*inexact = *inexact || rounded;
	return true;
}

/* The one syntax error of the text form */
static bool
kano_result_syntax(SxError *err)
{
	return sx_fail(err, SX_ERR_SYNTAX, true,
				   "invalid input syntax for type kano_result",
				   "The text form is \"pairs=<5 rows of 5 counts, rows split "
				   "by / > incomplete=<count> importance=<count>,<sum>,<sum of "
				   "squares>\".",
				   "Counts are unsigned integers up to %lld; sums are finite "
				   "decimal numbers.", (long long) INT64_MAX);
}

/* The end of a decimal token: the next ',', blank or the end */
static const char *
token_end(const char *p, const char *end)
{
	while (p < end && *p != ',' && !sx_is_blank(*p))
		p++;
	return p;
}

bool
sx_kano_result_parse(const char *s, size_t len, SxKanoResult *r, SxError *err)
{
	SxCursor	c = {s, s + len};
	const char *sum;
	const char *sumsq;
	size_t		sum_len;
	bool		inexact;
	bool		syntax;

	sx_kano_result_init(r);
	if (sx_is_empty_text(s, len))
		return true;
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "pairs=") ||
		!sx_read_counts(&c, r->pairs, SX_CELLS, SX_ANSWERS, '/'))
		return kano_result_syntax(err);
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "incomplete=") || !sx_read_count(&c, &r->incomplete))
		return kano_result_syntax(err);
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "importance=") || !sx_read_count(&c, &r->imp_n) ||
		!sx_accept(&c, ","))
		return kano_result_syntax(err);
	sum = c.p;
	c.p = token_end(c.p, c.end);
	sum_len = (size_t) (c.p - sum);
	if (!sx_accept(&c, ","))
		return kano_result_syntax(err);
	sumsq = c.p;
	c.p = token_end(c.p, c.end);
	if (!importance_from_text(r, sum, sum_len, sumsq, (size_t) (c.p - sumsq),
							  &inexact, err, &syntax))
		return syntax ? kano_result_syntax(err) : false;
	if (!sx_at_end(&c))
		return kano_result_syntax(err);
	if (inexact)
		importance_settle(r);
	return sx_kano_result_check(r, err);
}

/* sign and digits of a stored signed 128-bit sum at a scale */
static int
signed_text(const uint64_t words[2], int scale, char *buf)
{
	sx_int128	v = sx_int128_load(words);
	sx_uint128	mag = v < 0 ? -(sx_uint128) v : (sx_uint128) v;
	SxU256		u = {{(uint64_t) mag, (uint64_t) (mag >> 64), 0, 0}};

	if (v < 0)
		*buf++ = '-';
	return sx_u256_text(&u, scale, buf) + (v < 0);
}

void
sx_kano_importance_text(const SxKanoResult *r, char *sum, char *sumsq)
{
	SxU256		s2;

	(void) signed_text(r->imp_sum, SX_IMPORTANCE_DIGITS, sum);
	sx_u256_from_192(r->imp_sumsq, &s2);
	(void) sx_u256_text(&s2, 2 * SX_IMPORTANCE_DIGITS, sumsq);
}

void
sx_kano_result_format(const SxKanoResult *r, char *buf)
{
	char	   *p = buf;
	char		sum[SX_U256_TEXT_MAX + 1];
	char		sumsq[SX_U256_TEXT_MAX + 1];

	p += sprintf(p, "pairs=");
	for (int i = 0; i < SX_CELLS; i++)
		p += sprintf(p, "%s%lld", i == 0 ? "" : (i % SX_ANSWERS == 0 ? "/" : ","),
					 (long long) r->pairs[i]);
	sx_kano_importance_text(r, sum, sumsq);
	sprintf(p, " incomplete=%lld importance=%lld,%s,%s",
			(long long) r->incomplete, (long long) r->imp_n, sum, sumsq);
}

void
sx_kano_result_encode(const SxKanoResult *r, uint8_t *buf)
{
	uint8_t    *p = buf;

	*p++ = SX_KANO_WIRE_FORMAT;
	for (int i = 0; i < SX_CELLS; i++)
		sx_put64(&p, (uint64_t) r->pairs[i]);
	sx_put64(&p, (uint64_t) r->incomplete);
	sx_put64(&p, (uint64_t) r->imp_n);
	sx_put64(&p, r->imp_sum[1]);
	sx_put64(&p, r->imp_sum[0]);
	sx_put64(&p, r->imp_sumsq[2]);
	sx_put64(&p, r->imp_sumsq[1]);
	sx_put64(&p, r->imp_sumsq[0]);
}

/*
 * The shortest decimal text that reads back as d, which is what sx 1.0's
 * text form wrote for its importance sums, so that a 1.0 value reads the
 * same from its text, its binary form and its stored bytes.
 */
static void
shortest_decimal(double d, char *buf, size_t size)
{
	for (int digits = 1; digits <= DBL_DECIMAL_DIG; digits++)
	{
		snprintf(buf, size, "%.*e", digits - 1, d);
		if (strtod(buf, NULL) == d)
			return;
	}
}

/* The importance sums of sx 1.0, doubles, in the 1.1 units */
static bool
importance_from_doubles(SxKanoResult *r, double sum, double sumsq, SxError *err)
{
	char		a[32];
	char		b[32];
	bool		inexact;
	bool		syntax;

	if (!isfinite(sum) || !isfinite(sumsq))
		return kano_result_invalid(err, SX_ERR_PARAMETER,
								   "Importance sums must be finite.");
	shortest_decimal(sum, a, sizeof(a));
	shortest_decimal(sumsq, b, sizeof(b));
	/* the shortest text of a finite double is always a decimal number */
	if (!importance_from_text(r, a, strlen(a), b, strlen(b), &inexact, err,
							  &syntax))
		return false;
	if (inexact)
		importance_settle(r);
	return true;
}

bool
sx_kano_result_decode(const uint8_t *buf, size_t len, SxKanoResult *r,
					  SxError *err)
{
	static const char message[] = "invalid binary kano_result value";
	const uint8_t *p = buf + 1;

	sx_kano_result_init(r);
	if (len == SX_KANO_RESULT_WIRE_1_0 && buf[0] == SX_WIRE_FORMAT)
	{
		/* sx 1.0's form: the same counts, then the sums as doubles */
		double		sum;
		double		sumsq;

		for (int i = 0; i < SX_CELLS; i++)
			r->pairs[i] = (int64_t) sx_get64(&p);
		r->incomplete = (int64_t) sx_get64(&p);
		r->imp_n = (int64_t) sx_get64(&p);
		sum = sx_get_double(&p);
		sumsq = sx_get_double(&p);
		if (!importance_from_doubles(r, sum, sumsq, err))
			return false;
		return sx_kano_result_check(r, err);
	}
	if (len > 0 && buf[0] != SX_KANO_WIRE_FORMAT)
		return sx_fail(err, SX_ERR_BINARY, false, message, NULL,
					   "Unknown format %d (this version reads formats %d and %d).",
					   buf[0], SX_WIRE_FORMAT, SX_KANO_WIRE_FORMAT);
	if (len != SX_KANO_RESULT_WIRE)
		return sx_fail(err, SX_ERR_BINARY, false, message, NULL,
					   "Expected %d bytes, got %zu.", SX_KANO_RESULT_WIRE, len);
	for (int i = 0; i < SX_CELLS; i++)
		r->pairs[i] = (int64_t) sx_get64(&p);
	r->incomplete = (int64_t) sx_get64(&p);
	r->imp_n = (int64_t) sx_get64(&p);
	r->imp_sum[1] = sx_get64(&p);
	r->imp_sum[0] = sx_get64(&p);
	r->imp_sumsq[2] = sx_get64(&p);
	r->imp_sumsq[1] = sx_get64(&p);
	r->imp_sumsq[0] = sx_get64(&p);
	return sx_kano_result_check(r, err);
}

bool
sx_kano_result_from_1_0(const SxKanoResult10 *old, SxKanoResult *r,
						SxError *err)
{
	sx_kano_result_init(r);
	if (old->flags != 0)
		return kano_result_invalid(err, SX_ERR_PARAMETER,
								   "A value of 240 bytes is sx 1.0's layout, "
								   "whose flags are 0, not %d.", (int) old->flags);
	memcpy(r->pairs, old->pairs, sizeof(r->pairs));
	r->incomplete = old->incomplete;
	r->imp_n = old->imp_n;
	if (!importance_from_doubles(r, old->imp_sum, old->imp_sumsq, err))
		return false;
	return sx_kano_result_check(r, err);
}

int64_t
sx_kano_result_n(const SxKanoResult *r)
{
	int64_t		n = 0;

	(void) sx_sum_counts(r->pairs, SX_CELLS, &n);
	return n;
}

bool
sx_kano_result_add(SxKanoResult *into, const SxKanoResult *other, SxError *err)
{
	sx_int128	s1 = sx_int128_load(into->imp_sum);
	int64_t		n;

	if (!sx_add_counts(into->pairs, other->pairs, SX_CELLS) ||
		!sx_add_counts(&into->incomplete, &other->incomplete, 1) ||
		!sx_add_counts(&into->imp_n, &other->imp_n, 1) ||
		!sx_sum_counts(into->pairs, SX_CELLS, &n) ||
		__builtin_add_overflow(n, into->incomplete, &n) ||
		__builtin_add_overflow(s1, sx_int128_load(other->imp_sum), &s1) ||
		!sx_u192_add(into->imp_sumsq, other->imp_sumsq))
		return sx_fail(err, SX_ERR_RANGE, false, "kano_result counts out of range",
					   NULL, "Merging would count more than %lld rows.",
					   (long long) INT64_MAX);
	sx_int128_store(into->imp_sum, s1);
	return true;
}

bool
sx_kano_result_subtract(SxKanoResult *from, const SxKanoResult *part, SxError *err)
{
	sx_int128	s1 = sx_int128_load(from->imp_sum);

	if (!sx_sub_counts(from->pairs, part->pairs, SX_CELLS) ||
		!sx_sub_counts(&from->incomplete, &part->incomplete, 1) ||
		!sx_sub_counts(&from->imp_n, &part->imp_n, 1) ||
		!sx_u192_sub(from->imp_sumsq, part->imp_sumsq))
		return sx_fail(err, SX_ERR_RANGE, false,
					   "cannot subtract a kano_result that is not part of the other",
					   NULL, "Some count of the second is larger than the first's.");
	sx_int128_store(from->imp_sum, s1 - sx_int128_load(part->imp_sum));
	return sx_kano_result_check(from, err);
}

bool
sx_kano_importance_check(double x, SxError *err)
{
	char		got[32];

	if (isfinite(x) && fabs(x) <= SX_IMPORTANCE_MAX)
		return true;
	if (isfinite(x))
		shortest_decimal(x, got, sizeof(got));
	else					/* as float8out names them */
		snprintf(got, sizeof(got), "%s", isnan(x) ? "NaN" : (x > 0 ? "Infinity" : "-Infinity"));
	if (!isfinite(x))
		return sx_fail(err, SX_ERR_RANGE, false,
					   "importance must be a finite number", NULL, "Got %s.", got);
	return sx_fail(err, SX_ERR_RANGE, false, "importance is out of range",
				   "Importance is kept exactly, in millionths, for values "
				   "between -1e12 and 1e12.", "Got %s.", got);
}

bool
sx_kano_result_add_importance(SxKanoResult *r, double x, SxError *err)
{
	int64_t		units;
	sx_int128	s1;

	if (!sx_kano_importance_check(x, err))
		return false;
	units = (int64_t) round(x * SX_IMPORTANCE_UNIT);
	s1 = sx_int128_load(r->imp_sum) + units;
	sx_int128_store(r->imp_sum, s1);
	(void) sx_u192_add_u128(r->imp_sumsq, (sx_uint128) ((sx_int128) units * units));
	r->imp_n++;
	return true;
}
