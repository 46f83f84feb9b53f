/*
 * ces_result.h
 *		ces_result in SQL: reading the datum.
 */
#ifndef CES_RESULT_H
#define CES_RESULT_H

#include "csat_ces.h"

#include "core/ces_result.h"

#define CES_RESULT_SIZE sizeof(SxCesResult)

/* Never toasted, but possibly with a short header (see kano_result.h) */
#define DatumGetCesResultP(d)		((SxCesResult *) PG_DETOAST_DATUM(d))
#define PG_GETARG_CES_RESULT_P(n)	DatumGetCesResultP(PG_GETARG_DATUM(n))

#endif							/* CES_RESULT_H */
