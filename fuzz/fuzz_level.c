/*
 * fuzz_level.c
 *		sx_pyramid_level_parse: on success the level is 0..4, it has a name, and
 *		that name parses back to the same level.
 */
#include "fuzz_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_copy(data, size);
	SxError		err;
	int			level = -1;

	fuzz_err_init(&err);
	if (sx_pyramid_level_parse(s, size, &level, &err))
	{
		const char *name;
		int			again = -1;

		CHECK(level >= 0 && level < SX_LEVELS);
		name = sx_pyramid_level_name(level);
		CHECK(name != NULL);
		CHECK(sx_pyramid_level_parse(name, strlen(name), &again, &err));
		CHECK(again == level);
	}
	else
		fuzz_err_check(&err);
	free(s);
	return 0;
}
