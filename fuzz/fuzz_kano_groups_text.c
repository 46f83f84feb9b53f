/*
 * fuzz_kano_groups_text.c
 *		sx_kano_groups_measure and _parse: a measured text parses into
 *		exactly that many groups, and a state that parses has the
 *		properties of fuzz_kano_groups_properties.
 */
#include "fuzz_kano_groups_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	   *s = fuzz_copy(data, size);
	SxError		err;
	size_t		groups;
	SxKanoGroups *g;

	fuzz_err_init(&err);
	if (!sx_kano_groups_measure(s, size, &groups, &err))
	{
		fuzz_err_check(&err);
		free(s);
		return 0;
	}
	CHECK(groups <= SX_KANO_GROUPS_MAX);
	g = malloc(SX_KANO_GROUPS_SIZE(groups));
	CHECK(g != NULL);
	fuzz_err_init(&err);
	if (sx_kano_groups_parse(s, size, g, groups, &err))
		fuzz_kano_groups_properties(g, groups);
	else
		fuzz_err_check(&err);
	free(g);
	free(s);
	return 0;
}
