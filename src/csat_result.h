/*
 * csat_result.h
 *		csat_result in SQL: reading the datum.
 */
#ifndef CSAT_RESULT_H
#define CSAT_RESULT_H

#include "csat_ces.h"

#include "core/csat_result.h"

#define CSAT_RESULT_SIZE sizeof(SxCsatResult)

/* Never toasted, but possibly with a short header (see kano_result.h) */
#define DatumGetCsatResultP(d)		((SxCsatResult *) PG_DETOAST_DATUM(d))
#define PG_GETARG_CSAT_RESULT_P(n)	DatumGetCsatResultP(PG_GETARG_DATUM(n))

#endif							/* CSAT_RESULT_H */
