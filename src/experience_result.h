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
 * this reads argument argno of either form in the fixed layout (the datum
 * itself, or unpacked into buf)
 */
extern const SxExperienceResult *experience_result_arg(FunctionCallInfo fcinfo, int argno,
														SxExperienceResult *buf);

#endif							/* EXPERIENCE_RESULT_H */
