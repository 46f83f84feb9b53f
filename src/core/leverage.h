/*
 * leverage.h
 *		The leverage mechanism of ISO/TS 24082 annex D, core, in this
 *		product's formulation (README): a massless bar on a fulcrum at
 *		height H, the provider's centricity as weights at an arm equal to
 *		the customer's participation, and a ball of mass 1/agility at an
 *		arm equal to the data-collection scale, launched when the bar
 *		reaches horizontal.
 */
#ifndef CORE_LEVERAGE_H
#define CORE_LEVERAGE_H

#define SX_LEVEL_MIN 1.0		/* centricity and participation 1..6 */
#define SX_LEVEL_MAX 6.0

/*
 * Launch height of the ball at data scale r, in units of the fulcrum
 * height H (h / H depends only on x = r / participation and
 * mu = mass / centricity).  Finite for every finite x, mu >= 0, including
 * mass = infinity (agility so small that 1 / agility overflows): the form
 * is chosen so that no intermediate overflows.
 */
extern double sx_leverage_relative_height(double centricity, double mass,
										  double participation, double r);

/* The data scale of the highest launch, at least H */
extern double sx_leverage_optimal_scale(double centricity, double mass,
										double participation, double H);

/*
 * The verdict of a launch height: "stalled" at or below 0 (the weights
 * cannot lift the ball), else "delight" at or above delight_threshold,
 * else "satisfaction".
 */
extern const char *sx_leverage_verdict(double height, double delight_threshold);

#endif							/* CORE_LEVERAGE_H */
