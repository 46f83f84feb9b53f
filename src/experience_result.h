/*
 * experience_result.h
 *		experience_result in SQL: reading the datum.
 */
#ifndef EXPERIENCE_RESULT_H
#define EXPERIENCE_RESULT_H

#include "sx_fmgr.h"

#include "core/experience_result.h"

#define EXPERIENCE_RESULT_SIZE sizeof(SxExperienceResult)

/* Never toasted, but possibly with a short header (see kano_result.h) */
#define DatumGetExperienceResultP(d)	((SxExperienceResult *) PG_DETOAST_DATUM(d))
#define PG_GETARG_EXPERIENCE_RESULT_P(n) DatumGetExperienceResultP(PG_GETARG_DATUM(n))

#endif							/* EXPERIENCE_RESULT_H */
