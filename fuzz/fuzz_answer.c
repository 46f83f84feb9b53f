/*
 * fuzz_answer.c
 *		sx_kano_answer_parse: on success the answer is 1..5, it has a name, and
 *		that name parses back to the same answer.
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
		fuzz_err_check(&err);
	free(s);
	return 0;
}
