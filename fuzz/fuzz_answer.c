/*
 * fuzz_answer.c
 *		sx_kano_answer_parse: on success the answer is 1..5, it has a name, and
 *		that name parses back to the same answer; an empty or blank text fails
 *		with the hint on loading empty fields as NULL (FORCE_NULL).
 */
#include "fuzz_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_copy(data, size);
	SxError		err;
	int			answer = -1;

	fuzz_err_init(&err);
	if (sx_kano_answer_parse(s, size, &answer, &err))
	{
		const char *name;
		int			again = -1;

		CHECK(answer >= 1 && answer <= SX_ANSWERS);
		name = sx_kano_answer_name(answer);
		CHECK(name != NULL);
		CHECK(sx_kano_answer_parse(name, strlen(name), &again, &err));
		CHECK(again == answer);
	}
	else
	{
		bool		blank = true;

		fuzz_err_check(&err);
		for (size_t i = 0; i < size && blank; i++)
			blank = s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r');
		if (blank)
			CHECK(err.hint != NULL && strstr(err.hint, "FORCE_NULL") != NULL);
	}
	free(s);
	return 0;
}
