/*
 * fuzz_pyramid_binary.c
 *		sx_pyramid_result_decode: on success the input had the wire size,
 *		the value passes sx_pyramid_result_check, and encoding it gives back
 *		the input bytes exactly.
 */
#include "fuzz_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t    *buf = (uint8_t *) fuzz_copy(data, size);
	SxError		err;
	SxPyramidResult r;
	uint8_t		wire[SX_PYRAMID_RESULT_WIRE];

	fuzz_err_init(&err);
	if (sx_pyramid_result_decode(buf, size, &r, &err))
	{
		CHECK(size == SX_PYRAMID_RESULT_WIRE);
		CHECK(sx_pyramid_result_check(&r, &err));
		sx_pyramid_result_encode(&r, wire);
		CHECK(memcmp(wire, buf, SX_PYRAMID_RESULT_WIRE) == 0);
	}
	else
		fuzz_err_check(&err);
	free(buf);
	return 0;
}
