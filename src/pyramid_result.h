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

#endif							/* PYRAMID_RESULT_H */
