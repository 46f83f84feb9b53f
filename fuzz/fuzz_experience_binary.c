/*
 * fuzz_experience_binary.c
 *		sx_experience_result_decode: on success the input had the wire
 *		size, the value passes sx_experience_result_check, encoding it gives
 *		back the input bytes exactly, and its text form parses back to the
 *		same value.  The same input read as the stored form
 *		(sx_experience_result_unpack): on success, packing the value gives
 *		back the input bytes exactly (one form per value).
 */
#include "fuzz_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t    *buf = (uint8_t *) fuzz_copy(data, size);
	SxError		err;
	SxExperienceResult r;
	SxExperienceResult back;
	uint8_t		wire[SX_EXPERIENCE_RESULT_WIRE];

	fuzz_err_init(&err);
	if (sx_experience_result_decode(buf, size, &r, &err))
	{
		/* on the heap and exactly that long, so ASan sees a write past it */
		char	   *text = malloc(SX_EXPERIENCE_RESULT_TEXT_MAX);

		CHECK(text != NULL);
		CHECK(size == SX_EXPERIENCE_RESULT_WIRE);
		CHECK(sx_experience_result_check(&r, &err));
		sx_experience_result_encode(&r, wire);
		CHECK(memcmp(wire, buf, SX_EXPERIENCE_RESULT_WIRE) == 0);
		sx_experience_result_format(&r, text);
		CHECK(strlen(text) < SX_EXPERIENCE_RESULT_TEXT_MAX);
		CHECK(sx_experience_result_parse(text, strlen(text), &back, &err));
		CHECK(memcmp(&r.flags, &back.flags,
					 sizeof(r) - offsetof(SxExperienceResult, flags)) == 0);
		free(text);
	}
	else
		fuzz_err_check(&err);

	fuzz_err_init(&err);
	if (sx_experience_result_unpack(buf, size, &r, &err))
	{
		uint8_t    *packed = malloc(SX_EXPERIENCE_PACKED_MAX);

		CHECK(packed != NULL);
		CHECK(sx_experience_result_check(&r, &err));
		CHECK(sx_experience_result_pack(&r, packed) == size);
		CHECK(memcmp(packed, buf, size) == 0);
		free(packed);
	}
	else
		fuzz_err_check(&err);
	free(buf);
	return 0;
}
