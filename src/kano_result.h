/*
 * kano_result.h
 *		kano_result in SQL: reading the datum.
 */
#ifndef KANO_RESULT_H
#define KANO_RESULT_H

#include "sx_fmgr.h"

#include "core/kano_result.h"

#define KANO_RESULT_SIZE sizeof(SxKanoResult)

/*
 * The result types are fixed-size varlenas that are never toasted or
 * compressed (STORAGE = plain), but may arrive with a short header from a
 * tuple, so they are always read through pg_detoast_datum; a kano_result
 * stored by sx 1.0 is converted to the 1.1 layout.
 */
extern SxKanoResult *kano_result_from_datum(Datum d);

#define DatumGetKanoResultP(d)		kano_result_from_datum(d)
#define PG_GETARG_KANO_RESULT_P(n)	DatumGetKanoResultP(PG_GETARG_DATUM(n))

#endif							/* KANO_RESULT_H */
