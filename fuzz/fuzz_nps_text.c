/*
 * fuzz_nps_text.c
 *		sx_nps_result_parse: on success sx_nps_result_check passes, and
 *		encode + decode gives back the same struct, field by field.
 */
#include "fuzz_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_copy(data, size);
	SxError		err;
	SxNpsResult r;
	SxNpsResult back;
	uint8_t		wire[SX_NPS_RESULT_WIRE];

	fuzz_err_init(&err);
	if (sx_nps_result_parse(s, size, &r, &err))
	{
		CHECK(sx_nps_result_check(&r, &err));
		sx_nps_result_encode(&r, wire);
		fuzz_err_init(&err);
		CHECK(sx_nps_result_decode(wire, sizeof(wire), &back, &err));
		CHECK(back.flags == r.flags);
		for (int i = 0; i < SX_NPS_ANSWERS; i++)
			CHECK(back.answers[i] == r.answers[i]);
	}
	else
		fuzz_err_check(&err);
	free(s);
	return 0;
}
