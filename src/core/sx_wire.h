/*
 * sx_wire.h
 *		The binary (send/recv) forms of the result types: a format byte,
 *		then big-endian fields.  The forms have fixed sizes, so a value
 *		that is too short or too long is refused before any field is read.
 */
#ifndef SX_WIRE_H
#define SX_WIRE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "sx_error.h"

/* The format byte this version writes and reads */
#define SX_WIRE_FORMAT 1

static inline void
sx_put64(uint8_t **p, uint64_t v)
{
	for (int i = 7; i >= 0; i--)
		*(*p)++ = (uint8_t) (v >> (8 * i));
}

static inline uint64_t
sx_get64(const uint8_t **p)
{
	uint64_t	v = 0;

	for (int i = 0; i < 8; i++)
		v = (v << 8) | *(*p)++;
	return v;
}

static inline void
sx_put_double(uint8_t **p, double d)
{
	uint64_t	v;

	memcpy(&v, &d, sizeof(v));
	sx_put64(p, v);
}

static inline double
sx_get_double(const uint8_t **p)
{
	uint64_t	v = sx_get64(p);
	double		d;

	memcpy(&d, &v, sizeof(d));
	return d;
}

/*
 * Unsigned LEB128 varints, for stored forms that are mostly small numbers:
 * seven bits a byte, low bits first, the high bit set on every byte but
 * the last.  sx_put_varint writes at most SX_VARINT_MAX bytes.
 */
#define SX_VARINT_MAX 10

static inline void
sx_put_varint(uint8_t **p, uint64_t v)
{
	while (v >= 0x80)
	{
		*(*p)++ = (uint8_t) (v | 0x80);
		v >>= 7;
	}
	*(*p)++ = (uint8_t) v;
}

/*
 * Read one varint of at most max_bits bits from [*p, end): false when it
 * runs past end, is longer than its bits need (so that every number has
 * one form), or does not fit.
 */
static inline bool
sx_get_varint(const uint8_t **p, const uint8_t *end, int max_bits, uint64_t *v)
{
	uint64_t	x = 0;
	int			shift = 0;

	for (;;)
	{
		uint8_t		b;

		if (*p >= end || shift >= max_bits)
			return false;
		b = *(*p)++;
		if (shift > 0 && b == 0)
			return false;		/* an overlong form: a last byte of zeros */
		if (shift + 7 > max_bits && (b & 0x7f) >> (max_bits - shift) != 0)
			return false;		/* more bits than max_bits */
		x |= (uint64_t) (b & 0x7f) << shift;
		shift += 7;
		if (!(b & 0x80))
			break;
	}
	*v = x;
	return true;
}

/*
 * A binary value of len bytes must be want bytes long and start with
 * SX_WIRE_FORMAT; message names the type ("invalid binary X value").
 */
extern bool sx_wire_check(const uint8_t *buf, size_t len, size_t want,
						  const char *message, SxError *err);

#endif							/* SX_WIRE_H */
