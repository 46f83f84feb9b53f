/*
 * sx_wire.h
 *		The binary (send/recv) forms of the result types: a format byte,
 *		then big-endian fields.  The forms have fixed sizes, so a value
 *		that is too short or too long is refused before any field is read.
 */
#ifndef SX_WIRE_H
#define SX_WIRE_H

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
 * A binary value of len bytes must be want bytes long and start with
 * SX_WIRE_FORMAT; message names the type ("invalid binary X value").
 */
extern bool sx_wire_check(const uint8_t *buf, size_t len, size_t want,
						  const char *message, SxError *err);

#endif							/* SX_WIRE_H */
