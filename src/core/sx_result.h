/*
 * sx_result.h
 *		What the result types (kano_result, pyramid_result, nps_result and
 *		those to come) share in the core: count arrays, the text cursor,
 *		the wire helpers, and the text of the empty value.
 */
#ifndef SX_RESULT_H
#define SX_RESULT_H

#include <stdbool.h>
#include <stddef.h>

#include "sx_counts.h"
#include "sx_text.h"
#include "sx_wire.h"

/*
 * The text every result type reads as its empty value, as range types read
 * 'empty': the INITCOND of every aggregate that builds a result.
 */
#define SX_EMPTY_TEXT "empty"

extern bool sx_is_empty_text(const char *s, size_t len);

#endif							/* SX_RESULT_H */
