/*
 * fuzz_common.h
 *		Helpers shared by the libFuzzer harnesses of the core (src/core/).
 *
 * CHECK() aborts, so a failed property is reported by libFuzzer as a crash
 * with the input saved under build/crashes/<harness>/.
 */
#ifndef FUZZ_COMMON_H
#define FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ces_result.h"
#include "csat_result.h"
#include "duration_result.h"
#include "experience_result.h"
#include "kano_answer.h"
#include "kano_category.h"
#include "kano_figures.h"
#include "kano_result.h"
#include "kano_scheme.h"
#include "nps_result.h"
#include "pyramid_level.h"
#include "pyramid_result.h"
#include "sx_error.h"

#define CHECK(cond) \
	do { \
		if (!(cond)) \
		{ \
			fprintf(stderr, "%s:%d: property failed: %s\n", \
					__FILE__, __LINE__, #cond); \
			abort(); \
		} \
	} while (0)

/*
 * The fuzz input in a heap block of exactly size bytes, with no NUL after
 * it, so ASan reports any read past len.  malloc(0) still gives a distinct
 * zero-byte block.
 */
static inline char *
fuzz_copy(const uint8_t *data, size_t size)
{
	char	   *s = malloc(size ? size : 1);

	CHECK(s != NULL);
	if (size)
		memcpy(s, data, size);
	return s;
}

/* Fill an SxError with garbage, so an unterminated string shows */
static inline void
fuzz_err_init(SxError *err)
{
	memset(err, 0xA5, sizeof(*err));
}

/*
 * After a failure: class known, a message, the detail terminated and not
 * cut short, every string readable to its end.
 */
static inline void
fuzz_err_check(const SxError *err)
{
	SxErrorClass class;
	unsigned char quote;
	unsigned char cut;

	/* raw reads: a field left unset holds 0xA5, which is no enum or bool */
	memcpy(&class, &err->class, sizeof(class));
	memcpy(&quote, &err->quote_input, 1);
	memcpy(&cut, &err->detail_cut, 1);
	CHECK(class == SX_ERR_SYNTAX || class == SX_ERR_PARAMETER ||
		  class == SX_ERR_RANGE || class == SX_ERR_BINARY ||
		  class == SX_ERR_MEMORY);
	CHECK(quote <= 1);
	CHECK(cut == 0);
	CHECK(err->message != NULL && strlen(err->message) > 0);
	CHECK(memchr(err->detail, '\0', SX_DETAIL_MAX) != NULL);
	if (err->hint)
		(void) strlen(err->hint);
}

#endif							/* FUZZ_COMMON_H */
