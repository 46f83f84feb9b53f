/*
 * leverage.c
 *		The leverage mechanism (core; see leverage.h and the README for the
 *		derivation).
 */
#include "leverage.h"

#include <math.h>

double
sx_leverage_height(double centricity, double mass, double participation,
				   double r, double H)
{
	double		x = r / participation;
	double		mu = mass / centricity;

	return H * x * (1.0 - mu * x) / (1.0 + mu * x * x);
}

double
sx_leverage_optimal_scale(double centricity, double mass, double participation,
						  double H)
{
	return fmax(H, participation * (sqrt(1.0 + centricity / mass) - 1.0));
}

const char *
sx_leverage_verdict(double height, double delight_threshold)
{
	if (height >= delight_threshold)
		return "delight";
	return height > 0.0 ? "satisfaction" : "stalled";
}
