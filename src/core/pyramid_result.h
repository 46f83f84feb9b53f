/*
 * pyramid_result.h
 *		pyramid_result (core): the mergeable level counts of a group of
 *		observations, its layout, checks, text and binary forms, and the
 *		level a group attains.
 */
#ifndef CORE_PYRAMID_RESULT_H
#define CORE_PYRAMID_RESULT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "pyramid_level.h"
#include "sx_error.h"

/* Fixed size; the first field is the varlena header (see kano_result.h) */
typedef struct SxPyramidResult
{
	int32_t		vl_len_;
	int32_t		flags;			/* reserved, always 0 */
	int64_t		levels[SX_LEVELS];	/* observations at exactly level k */
	int64_t		unfounded;		/* surprised, but level 2 not reached */
} SxPyramidResult;

/* Size of the binary form: format byte, 6 int64 */
#define SX_PYRAMID_RESULT_WIRE (1 + 8 * (SX_LEVELS + 1))

/* A group's thresholds: the share needed at each level 1..4 */
#define SX_THRESHOLDS SX_LEVEL_TOP

extern bool sx_pyramid_result_check(const SxPyramidResult *r, SxError *err);

/* "levels=<5 counts, level 0..4> unfounded=<count>" (or "empty") */
extern bool sx_pyramid_result_parse(const char *s, size_t len,
									SxPyramidResult *r, SxError *err);
extern void sx_pyramid_result_encode(const SxPyramidResult *r, uint8_t *buf);
extern bool sx_pyramid_result_decode(const uint8_t *buf, size_t len,
									 SxPyramidResult *r, SxError *err);

/* from -= part (the observations of part removed); false if not a part */
extern bool sx_pyramid_result_subtract(SxPyramidResult *from,
									   const SxPyramidResult *part, SxError *err);

/*
 * What a group attained, in words for a group rather than an observation:
 * "level 2 (customer feedback management): 42.5 % felt valued, 50 % needed
 * for level 3", "below level 1: 89.9 % of promises kept, 90 % needed" or
 * "level 4 (surprisingly excellent service provision)".  Shares are
 * rounded down to a tenth of a percent.  buf holds SX_PYRAMID_LABEL_MAX
 * bytes; n > 0.
 */
#define SX_PYRAMID_LABEL_MAX 160
extern void sx_pyramid_group_label(const SxPyramidResult *r,
								   const double t[SX_THRESHOLDS], int64_t n,
								   char *buf);

/* Observations; a checked value's total never overflows */
extern int64_t sx_pyramid_result_n(const SxPyramidResult *r);

/* Share of the n > 0 observations at level k or above */
extern double sx_pyramid_share(const SxPyramidResult *r, int k, int64_t n);

/* The highest k with share(j) >= t[j-1] for every j <= k (n > 0) */
extern int	sx_pyramid_attained(const SxPyramidResult *r,
								const double t[SX_THRESHOLDS], int64_t n);

#endif							/* CORE_PYRAMID_RESULT_H */
