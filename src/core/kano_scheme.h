/*
 * kano_scheme.h
 *		Kano evaluation schemes (core): the 5x5 table that maps a
 *		(functional, dysfunctional) answer pair to a category, built in or
 *		read from a JSON document.
 */
#ifndef CORE_KANO_SCHEME_H
#define CORE_KANO_SCHEME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "kano_answer.h"
#include "kano_category.h"
#include "sx_error.h"

#define SX_CELLS (SX_ANSWERS * SX_ANSWERS)

/* Category rank of each cell, rows functional, columns dysfunctional */
typedef struct SxScheme
{
	uint8_t		cell[SX_CELLS];
} SxScheme;

/* Index of an answer pair in a scheme and in kano_result's counts */
static inline int
sx_kano_cell(int functional, int dysfunctional)
{
	return (functional - 1) * SX_ANSWERS + (dysfunctional - 1);
}

extern const SxScheme sx_scheme_iso24082;
extern const SxScheme sx_scheme_kano1984;

/*
 * 'iso24082' (also 'pouliot'), 'kano1984', or a JSON document
 * {"table": [five rows of five letters]}; 22023 otherwise.  json-c's
 * memory is released before returning, whatever happens.
 */
extern bool sx_kano_scheme_parse(const char *s, size_t len, SxScheme *scheme,
								 SxError *err);

#endif							/* CORE_KANO_SCHEME_H */
