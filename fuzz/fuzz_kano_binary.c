/*
 * fuzz_kano_binary.c
 *		sx_kano_result_decode: on success the input had one of the two wire
 *		sizes (1.1's, or 1.0's of format 1), the value passes
 *		sx_kano_result_check, and encoding it gives back a 1.1 input's bytes
 *		exactly, and for a 1.0 input a form that decodes to the same value.
 */
#include "fuzz_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t    *buf = (uint8_t *) fuzz_copy(data, size);
	SxError		err;
	SxKanoResult r;
	SxKanoResult back;
	uint8_t		wire[SX_KANO_RESULT_WIRE];

	fuzz_err_init(&err);
	if (sx_kano_result_decode(buf, size, &r, &err))
	{
		CHECK(size == SX_KANO_RESULT_WIRE || size == SX_KANO_RESULT_WIRE_1_0);
		CHECK(sx_kano_result_check(&r, &err));
		sx_kano_result_encode(&r, wire);
		if (size == SX_KANO_RESULT_WIRE)
			CHECK(memcmp(wire, buf, SX_KANO_RESULT_WIRE) == 0);
		CHECK(sx_kano_result_decode(wire, sizeof(wire), &back, &err));
		CHECK(memcmp(&back.flags, &r.flags, sizeof(r) - offsetof(SxKanoResult, flags)) == 0);
	}
	else
		fuzz_err_check(&err);
	free(buf);
	return 0;
}
