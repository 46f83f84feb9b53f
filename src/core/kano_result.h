/*
 * kano_result.h
 *		kano_result (core): the mergeable statistic of a group of Kano
 *		answers, its on-disk layout, checks, text and binary forms.
 *
 * A kano_result holds the 5x5 counts of complete answer pairs, the count
 * of rows with one answer missing, and count, sum and sum of squares of
 * importance.  Every figure under any evaluation scheme follows from it,
 * and two results merge by adding fields.
 */
#ifndef CORE_KANO_RESULT_H
#define CORE_KANO_RESULT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kano_scheme.h"
#include "sx_error.h"

/*
 * The on-disk layout.  The first field is the varlena header, which the
 * fmgr layer sets; the core never reads or writes it.  Fixed size, so no
 * length inside can disagree with the datum's.
 */
typedef struct SxKanoResult
{
	int32_t		vl_len_;
	int32_t		flags;			/* reserved, always 0 */
	int64_t		pairs[SX_CELLS];	/* indexed by sx_kano_cell() */
	int64_t		incomplete;		/* rows with exactly one answer NULL */
	int64_t		imp_n;			/* complete pairs with an importance */
	double		imp_sum;
	double		imp_sumsq;
} SxKanoResult;

/* Size of the binary form: format byte, 27 int64, 2 float8 */
#define SX_KANO_RESULT_WIRE (1 + 8 * (SX_CELLS + 2) + 8 * 2)

/*
 * Consistent: counts non-negative and adding up without overflow,
 * importance seen on at most the complete pairs, moments finite and
 * possible for real numbers.
 */
extern bool sx_kano_result_check(const SxKanoResult *r, SxError *err);

/*
 * Text form "pairs=<5 rows of 5 counts split by /> incomplete=<count>
 * importance=<count>,<sum>,<sum of squares>" (or "empty"), then checked.
 * Every field but vl_len_ is written.
 */
extern bool sx_kano_result_parse(const char *s, size_t len, SxKanoResult *r,
								 SxError *err);

/* Binary form: encode writes SX_KANO_RESULT_WIRE bytes; decode checks */
extern void sx_kano_result_encode(const SxKanoResult *r, uint8_t *buf);
extern bool sx_kano_result_decode(const uint8_t *buf, size_t len,
								  SxKanoResult *r, SxError *err);

/* Complete pairs; a checked value's total never overflows */
extern int64_t sx_kano_result_n(const SxKanoResult *r);

#endif							/* CORE_KANO_RESULT_H */
