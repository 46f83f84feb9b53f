/*
 * nps_result.h
 *		nps_result (core): the mergeable answer counts of a group of Net
 *		Promoter Score answers 0..10, its layout, checks, text and binary
 *		forms, and the NPS with its adjusted-Wald interval.
 */
#ifndef CORE_NPS_RESULT_H
#define CORE_NPS_RESULT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "sx_error.h"

#define SX_NPS_MAX 10			/* answers 0..10 */
#define SX_NPS_ANSWERS (SX_NPS_MAX + 1)
#define SX_NPS_PROMOTER 9		/* 9 and 10 promote */
#define SX_NPS_DETRACTOR 6		/* 0 to 6 detract */

/* Fixed size; the first field is the varlena header (see kano_result.h) */
typedef struct SxNpsResult
{
	int32_t		vl_len_;
	int32_t		flags;			/* reserved, always 0 */
	int64_t		answers[SX_NPS_ANSWERS];	/* count of each answer */
} SxNpsResult;

/* Size of the binary form: format byte, 11 int64 */
#define SX_NPS_RESULT_WIRE (1 + 8 * SX_NPS_ANSWERS)

extern bool sx_nps_result_check(const SxNpsResult *r, SxError *err);

/* "answers=<11 counts, answer 0..10>" (or "empty") */
extern bool sx_nps_result_parse(const char *s, size_t len, SxNpsResult *r,
								SxError *err);
extern void sx_nps_result_encode(const SxNpsResult *r, uint8_t *buf);
extern bool sx_nps_result_decode(const uint8_t *buf, size_t len,
								 SxNpsResult *r, SxError *err);

/* from -= part (the answers of part removed); false if not a part */
extern bool sx_nps_result_subtract(SxNpsResult *from, const SxNpsResult *part,
								   SxError *err);

/* Counts of a group: answers, promoters, detractors */
typedef struct SxNpsTally
{
	int64_t		n;
	int64_t		promoters;
	int64_t		detractors;
} SxNpsTally;

extern void sx_nps_tally(const SxNpsResult *r, SxNpsTally *t);

/* 100 (P - D); NaN without answers */
extern double sx_nps_score(const SxNpsTally *t);

/*
 * Adjusted-Wald interval (Rocks 2016) at normal quantile z, clipped to
 * [-100, 100]; false without answers.
 */
extern bool sx_nps_interval(const SxNpsTally *t, double z, double *low,
							double *high);

#endif							/* CORE_NPS_RESULT_H */
