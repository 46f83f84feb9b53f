/*
 * fuzz_kano_text.c
 *		sx_kano_result_parse: on success sx_kano_result_check passes, the
 *		text it formats parses back to the same value, field by field, and
 *		so does encode + decode.
 */
#include "fuzz_common.h"

static void
check_same(const SxKanoResult *a, const SxKanoResult *b)
{
	CHECK(memcmp(&a->flags, &b->flags, sizeof(*a) - offsetof(SxKanoResult, flags)) == 0);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_copy(data, size);
	SxError		err;
	SxKanoResult r;
	SxKanoResult back;
	uint8_t		wire[SX_KANO_RESULT_WIRE];
	char		text[SX_KANO_RESULT_TEXT_MAX];

	fuzz_err_init(&err);
	if (sx_kano_result_parse(s, size, &r, &err))
	{
		CHECK(sx_kano_result_check(&r, &err));
		sx_kano_result_format(&r, text);
		CHECK(strlen(text) < sizeof(text));
		CHECK(sx_kano_result_parse(text, strlen(text), &back, &err));
		check_same(&r, &back);
		sx_kano_result_encode(&r, wire);
		CHECK(sx_kano_result_decode(wire, sizeof(wire), &back, &err));
		check_same(&r, &back);
	}
	else
		fuzz_err_check(&err);
	free(s);
	return 0;
}
