/*
 * fuzz_experience_text.c
 *		sx_experience_result_parse: on success sx_experience_result_check
 *		passes, the text it formats fits SX_EXPERIENCE_RESULT_TEXT_MAX and
 *		parses back to the same value, field by field, and so does encode +
 *		decode.  An input holding a '|' is also read as two values, left and
 *		right of the first '|': when both parse, their sum is valid (or
 *		refused as out of range) and minus the right one gives the left one
 *		back, and a difference either way is valid or refused.
 */
#include "fuzz_common.h"

static void
check_same(const SxExperienceResult *a, const SxExperienceResult *b)
{
	CHECK(memcmp(&a->flags, &b->flags,
				 sizeof(*a) - offsetof(SxExperienceResult, flags)) == 0);
}

/* A valid value: text and binary forms read back to it */
static void
check_round_trips(const SxExperienceResult *r)
{
	SxError		err;
	SxExperienceResult back;
	uint8_t		wire[SX_EXPERIENCE_RESULT_WIRE];
	/* on the heap and exactly that long, so ASan sees a write past it */
	char	   *text = malloc(SX_EXPERIENCE_RESULT_TEXT_MAX);
	char	   *again = malloc(SX_EXPERIENCE_RESULT_TEXT_MAX);

	CHECK(text != NULL && again != NULL);
	fuzz_err_init(&err);
	CHECK(sx_experience_result_check(r, &err));
	sx_experience_result_format(r, text);
	CHECK(strlen(text) < SX_EXPERIENCE_RESULT_TEXT_MAX);
	CHECK(sx_experience_result_parse(text, strlen(text), &back, &err));
	check_same(r, &back);
	/* the text of the value read back is the same text */
	sx_experience_result_format(&back, again);
	CHECK(strcmp(text, again) == 0);
	sx_experience_result_encode(r, wire);
	CHECK(sx_experience_result_decode(wire, sizeof(wire), &back, &err));
	check_same(r, &back);
	/* and the stored form, within its bound */
	{
		uint8_t    *packed = malloc(SX_EXPERIENCE_PACKED_MAX);
		size_t		len;

		CHECK(packed != NULL);
		len = sx_experience_result_pack(r, packed);
		CHECK(len <= SX_EXPERIENCE_PACKED_MAX);
		CHECK(sx_experience_result_unpack(packed, len, &back, &err));
		check_same(r, &back);
		free(packed);
	}
	free(text);
	free(again);
}

/* a - b: valid, or refused with a well-formed error */
static void
check_difference(const SxExperienceResult *a, const SxExperienceResult *b)
{
	SxError		err;
	SxExperienceResult d = *a;

	fuzz_err_init(&err);
	if (sx_experience_result_subtract(&d, b, &err))
		check_round_trips(&d);
	else
		fuzz_err_check(&err);
}

/* Two valid values: merging and taking apart */
static void
check_pair(const SxExperienceResult *a, const SxExperienceResult *b)
{
	SxError		err;
	SxExperienceResult sum = *a;

	fuzz_err_init(&err);
	if (sx_experience_result_add(&sum, b, &err))
	{
		SxExperienceResult back = sum;

		check_round_trips(&sum);
		fuzz_err_init(&err);
		CHECK(sx_experience_result_subtract(&back, b, &err));
		check_same(&back, a);
		back = sum;
		CHECK(sx_experience_result_subtract(&back, a, &err));
		check_same(&back, b);
	}
	else
	{
		fuzz_err_check(&err);
		CHECK(err.class == SX_ERR_RANGE);
	}
	check_difference(a, b);
	check_difference(b, a);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_copy(data, size);
	const char *bar = size ? memchr(s, '|', size) : NULL;
	SxError		err;
	SxExperienceResult r;

	fuzz_err_init(&err);
	if (sx_experience_result_parse(s, size, &r, &err))
		check_round_trips(&r);
	else
		fuzz_err_check(&err);

	if (bar)
	{
		size_t		left = (size_t) (bar - s);
		size_t		right = size - left - 1;
		char	   *a = fuzz_copy((const uint8_t *) s, left);
		char	   *b = fuzz_copy((const uint8_t *) bar + 1, right);
		SxExperienceResult ra;
		SxExperienceResult rb;
		bool		ok_a;
		bool		ok_b;

		fuzz_err_init(&err);
		ok_a = sx_experience_result_parse(a, left, &ra, &err);
		if (!ok_a)
			fuzz_err_check(&err);
		fuzz_err_init(&err);
		ok_b = sx_experience_result_parse(b, right, &rb, &err);
		if (!ok_b)
			fuzz_err_check(&err);
		if (ok_a && ok_b)
			check_pair(&ra, &rb);
		free(a);
		free(b);
	}
	free(s);
	return 0;
}
