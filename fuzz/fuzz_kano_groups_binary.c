/*
 * fuzz_kano_groups_binary.c
 *		sx_kano_groups_wire_groups and sx_kano_groups_decode: a state that
 *		decodes re-encodes to the input bytes exactly, and has the
 *		properties of fuzz_kano_groups_properties.
 */
#include "fuzz_kano_groups_common.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	uint8_t    *buf = (uint8_t *) fuzz_copy(data, size);
	SxError		err;
	size_t		groups;
	SxKanoGroups *g;
	uint8_t    *wire;

	fuzz_err_init(&err);
	if (!sx_kano_groups_wire_groups(size, &groups, &err))
	{
		fuzz_err_check(&err);
		free(buf);
		return 0;
	}
	g = malloc(SX_KANO_GROUPS_SIZE(groups));
	wire = malloc(size);
	CHECK(g != NULL && wire != NULL);
	fuzz_err_init(&err);
	if (sx_kano_groups_decode(buf, size, g, groups, &err))
	{
		sx_kano_groups_encode(g, wire);
		CHECK(memcmp(wire, buf, size) == 0);
		fuzz_kano_groups_properties(g, groups);
	}
	else
		fuzz_err_check(&err);
	free(wire);
	free(g);
	free(buf);
	return 0;
}
