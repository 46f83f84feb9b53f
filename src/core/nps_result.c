/*
 * nps_result.c
 *		nps_result (core): checks, text and binary forms, figures.
 */
#include "nps_result.h"

#include <math.h>

#include "sx_result.h"

/* The adjusted-Wald interval adds this share of a promoter and a detractor */
#define NPS_ADJUST_EACH 0.75
#define NPS_ADJUST_N 3.0

bool
sx_nps_result_check(const SxNpsResult *r, SxError *err)
{
	static const char invalid[] = "invalid nps_result value";
	int64_t		n;

	if (r->flags != 0)
		return sx_fail(err, SX_ERR_PARAMETER, false, invalid, NULL,
					   "Reserved flags are %d, not 0.", (int) r->flags);
	return sx_counts_check(r->answers, SX_NPS_ANSWERS, invalid,
						   "answer counts", &n, err);
}

static bool
nps_result_syntax(SxError *err)
{
	return sx_fail(err, SX_ERR_SYNTAX, true,
				   "invalid input syntax for type nps_result",
				   "The text form is \"answers=<11 counts, answer 0..10>\".",
				   "Counts are unsigned integers up to %lld.",
				   (long long) INT64_MAX);
}

bool
sx_nps_result_parse(const char *s, size_t len, SxNpsResult *r, SxError *err)
{
	SxCursor	c = {s, s + len};

	r->flags = 0;
	if (sx_is_empty_text(s, len))
	{
		for (int i = 0; i < SX_NPS_ANSWERS; i++)
			r->answers[i] = 0;
		return true;
	}
	sx_skip_blanks(&c);
	if (!sx_accept(&c, "answers=") ||
		!sx_read_counts(&c, r->answers, SX_NPS_ANSWERS, 0, ','))
		return nps_result_syntax(err);
	if (!sx_at_end(&c))
		return nps_result_syntax(err);
	return sx_nps_result_check(r, err);
}

void
sx_nps_result_encode(const SxNpsResult *r, uint8_t *buf)
{
	uint8_t    *p = buf;

	*p++ = SX_WIRE_FORMAT;
	for (int i = 0; i < SX_NPS_ANSWERS; i++)
		sx_put64(&p, (uint64_t) r->answers[i]);
}

bool
sx_nps_result_decode(const uint8_t *buf, size_t len, SxNpsResult *r,
					 SxError *err)
{
	const uint8_t *p = buf + 1;

	if (!sx_wire_check(buf, len, SX_NPS_RESULT_WIRE,
					   "invalid binary nps_result value", err))
		return false;
	r->flags = 0;
	for (int i = 0; i < SX_NPS_ANSWERS; i++)
		r->answers[i] = (int64_t) sx_get64(&p);
	return sx_nps_result_check(r, err);
}

bool
sx_nps_result_subtract(SxNpsResult *from, const SxNpsResult *part, SxError *err)
{
	if (!sx_sub_counts(from->answers, part->answers, SX_NPS_ANSWERS))
		return sx_fail(err, SX_ERR_RANGE, false,
					   "cannot subtract an nps_result that is not part of the other",
					   NULL, "Some count of the second is larger than the first's.");
	return sx_nps_result_check(from, err);
}

void
sx_nps_tally(const SxNpsResult *r, SxNpsTally *t)
{
	t->n = t->promoters = t->detractors = 0;
	for (int i = 0; i < SX_NPS_ANSWERS; i++)
	{
		t->n += r->answers[i];
		if (i >= SX_NPS_PROMOTER)
			t->promoters += r->answers[i];
		else if (i <= SX_NPS_DETRACTOR)
			t->detractors += r->answers[i];
	}
}

double
sx_nps_score(const SxNpsTally *t)
{
	if (t->n == 0)
		return NAN;
	return 100.0 * (double) (t->promoters - t->detractors) / (double) t->n;
}

/*
 * Add 3/4 of a promoter and of a detractor and 3 answers, then a normal
 * interval on the difference of the two shares.
 */
bool
sx_nps_interval(const SxNpsTally *t, double z, double *low, double *high)
{
	double		n1,
				p,
				d,
				half;

	if (t->n == 0)
		return false;
	n1 = (double) t->n + NPS_ADJUST_N;
	p = ((double) t->promoters + NPS_ADJUST_EACH) / n1;
	d = ((double) t->detractors + NPS_ADJUST_EACH) / n1;
	half = z * sqrt((p + d - (p - d) * (p - d)) / n1);
	*low = fmax(-100.0, 100.0 * (p - d - half));
	*high = fmin(100.0, 100.0 * (p - d + half));
	return true;
}
