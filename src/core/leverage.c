/*
 * leverage.c
 *		The leverage mechanism (core; see leverage.h and the README for the
 *		derivation).
 */
#include "leverage.h"

#include <math.h>

/*
 * h / H = x (1 - mu x) / (1 + mu x^2).  Where that overflows (mu x^2
 * beyond double precision), the same ratio divided through by mu x^2,
 * (1 / (mu x) - 1) / (1 / (mu x^2) + 1), does not: an infinite product
 * gives 0 there, and the ratio tends to -1, as the height does.
 */
double
sx_leverage_relative_height(double centricity, double mass,
							double participation, double r)
{
	double		x = r / participation;
	double		mu = mass / centricity;
	double		mux = mu * x;
	double		muxx = mux * x;
	double		direct = x * (1.0 - mux) / (1.0 + muxx);

	if (isfinite(direct))
		return direct;
	return (1.0 / mux - 1.0) / (1.0 / muxx + 1.0);
}

/*
 * r* = max(H, a (sqrt(1 + M/m) - 1)); where M/m overflows (a weightless
 * ball), sqrt(M/m) is taken as sqrt(M) sqrt(1/m), which does not.
 */
double
sx_leverage_optimal_scale(double centricity, double mass, double participation,
						  double H)
{
	double		ratio = centricity / mass;
	double		root = isfinite(ratio) ? sqrt(1.0 + ratio) - 1.0
		: sqrt(centricity) * sqrt(1.0 / mass);

	return fmax(H, participation * root);
}

const char *
sx_leverage_verdict(double height, double delight_threshold)
{
	if (!(height > 0.0))
		return "stalled";
	return height >= delight_threshold ? "delight" : "satisfaction";
}
