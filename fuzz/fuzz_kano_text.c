/*
 * fuzz_kano_text.c
 *		sx_kano_result_parse: on success sx_kano_result_check passes, and
 *		encode + decode gives back the same struct, field by field (doubles
 *		bit for bit).
 */
#include "fuzz_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_copy(data, size);
	SxError		err;
	SxKanoResult r;
	SxKanoResult back;
	uint8_t		wire[SX_KANO_RESULT_WIRE];

	fuzz_err_init(&err);
	if (sx_kano_result_parse(s, size, &r, &err))
	{
		CHECK(sx_kano_result_check(&r, &err));
		sx_kano_result_encode(&r, wire);
		fuzz_err_init(&err);
		CHECK(sx_kano_result_decode(wire, sizeof(wire), &back, &err));
		CHECK(back.flags == r.flags);
		for (int i = 0; i < SX_CELLS; i++)
			CHECK(back.pairs[i] == r.pairs[i]);
		CHECK(back.incomplete == r.incomplete);
		CHECK(back.imp_n == r.imp_n);
		CHECK(memcmp(&back.imp_sum, &r.imp_sum, sizeof(double)) == 0);
		CHECK(memcmp(&back.imp_sumsq, &r.imp_sumsq, sizeof(double)) == 0);
	}
	else
		fuzz_err_check(&err);
	free(s);
	return 0;
}
