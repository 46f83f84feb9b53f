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

/*
 * log(Gamma(a + 1/2) / Gamma(a)).  For large a the two lgamma values are
 * huge and their difference would keep only a few digits, so there it is
 * the difference of Stirling's series, each part small and exact to
 * about 1e-16.
 */
static double
sx_lgamma_half_ratio(double a)
{
	double		b = a + 0.5;

	if (a < 100.0)
		return lgamma(b) - lgamma(a);
	return a * log1p(0.5 / a) + 0.5 * log(a) - 0.5 +
		(1.0 / b - 1.0 / a) / 12.0 -
		(1.0 / (b * b * b) - 1.0 / (a * a * a)) / 360.0 +
		(1.0 / pow(b, 5) - 1.0 / pow(a, 5)) / 1260.0;
}

/* One step of Lentz's method: the factor the continued fraction gains */
static inline double
sx_lentz_step(double num, double *c, double *d)
{
	const double tiny = DBL_MIN / DBL_EPSILON;

	*d = 1.0 + num * *d;
	if (fabs(*d) < tiny)
		*d = tiny;
	*c = 1.0 + num / *c;
	if (fabs(*c) < tiny)
		*c = tiny;
	*d = 1.0 / *d;
	return *d * *c;
}

/*
 * The continued fraction of the regularized incomplete beta I_x(a, b)
 * (Numerical Recipes, betacf), which converges fast for x < (a+1)/(a+b+2).
 */
static double
sx_beta_fraction(double a, double b, double x)
{
	double		c = 1.0;
	double		d = 1.0 - (a + b) * x / (a + 1.0);
	double		h;

	if (fabs(d) < DBL_MIN / DBL_EPSILON)
		d = DBL_MIN / DBL_EPSILON;
	d = 1.0 / d;
	h = d;

	for (int m = 1; m < 100000; m++)
	{
		double		m2 = 2.0 * m;
		double		delta;

		h *= sx_lentz_step(m * (b - m) * x / ((a + m2 - 1.0) * (a + m2)), &c, &d);
		delta = sx_lentz_step(-(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0)),
							  &c, &d);
		h *= delta;
		if (fabs(delta - 1.0) < DBL_EPSILON)
			break;
	}
	return h;
}

/*
 * log P(T > t) for t > 0: P(T > t) = I_x(df/2, 1/2) / 2 with
 * x = df/(df + t^2), and y = 1 - x = t^2/(df + t^2) computed directly, so
 * that neither tail loses digits to a subtraction from 1.  In logarithms,
 * so that a far tail (1e-300 at one degree of freedom is t = 3e299)
 * neither underflows nor overflows.
 */
static double
sx_t_upper_log(double t, double df)
{
	double		a = df / 2.0;
	double		x;
	double		log_x;
	double		log_y;
	double		log_front;

	if (t > 1e150)
	{
		/* t^2 would overflow: x = df/t^2 to double precision */
		log_y = -log1p(df / t / t);
		log_x = log(df) - 2.0 * log(t) + log_y;
		x = exp(log_x);
	}
	else
	{
		double		y = t * t / (df + t * t);

		x = df / (df + t * t);
		log_x = y < 0.5 ? log1p(-y) : log(x);
		log_y = log(y);
	}
	/* log of x^a y^(1/2) / B(a, 1/2), B(a, 1/2) = Gamma(a) sqrt(pi) / Gamma(a + 1/2) */
	log_front = sx_lgamma_half_ratio(a) - 0.5 * log(M_PI) + a * log_x + 0.5 * log_y;
	if (x < (a + 1.0) / (a + 2.5))
		return log(0.5) + log_front + log(sx_beta_fraction(a, 0.5, x) / a);
	return log(0.5) + log1p(-exp(log_front) * sx_beta_fraction(0.5, a, -expm1(log_x)) / 0.5);
}

/* log of the density of Student's t at t > 0 */
static double
sx_t_density_log(double t, double df)
{
	/* log(1 + t^2/df), without overflowing t^2 */
	double		l = t > 1e150 ? 2.0 * log(t) - log(df) + log1p(df / t / t) :
		log1p(t / df * t);

	return sx_lgamma_half_ratio(df / 2.0) - 0.5 * log(M_PI * df) - (df + 1.0) / 2.0 * l;
}

/*
 * The Cornish-Fisher expansion of the t quantile in powers of 1/df
 * (Abramowitz and Stegun 26.7.5), from the normal quantile z.  Its first
 * omitted term is of order z^11 / df^5.
 */
static double
sx_t_expansion(double z, double df)
{
	double		z2 = z * z;
	double		g1 = (z2 + 1.0) * z / 4.0;
	double		g2 = ((5.0 * z2 + 16.0) * z2 + 3.0) * z / 96.0;
	double		g3 = (((3.0 * z2 + 19.0) * z2 + 17.0) * z2 - 15.0) * z / 384.0;
	double		g4 = ((((79.0 * z2 + 776.0) * z2 + 1482.0) * z2 - 1920.0) * z2 - 945.0) * z /
		92160.0;

	return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/* Beyond this many degrees of freedom the expansion is exact to 1e-14 */
#define SX_T_EXPANSION_DF 3e4

/*
 * The t with P(T > t) = q for 0 < q < 1/2.  Above SX_T_EXPANSION_DF the
 * expansion (where the continued fraction would need thousands of terms);
 * below, Newton's method on log P(T > t) as a function of log t, which is
 * nearly linear in both tails, kept inside a bracket that shrinks at every
 * step.
 */
static double
sx_t_tail_quantile(double q, double df)
{
	double		z = -sx_probit(q);
	double		t = sx_t_expansion(z, df);
	double		log_q = log(q);
	double		lo = 0.0;
	double		hi = INFINITY;

	if (df > SX_T_EXPANSION_DF)
		return t;
	if (!(t > 0.0 && isfinite(t)))
		t = z;
	for (int i = 0; i < 400; i++)
	{
		double		log_s = sx_t_upper_log(t, df);
		double		next;

		if (log_s == log_q)
			break;
		if (log_s > log_q)
			lo = t;
		else
			hi = t;
		/* d log S / d log t = -t f(t) / S(t) */
		next = t * exp((log_s - log_q) *
					   exp(log_s - sx_t_density_log(t, df) - log(t)));
		if (!(next > lo && next < hi))
			next = isinf(hi) ? 16.0 * t : (lo > 0.0 ? sqrt(lo * hi) : hi / 16.0);
		if (fabs(next - t) <= 4.0 * DBL_EPSILON * next)
		{
			t = next;
			break;
		}
		t = next;
	}
	return t;
}

double
sx_t_quantile(double p, double df)
{
	if (!(p > 0.0 && p < 1.0) || !(df > 0.0))
		return NAN;
	if (p == 0.5)
		return 0.0;
	if (p < 0.5)
		return -sx_t_tail_quantile(p, df);
	return sx_t_tail_quantile(1.0 - p, df);
}

/*
 * Newcombe's method 10 for p2 - p1: the lower limit goes down by the
 * distance from p2 to its lower Wilson limit and from p1 to its upper
 * one, added in quadrature; the upper limit likewise.
 */
void
sx_newcombe(double x1, double n1, double x2, double n2, double z,
			SxDifference *d)
{
	double		p1 = x1 / n1;
	double		p2 = x2 / n2;
	double		l1,
				u1,
				l2,
				u2;

	sx_wilson(x1, n1, z, &l1, &u1);
	sx_wilson(x2, n2, z, &l2, &u2);
	d->estimate = p2 - p1;
	d->low = fmax(-1.0, d->estimate - sqrt((p2 - l2) * (p2 - l2) + (u1 - p1) * (u1 - p1)));
	d->high = fmin(1.0, d->estimate + sqrt((u2 - p2) * (u2 - p2) + (p1 - l1) * (p1 - l1)));
}

/* The adjusted net score of one group and its variance (Rocks 2016) */
static void
sx_net_adjusted(double pos, double neg, double n, double *net, double *var)
{
	double		n1 = n + 3.0;
	double		p = (pos + 0.75) / n1;
	double		m = (neg + 0.75) / n1;

	*net = p - m;
	*var = (p + m - (p - m) * (p - m)) / n1;
}

void
sx_net_difference(double pos1, double neg1, double n1, double pos2,
				  double neg2, double n2, double z, SxDifference *d)
{
	double		net1,
				var1,
				net2,
				var2;
	double		half;

	sx_net_adjusted(pos1, neg1, n1, &net1, &var1);
	sx_net_adjusted(pos2, neg2, n2, &net2, &var2);
	half = z * sqrt(var1 + var2);
	d->estimate = (pos2 - neg2) / n2 - (pos1 - neg1) / n1;
	d->low = fmax(-2.0, net2 - net1 - half);
	d->high = fmin(2.0, net2 - net1 + half);
}

void
sx_welch(double m1, double v1, double n1, double m2, double v2, double n2,
		 double confidence, SxDifference *d)
{
	double		s1 = v1 / n1;
	double		s2 = v2 / n2;
	double		se2 = s1 + s2;
	double		df;
	double		t;

	d->estimate = m2 - m1;
	d->low = d->high = NAN;
	if (!(se2 > 0.0))
		return;
	df = se2 * se2 / (s1 * s1 / (n1 - 1.0) + s2 * s2 / (n2 - 1.0));
	t = sx_t_tail_quantile((1.0 - confidence) / 2.0, df);
	d->low = d->estimate - t * sqrt(se2);
	d->high = d->estimate + t * sqrt(se2);
}

bool
sx_difference_significant(const SxDifference *d)
{
	return d->low > 0.0 || d->high < 0.0;
}
