/*
 * sx_stats.c
 *		Statistical routines of the core (see sx_stats.h).
 */
#include "sx_stats.h"

#include <float.h>
#include <math.h>

/*
 * Quantile of the standard normal distribution, Wichura's algorithm AS 241
 * (PPND16), accurate to about 1e-16 over 0 < p < 1.
 */
double
sx_probit(double p)
{
	double		q = p - 0.5;
	double		r;
	double		val;

	if (!(p > 0.0 && p < 1.0))
		return NAN;
	if (fabs(q) <= 0.425)
	{
		r = 0.180625 - q * q;
		return q * (((((((r * 2509.0809287301226727 +
						  33430.575583588128105) * r + 67265.770927008700853) * r +
						45921.953931549871457) * r + 13731.693765509461125) * r +
					  1971.5909503065514427) * r + 133.14166789178437745) * r +
					3.387132872796366608) /
			(((((((r * 5226.495278852545925 +
				   28729.085735721942674) * r + 39307.89580009271061) * r +
				 21213.794301586595867) * r + 5394.1960214247511077) * r +
			   687.1870074920579083) * r + 42.313330701600911252) * r + 1.0);
	}
	r = sqrt(-log(q < 0.0 ? p : 1.0 - p));
	if (r <= 5.0)
	{
		r -= 1.6;
		val = (((((((r * 7.7454501427834140764e-4 +
					 0.0227238449892691845833) * r + 0.24178072517745061177) * r +
				   1.27045825245236838258) * r + 3.64784832476320460504) * r +
				 5.7694972214606914055) * r + 4.6303378461565452959) * r +
			   1.42343711074968357734) /
			(((((((r * 1.05075007164441684324e-9 +
				   5.475938084995344946e-4) * r + 0.0151986665636164571966) * r +
				 0.14810397642748007459) * r + 0.68976733498510000455) * r +
			   1.6763848301838038494) * r + 2.05319162663775882187) * r + 1.0);
	}
	else
	{
		r -= 5.0;
		val = (((((((r * 2.01033439929228813265e-7 +
					 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r +
				   0.026532189526576123093) * r + 0.29656057182850489123) * r +
				 1.7848265399172913358) * r + 5.4637849111641143699) * r +
			   6.6579046435011037772) /
			(((((((r * 2.04426310338993978564e-15 +
				   1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r +
				 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r +
			   0.13692988092273580531) * r + 0.59983220655588793769) * r + 1.0);
	}
	return q < 0.0 ? -val : val;
}

double
sx_confidence_z(double confidence)
{
	if (!(confidence > 0.0 && confidence < 1.0))
		return NAN;
	return sx_probit((1.0 + confidence) / 2.0);
}

/*
 * Wilson score interval of x successes in n trials at normal quantile z.
 * n must be positive.
 */
void
sx_wilson(double x, double n, double z, double *low, double *high)
{
	double		p = x / n;
	double		z2 = z * z;
	double		denom = 1.0 + z2 / n;
	double		center = (p + z2 / (2.0 * n)) / denom;
	double		half = z / denom * sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));

	*low = fmax(0.0, center - half);
	*high = fmin(1.0, center + half);
}

/* Regularized lower incomplete gamma P(a, x) by its series, x < a + 1 */
static double
sx_gamma_series(double a, double x)
{
	double		sum = 1.0 / a;
	double		term = sum;

	for (int n = 1; n < 10000; n++)
	{
		term *= x / (a + n);
		sum += term;
		if (fabs(term) < fabs(sum) * DBL_EPSILON)
			break;
	}
	return sum * exp(-x + a * log(x) - lgamma(a));
}

/* Regularized upper incomplete gamma Q(a, x) by Lentz's continued fraction */
static double
sx_gamma_fraction(double a, double x)
{
	const double tiny = DBL_MIN / DBL_EPSILON;
	double		b = x + 1.0 - a;
	double		c = 1.0 / tiny;
	double		d = 1.0 / b;
	double		h = d;

	for (int i = 1; i < 10000; i++)
	{
		double		an = -i * (i - a);
		double		delta;

		b += 2.0;
		d = an * d + b;
		if (fabs(d) < tiny)
			d = tiny;
		c = b + an / c;
		if (fabs(c) < tiny)
			c = tiny;
		d = 1.0 / d;
		delta = d * c;
		h *= delta;
		if (fabs(delta - 1.0) < DBL_EPSILON)
			break;
	}
	return exp(-x + a * log(x) - lgamma(a)) * h;
}

/* P(X >= x) for X chi-square distributed with df degrees of freedom */
double
sx_chisq_upper(double x, int df)
{
	double		a = df / 2.0;
	double		h = x / 2.0;

	if (df <= 0 || isnan(x))
		return NAN;
	if (x <= 0.0)
		return 1.0;
	if (h < a + 1.0)
		return 1.0 - sx_gamma_series(a, h);
	return sx_gamma_fraction(a, h);
}
