/*
 * experience_result.h
 *		experience_result in SQL: reading the datum.
 */
#ifndef EXPERIENCE_RESULT_H
#define EXPERIENCE_RESULT_H

#include "sx_fmgr.h"

#include "core/experience_result.h"

#define EXPERIENCE_RESULT_SIZE sizeof(SxExperienceResult)

/*
 * A datum is the fixed layout (an aggregate's state) or the stored form;
 * experience_result.c reads either (experience_result_arg)
 */

#endif							/* EXPERIENCE_RESULT_H */
