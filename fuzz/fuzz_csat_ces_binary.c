/*
 * fuzz_csat_ces_binary.c
 *		sx_csat_result_decode and sx_ces_result_decode on the same input:
 *		on success the input had the wire size, the check passes, and
 *		encoding gives back the input bytes exactly.
 */
#include "fuzz_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t    *buf = (uint8_t *) fuzz_copy(data, size);
	SxError		err;
	SxCsatResult c;
	SxCesResult e;
	uint8_t		cw[SX_CSAT_RESULT_WIRE];
	uint8_t		ew[SX_CES_RESULT_WIRE];

	fuzz_err_init(&err);
	if (sx_csat_result_decode(buf, size, &c, &err))
	{
		CHECK(size == SX_CSAT_RESULT_WIRE);
		CHECK(sx_csat_result_check(&c, &err));
		sx_csat_result_encode(&c, cw);
		CHECK(memcmp(cw, buf, SX_CSAT_RESULT_WIRE) == 0);
	}
	else
		fuzz_err_check(&err);
	fuzz_err_init(&err);
	if (sx_ces_result_decode(buf, size, &e, &err))
	{
		CHECK(size == SX_CES_RESULT_WIRE);
		CHECK(sx_ces_result_check(&e, &err));
		sx_ces_result_encode(&e, ew);
		CHECK(memcmp(ew, buf, SX_CES_RESULT_WIRE) == 0);
	}
	else
		fuzz_err_check(&err);
	free(buf);
	return 0;
}
