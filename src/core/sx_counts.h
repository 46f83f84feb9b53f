/*
 * sx_counts.h
 *		Arrays of int64 counts, of which every result type is made: their
 *		total, their checks, and adding one array into another, all without
 *		overflow.
 */
#ifndef SX_COUNTS_H
#define SX_COUNTS_H

#include <stdbool.h>
#include <stdint.h>

#include "sx_error.h"

/* Total of n counts: false when one is negative or the total overflows */
extern bool sx_sum_counts(const int64_t *c, int n, int64_t *total);

/*
 * The same as a check of a value: message is the type's "invalid X value",
 * what names the counts in the detail ("answer pairs").
 */
extern bool sx_counts_check(const int64_t *c, int n, const char *message,
							const char *what, int64_t *total, SxError *err);

/* into[i] += more[i]; false (into unspecified) when a count would overflow */
extern bool sx_add_counts(int64_t *into, const int64_t *more, int n);

/* from[i] -= less[i]; false (from unspecified) when a count would go below 0 */
extern bool sx_sub_counts(int64_t *from, const int64_t *less, int n);

#endif							/* SX_COUNTS_H */
