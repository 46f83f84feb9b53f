/*
 * sx_wide.h
 *		Exact wide integers for the importance moments of kano_result:
 *		a signed 128-bit sum and an unsigned 192-bit sum of squares stored
 *		as 64-bit words (so the on-disk layout needs no 16-byte alignment),
 *		with the 256-bit products their checks and figures need.
 *
 * Integer sums do not depend on the order of the additions, which is what
 * makes a kano_result the same whatever the plan (serial, parallel,
 * merged, combined on another node).
 */
#ifndef SX_WIDE_H
#define SX_WIDE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifndef __SIZEOF_INT128__
#error "sx needs a compiler with 128-bit integers (gcc or clang, 64-bit)"
#endif

typedef __int128 sx_int128;
typedef unsigned __int128 sx_uint128;

/* An unsigned 256-bit integer, least significant word first */
typedef struct SxU256
{
	uint64_t	w[4];
} SxU256;

/* A stored signed 128-bit value: words[0] low, words[1] high */
static inline sx_int128
sx_int128_load(const uint64_t words[2])
{
	return (sx_int128) (((sx_uint128) words[1] << 64) | words[0]);
}

static inline void
sx_int128_store(uint64_t words[2], sx_int128 v)
{
	words[0] = (uint64_t) (sx_uint128) v;
	words[1] = (uint64_t) ((sx_uint128) v >> 64);
}

/* sum += v for a stored unsigned 192-bit sum; false on overflow */
extern bool sx_u192_add(uint64_t sum[3], const uint64_t v[3]);
extern bool sx_u192_add_u128(uint64_t sum[3], sx_uint128 v);

/* sum -= v for a stored unsigned 192-bit sum; false if it would go below 0 */
extern bool sx_u192_sub(uint64_t sum[3], const uint64_t v[3]);

/* Products into 256 bits: a * b, and a 192-bit value times a word */
extern void sx_u256_mul_128(sx_uint128 a, sx_uint128 b, SxU256 *r);
extern void sx_u256_mul_192(const uint64_t a[3], uint64_t b, SxU256 *r);

extern void sx_u256_from_192(const uint64_t a[3], SxU256 *r);
extern int	sx_u256_cmp(const SxU256 *a, const SxU256 *b);
extern void sx_u256_sub(SxU256 *a, const SxU256 *b);	/* a >= b */
extern bool sx_u256_is_zero(const SxU256 *a);
extern double sx_u256_to_double(const SxU256 *a);

/* a = a * m + add; false on overflow (a is then unspecified) */
extern bool sx_u256_mul_add(SxU256 *a, uint64_t m, uint64_t add);

/* a /= d (d > 0), returning the remainder */
extern uint64_t sx_u256_divmod(SxU256 *a, uint64_t d);

/*
 * The decimal text of a / 10^scale, without trailing zeros after the point
 * (nor the point itself when nothing follows it), into buf of at least
 * SX_U256_TEXT_MAX bytes; returns its length.
 */
#define SX_U256_TEXT_MAX 82
extern int	sx_u256_text(const SxU256 *a, int scale, char *buf);

/*
 * A decimal number (optional sign, digits, optional fraction, optional
 * exponent) read as an integer count of 10^-scale units, rounded half
 * away from zero.  Sets *negative, and *inexact when rounding dropped a
 * non-zero digit.
 */
typedef enum SxDecimal
{
	SX_DECIMAL_OK,
	SX_DECIMAL_SYNTAX,			/* not such a number */
	SX_DECIMAL_RANGE			/* 2^256 units or more */
} SxDecimal;

extern SxDecimal sx_u256_parse_decimal(const char *s, size_t len, int scale,
									   SxU256 *value, bool *negative,
									   bool *inexact);

#endif							/* SX_WIDE_H */
