/*
 * sx_wire.c
 *		The common checks of the binary forms (see sx_wire.h).
 */
#include "sx_wire.h"

bool
sx_wire_check(const uint8_t *buf, size_t len, size_t want,
			  const char *message, SxError *err)
{
	if (len != want)
		return sx_fail(err, SX_ERR_BINARY, false, message, NULL,
					   "Expected %zu bytes, got %zu.", want, len);
	if (buf[0] != SX_WIRE_FORMAT)
		return sx_fail(err, SX_ERR_BINARY, false, message, NULL,
					   "Unknown format %d (this version reads format %d).",
					   buf[0], SX_WIRE_FORMAT);
	return true;
}
