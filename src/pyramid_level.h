/*
 * pyramid_level.h
 *		pyramid_level, the 1-byte type of a pyramid level 0..4.
 */
#ifndef PYRAMID_LEVEL_H
#define PYRAMID_LEVEL_H

#include "sx_fmgr.h"

#include "core/pyramid_level.h"

#define DatumGetPyramidLevel(d)		((int) DatumGetChar(d))
#define PyramidLevelGetDatum(l)		CharGetDatum((char) (l))
#define PG_GETARG_PYRAMID_LEVEL(n)	DatumGetPyramidLevel(PG_GETARG_DATUM(n))

/* A pyramid_level argument; anything but 0..4 is a corrupt datum */
static inline int
pyramid_level_arg(FunctionCallInfo fcinfo, int argno)
{
	int			level = PG_GETARG_PYRAMID_LEVEL(argno);

	if (unlikely(!sx_pyramid_level_valid(level)))
		elog(ERROR, "corrupt pyramid_level value %d", level);
	return level;
}

#endif							/* PYRAMID_LEVEL_H */
