/*
 * ces_result.h
 *		ces_result (core): the mergeable answer counts of a group of CES
 *		answers 1..7 (agreement that the organization made it easy):
 *		its layout, checks, and text and binary forms.  The figures are
 *		those of a histogram (csat_ces.h).
 */
#ifndef CORE_CES_RESULT_H
#define CORE_CES_RESULT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "csat_ces.h"		/* the scale, and SxError */

/* Seven counts, fixed size, after the varlena header (see kano_result.h) */
typedef struct SxCesResult
{
	int32_t		vl_len_;
	int32_t		flags;			/* reserved, always 0 */
	int64_t		answers[SX_CES_MAX];	/* count of each answer, 1 first */
} SxCesResult;

/* Size of the binary form: format byte, 7 int64 */
#define SX_CES_RESULT_WIRE (1 + 8 * SX_CES_MAX)

extern bool sx_ces_result_check(const SxCesResult *r, SxError *err);

/* "answers=<7 counts, answer 1..7>" (or "empty") */
extern bool sx_ces_result_parse(const char *s, size_t len, SxCesResult *r,
								 SxError *err);
extern void sx_ces_result_encode(const SxCesResult *r, uint8_t *buf);
extern bool sx_ces_result_decode(const uint8_t *buf, size_t len,
								  SxCesResult *r, SxError *err);

#endif							/* CORE_CES_RESULT_H */
