/*
 * kano_result.h
 *		kano_result (core): the mergeable statistic of a group of Kano
 *		answers, its on-disk layout, checks, text and binary forms.
 *
 * A kano_result holds the 5x5 counts of complete answer pairs, the count
 * of rows with one answer missing, and count, sum and sum of squares of
 * importance.  Every figure under any evaluation scheme follows from it,
 * and two results merge by adding fields.
 *
 * Importance is an exact fixed-point number: each value is rounded to the
 * nearest millionth, and the sums are integers (of millionths, and of
 * millionths squared), so that a result is the same to the last bit
 * whatever order its rows were added in, and its standard deviation is
 * computed from exact sums.
 */
#ifndef CORE_KANO_RESULT_H
#define CORE_KANO_RESULT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kano_scheme.h"
#include "sx_error.h"
#include "sx_wide.h"

/* Importance: millionths, |importance| <= SX_IMPORTANCE_MAX */
#define SX_IMPORTANCE_DIGITS 6
#define SX_IMPORTANCE_UNIT 1e6
#define SX_IMPORTANCE_MAX 1e12
#define SX_IMPORTANCE_UNITS_MAX INT64_C(1000000000000000000)	/* 1e18 */

/* The value of flags that marks the 1.1 layout (1.0 wrote 0) */
#define SX_KANO_LAYOUT 1

/*
 * The on-disk layout of sx 1.1.  The first field is the varlena header,
 * which the fmgr layer sets; the core never reads or writes it.  Fixed
 * size, so no length inside can disagree with the datum's.
 */
typedef struct SxKanoResult
{
	int32_t		vl_len_;
	int32_t		flags;			/* SX_KANO_LAYOUT */
	int64_t		pairs[SX_CELLS];	/* indexed by sx_kano_cell() */
	int64_t		incomplete;		/* rows with exactly one answer NULL */
	int64_t		imp_n;			/* complete pairs with an importance */
	uint64_t	imp_sum[2];		/* signed 128-bit sum of millionths */
	uint64_t	imp_sumsq[3];	/* unsigned 192-bit sum of their squares */
} SxKanoResult;

/* The layout sx 1.0 wrote: the same counts, importance sums in doubles */
typedef struct SxKanoResult10
{
	int32_t		vl_len_;
	int32_t		flags;			/* 0 */
	int64_t		pairs[SX_CELLS];
	int64_t		incomplete;
	int64_t		imp_n;
	double		imp_sum;
	double		imp_sumsq;
} SxKanoResult10;

/* Sizes of the binary forms: format byte, counts, importance sums */
#define SX_KANO_WIRE_FORMAT 2
#define SX_KANO_RESULT_WIRE (1 + 8 * (SX_CELLS + 2) + 16 + 24)
#define SX_KANO_RESULT_WIRE_1_0 (1 + 8 * (SX_CELLS + 2) + 8 * 2)

/* Longest text form sx_kano_result_format writes, with its NUL */
#define SX_KANO_RESULT_TEXT_MAX 1024

/* Set r to the empty result */
extern void sx_kano_result_init(SxKanoResult *r);

/*
 * Consistent: counts non-negative and adding up without overflow,
 * importance seen on at most the complete pairs, sums within what that
 * many values in range can give, and moments some set of numbers has.
 */
extern bool sx_kano_result_check(const SxKanoResult *r, SxError *err);

/*
 * Text form "pairs=<5 rows of 5 counts split by /> incomplete=<count>
 * importance=<count>,<sum>,<sum of squares>", or "empty".  The sums of
 * sx 1.0's text form (doubles) are read too, rounded to the units.
 */
extern bool sx_kano_result_parse(const char *s, size_t len, SxKanoResult *r,
								 SxError *err);
extern void sx_kano_result_format(const SxKanoResult *r, char *buf);

/* The importance sums as decimal texts of SX_U256_TEXT_MAX + 1 bytes */
extern void sx_kano_importance_text(const SxKanoResult *r, char *sum,
									char *sumsq);

/* Binary form 2; decode also reads the form 1 that sx 1.0 wrote */
extern void sx_kano_result_encode(const SxKanoResult *r, uint8_t *buf);
extern bool sx_kano_result_decode(const uint8_t *buf, size_t len,
								  SxKanoResult *r, SxError *err);

/* A value stored by sx 1.0, in the 1.1 layout */
extern bool sx_kano_result_from_1_0(const SxKanoResult10 *old,
									SxKanoResult *r, SxError *err);

/* Complete pairs; a checked value's total never overflows */
extern int64_t sx_kano_result_n(const SxKanoResult *r);

/* into += other; false (err filled, into unspecified) on overflow */
extern bool sx_kano_result_add(SxKanoResult *into, const SxKanoResult *other,
							   SxError *err);

/*
 * from -= part, where part is a result of some of from's rows (the rows
 * deleted from a rollup); false (err filled) when it cannot be, or when
 * what is left is not a value the type accepts.
 */
extern bool sx_kano_result_subtract(SxKanoResult *from, const SxKanoResult *part,
									SxError *err);

/* Count one importance value of a complete pair; false when out of range */
extern bool sx_kano_result_add_importance(SxKanoResult *r, double x,
										  SxError *err);

/* An importance value checked for range (finite, |x| <= 1e12) */
extern bool sx_kano_importance_check(double x, SxError *err);

#endif							/* CORE_KANO_RESULT_H */
