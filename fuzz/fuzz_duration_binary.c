/*
 * fuzz_duration_binary.c
 *		sx_duration_wire_bytes and sx_duration_result_decode: a value
 *		that decodes re-encodes to the input bytes exactly, and has the
 *		properties of fuzz_duration_properties.
 */
#include "fuzz_duration_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t    *buf = (uint8_t *) fuzz_copy(data, size);
	SxError		err;
	size_t		buckets;
	SxDurationResult *r;
	uint8_t    *wire;

	fuzz_err_init(&err);
	if (!sx_duration_wire_bytes(size, &buckets, &err))
	{
		fuzz_err_check(&err);
		free(buf);
		return 0;
	}
	r = malloc(SX_DURATION_SIZE(buckets));
	wire = malloc(size);
	CHECK(r != NULL && wire != NULL);
	fuzz_err_init(&err);
	if (sx_duration_result_decode(buf, size, r, buckets, &err))
	{
		sx_duration_result_encode(r, buckets, wire);
		CHECK(memcmp(wire, buf, size) == 0);
		fuzz_duration_properties(r, buckets);
	}
	else
		fuzz_err_check(&err);
	free(wire);
	free(r);
	free(buf);
	return 0;
}
