/*
 * kano_category.h
 *		kano_category, the 1-byte type of a Kano category (its rank in
 *		the order M, O, A, I, R, Q).
 */
#ifndef KANO_CATEGORY_H
#define KANO_CATEGORY_H

#include "sx_fmgr.h"

#include "core/kano_category.h"

#define DatumGetKanoCategory(d)		((int) DatumGetChar(d))
#define KanoCategoryGetDatum(c)		CharGetDatum((char) (c))
#define PG_GETARG_KANO_CATEGORY(n)	DatumGetKanoCategory(PG_GETARG_DATUM(n))

/* A kano_category argument; anything but a rank 0..5 is a corrupt datum */
static inline int
kano_category_arg(FunctionCallInfo fcinfo, int argno)
{
	int			cat = PG_GETARG_KANO_CATEGORY(argno);

	if (unlikely(!sx_kano_category_valid(cat)))
		elog(ERROR, "corrupt kano_category value %d", cat);
	return cat;
}

#endif							/* KANO_CATEGORY_H */
