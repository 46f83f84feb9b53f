/*
 * csat_result.h
 *		csat_result (core): the mergeable answer counts of a group of CSAT
 *		answers 1..5, its layout, checks, and text and binary forms.  The
 *		figures are those of a histogram (csat_ces.h).
 */
#ifndef CORE_CSAT_RESULT_H
#define CORE_CSAT_RESULT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "csat_ces.h"
#include "sx_error.h"

/* Five counts, fixed size, after the varlena header (see kano_result.h) */
typedef struct SxCsatResult
{
	int32_t		vl_len_;
	int32_t		flags;			/* reserved, always 0 */
	int64_t		answers[SX_CSAT_MAX];	/* count of each answer, 1 first */
} SxCsatResult;

/* Size of the binary form: format byte, 5 int64 */
#define SX_CSAT_RESULT_WIRE (1 + 8 * SX_CSAT_MAX)

extern bool sx_csat_result_check(const SxCsatResult *r, SxError *err);

/* "answers=<5 counts, answer 1..5>" (or "empty") */
extern bool sx_csat_result_parse(const char *s, size_t len, SxCsatResult *r,
								 SxError *err);
extern void sx_csat_result_encode(const SxCsatResult *r, uint8_t *buf);
extern bool sx_csat_result_decode(const uint8_t *buf, size_t len,
								  SxCsatResult *r, SxError *err);

#endif							/* CORE_CSAT_RESULT_H */
