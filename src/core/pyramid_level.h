/*
 * pyramid_level.h
 *		The service excellence pyramid (ISO 23592), core: the levels 0..4
 *		and the level one observation reaches (this product's rule).
 */
#ifndef CORE_PYRAMID_LEVEL_H
#define CORE_PYRAMID_LEVEL_H

#include <stdbool.h>
#include <stddef.h>

#include "sx_error.h"

/* The levels, by what the customer perceives */
typedef enum SxLevel
{
	SX_LEVEL_NOT_KEPT = 0,		/* promise not kept */
	SX_LEVEL_PROMISE = 1,		/* core service proposition */
	SX_LEVEL_FEEDBACK = 2,		/* customer feedback management */
	SX_LEVEL_INDIVIDUAL = 3,	/* individual excellent service provision */
	SX_LEVEL_SURPRISE = 4		/* surprisingly excellent service provision */
} SxLevel;

#define SX_LEVEL_TOP SX_LEVEL_SURPRISE
#define SX_LEVELS (SX_LEVEL_TOP + 1)

static inline bool
sx_pyramid_level_valid(long long level)
{
	return level >= 0 && level <= SX_LEVEL_TOP;
}

/* 0..4, L0..L4 or a level name, any case; 22P02 otherwise */
extern bool sx_pyramid_level_parse(const char *s, size_t len, int *level,
								   SxError *err);

/* The level's name in ISO 23592; NULL for a bad level */
extern const char *sx_pyramid_level_name(int level);

/* An evidence flag: SX_UNKNOWN (NULL), 0 (false) or 1 (true) */
#define SX_UNKNOWN (-1)

/*
 * The highest level k whose conditions 1..k all hold.  An unknown promise
 * stops at 0; an unknown issue_resolved means no problem was raised, so
 * level 2 holds vacuously; any other unknown stops below it.
 */
extern int	sx_pyramid_level_rule(int promise_kept, int issue_resolved,
								  int felt_valued, int surprised);

/*
 * The rule for every combination of the four flags, each coded in 2 bits
 * (0 false, 1 true, 2 NULL; promise_kept lowest): bits 0-2 hold the level,
 * bit 3 whether the observation was surprised without reaching level 2
 * ("delight without foundation").
 */
#define SX_FLAG_NULL 2
#define SX_FLAG_COMBINATIONS 256
static inline int
sx_flags_level(unsigned char entry)
{
	return entry & 7;
}

static inline int
sx_flags_unfounded(unsigned char entry)
{
	return entry >> 3;
}

extern void sx_pyramid_flag_table(unsigned char table[SX_FLAG_COMBINATIONS]);

#endif							/* CORE_PYRAMID_LEVEL_H */
