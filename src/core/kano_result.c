/*
 * kano_result.c
 *		kano_result (core): checks, text and binary forms.
 */
#include "kano_result.h"

#include <float.h>
#include <math.h>
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

bool
sx_kano_result_check(const SxKanoResult *r, SxError *err)
{
	int64_t		n;
	int64_t		all;
	int64_t		both[2];
	double		tol;

	if (r->flags != 0)
		return kano_result_invalid(err, SX_ERR_PARAMETER,
								   "Reserved flags are %d, not 0.", (int) r->flags);
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
	if (!isfinite(r->imp_sum) || !isfinite(r->imp_sumsq) || r->imp_sumsq < 0)
		return kano_result_invalid(err, SX_ERR_PARAMETER,
								   "Importance sums must be finite, and the sum of "
								   "squares not negative.");
	if (r->imp_n == 0 && (r->imp_sum != 0 || r->imp_sumsq != 0))
		return kano_result_invalid(err, SX_ERR_PARAMETER,
								   "Importance sums are not 0 with no importance "
								   "seen.");

	/*
	 * Cauchy-Schwarz: mean^2 <= mean of squares for real numbers.  The slack
	 * covers the worst-case rounding of n floating-point additions, so a
	 * value this extension computed is never refused.
	 */
	tol = 1e-12 + 8.0 * (double) r->imp_n * DBL_EPSILON;
	if (r->imp_n > 0 &&
		(r->imp_sum / r->imp_n) * (r->imp_sum / r->imp_n) >
		(r->imp_sumsq / r->imp_n) * (1.0 + tol) + DBL_MIN)
		return kano_result_invalid(err, SX_ERR_PARAMETER,
								   "The importance sum of squares is too small for "
								   "the sum: no set of %lld numbers has these "
								   "moments.", (long long) r->imp_n);
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

bool
sx_kano_result_parse(const char *s, size_t len, SxKanoResult *r, SxError *err)
{
	SxCursor	c = {s, s + len};

	r->flags = 0;
	if (sx_is_empty_text(s, len))
	{
		memset(r->pairs, 0, sizeof(r->pairs));
		r->incomplete = r->imp_n = 0;
		r->imp_sum = r->imp_sumsq = 0;
		return true;
	}
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "pairs=") ||
		!sx_read_counts(&c, r->pairs, SX_CELLS, SX_ANSWERS, '/'))
		return kano_result_syntax(err);
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "incomplete=") || !sx_read_count(&c, &r->incomplete))
		return kano_result_syntax(err);
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "importance=") || !sx_read_count(&c, &r->imp_n) ||
		!sx_accept(&c, ",") || !sx_read_double(&c, &r->imp_sum) ||
		!sx_accept(&c, ",") || !sx_read_double(&c, &r->imp_sumsq))
		return kano_result_syntax(err);
	if (!sx_at_end(&c))
		return kano_result_syntax(err);
	return sx_kano_result_check(r, err);
}

void
sx_kano_result_encode(const SxKanoResult *r, uint8_t *buf)
{
	uint8_t    *p = buf;

	*p++ = SX_WIRE_FORMAT;
	for (int i = 0; i < SX_CELLS; i++)
		sx_put64(&p, (uint64_t) r->pairs[i]);
	sx_put64(&p, (uint64_t) r->incomplete);
	sx_put64(&p, (uint64_t) r->imp_n);
	sx_put_double(&p, r->imp_sum);
	sx_put_double(&p, r->imp_sumsq);
}

bool
sx_kano_result_decode(const uint8_t *buf, size_t len, SxKanoResult *r,
					  SxError *err)
{
	const uint8_t *p = buf + 1;

	if (!sx_wire_check(buf, len, SX_KANO_RESULT_WIRE,
					   "invalid binary kano_result value", err))
		return false;
	r->flags = 0;
	for (int i = 0; i < SX_CELLS; i++)
		r->pairs[i] = (int64_t) sx_get64(&p);
	r->incomplete = (int64_t) sx_get64(&p);
	r->imp_n = (int64_t) sx_get64(&p);
	r->imp_sum = sx_get_double(&p);
	r->imp_sumsq = sx_get_double(&p);
	return sx_kano_result_check(r, err);
}

int64_t
sx_kano_result_n(const SxKanoResult *r)
{
	int64_t		n = 0;

	(void) sx_sum_counts(r->pairs, SX_CELLS, &n);
	return n;
}
