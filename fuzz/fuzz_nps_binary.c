/*
 * fuzz_nps_binary.c
 *		sx_nps_result_decode: on success the input had the wire size, the
 *		value passes sx_nps_result_check, and encoding it gives back the
 *		input bytes exactly.
 */
#include "fuzz_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t    *buf = (uint8_t *) fuzz_copy(data, size);
	SxError		err;
	SxNpsResult r;
	uint8_t		wire[SX_NPS_RESULT_WIRE];

	fuzz_err_init(&err);
	if (sx_nps_result_decode(buf, size, &r, &err))
	{
		CHECK(size == SX_NPS_RESULT_WIRE);
		CHECK(sx_nps_result_check(&r, &err));
		sx_nps_result_encode(&r, wire);
		CHECK(memcmp(wire, buf, SX_NPS_RESULT_WIRE) == 0);
	}
	else
		fuzz_err_check(&err);
	free(buf);
	return 0;
}
