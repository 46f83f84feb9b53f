/*
 * nps_result.h
 *		nps_result in SQL: reading the datum.
 */
#ifndef NPS_RESULT_H
#define NPS_RESULT_H

#include "sx_fmgr.h"

#include "core/nps_result.h"

#define NPS_RESULT_SIZE sizeof(SxNpsResult)

/* Never toasted, but possibly with a short header (see kano_result.h) */
#define DatumGetNpsResultP(d)		((SxNpsResult *) PG_DETOAST_DATUM(d))
#define PG_GETARG_NPS_RESULT_P(n)	DatumGetNpsResultP(PG_GETARG_DATUM(n))

#endif							/* NPS_RESULT_H */
