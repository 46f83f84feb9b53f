/*
 * csat_ces.c
 *		CSAT and CES figures, and the forms of their results (core; see
 *		csat_ces.h).
 */
#include "csat_ces.h"

#include <math.h>

#include "sx_result.h"
#include "sx_stats.h"
#include "sx_wide.h"

int64_t
sx_hist_count(const int64_t *h, int lo, int hi)
{
	int64_t		n = 0;

	for (int answer = lo; answer <= hi; answer++)
		n += h[answer - 1];
	return n;
}

double
sx_csat_score(const int64_t h[SX_CSAT_MAX])
{
	int64_t		n = sx_hist_count(h, 1, SX_CSAT_MAX);

	if (n == 0)
		return NAN;
	return 100.0 * (double) sx_hist_count(h, SX_CSAT_SATISFIED, SX_CSAT_MAX) /
		(double) n;
}

double
sx_csat_top_box(const int64_t h[SX_CSAT_MAX])
{
	int64_t		n = sx_hist_count(h, 1, SX_CSAT_MAX);

	if (n == 0)
		return NAN;
	return 100.0 * (double) h[SX_CSAT_MAX - 1] / (double) n;
}

bool
sx_csat_interval(const int64_t h[SX_CSAT_MAX], double z, double *low,
				 double *high)
{
	int64_t		n = sx_hist_count(h, 1, SX_CSAT_MAX);

	if (n == 0)
		return false;
	sx_wilson((double) sx_hist_count(h, SX_CSAT_SATISFIED, SX_CSAT_MAX),
			  (double) n, z, low, high);
	*low *= 100.0;
	*high *= 100.0;
	return true;
}

/*
 * The sums are exact integers (a count times at most 49 fits in 128
 * bits), and so is n S2 - S1^2, in 256 bits: only the final divisions
 * round, so the variance of a million identical answers is exactly 0.
 */
void
sx_hist_moments(const int64_t *h, int bins, double *mean, double *var)
{
	sx_uint128	s1 = 0;
	sx_uint128	s2 = 0;
	int64_t		n = sx_hist_count(h, 1, bins);
	SxU256		n_s2;
	SxU256		s1_sq;

	for (int answer = 1; answer <= bins; answer++)
	{
		s1 += (sx_uint128) h[answer - 1] * (unsigned) answer;
		s2 += (sx_uint128) h[answer - 1] * (unsigned) (answer * answer);
	}
	/* within the scale, as a mean of answers is, whatever the two roundings */
	*mean = n > 0 ? fmin(fmax((double) s1 / (double) n, 1.0), (double) bins) : NAN;
	*var = NAN;
	if (n < 2)
		return;
	sx_u256_mul_128((sx_uint128) n, s2, &n_s2);
	sx_u256_mul_128(s1, s1, &s1_sq);
	sx_u256_sub(&n_s2, &s1_sq);
	*var = sx_u256_to_double(&n_s2) / ((double) n * (double) (n - 1));
}

double
sx_ces_mean(const int64_t h[SX_CES_MAX])
{
	double		mean;
	double		var;

	sx_hist_moments(h, SX_CES_MAX, &mean, &var);
	return mean;
}

double
sx_ces_net(const int64_t h[SX_CES_MAX])
{
	int64_t		n = sx_hist_count(h, 1, SX_CES_MAX);

	if (n == 0)
		return NAN;
	return 100.0 * (double) (sx_hist_count(h, SX_CES_EASY, SX_CES_MAX) -
							 sx_hist_count(h, 1, SX_CES_HARD)) / (double) n;
}

/* mean -+ t(df = n - 1) s / sqrt(n), inside the scale */
bool
sx_ces_interval(const int64_t h[SX_CES_MAX], double confidence, double *low,
				double *high)
{
	int64_t		n = sx_hist_count(h, 1, SX_CES_MAX);
	double		mean;
	double		var;
	double		half;

	if (n < 2)
		return false;
	sx_hist_moments(h, SX_CES_MAX, &mean, &var);
	half = sx_t_quantile((1.0 + confidence) / 2.0, (double) (n - 1)) *
		sqrt(var / (double) n);
	*low = fmax(1.0, mean - half);
	*high = fmin((double) SX_CES_MAX, mean + half);
	return true;
}

bool
sx_hist_parse(const char *s, size_t len, int64_t *h, int bins,
			  const char *syntax, const char *hint, SxError *err)
{
	SxCursor	cur = {s, s + len};

	for (int i = 0; i < bins; i++)
		h[i] = 0;
	if (sx_is_empty_text(s, len))
		return true;
	sx_skip_blanks(&cur);
	if (sx_accept(&cur, "answers=") &&
		sx_read_counts(&cur, h, bins, 0, ',') && sx_at_end(&cur))
		return true;
	return sx_fail(err, SX_ERR_SYNTAX, true, syntax, hint,
				   "Counts are unsigned integers up to %lld.",
				   (long long) INT64_MAX);
}

void
sx_hist_encode(const int64_t *h, int bins, uint8_t *buf)
{
	uint8_t    *p = buf;

	*p++ = SX_WIRE_FORMAT;
	for (int i = 0; i < bins; i++)
		sx_put64(&p, (uint64_t) h[i]);
}

bool
sx_hist_decode(const uint8_t *buf, size_t len, int64_t *h, int bins,
			   const char *message, SxError *err)
{
	const uint8_t *p = buf + 1;

	if (!sx_wire_check(buf, len, 1 + 8 * (size_t) bins, message, err))
		return false;
	for (int i = 0; i < bins; i++)
		h[i] = (int64_t) sx_get64(&p);
	return true;
}

int
sx_hist_compare(const int64_t *a, const int64_t *b, int bins)
{
	for (int i = 0; i < bins; i++)
	{
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	}
	return 0;
}
