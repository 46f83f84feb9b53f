/*
 * pyramid_result.h
 *		pyramid_result in SQL: reading the datum.
 */
#ifndef PYRAMID_RESULT_H
#define PYRAMID_RESULT_H

#include "sx_fmgr.h"

#include "core/pyramid_result.h"

#define PYRAMID_RESULT_SIZE sizeof(SxPyramidResult)

/* Never toasted, but possibly with a short header (see kano_result.h) */
#define DatumGetPyramidResultP(d)	((SxPyramidResult *) PG_DETOAST_DATUM(d))
#define PG_GETARG_PYRAMID_RESULT_P(n) DatumGetPyramidResultP(PG_GETARG_DATUM(n))

/* The thresholds argument: 4 shares in [0, 1], else 22023 */
extern void pyramid_thresholds_arg(FunctionCallInfo fcinfo, int argno,
								   double *t);

/*
 * The flag table's entry (core/pyramid_level.h) of the observation whose
 * four flags, promise_kept first, are arguments first..first+3
 */
extern unsigned char pyramid_observation_entry(FunctionCallInfo fcinfo,
											   int first);

#endif							/* PYRAMID_RESULT_H */
