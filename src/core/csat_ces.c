/*
 * csat_ces.c
 *		CSAT and CES figures (core; see csat_ces.h).
 */
#include "csat_ces.h"

#include <math.h>

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
sx_ces_mean(const int64_t h[SX_CES_MAX])
{
	int64_t		n = sx_hist_count(h, 1, SX_CES_MAX);
	double		sum = 0;

	if (n == 0)
		return NAN;
	for (int answer = 1; answer <= SX_CES_MAX; answer++)
		sum += (double) h[answer - 1] * answer;
	return sum / (double) n;
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
