/*
 * experience_result.h
 *		experience_result (core): everything a touchpoint report needs
 *		about a group of observations, mergeable: the pyramid levels, the
 *		NPS, CSAT and CES answer counts, and the counts and sums of the
 *		co-creation figures.  It is what the data model's rollups store
 *		per touchpoint, segment and day; every field is an integer, so a
 *		rollup is the same to the last bit whatever order its rows came in.
 */
#ifndef CORE_EXPERIENCE_RESULT_H
#define CORE_EXPERIENCE_RESULT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ces_result.h"
#include "csat_ces.h"
#include "csat_result.h"
#include "nps_result.h"
#include "pyramid_result.h"
#include "sx_error.h"
#include "sx_wire.h"

/* The data scale is kept in millionths, as kano_result keeps importance */
#define SX_SCALE_DIGITS 6
#define SX_SCALE_UNIT 1e6
#define SX_SCALE_MAX 1e12
#define SX_SCALE_UNITS_MAX INT64_C(1000000000000000000)	/* 1e18 */

/* Fixed size; the first field is the varlena header (see kano_result.h) */
typedef struct SxExperienceResult
{
	int32_t		vl_len_;
	int32_t		flags;			/* reserved, 0 */
	int64_t		levels[SX_LEVELS];	/* observations at exactly level k */
	int64_t		unfounded;		/* surprised, but level 2 not reached */
	int64_t		nps[SX_NPS_ANSWERS];	/* answers 0..10 */
	int64_t		csat[SX_CSAT_MAX];	/* answers 1..5 */
	int64_t		ces[SX_CES_MAX];	/* answers 1..7 */
	int64_t		centricity_n;	/* observations with a centricity 1..6 */
	int64_t		centricity_sum;
	int64_t		participation_n;
	int64_t		participation_sum;
	int64_t		complaint_n;	/* observations saying whether an issue was raised */
	int64_t		complaints;		/* ... that raised one */
	int64_t		fcr_n;			/* issues saying whether the first contact resolved them */
	int64_t		fcr;			/* ... that it did */
	int64_t		scale_n;		/* observations with a data scale */
	uint64_t	scale_sum[2];	/* signed 128-bit sum of millionths */
} SxExperienceResult;

/* The counts, in the order of the layout, as one array */
#define SX_EXPERIENCE_COUNTS (SX_LEVELS + 1 + SX_NPS_ANSWERS + SX_CSAT_MAX + \
							  SX_CES_MAX + 9)

/* Size of the binary form: format byte, the counts, the 128-bit sum */
#define SX_EXPERIENCE_RESULT_WIRE (1 + 8 * SX_EXPERIENCE_COUNTS + 16)

/*
 * The stored form: after the varlena header, a marker byte, then every
 * count as a varint and the data scale sum zigzagged, as two varints (low
 * and high 64 bits).  A day's result is mostly small counts, so it takes
 * about a sixth of the fixed layout, which aggregates keep as their state
 * (its second word, flags, is 0: the marker tells the two forms apart).
 */
#define SX_EXPERIENCE_PACKED 1
#define SX_EXPERIENCE_PACKED_MAX (1 + SX_VARINT_MAX * (SX_EXPERIENCE_COUNTS + 2))

/* Longest text form, with its NUL */
#define SX_EXPERIENCE_RESULT_TEXT_MAX 1024

extern void sx_experience_result_init(SxExperienceResult *r);
extern bool sx_experience_result_check(const SxExperienceResult *r,
									   SxError *err);

/*
 * "levels=<5> unfounded=<1> nps=<11> csat=<5> ces=<7> centricity=<n>,<sum>
 * participation=<n>,<sum> complaints=<n>,<yes> fcr=<n>,<yes>
 * data_scale=<n>,<sum>" (or "empty")
 */
extern bool sx_experience_result_parse(const char *s, size_t len,
									   SxExperienceResult *r, SxError *err);
extern void sx_experience_result_format(const SxExperienceResult *r, char *buf);
extern void sx_experience_result_encode(const SxExperienceResult *r, uint8_t *buf);
extern bool sx_experience_result_decode(const uint8_t *buf, size_t len,
										SxExperienceResult *r, SxError *err);

/* The stored form of r into body (after the header); returns its length */
extern size_t sx_experience_result_pack(const SxExperienceResult *r, uint8_t *body);

/* Whether body, after a varlena header, is the stored form */
static inline bool
sx_experience_result_is_packed(const uint8_t *body, size_t len)
{
	return len > 0 && body[0] == SX_EXPERIENCE_PACKED;
}

/* A stored form read back and checked; false (err filled) otherwise */
extern bool sx_experience_result_unpack(const uint8_t *body, size_t len,
										SxExperienceResult *r, SxError *err);

/* into += other, and from -= part; false (err filled) when they cannot be */
extern bool sx_experience_result_add(SxExperienceResult *into,
									 const SxExperienceResult *other,
									 SxError *err);
extern bool sx_experience_result_subtract(SxExperienceResult *from,
										  const SxExperienceResult *part,
										  SxError *err);

/* A data scale value checked for range (finite, |x| <= 1e12), in units */
extern bool sx_experience_scale_units(double x, int64_t *units, SxError *err);

/* The pyramid and NPS parts, as their own result types */
extern void sx_experience_pyramid(const SxExperienceResult *r,
								  SxPyramidResult *p);
extern void sx_experience_nps(const SxExperienceResult *r, SxNpsResult *n);
extern void sx_experience_csat(const SxExperienceResult *r, SxCsatResult *c);
extern void sx_experience_ces(const SxExperienceResult *r, SxCesResult *c);

/* Exact means of the co-creation figures; NaN without values */
extern double sx_experience_mean(int64_t n, int64_t sum);
extern double sx_experience_scale_mean(const SxExperienceResult *r);

#endif							/* CORE_EXPERIENCE_RESULT_H */
