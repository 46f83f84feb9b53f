/*
 * fuzz_pyramid_text.c
 *		sx_pyramid_result_parse: on success sx_pyramid_result_check passes,
 *		and encode + decode gives back the same struct, field by field.
 */
#include "fuzz_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_copy(data, size);
	SxError		err;
	SxPyramidResult r;
	SxPyramidResult back;
	uint8_t		wire[SX_PYRAMID_RESULT_WIRE];

	fuzz_err_init(&err);
	if (sx_pyramid_result_parse(s, size, &r, &err))
	{
		CHECK(sx_pyramid_result_check(&r, &err));
		sx_pyramid_result_encode(&r, wire);
		fuzz_err_init(&err);
		CHECK(sx_pyramid_result_decode(wire, sizeof(wire), &back, &err));
		CHECK(back.flags == r.flags);
		for (int i = 0; i < SX_LEVELS; i++)
			CHECK(back.levels[i] == r.levels[i]);
		CHECK(back.unfounded == r.unfounded);
	}
	else
		fuzz_err_check(&err);
	free(s);
	return 0;
}
